/**
 * Runs in the console's page before its scripts (addInitScript): when the screen is ready (the
 * first frame with a `<main>` on the page and `controlSelector` matching), the long tasks
 * (PerformanceObserver) and the end of the last HTTP request (Resource Timing). Time to
 * interactive is the latest of the three once the page has been quiet (no long task, no request
 * finishing) for the window the benchmark asks about: Lighthouse's idea, on a shorter window.
 */
export function consoleProbe(controlSelector: string): string {
  return `(() => {
  const control = ${JSON.stringify(controlSelector)};
  const probe = { readyAt: null, longTaskEnds: [] };
  window.__consoleProbe = probe;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTaskEnds.push(e.startTime + e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const watch = () => {
    if (document.querySelector('main') && document.querySelector(control)) probe.readyAt = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const lastRequestEnd = () => Math.max(0, ...performance.getEntriesByType('resource').map((e) => e.responseEnd));
  probe.busyUntil = () => Math.max(probe.readyAt ?? Infinity, 0, ...probe.longTaskEnds, lastRequestEnd());
  probe.quietFor = (ms) => probe.readyAt !== null && performance.now() - probe.busyUntil() >= ms;
})();`;
}

export interface ConsoleProbeReading {
  readyAt: number | null;
  tti: number;
  longTasks: number;
}

interface ProbeHolder {
  __consoleProbe: { readyAt: number | null; longTaskEnds: number[]; busyUntil(): number };
}

export const readConsoleProbe = (): ConsoleProbeReading => {
  const p = (globalThis as unknown as ProbeHolder).__consoleProbe;
  return { readyAt: p.readyAt, tti: p.busyUntil(), longTasks: p.longTaskEnds.length };
};
