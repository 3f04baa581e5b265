/**
 * Runs in the page before any of its scripts (Playwright's addInitScript): collects long tasks
 * and layout shifts with PerformanceObserver, the load event's time, and the first frame in
 * which the widget's launcher is visible. The launcher is found without knowing the widget's
 * markup: a visible element the page itself did not write (the bench pages mark all theirs
 * with data-page; elsewhere custom elements, iframes and open shadow roots count).
 */
export const pageProbe = `(() => {
  const probe = { longTasks: [], layoutShift: 0, shifts: 0, loadAt: null, visibleAt: null, launcher: null };
  window.__benchProbe = probe;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) { probe.layoutShift += e.value; probe.shifts++; }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return null;
    const s = getComputedStyle(el);
    if (s.visibility !== 'visible' || Number(s.opacity) === 0 || s.display === 'none') return null;
    if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) return null;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height, tag: el.tagName.toLowerCase() };
  };
  // Pages that mark their own elements (the bench pages) let any other element count; on
  // other pages (the demo page) the widget's elements are custom elements, iframes or in shadow roots.
  let marked = false;
  const find = (root, inShadow) => {
    for (const el of root.querySelectorAll('*')) {
      const foreign = inShadow || el.tagName.includes('-') || el.tagName === 'IFRAME' ||
        (marked && !el.hasAttribute('data-page') && !['SCRIPT', 'STYLE', 'LINK'].includes(el.tagName));
      if (foreign) { const v = visible(el); if (v) return v; }
      if (el.shadowRoot) { const v = find(el.shadowRoot, true); if (v) return v; }
    }
    return null;
  };
  const watch = () => {
    if (probe.visibleAt === null && document.body) {
      marked = document.querySelector('[data-page]') !== null;
      const v = find(document.body, false);
      if (v) { probe.visibleAt = performance.now(); probe.launcher = v; return; }
    }
    if (probe.visibleAt === null) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  addEventListener('load', () => { probe.loadAt = performance.now(); }, { once: true });
})();`;

export interface ProbeReading {
  longTasks: { start: number; duration: number }[];
  layoutShift: number;
  shifts: number;
  loadAt: number | null;
  visibleAt: number | null;
  launcher: { x: number; y: number; w: number; h: number; tag: string } | null;
}

// Both run inside the page (passed to page.evaluate / waitForFunction as source).
type ProbeHolder = { __benchProbe: ProbeReading };
/** The probe's readings so far. */
export const readProbe = (): ProbeReading => (globalThis as unknown as ProbeHolder).__benchProbe;
/** True once the launcher has been seen. */
export const launcherVisible = (): boolean => (globalThis as unknown as ProbeHolder).__benchProbe.visibleAt !== null;
