// Agents and waiting visitors for the assignment benchmark, in two modes.
// Manual: a new conversation is broadcast to every agent of the workspace (`conversation:updated`,
// status `waiting`) and agents race with `conversation:claim`; the agents are away so that
// routing's auto-assignment stays out of the race.
// Automatic: the agents go online and routing assigns within their capacity, on arrival while
// someone has room, and from the queue (oldest first) whenever an agent closes a chat.
import { agentCommand, visitorCommand, type Conversation } from '@parley/shared';
import { connectAgent, loginAgent, mapLimit, sessionOf, visitorSocket, type AgentSocket, type VisitorSocket } from '../clients/parley-clients.js';
import { serveWorker } from '../procs/worker-rpc.js';

const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;

let agents: AgentSocket[] = [];
let visitors: { socket: VisitorSocket; visitorId: string }[] = [];
let conversationIds: string[] = [];
/** Conversations each agent won in the manual race (closed before the automatic mode). */
let won: string[][] = [];
let agentIds: string[] = [];
let autoVisitors: { socket: VisitorSocket; visitorId: string }[] = [];

const methods = {
  async setup(p: { url: string; agents: { email: string; password: string }[]; visitors: number }) {
    agents = await mapLimit(p.agents, 4, async (a) => connectAgent(p.url, await loginAgent(p.url, a.email, a.password)));
    // This benchmark times the manual race; agents who are away get nothing by auto-assignment.
    agentIds = [];
    for (const agent of agents) {
      const ack = await agentCommand(agent, 'agent:status', { status: 'away' }, 30_000);
      if (!ack.ok) throw new Error(`agent:status: ${ack.error.message}`);
      agentIds.push(ack.data.id);
    }
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
    const sent = await sendFirstMessages(visitors, p.rate, 'assign', (visitorId) => startedAt.set(visitorId, process.hrtime.bigint()));
    conversationIds = sent.conversationIds;
    await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
    agents.forEach((agent, i) => agent.off('conversation:updated', listeners[i]));
    return { notify, missed: expected, failures: sent.failures, waiting: conversationIds.filter(Boolean).length };
  },

  /**
   * Every agent tries to claim every waiting conversation, each in its own order, one claim
   * at a time as a person clicking through the queue would. Exactly one claim per
   * conversation may succeed; the others must get `conflict`.
   */
  async race(_: null) {
    const ids = conversationIds.filter(Boolean);
    const wins = new Map<string, number>();
    won = agents.map(() => []);
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
          if (ack.ok) {
            wins.set(conversationId, (wins.get(conversationId) ?? 0) + 1);
            won[a]!.push(conversationId);
          }
          else if (ack.error.code === 'conflict') conflicts++;
          else errors++;
        }
      }),
    );
    const drainMs = ms(t0, process.hrtime.bigint());
    const exactlyOne = ids.every((id) => wins.get(id) === 1);
    return { claimMs, conflicts, errors, exactlyOne, conversations: ids.length, drainMs };
  },

  /**
   * Automatic mode, first part: the race's chats are closed, `count` new visitors connect and
   * the agents go online with room for `capacity` chats each. Then `arrivals` of the visitors
   * write a first message, `rate` per second, while someone has room: times each visitor's emit
   * to the receipt of the assignment by the agent routing chose.
   */
  async autoArrive(p: { url: string; count: number; arrivals: number; rate: number; capacity: number }) {
    await Promise.all(agents.map((agent, a) => mapLimit(won[a] ?? [], 1, (conversationId) => agentCommand(agent, 'conversation:close', { conversationId }, 30_000))));
    autoVisitors = await mapLimit(Array.from({ length: p.count }), 20, async () => {
      const socket = visitorSocket(p.url);
      return { socket, visitorId: (await sessionOf(socket)).visitorId };
    });
    for (const agent of agents) await agentCommand(agent, 'agent:status', { status: 'online' }, 30_000);
    const arriving = autoVisitors.slice(0, p.arrivals);
    const { latencies, failures, missing } = await timeAssignments(arriving, p.rate, 'auto_arrive');
    return { assignMs: latencies, failures, missing, arrivals: arriving.length };
  },

  /**
   * Automatic mode, second part: `count` more visitors (after `from`) write while every agent
   * is full, so they queue. Then the agents close chats: paced, `rate` closes per second in all
   * (each agent one every `agents / rate` seconds, starting at a random moment), or as a burst
   * (every agent closes the next as soon as it got one). Times each close's emit to the receipt
   * of the next queued chat by that agent. Checks that nobody ever holds more than `capacity`
   * chats and that every chat is assigned exactly once.
   */
  async autoDrain(p: { capacity: number; rate: number; from: number; count: number; paced: boolean }) {
    const queued = autoVisitors.slice(p.from, p.from + p.count);
    const byConversation = new Map<string, number>();
    const held = agents.map(() => new Set<string>());
    let overCapacity = 0;
    let waiters: ((conversationId: string) => void)[][] = agents.map(() => []);
    const listeners = agents.map((agent, a) => {
      const listener = (c: Conversation) => {
        if (c.assigneeId !== agentIds[a] || c.status !== 'open' || held[a]!.has(c.id)) return;
        held[a]!.add(c.id);
        byConversation.set(c.id, (byConversation.get(c.id) ?? 0) + 1);
        if (held[a]!.size > p.capacity) overCapacity++;
        waiters[a]!.shift()?.(c.id);
      };
      agent.on('conversation:updated', listener);
      return listener;
    });
    // What each agent holds now (from the arrivals).
    await Promise.all(
      agents.map(async (agent, a) => {
        const ack = await agentCommand(agent, 'conversation:list', { status: ['open'], mine: true, limit: 100 }, 30_000);
        if (ack.ok) for (const c of ack.data) held[a]!.add(c.id);
      }),
    );
    const { failures } = await sendFirstMessages(queued, p.rate, 'auto_queue');
    const freedMs: number[] = [];
    let left = queued.length - failures;
    const t0 = process.hrtime.bigint();
    const everyMs = p.paced ? (agents.length * 1000) / p.rate : 0;
    await Promise.all(
      agents.map(async (agent, a) => {
        await new Promise((r) => setTimeout(r, Math.random() * everyMs));
        while (left > 0) {
          const due = Date.now() + everyMs;
          const closing = [...held[a]!][0];
          if (!closing) break;
          left--;
          const next = new Promise<string | null>((resolve) => {
            waiters[a]!.push(resolve);
            setTimeout(() => resolve(null), 10_000);
          });
          held[a]!.delete(closing);
          const start = process.hrtime.bigint();
          await agentCommand(agent, 'conversation:close', { conversationId: closing }, 30_000);
          if ((await next) === null) break;
          freedMs.push(ms(start, process.hrtime.bigint()));
          await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
        }
      }),
    );
    const drainMs = ms(t0, process.hrtime.bigint());
    agents.forEach((agent, a) => agent.off('conversation:updated', listeners[a]));
    waiters = [];
    const assignedTwice = [...byConversation.values()].filter((n) => n > 1).length;
    return { freedMs, queued: queued.length, failures, overCapacity, assignedTwice, drainMs };
  },

  async close(_: null) {
    for (const a of agents) a.disconnect();
    for (const v of [...visitors, ...autoVisitors]) v.socket.disconnect();
    agents = [];
    visitors = [];
    autoVisitors = [];
    return null;
  },
};

