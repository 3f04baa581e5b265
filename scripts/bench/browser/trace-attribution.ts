import { isWidgetUrl } from './chromium.js';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; fileName?: string; data?: { url?: string; scriptName?: string } };
}

/** Trace categories whose events name the script they run (compile, evaluate, calls). */
export const scriptTraceCategories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'];

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

/**
 * Main-thread milliseconds spent in the widget's scripts: the union of the intervals of
 * compile, evaluate and function-call events on renderer main threads whose script is one of
 * the widget's files (nested events are counted once).
 */
export function widgetMainThreadMs(traceJson: string): { ms: number; events: number; longTasks: number } {
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
  // A long task (over 50 ms) counts against the widget when its scripts ran inside it.
  let longTasks = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !taskNames.has(e.name) || (e.dur ?? 0) <= longTaskUs) continue;
    const inside = byThread.get(`${e.pid}:${e.tid}`) ?? [];
    if (inside.some(([s]) => s >= e.ts && s < e.ts + e.dur!)) longTasks++;
  }
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
  return { ms: Math.round(totalUs / 10) / 100, events: count, longTasks };
}
