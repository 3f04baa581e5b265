/** One frame of a sampled stack, as V8's profiler names it. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** One CPU-profile sample: the thread, when it was taken, how long it stands for, and its stack (leaf first). */
export interface StackSample {
  thread: string;
  ts: number;
  dur: number;
  stack: CallFrame[];
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

interface ProfileEvent {
  name: string;
  id?: string;
  pid: number;
  tid: number;
  args?: { data?: { startTime?: number; timeDeltas?: number[]; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] } } };
}

/**
 * A sample stands for the time until the next one, but not across a gap in sampling (the
 * profiler stopped, or the process was descheduled): at most this long (µs). The sampling
 * interval is 0.1–1 ms.
 */
const maxSampleUs = 2_000;

/**
 * The samples of the trace's CPU profiles (category `disabled-by-default-v8.cpu_profiler`):
 * one `Profile` event per profiled thread, then `ProfileChunk`s carrying new stack nodes,
 * sample node ids and the time deltas between samples.
 */
export function cpuSamples(traceEvents: readonly object[]): StackSample[] {
  const events = traceEvents as readonly ProfileEvent[];
  const profiles = new Map<string, { thread: string; start: number; nodes: Map<number, ProfileNode>; ids: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profiles.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, start: e.args?.data?.startTime ?? 0, nodes: new Map(), ids: [], deltas: [] });
    } else if (e.name === 'ProfileChunk' && e.id) {
      const profile = profiles.get(`${e.pid}:${e.id}`);
      const data = e.args?.data;
      if (!profile || !data) continue;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.ids.push(...(data.cpuProfile?.samples ?? []));
      profile.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  const out: StackSample[] = [];
  for (const { thread, start, nodes, ids, deltas } of profiles.values()) {
    let ts = start;
    const times = deltas.map((d) => (ts += d));
    for (let i = 0; i + 1 < times.length && i < ids.length; i++) {
      const stack: CallFrame[] = [];
      for (let node = nodes.get(ids[i]!); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) stack.push(node.callFrame);
      out.push({ thread, ts: times[i]!, dur: Math.min(times[i + 1]! - times[i]!, maxSampleUs), stack });
    }
  }
  return out;
}
