import { agentCommand, visitorCommand, type Message } from '@parley/shared';
import { chatText, connectAgent, loginAgent, mapLimit, sessionOf, visitorSocket, type AgentSocket, type VisitorSocket } from '../clients/parley-clients.js';
import type { DeliveryTransport, Direction, TransportHooks } from './transport.js';

export interface ParleySetup {
  url: string;
  conversations: number;
  /** Agent console sockets; conversations are shared among them round-robin. */
  agents: number;
  email: string;
  password: string;
  keyPrefix: string;
}

const ackTimeoutMs = 30_000;

/**
 * Conversations through the real server: each has a visitor socket; an agent socket has
 * joined and claimed it. Every agent socket is in the workspace room, so it also receives
 * `conversation:updated` for every message, as the console does.
 */
export async function parleyTransport(setup: ParleySetup, hooks: TransportHooks): Promise<DeliveryTransport> {
  const token = await loginAgent(setup.url, setup.email, setup.password);
  const agents = await mapLimit(Array.from({ length: setup.agents }), 4, () => connectAgent(setup.url, token));
  // Away: routing leaves the conversations waiting, and each lane claims its own as before.
  for (const agent of agents) await agentCommand(agent, 'agent:status', { status: 'away' }, ackTimeoutMs);
  const visitors: VisitorSocket[] = [];
  const conversationIds: string[] = [];

  const onMessage = (side: 'visitor' | 'agent') => (m: Message) => {
    // Each side hears its own messages echoed too: only the other side's count as delivered.
    if ((side === 'agent') === (m.author.type === 'visitor')) hooks.delivered(m.clientId, process.hrtime.bigint());
  };
  for (const agent of agents) agent.on('message:new', onMessage('agent'));

  await mapLimit(Array.from({ length: setup.conversations }), 16, async (_, i) => {
    const socket = visitorSocket(setup.url);
    await sessionOf(socket);
    const first = await visitorCommand(socket, 'message:send', { clientId: `${setup.keyPrefix}open${i}`, text: chatText(20, i) }, ackTimeoutMs);
    if (!first.ok) throw new Error(`first message: ${first.error.code} ${first.error.message}`);
    const agent = agents[i % agents.length]!;
    const conversationId = first.data.conversationId;
    const joined = await agentCommand(agent, 'conversation:join', { conversationId }, ackTimeoutMs);
    if (!joined.ok) throw new Error(`join: ${joined.error.message}`);
    const claimed = await agentCommand(agent, 'conversation:claim', { conversationId }, ackTimeoutMs);
    if (!claimed.ok) throw new Error(`claim: ${claimed.error.message}`);
    socket.on('message:new', onMessage('visitor'));
    visitors[i] = socket;
    conversationIds[i] = conversationId;
  });

  return {
    conversations: setup.conversations,
    send(i: number, direction: Direction, key: string, text: string) {
      const conversationId = conversationIds[i]!;
      const ack = (res: { ok: boolean }) => hooks.acked(key, res.ok, process.hrtime.bigint());
      const fail = () => hooks.acked(key, false, process.hrtime.bigint());
      if (direction === 'v2a') {
        visitorCommand(visitors[i]!, 'message:send', { conversationId, clientId: key, text }, ackTimeoutMs).then(ack, fail);
      } else {
        const agent = agents[i % agents.length]! as AgentSocket;
        agentCommand(agent, 'message:send', { conversationId, clientId: key, text }, ackTimeoutMs).then(ack, fail);
      }
    },
    async close() {
      for (const s of visitors) s.disconnect();
      for (const s of agents) s.disconnect();
    },
  };
}
