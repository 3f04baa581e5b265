import { DEMO } from '@parley/server';
import { startWorker, type Worker } from '../procs/worker-rpc.js';
import { cpuMeter, runQueueWaitMeter } from '../procs/proc-stats.js';
import type { DeliveryMethods } from '../load/delivery-worker.js';
import type { LoadStep, StepOutcome } from '../load/open-loop.js';
import type { LoopDelay } from '../procs/parley-process.js';

export interface RigOptions {
  mode: 'parley' | 'relay';
  url: string;
  /** The server (or relay) process, for its CPU share. */
  serverPid: number;
  conversations: number;
  agents: number;
  /** Generator processes; conversations and rate are split evenly among them. */
  generators: number;
  /** The server's event-loop delay since the last reading (Parley only). */
  loopDelay?: () => Promise<LoopDelay>;
}

export interface RigOutcome extends Omit<StepOutcome, 'rate'> {
  rate: number;
  /** Cores used during the step: 1.0 is one core fully busy. */
  serverCpu: number;
  /** Share of the step the server's main thread waited for a CPU (competition on the machine). */
  serverWaiting: number;
  generatorCpu: number;
  serverLoopDelay: LoopDelay | null;
}

export interface DeliveryRig {
  step(step: LoadStep): Promise<RigOutcome>;
  close(): Promise<void>;
}

/** Generator processes with their conversations open against Parley or the relay. */
export async function openRig(options: RigOptions): Promise<DeliveryRig> {
  const workers: Worker<DeliveryMethods>[] = Array.from({ length: options.generators }, () => startWorker<DeliveryMethods>('delivery'));
  try {
    await Promise.all(
      workers.map((w, i) =>
        w.call('setup', {
          mode: options.mode,
          url: options.url,
          conversations: share(options.conversations, options.generators, i),
          agents: Math.max(1, share(options.agents, options.generators, i)),
          email: DEMO.email,
          password: DEMO.password,
        }),
      ),
    );
  } catch (err) {
    await Promise.all(workers.map((w) => w.stop()));
    throw err;
  }
  return {
    async step(step) {
      await options.loopDelay?.();
      const meter = cpuMeter([options.serverPid, ...workers.map((w) => w.pid)]);
      const waiting = runQueueWaitMeter(options.serverPid);
      const outcomes = await Promise.all(workers.map((w) => w.call('run', { ...step, rate: step.rate / workers.length })));
      const [serverCpu = 0, ...generatorCpus] = meter();
      const serverWaiting = waiting();
      const serverLoopDelay = (await options.loopDelay?.()) ?? null;
      return { ...merge(outcomes), rate: step.rate, serverCpu, serverWaiting, generatorCpu: round2(generatorCpus.reduce((a, b) => a + b, 0)), serverLoopDelay };
    },
    async close() {
      await Promise.all(workers.map((w) => w.call('close', null).catch(() => null)));
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}

function share(total: number, parts: number, i: number): number {
  return Math.floor(total / parts) + (i < total % parts ? 1 : 0);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function merge(outcomes: StepOutcome[]): Omit<StepOutcome, 'rate'> {
  const sum = (f: (o: StepOutcome) => number) => outcomes.reduce((a, o) => a + f(o), 0);
  return {
    sent: sum((o) => o.sent),
    measured: sum((o) => o.measured),
    undelivered: sum((o) => o.undelivered),
    ackFailures: sum((o) => o.ackFailures),
    achievedRate: sum((o) => o.achievedRate),
    v2a: outcomes.flatMap((o) => o.v2a),
    a2v: outcomes.flatMap((o) => o.a2v),
    ack: outcomes.flatMap((o) => o.ack),
  };
}
