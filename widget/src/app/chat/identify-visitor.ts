import { visitorCommand, type ErrorCode, type VisitorIdentity } from '@parley/shared';
import type { WidgetIdentifyError, WidgetIdentity } from '../../bridge.js';
import { safeStorage, storageKey } from '../../storage-keys.js';
import { COMMAND_TIMEOUT_MS, type ChatClient } from './chat-client.js';

/**
 * Refusals that may pass. Names checked against `ErrorCode` by type only: importing the object
 * into this chunk would keep it whole in the first-open bundle, which otherwise inlines its values.
 */
const passing: readonly string[] = ['unavailable', 'rate_limited'] satisfies ErrorCode[];

/** The page's latest identify, the one last sent (each goes once), and the client it is sent on. */
let wanted: WidgetIdentity | null = null;
let sent: WidgetIdentity | null = null;
let hooked: ChatClient | null = null;

/**
 * The page's `Parley('identify', …)` on the chat's socket (`visitor:identify`), in an on-demand
 * chunk: a visitor the page never names never downloads it. Sent now when connected, and at each
 * new session until the server has answered it. A verified user's other browser is answered with
 * the user's own visitor token: kept, and the socket reconnects with it, so the catch-up of the
 * next session loads the user's conversation. A refusal (wrong `userHash`, strict mode, an
 * unverified claim of a verified user) links nothing and is told to the site's script: a console
 * warning and `onError` (the page's `identify:error` listeners).
 */
export function identifyOn(client: ChatClient, identity: WidgetIdentity, onError: (error: WidgetIdentifyError) => void): void {
  wanted = identity;
  if (hooked !== client) {
    hooked = client;
    client.socket.on('session', () => void send(client, onError));
  }
  if (client.socket.connected) void send(client, onError);
}

async function send(client: ChatClient, onError: (error: WidgetIdentifyError) => void): Promise<void> {
  const identity = wanted;
  if (!identity || identity === sent) return;
  sent = identity;
  const ack = await visitorCommand(client.socket, 'visitor:identify', identity as VisitorIdentity, COMMAND_TIMEOUT_MS);
  if (!ack.ok) {
    const { code, message } = ack.error;
    // Unanswered or busy: the next session tries again; a refusal would be the same next time.
    if (passing.includes(code)) {
      if (sent === identity) sent = null;
      return;
    }
    console.warn(`Parley: identify refused (${code}): ${message}`);
    return onError({ code, message });
  }
  const next = ack.data.reconnectWith;
  if (!next) return;
  // The handshake reads the kept token: the next session names the user's visitor.
  safeStorage.set(storageKey(client.options.siteKey, 'token'), next.token);
  client.socket.disconnect();
  client.socket.connect();
}
