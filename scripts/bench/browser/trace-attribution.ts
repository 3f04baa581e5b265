import { isWidgetUrl } from './chromium.js';
import { cpuSamples, type CallFrame, type StackSample } from './profile-samples.js';

interface TraceEvent {
  name: string;
  ph: string;
  id?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; fileName?: string; data?: { url?: string; scriptName?: string } };
}

/**
 * Trace categories whose events name the script they run (compile, evaluate, calls), and the
 * CPU profiler's samples: promise callbacks (an `import()`'s or a `fetch`'s `.then`) run in a
 * microtask checkpoint that no event names a script for, so only the sampled stacks show them.
 */
export const scriptTraceCategories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

const taskNames = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const longTaskUs = 50_000;

function scriptUrl(e: TraceEvent): string | undefined {
  return e.args?.data?.url || e.args?.data?.scriptName || e.args?.fileName || undefined;
}

function safeIsWidget(url: string): boolean {
  try {
    return isWidgetUrl(url);
  } catch {
    return false;
  }
}

export interface WidgetTime {
  /** Events and samples together (below), in ms. */
  ms: number;
  /** Only the trace events that name a widget script: misses the widget's promise callbacks. */
  eventsMs: number;
  events: number;
  longTasks: number;
  selfTimeByEvent: Record<string, number>;
  /** Sampled time by the innermost frame (a built-in such as `fetch` also names the widget frame that called it). */
  selfTimeByFrame: Record<string, number>;
}

/**
 * Main-thread milliseconds spent in the widget's scripts on renderer main threads: the union of
 * the intervals of compile, evaluate and function-call events whose script is one of the
 * widget's files, and of the CPU-profile samples with a widget frame on their stack (promise
 * callbacks, which no event names). Nested and overlapping time is counted once.
 */
export function widgetMainThreadMs(traceJson: string): WidgetTime {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, [number, number][]>();
  let count = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const url = scriptUrl(e);
    if (!url || !safeIsWidget(url)) continue;
    count++;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push([e.ts, e.ts + e.dur]);
    byThread.set(key, list);
  }
  const samples = cpuSamples(events).filter((s) => mainThreads.has(s.thread) && s.stack.some((f) => safeIsWidget(f.url)));
  const withSamples = new Map([...byThread].map(([thread, list]) => [thread, [...list]]));
  for (const s of samples) withSamples.set(s.thread, [...(withSamples.get(s.thread) ?? []), [s.ts, s.ts + s.dur]]);
  // A long task (over 50 ms) counts against the widget when its scripts ran inside it.
  let longTasks = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !taskNames.has(e.name) || (e.dur ?? 0) <= longTaskUs) continue;
    const inside = withSamples.get(`${e.pid}:${e.tid}`) ?? [];
    if (inside.some(([s]) => s >= e.ts && s < e.ts + e.dur!)) longTasks++;
  }
  return {
    ms: unionMs(withSamples),
    eventsMs: unionMs(byThread),
    events: count,
    longTasks,
    selfTimeByEvent: selfTimes(events, byThread),
    selfTimeByFrame: frameTimes(samples),
  };
}

/** Total length of each thread's intervals, overlaps counted once, in ms (two decimals). */
function unionMs(byThread: Map<string, [number, number][]>): number {
  let totalUs = 0;
  for (const intervals of byThread.values()) {
    intervals.sort((a, b) => a[0] - b[0]);
    let [start, end] = intervals[0]!;
    for (const [s, f] of intervals.slice(1)) {
      if (s > end) {
        totalUs += end - start;
        [start, end] = [s, f];
      } else end = Math.max(end, f);
    }
    totalUs += end - start;
  }
  return Math.round(totalUs / 10) / 100;
}

const frameName = (f: CallFrame) => `${f.functionName || '(anonymous)'}${f.url ? ` ${f.url.replace(/^.*\//, '').replace(/\?.*/, '')}:${f.columnNumber}` : ''}`;

/** Sampled ms by innermost frame; a frame with no script (a built-in, the parser) also names the widget frame that called it. */
function frameTimes(samples: StackSample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { stack, dur } of samples) {
    const leaf = stack[0]!;
    const caller = leaf.url ? undefined : stack.find((f) => safeIsWidget(f.url));
    const name = caller ? `${frameName(leaf)} in ${frameName(caller)}` : frameName(leaf);
    out[name] = (out[name] ?? 0) + dur / 1000;
  }
  for (const k of Object.keys(out)) out[k] = Math.round(out[k]! * 100) / 100;
  return out;
}

/**
 * Where the widget's main-thread time goes: self time (own duration less nested events) of
 * every event inside the widget's intervals, by event name, in ms. Says what to shrink.
 */
function selfTimes(events: TraceEvent[], byThread: Map<string, [number, number][]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [thread, intervals] of byThread) {
    const inside = events
      .filter((e) => e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === thread && !taskNames.has(e.name))
      .filter((e) => intervals.some(([s, f]) => e.ts >= s && e.ts + e.dur! <= f))
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    // Nesting by a stack: each event's self time is its duration less its direct children's.
    const stack: { e: TraceEvent; childUs: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= until) {
        const { e, childUs } = stack.pop()!;
        out[e.name] = (out[e.name] ?? 0) + (e.dur! - childUs) / 1000;
        if (stack.length) stack.at(-1)!.childUs += e.dur!;
      }
    };
    for (const e of inside) {
      close(e.ts);
      stack.push({ e, childUs: 0 });
    }
    close(Number.POSITIVE_INFINITY);
  }
  for (const k of Object.keys(out)) out[k] = Math.round(out[k]! * 100) / 100;
  return out;
}
