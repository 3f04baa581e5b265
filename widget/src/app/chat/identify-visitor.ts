import { ErrorCode, visitorCommand, type VisitorIdentity } from '@parley/shared';
import { safeStorage, storageKey } from '../../storage-keys.js';
import { COMMAND_TIMEOUT_MS, type ChatClient } from './chat-client.js';

/**
 * The page's `Parley('identify', …)` on the socket (`visitor:identify`), an on-demand chunk:
 * a visitor the page never names never downloads it. A verified user's other browser is
 * answered with the user's own visitor token: kept, and the socket reconnects with it, so this
 * browser shows the user's conversations (true). A refusal (wrong `userHash`, strict mode, an
 * unverified claim of a verified user) links nothing and is told to the site's script: a
 * console warning and `onIdentifyError` (the page's `identify:error` listeners).
 */
export async function sendIdentity(client: ChatClient): Promise<boolean> {
  const identity = (client.identified = client.identity!);
  const ack = await visitorCommand(client.socket, 'visitor:identify', identity as VisitorIdentity, COMMAND_TIMEOUT_MS);
  if (!ack.ok) {
    const { code, message } = ack.error;
    // Unanswered or busy: the next connection tries again; a refusal would be the same next time.
    if (code === ErrorCode.unavailable || code === ErrorCode.rateLimited) {
      if (client.identified === identity) client.identified = null;
    } else {
      console.warn(`Parley: identify refused (${code}): ${message}`);
      client.options.onIdentifyError?.({ code, message });
    }
    return false;
  }
  const next = ack.data.reconnectWith;
  if (!next) return false;
  // The handshake reads the kept token: the next session names the user's visitor.
  safeStorage.set(storageKey(client.options.siteKey, 'token'), next.token);
  client.socket.disconnect();
  client.socket.connect();
  return true;
}
