import type { DeliveryTransport, Direction, TransportHooks } from './transport.js';

export interface LoadStep {
  /** Messages per second, in total, over all conversations. */
  rate: number;
  seconds: number;
  /** Messages sent in the first seconds are not measured (connections and JIT warm up). */
  warmupSeconds: number;
  /** How long to wait after the last send for deliveries still under way. */
  drainMs: number;
  textChars: number;
  /** The lines sent, in turn; without them, `textChars` of dots after a number (nothing for an index to analyse). */
  texts?: string[];
}

export interface StepOutcome {
  rate: number;
  sent: number;
  measured: number;
  /** Measured messages not delivered by the end of the drain: lost or hopelessly late. */
  undelivered: number;
  ackFailures: number;
  /** Messages per second actually sent: below `rate` when the generator could not keep up. */
  achievedRate: number;
  /** One-way latencies in ms of measured messages, sender's emit to receiver's event. */
  v2a: number[];
  a2v: number[];
  /** Sender's emit to the server's ack (Parley acks after storing). */
  ack: number[];
}

interface InFlight {
  at: bigint;
  direction: Direction;
  measured: boolean;
  delivered: boolean;
  acked: boolean;
}

const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;

/**
 * Tracks every message from send to delivery and ack. Hooks go to the transport; `begin`
 * records a send. Messages are keyed by their client id, unique per generator process.
 */
export function createTracker(expectAcks: boolean) {
  const inflight = new Map<string, InFlight>();
  let outcome: Pick<StepOutcome, 'v2a' | 'a2v' | 'ack' | 'ackFailures'> = { v2a: [], a2v: [], ack: [], ackFailures: 0 };
  const settle = (key: string, entry: InFlight) => {
    if (entry.delivered && (entry.acked || !expectAcks)) inflight.delete(key);
  };
  const hooks: TransportHooks = {
    delivered(key, at) {
      const entry = inflight.get(key);
      if (!entry || entry.delivered) return;
      entry.delivered = true;
      if (entry.measured) outcome[entry.direction].push(ms(entry.at, at));
      settle(key, entry);
    },
    acked(key, ok, at) {
      const entry = inflight.get(key);
      if (!entry || entry.acked) return;
      entry.acked = true;
      if (!ok) outcome.ackFailures++;
      else if (entry.measured) outcome.ack.push(ms(entry.at, at));
      settle(key, entry);
    },
  };
  return {
    hooks,
    begin(key: string, direction: Direction, measured: boolean) {
      inflight.set(key, { at: process.hrtime.bigint(), direction, measured, delivered: false, acked: false });
    },
    pending: () => inflight.size,
    undeliveredMeasured: () => [...inflight.values()].filter((e) => e.measured && !e.delivered).length,
    take() {
      const taken = outcome;
      outcome = { v2a: [], a2v: [], ack: [], ackFailures: 0 };
      inflight.clear();
      return taken;
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;

/**
 * Open-loop load: messages leave on a fixed schedule whether or not earlier ones were
 * answered, so a slow server shows up as latency instead of slowing the generator down.
 * Directions alternate; conversations are taken in turn.
 */
export async function runStep(transport: DeliveryTransport, tracker: Tracker, step: LoadStep, keyPrefix: string): Promise<StepOutcome> {
  const total = Math.round(step.rate * step.seconds);
  const warmup = Math.round(step.rate * step.warmupSeconds);
  const texts = step.texts?.length ? step.texts : Array.from({ length: 16 }, (_, i) => `${i}`.padEnd(step.textChars, '.'));
  let sent = 0;
  let measured = 0;
  const t0 = process.hrtime.bigint();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor((ms(t0, process.hrtime.bigint()) / 1000) * step.rate) + 1);
      while (sent < due) {
        const n = sent++;
        const direction: Direction = n % 2 === 0 ? 'v2a' : 'a2v';
        const key = `${keyPrefix}_${n}`;
        const isMeasured = n >= warmup;
        if (isMeasured) measured++;
        tracker.begin(key, direction, isMeasured);
        transport.send(n % transport.conversations, direction, key, texts[n % texts.length]!);
      }
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  const sendSeconds = Math.max(ms(t0, process.hrtime.bigint()) / 1000, step.seconds);
  const drainUntil = Date.now() + step.drainMs;
  while (tracker.pending() > 0 && Date.now() < drainUntil) await new Promise((r) => setTimeout(r, 5));
  const undelivered = tracker.undeliveredMeasured();
  const taken = tracker.take();
  return { rate: step.rate, sent, measured, undelivered, achievedRate: Math.round(sent / sendSeconds), ...taken };
}
