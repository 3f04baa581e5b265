// A delivery load generator process: opens many conversations on Parley or on the bare ws
// relay, then sends chat lines at fixed rates and measures one-way latency (sender and
// receiver live in this process, so one clock times both ends).
import { serveWorker } from '../procs/worker-rpc.js';
import { createTracker, runStep, type LoadStep, type StepOutcome, type Tracker } from './open-loop.js';
import { parleyTransport } from './parley-transport.js';
import { relayTransport } from './relay-transport.js';
import type { DeliveryTransport } from './transport.js';

export interface DeliverySetup {
  mode: 'parley' | 'relay';
  url: string;
  conversations: number;
  agents: number;
  email: string;
  password: string;
}

let transport: DeliveryTransport | null = null;
let tracker: Tracker | null = null;
let steps = 0;
const prefix = `bench${process.pid}`;

const methods = {
  async setup(s: DeliverySetup): Promise<{ conversations: number }> {
    tracker = createTracker(s.mode === 'parley');
    transport =
      s.mode === 'parley'
        ? await parleyTransport({ ...s, keyPrefix: prefix }, tracker.hooks)
        : await relayTransport({ url: s.url, conversations: s.conversations }, tracker.hooks);
    return { conversations: transport.conversations };
  },
  async run(step: LoadStep): Promise<StepOutcome> {
    if (!transport || !tracker) throw new Error('setup first');
    return runStep(transport, tracker, step, `${prefix}s${++steps}`);
  },
  async close(_: null): Promise<null> {
    await transport?.close();
    transport = null;
    return null;
  },
};

export type DeliveryMethods = typeof methods;
serveWorker(methods);
