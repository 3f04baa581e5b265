/**
 * An example webhook bot for Parley: copy it and put your own logic in `answer()`.
 *
 *   PORT=4000 PARLEY_URL=http://localhost:3000 PARLEY_BOT_TOKEN=pbt_… PARLEY_WEBHOOK_SECRET=whsec_… \
 *     npx tsx scripts/bots/webhook-bot.ts
 *
 * Create the bot with mode `webhook` and webhookUrl `http://<this host>:4000/parley`. Parley
 * POSTs `conversation.created`, `conversation.assigned` (with the transcript) and
 * `message.created` there; this server checks the signature (401 when it is wrong or stale),
 * answers 200 at once, and replies through the REST API with its token. Parley retries
 * anything but a 2xx with backoff, so the same event may arrive twice: the reply's clientId
 * is derived from the message it answers, and Parley stores it once.
 * Needs nothing but Node 20 (http, crypto, fetch).
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { verifyParleySignature } from './webhook-verify.js';

interface Message {
  conversationId: string;
  seq: number;
  author: { type: string };
  text: string;
}
interface WebhookEvent {
  id: string;
  event: 'conversation.created' | 'conversation.assigned' | 'message.created';
  conversation: { id: string };
  message?: Message;
  messages?: Message[];
}

const log = (event: string, data: object = {}) => console.log(JSON.stringify({ event, ...data }));

/** Your bot's brain: a reply, or a handoff to a person. */
function answer(text: string): { reply: string } | { handoff: { summary: string } } {
  if (/#handoff/i.test(text)) return { handoff: { summary: `Visitor asked for a person: ${text}` } };
  return { reply: `Echo: ${text}` };
}

export function startWebhookBot(options: { port: number; parleyUrl: string; token: string; secret: string }) {
  const api = async (path: string, body: object) => {
    const res = await fetch(`${options.parleyUrl}/api/v1/bot${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify(body),
    });
    return res.status;
  };
  const reply = async (m: Message) => {
    if (m.author.type !== 'visitor') return;
    const action = answer(m.text);
    const status =
      'reply' in action
        ? await api(`/conversations/${m.conversationId}/messages`, { clientId: `reply-${m.conversationId}-${m.seq}`, text: action.reply })
        : await api(`/conversations/${m.conversationId}/handoff`, action.handoff);
    log('answered', { conversationId: m.conversationId, seq: m.seq, status });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const ok = verifyParleySignature(
        options.secret,
        raw,
        req.headers['x-parley-signature'] as string | undefined,
        req.headers['x-parley-timestamp'] as string | undefined,
      );
      if (!ok) {
        log('refused', { reason: 'bad signature' });
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200).end();
      const event = JSON.parse(raw) as WebhookEvent;
      log('received', { type: event.event, conversationId: event.conversation.id });
      // Answer after the 200: Parley does not wait for the bot to think.
      if (event.event === 'message.created' && event.message) void reply(event.message);
      if (event.event === 'conversation.assigned' && event.messages?.length) {
        const last = event.messages.filter((m) => m.author.type !== 'system').pop();
        if (last) void reply(last);
      }
    });
  });
  server.listen(options.port, () => log('ready', { port: (server.address() as { port: number }).port }));
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { PARLEY_BOT_TOKEN: token, PARLEY_WEBHOOK_SECRET: secret } = process.env;
  if (!token || !secret) {
    console.error('Set PARLEY_BOT_TOKEN and PARLEY_WEBHOOK_SECRET (shown when the bot was created).');
    process.exit(1);
  }
  startWebhookBot({ port: Number(process.env.PORT ?? 4000), parleyUrl: process.env.PARLEY_URL ?? 'http://localhost:3000', token, secret });
}
