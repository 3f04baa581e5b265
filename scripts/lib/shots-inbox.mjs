// Fills the inbox for `npm run shots`: visitors write in over real /visitor sockets (from the
// site's allowed origin), one of them identified by name, and the admin takes and answers one,
// so the list has waiting, open and unread rows. Returns the ids of the conversations.
import { io } from 'socket.io-client';
import { AGENT_NAMESPACE, PROTOCOL_VERSION, VISITOR_NAMESPACE } from '@parley/shared';

export const connected = (socket) =>
  new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });

export const ack = async (socket, event, payload) => {
  const answer = await socket.timeout(10_000).emitWithAck(event, payload);
  if (!answer.ok) throw new Error(`${event}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
};

let clientIds = 0;
const clientId = () => `shots-${Date.now().toString(36)}-${++clientIds}`.padEnd(21, 'x').slice(0, 21);

/** One visitor writing `lines` on `origin`; the socket stays open (they are still on the page). */
async function visitorSays(url, siteKey, origin, lines) {
  const socket = await connected(io(`${url}${VISITOR_NAMESPACE}`, { transports: ['websocket'], forceNew: true, extraHeaders: { origin }, auth: { protocol: PROTOCOL_VERSION, siteKey } }));
  let conversationId;
  for (const text of lines) {
    const message = await ack(socket, 'message:send', { clientId: clientId(), text, ...(conversationId ? { conversationId } : {}) });
    conversationId = message.conversationId;
  }
  return { socket, conversationId };
}

export async function seedInbox(url, adminToken, siteKey, origin) {
  const chats = [];
  chats.push(await visitorSays(url, siteKey, origin, ['Hi! I ordered a blue jacket last week (order #1042) and it still says “processing”.', 'Can you check when it ships?']));
  chats.push(await visitorSays(url, siteKey, origin, ['你好，請問可以開發票嗎？']));
  chats.push(await visitorSays(url, siteKey, origin, ['Do you ship to Canada?']));
  chats.push(await visitorSays(url, siteKey, origin, ['مرحبا، هل يمكنني تغيير عنوان التوصيل؟']));
  const agent = await connected(io(`${url}${AGENT_NAMESPACE}`, { transports: ['websocket'], forceNew: true, auth: { protocol: PROTOCOL_VERSION, token: adminToken } }));
  // Away, so that the other chats stay waiting; a reply takes the first one (if routing has not given it already).
  await ack(agent, 'agent:status', { status: 'away' });
  const first = chats[0].conversationId;
  await ack(agent, 'message:send', { conversationId: first, clientId: clientId(), text: 'Hi! Let me look that up for you — one moment.', internal: false });
  await ack(chats[0].socket, 'message:send', { conversationId: first, clientId: clientId(), text: 'Thanks, no rush.' });
  return {
    ids: chats.map((c) => c.conversationId),
    close() {
      agent.close();
      for (const c of chats) c.socket.close();
    },
  };
}
