// Agents and waiting visitors for the assignment benchmark's manual mode: a new conversation is
// broadcast to every agent of the workspace (`conversation:updated`, status `waiting`) and
// agents race with `conversation:claim`. The agents set themselves away so that routing's
// auto-assignment stays out of the race. A mode timing created → assigned by routing is still
// to be added here.
import { agentCommand, visitorCommand, type Conversation } from '@parley/shared';
import { connectAgent, loginAgent, mapLimit, sessionOf, visitorSocket, type AgentSocket, type VisitorSocket } from '../clients/parley-clients.js';
import { serveWorker } from '../procs/worker-rpc.js';

const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;

let agents: AgentSocket[] = [];
let visitors: { socket: VisitorSocket; visitorId: string }[] = [];
let conversationIds: string[] = [];

const methods = {
  async setup(p: { url: string; agents: { email: string; password: string }[]; visitors: number }) {
    agents = await mapLimit(p.agents, 4, async (a) => connectAgent(p.url, await loginAgent(p.url, a.email, a.password)));
    // This benchmark times the manual race; agents who are away get nothing by auto-assignment.
    for (const agent of agents) await agentCommand(agent, 'agent:status', { status: 'away' }, 30_000);
    visitors = await mapLimit(Array.from({ length: p.visitors }), 20, async () => {
      const socket = visitorSocket(p.url);
      const session = await sessionOf(socket);
      return { socket, visitorId: session.visitorId };
    });
    return { agents: agents.length, visitors: visitors.length };
  },

  /**
   * Each visitor writes a first message, `rate` per second: that message makes the conversation
   * waiting (assignable). Times, for every agent, the visitor's emit to the agent's receipt of
   * the waiting conversation. Nobody claims yet, so the queue grows to all of them.
   */
  async createWaiting(p: { rate: number }) {
    const startedAt = new Map<string, bigint>();
    const seen = agents.map(() => new Set<string>());
    const notify: number[] = [];
    let expected = visitors.length * agents.length;
    let resolveAll!: () => void;
    const all = new Promise<void>((r) => (resolveAll = r));
    const listeners = agents.map((agent, i) => {
      const listener = (c: Conversation) => {
        const at = process.hrtime.bigint();
        const t0 = startedAt.get(c.visitorId);
        if (c.status !== 'waiting' || t0 === undefined || seen[i]!.has(c.id)) return;
        seen[i]!.add(c.id);
        notify.push(ms(t0, at));
        if (--expected === 0) resolveAll();
      };
      agent.on('conversation:updated', listener);
      return listener;
    });
    const acks: Promise<void>[] = [];
    const failures: string[] = [];
    conversationIds = [];
    const gapMs = 1000 / p.rate;
    const t0 = Date.now();
    for (let i = 0; i < visitors.length; i++) {
      const wait = t0 + i * gapMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const v = visitors[i]!;
      startedAt.set(v.visitorId, process.hrtime.bigint());
      acks.push(
        visitorCommand(v.socket, 'message:send', { clientId: `assign_${process.pid}_${i}`, text: '请问有人在吗？Anyone there?' }, 30_000).then((ack) => {
          if (ack.ok) conversationIds[i] = ack.data.conversationId;
          else failures.push(ack.error.code);
        }),
      );
    }
    await Promise.all(acks);
    await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
    agents.forEach((agent, i) => agent.off('conversation:updated', listeners[i]));
    return { notify, missed: expected, failures: failures.length, waiting: conversationIds.filter(Boolean).length };
  },

  /**
   * Every agent tries to claim every waiting conversation, each in its own order, one claim
   * at a time as a person clicking through the queue would. Exactly one claim per
   * conversation may succeed; the others must get `conflict`.
   */
  async race(_: null) {
    const ids = conversationIds.filter(Boolean);
    const wins = new Map<string, number>();
    const claimMs: number[] = [];
    let conflicts = 0;
    let errors = 0;
    const t0 = process.hrtime.bigint();
    await Promise.all(
      agents.map(async (agent, a) => {
        // Each agent starts at its own place in the queue and goes round it.
        const offset = Math.floor((a * ids.length) / agents.length);
        const order = ids.map((_, k) => ids[(k + offset) % ids.length]!);
        for (const conversationId of order) {
          const start = process.hrtime.bigint();
          const ack = await agentCommand(agent, 'conversation:claim', { conversationId }, 30_000);
          claimMs.push(ms(start, process.hrtime.bigint()));
          if (ack.ok) wins.set(conversationId, (wins.get(conversationId) ?? 0) + 1);
          else if (ack.error.code === 'conflict') conflicts++;
          else errors++;
        }
      }),
    );
    const drainMs = ms(t0, process.hrtime.bigint());
    const exactlyOne = ids.every((id) => wins.get(id) === 1);
    return { claimMs, conflicts, errors, exactlyOne, conversations: ids.length, drainMs };
  },

  async close(_: null) {
    for (const a of agents) a.disconnect();
    for (const v of visitors) v.socket.disconnect();
    agents = [];
    visitors = [];
    return null;
  },
};

export type AssignmentMethods = typeof methods;
serveWorker(methods);