/**
 * Each visitor writes a first message, `rate` per second (`onEmit` just before each); resolves
 * when every ack is in, with the conversation each started (undefined where the send failed).
 */
async function sendFirstMessages(
  senders: { socket: VisitorSocket; visitorId: string }[],
  rate: number,
  tag: string,
  onEmit: (visitorId: string) => void = () => undefined,
): Promise<{ failures: number; conversationIds: string[] }> {
  let failures = 0;
  const conversationIds: string[] = [];
  const acks: Promise<void>[] = [];
  const t0 = Date.now();
  for (let i = 0; i < senders.length; i++) {
    const wait = t0 + (i * 1000) / rate - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const v = senders[i]!;
    onEmit(v.visitorId);
    acks.push(
      visitorCommand(v.socket, 'message:send', { clientId: `${tag}_${process.pid}_${i}`, text: '请问有人在吗？Anyone there?' }, 30_000).then((ack) => {
        if (ack.ok) conversationIds[i] = ack.data.conversationId;
        else failures++;
      }),
    );
  }
  await Promise.all(acks);
  return { failures, conversationIds };
}

/** Sends first messages and times each emit to the assignment reaching the agent it went to. */
async function timeAssignments(senders: { socket: VisitorSocket; visitorId: string }[], rate: number, tag: string) {
  const startedAt = new Map<string, bigint>();
  const latencies: number[] = [];
  let expected = senders.length;
  let resolveAll!: () => void;
  const all = new Promise<void>((r) => (resolveAll = r));
  const listeners = agents.map((agent, a) => {
    const listener = (c: Conversation) => {
      const at = process.hrtime.bigint();
      const t0 = startedAt.get(c.visitorId);
      if (t0 === undefined || c.assigneeId !== agentIds[a]) return;
      startedAt.delete(c.visitorId);
      latencies.push(ms(t0, at));
      if (--expected === 0) resolveAll();
    };
    agent.on('conversation:updated', listener);
    return listener;
  });
  const { failures } = await sendFirstMessages(senders, rate, tag, (visitorId) => startedAt.set(visitorId, process.hrtime.bigint()));
  await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
  agents.forEach((agent, a) => agent.off('conversation:updated', listeners[a]));
  return { latencies, failures, missing: expected };
}

export type AssignmentMethods = typeof methods;
serveWorker(methods);
