import WebSocket from 'ws';
import { mapLimit } from '../clients/parley-clients.js';
import type { DeliveryTransport, Direction, TransportHooks } from './transport.js';

export interface RelaySetup {
  url: string;
  conversations: number;
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/**
 * The floor: each conversation is a pair of plain `ws` sockets through the bare relay. The
 * payload is the same JSON a Parley `message:send` carries (conversation id, client id, text);
 * the receiver parses it to find the key, as a Socket.IO client parses every packet.
 */
export async function relayTransport(setup: RelaySetup, hooks: TransportHooks): Promise<DeliveryTransport> {
  const pairs = await mapLimit(Array.from({ length: setup.conversations }), 16, async (_, i) => {
    const v = await open(`${setup.url}/?pair=${i}&role=v`);
    const a = await open(`${setup.url}/?pair=${i}&role=a`);
    for (const ws of [v, a]) {
      ws.on('message', (data) => {
        const { clientId } = JSON.parse(data.toString()) as { clientId: string };
        hooks.delivered(clientId, process.hrtime.bigint());
      });
    }
    return { v, a, conversationId: `relay-conversation-${i}` };
  });
  return {
    conversations: setup.conversations,
    send(i: number, direction: Direction, key: string, text: string) {
      const pair = pairs[i]!;
      const from = direction === 'v2a' ? pair.v : pair.a;
      from.send(JSON.stringify({ conversationId: pair.conversationId, clientId: key, text }));
    },
    async close() {
      for (const p of pairs) {
        p.v.close();
        p.a.close();
      }
    },
  };
}
