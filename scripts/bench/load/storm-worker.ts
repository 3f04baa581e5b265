// The reconnect storm: many visitors with a conversation each lose their connections at once,
// agents write to them meanwhile, then all reconnect together and catch up with messages:sync.
import { agentCommand, visitorCommand, type Message } from '@parley/shared';
import { connectAgent, loginAgent, mapLimit, sessionOf, visitorSocket, type AgentSocket, type VisitorSocket } from '../clients/parley-clients.js';
import { serveWorker } from '../procs/worker-rpc.js';

interface StormVisitor {
  socket: VisitorSocket;
  token: string;
  conversationId: string;
  /** Every seq this visitor holds, from acks, live events and catch-up. */
  seqs: Set<number>;
  duplicates: number;
}

const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
let agent: AgentSocket | null = null;
let visitors: StormVisitor[] = [];
let expectedLastSeq = new Map<string, number>();

function hold(v: StormVisitor, m: Message) {
  if (v.seqs.has(m.seq)) v.duplicates++;
  else v.seqs.add(m.seq);
}
const highest = (v: StormVisitor) => Math.max(0, ...v.seqs);

const methods = {
  async setup(p: { url: string; visitors: number; email: string; password: string }) {
    agent = await connectAgent(p.url, await loginAgent(p.url, p.email, p.password));
    visitors = await mapLimit(Array.from({ length: p.visitors }), 50, async (_, i) => {
      const socket = visitorSocket(p.url);
      const session = await sessionOf(socket);
      const ack = await visitorCommand(socket, 'message:send', { clientId: `storm_${process.pid}_${i}`, text: 'Are you still there? 还在吗？' }, 30_000);
      if (!ack.ok) throw new Error(`first message: ${ack.error.message}`);
      const v: StormVisitor = { socket, token: session.token, conversationId: ack.data.conversationId, seqs: new Set([ack.data.seq]), duplicates: 0 };
      // Live messages count as held too (there should be none while dropped).
      socket.on('message:new', (m) => m.conversationId === v.conversationId && m.author.type !== 'visitor' && hold(v, m));
      return v;
    });
    return { visitors: visitors.length };
  },

  /** Drops every visitor's connection at once, without a Socket.IO goodbye, as a network loss would. */
  async drop(_: null) {
    for (const v of visitors) v.socket.io.engine.close();
    await new Promise((r) => setTimeout(r, 200));
    return { connected: visitors.filter((v) => v.socket.connected).length };
  },

  /** The agent writes `perVisitor` messages to every conversation while the visitors are away. */
  async writeWhileAway(p: { perVisitor: number }) {
    expectedLastSeq = new Map();
    let failures = 0;
    await mapLimit(visitors, 100, async (v, i) => {
      for (let k = 0; k < p.perVisitor; k++) {
        const ack = await agentCommand(agent!, 'message:send', { conversationId: v.conversationId, clientId: `stormreply_${process.pid}_${i}_${k}`, text: `Sorry for the wait (${k}) 久等了` }, 30_000);
        if (ack.ok) expectedLastSeq.set(v.conversationId, Math.max(expectedLastSeq.get(v.conversationId) ?? 0, ack.data.seq));
        else failures++;
      }
    });
    return { failures };
  },

  /**
   * All visitors reconnect at the same moment with their tokens, and each catches up from the
   * highest seq it holds. Times the storm until every visitor is back and holds every message.
   */
  async reconnect(_: null) {
    const t0 = process.hrtime.bigint();
    const back: number[] = [];
    const caughtUp: number[] = [];
    let failures = 0;
    let firstError = '';
    await Promise.all(
      visitors.map(async (v) => {
        try {
          v.socket.auth = { ...(v.socket.auth as Record<string, unknown>), token: v.token };
          const session = sessionOf(v.socket, 120_000);
          v.socket.connect();
          await session;
          back.push(ms(t0, process.hrtime.bigint()));
          const expected = expectedLastSeq.get(v.conversationId) ?? 0;
          while (highest(v) < expected) {
            const sync = await visitorCommand(v.socket, 'messages:sync', { conversationId: v.conversationId, afterSeq: highest(v) }, 60_000);
            if (!sync.ok) throw new Error(`sync: ${sync.error.code}`);
            if (sync.data.messages.length === 0) break;
            for (const m of sync.data.messages) hold(v, m);
          }
          caughtUp.push(ms(t0, process.hrtime.bigint()));
        } catch (err) {
          failures++;
          firstError ||= err instanceof Error ? err.message : String(err);
        }
      }),
    );
    const allMs = ms(t0, process.hrtime.bigint());
    // No message lost: each visitor holds every seq from 1 to the last one the server acked.
    let lost = 0;
    let duplicates = 0;
    for (const v of visitors) {
      const expected = expectedLastSeq.get(v.conversationId) ?? 1;
      for (let seq = 1; seq <= expected; seq++) if (!v.seqs.has(seq)) lost++;
      duplicates += v.duplicates;
    }
    return { back, caughtUp, allMs, failures, firstError, lost, duplicates };
  },

  async close(_: null) {
    for (const v of visitors) v.socket.disconnect();
    agent?.disconnect();
    visitors = [];
    return null;
  },
};

export type StormMethods = typeof methods;
serveWorker(methods);
