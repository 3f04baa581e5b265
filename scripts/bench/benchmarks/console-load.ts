import type { Browser } from 'playwright-core';
import type { Benchmark, Measured } from '../core/benchmark.js';
import { median, round2 } from '../core/percentiles.js';
import type { Figure } from '../core/result.js';
import { launchChromium } from '../browser/chromium.js';
import { consoleProbe, readConsoleProbe } from '../browser/console-probe.js';
import { networkLog } from '../browser/network-log.js';
import { startParley } from '../procs/parley-process.js';
import { weighBytes } from '../weight/file-weight.js';

/** The console's two first screens: signed out (the login page) and signed in (the inbox). */
type Screen = 'login' | 'inbox';

interface Session {
  token: string;
  agent: unknown;
}

interface Load {
  /** The console's own JS and CSS the page downloaded, and the same bodies gzipped at level 9. */
  files: number;
  rawBytes: number;
  gzipBytes: number;
  /** Navigation start to the first frame with a `<main>` and the screen's control. */
  readyMs: number;
  /** Ready, and no long task nor request since for the quiet window (see consoleProbe). */
  ttiMs: number;
  longTasks: number;
}

const isAsset = (url: string) => /^\/console\/.*\.(js|css)$/.test(new URL(url).pathname);

/** One fresh load in a new context (empty cache; the inbox with a stored session, as after signing in). */
async function loadOnce(browser: Browser, url: string, screen: Screen, session: Session, cpuSlowdown: number, quietMs: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  try {
    if (screen === 'inbox') {
      await context.addInitScript((saved) => {
        // Runs in the page (the scripts are type-checked without the DOM's types).
        const store = (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage;
        store.setItem('parley:console:token', saved.token);
        store.setItem('parley:console:agent', JSON.stringify(saved.agent));
      }, session);
    }
    const page = await context.newPage();
    await page.addInitScript(consoleProbe(screen === 'login' ? 'input[type=password]' : '#app a[href], #app button'));
    const cdp = await context.newCDPSession(page);
    const net = await networkLog(cdp);
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(`${url}/console/`, { waitUntil: 'load' });
    // Quiet: no long task and no HTTP request finished for quietMs after the screen was ready.
    await page.waitForFunction((ms) => (globalThis as unknown as { __consoleProbe: { quietFor(ms: number): boolean } }).__consoleProbe.quietFor(ms), quietMs, {
      timeout: 60_000,
      polling: 100,
    });
    const probe = await page.evaluate(readConsoleProbe);
    const assets = net.all().filter((r) => isAsset(r.url) && r.status === 200);
    const bodies = await Promise.all(assets.map((r) => net.bodyOf(r).catch(() => Buffer.alloc(0))));
    if (screen === 'inbox' && (await page.locator('input[type=password]').count()) > 0) throw new Error('the stored session was refused: the inbox showed the login page');
    return {
      files: assets.length,
      rawBytes: bodies.reduce((a, b) => a + b.byteLength, 0),
      gzipBytes: bodies.reduce((a, b) => a + weighBytes(b).gzip, 0),
      readyMs: probe.readyAt!,
      ttiMs: probe.tti,
      longTasks: probe.longTasks,
    };
  } finally {
    await context.close();
  }
}

async function signIn(url: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.test', password: 'demo-password' }),
  });
  if (!res.ok) throw new Error(`signing in the demo agent: ${res.status}`);
  return (await res.json()) as Session;
}

/**
 * The console's first load (issue 12's budget: measured and reported): what the login page and
 * the signed-in inbox download of the console's own JS and CSS (gzip level 9, as the widget's
 * weight is counted), and time to interactive in Chromium at 1x and 4x CPU.
 */
export const consoleLoad: Benchmark = {
  name: 'console-load',
  title: '9. Console first load',
  target: { gzip_bytes: 'reported', tti_x4_ms: 'reported' },
  summary: (f) =>
    `login ${f.login_gzip_bytes} B gzip, TTI ${f.login_x4_tti_ms} ms at 4x CPU; ` + `inbox ${f.inbox_gzip_bytes} B gzip, TTI ${f.inbox_x4_tti_ms} ms at 4x CPU`,
  async run(ctx): Promise<Measured> {
    const runs = ctx.sizes.hostPageRuns;
    const quietMs = ctx.quick ? 300 : 1000;
    const server = await startParley();
    const figures: Record<string, Figure> = {};
    try {
      const session = await signIn(server.url);
      const browser = await launchChromium();
      try {
        // One load thrown away: the first after Chromium starts pays for its own warm-up and the server's.
        await loadOnce(browser, server.url, 'login', session, 1, quietMs);
        for (const screen of ['login', 'inbox'] as const) {
          for (const rate of [1, 4]) {
            const loads: Load[] = [];
            for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, server.url, screen, session, rate, quietMs));
            const m = (pick: (l: Load) => number) => round2(median(loads.map(pick)));
            figures[`${screen}_x${rate}_ready_ms`] = m((l) => l.readyMs);
            figures[`${screen}_x${rate}_tti_ms`] = m((l) => l.ttiMs);
            figures[`${screen}_x${rate}_long_tasks`] = m((l) => l.longTasks);
            if (rate === 1) {
              figures[`${screen}_files`] = loads[0]!.files;
              figures[`${screen}_raw_bytes`] = loads[0]!.rawBytes;
              figures[`${screen}_gzip_bytes`] = loads[0]!.gzipBytes;
            }
            ctx.log(`  ${screen} at ${rate}x CPU: ready ${figures[`${screen}_x${rate}_ready_ms`]} ms, interactive ${figures[`${screen}_x${rate}_tti_ms`]} ms`);
          }
          ctx.log(`  ${screen}: ${figures[`${screen}_files`]} JS and CSS files, ${figures[`${screen}_gzip_bytes`]} B gzip (${figures[`${screen}_raw_bytes`]} B raw)`);
        }
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
    return {
      figures,
      met: true,
      notes:
        `The built console (console/dist) served by the real server with the demo workspace, in Chromium at 1366×900, each load in a fresh context (empty cache); ` +
        `the inbox with the demo agent's session already stored, as after signing in. Bytes: the console's own .js and .css responses, their bodies gzipped at level 9 ` +
        `(1 KB = 1,024 B). Ready: navigation start to the first frame with a <main> and a control (the login page: its password field; the inbox: a link or button). ` +
        `Interactive: ready, then no long task (PerformanceObserver) and no HTTP request finishing for ${quietMs} ms; the figure is the latest of ready, the last long task's end ` +
        `and the last request's end. After one load thrown away (warm-up), medians of ${runs} load(s) per screen and CPU rate (Emulation.setCPUThrottlingRate). No budget is set yet: the figures are reported.`,
      size: { runs, quiet_ms: quietMs },
    };
  },
};
