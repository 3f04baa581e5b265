/**
 * An example socket bot for Parley: copy it and put your own logic in `answer()`.
 *
 *   PARLEY_URL=http://localhost:3000 PARLEY_BOT_TOKEN=pbt_… npx tsx scripts/bots/socket-bot.ts
 *
 * It needs only socket.io-client. It connects to the `/bot` namespace with its token, answers
 * every visitor message in the conversations handed to it, hands a conversation to a person
 * when the visitor writes "#handoff" (with a department and a summary for the agent), and
 * closes it on "#close". It prints one JSON line per thing it does, which is handy to watch.
 *
 * Rules a bot must keep (see the README's "Bot protocol"):
 * - merge messages by `seq`; the transcript in `conversation:assigned` and `message:new` may
 *   overlap, so remember what you have answered;
 * - send each reply with a clientId derived from what it answers: a re-send after a timeout
 *   or a reconnect is then stored once;
 * - after a reconnect, ask `conversation:list` for what you still hold.
 */
import { io } from 'socket.io-client';

const PROTOCOL_VERSION = 1;

interface Message {
  id: string;
  conversationId: string;
  seq: number;
  clientId: string;
  author: { type: 'visitor' | 'agent' | 'bot' | 'system'; id: string | null; name: string | null };
  text: string;
}
interface Snapshot {
  conversation: { id: string; status: string };
  messages: Message[];
}
type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

const url = process.env.PARLEY_URL ?? 'http://localhost:3000';
const token = process.env.PARLEY_BOT_TOKEN;
if (!token) {
  console.error('Set PARLEY_BOT_TOKEN to the token shown when the bot was created.');
  process.exit(1);
}

const log = (event: string, data: object = {}) => console.log(JSON.stringify({ event, ...data }));
const socket = io(`${url}/bot`, { auth: { protocol: PROTOCOL_VERSION, token }, transports: ['websocket'] });
/** Highest visitor seq answered, per conversation. */
const answered = new Map<string, number>();

async function command<T>(event: string, payload: object): Promise<Ack<T>> {
  try {
    return (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'no answer in time' } };
  }
}

/** Your bot's brain. Return the reply, or an action. */
function answer(text: string): { reply: string } | { handoff: { department?: string; summary: string } } | { close: true } {
  if (/#handoff/i.test(text)) return { handoff: { department: 'billing', summary: `Visitor asked for a person: ${text}` } };
  if (/#close/i.test(text)) return { close: true };
  return { reply: `Echo: ${text}` };
}

async function handle(message: Message): Promise<void> {
  if (message.author.type !== 'visitor') return;
  const done = answered.get(message.conversationId) ?? 0;
  if (message.seq <= done) return;
  answered.set(message.conversationId, message.seq);
  const conversationId = message.conversationId;
  const action = answer(message.text);
  if ('reply' in action) {
    const ack = await command<Message>('message:send', { conversationId, clientId: `reply-${conversationId}-${message.seq}`, text: action.reply });
    log(ack.ok ? 'replied' : 'reply_failed', { conversationId, seq: message.seq, ...(ack.ok ? { text: action.reply } : { error: ack.error.code }) });
  } else if ('handoff' in action) {
    const ack = await command('conversation:handoff', { conversationId, ...action.handoff });
    log(ack.ok ? 'handed_off' : 'handoff_failed', { conversationId });
  } else {
    const ack = await command('conversation:close', { conversationId });
    log(ack.ok ? 'closed' : 'close_failed', { conversationId });
  }
}

/** A conversation handed to us: answer its last visitor message if nobody has yet. */
async function take(snapshot: Snapshot): Promise<void> {
  const visible = snapshot.messages.filter((m) => m.author.type !== 'system');
  const last = visible[visible.length - 1];
  log('assigned', { conversationId: snapshot.conversation.id, messages: snapshot.messages.length });
  if (last) await handle(last);
}

socket.on('session', async ({ bot }: { bot: { id: string; name: string } }) => {
  log('ready', { botId: bot.id, name: bot.name });
  const held = await command<Snapshot[]>('conversation:list', {});
  if (held.ok) for (const snapshot of held.data) await take(snapshot);
});
socket.on('conversation:assigned', (snapshot: Snapshot) => void take(snapshot));
socket.on('message:new', (message: Message) => void handle(message));
socket.on('conversation:released', (conversation: { id: string }) => {
  answered.delete(conversation.id);
  log('released', { conversationId: conversation.id });
});
socket.on('connect_error', (err: Error & { data?: { code: string } }) => {
  log('connect_error', { code: err.data?.code ?? err.message });
  if (err.data?.code === 'unauthorized') process.exit(2);
});
socket.on('disconnect', (reason) => log('disconnected', { reason }));

process.on('SIGTERM', () => {
  socket.disconnect();
  process.exit(0);
});
