import type { Benchmark, Measured } from '../core/benchmark.js';
import type { Figure } from '../core/result.js';
import { launchChromium } from '../browser/chromium.js';
import { networkLog, type Response } from '../browser/network-log.js';
import { launcherVisible, pageProbe, readProbe } from '../browser/page-probe.js';
import { repoRoot } from '../procs/fork-ts.js';
import { startParley } from '../procs/parley-process.js';
import { weighBuiltWidget, weighBytes, weightBudget } from '../weight/file-weight.js';
import path from 'node:path';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until no request has been in flight for `quietMs` (or `maxMs` passed). */
async function networkQuiet(pending: () => number, quietMs: number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pending() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await wait(50);
  }
}

/**
 * The demo page in Chromium: what the page downloads for the widget when it loads, then what
 * more it downloads when the visitor clicks the bubble.
 */
async function inChromium(url: string) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(pageProbe);
    const cdp = await context.newCDPSession(page);
    const net = await networkLog(cdp);
    await page.goto(`${url}/`, { waitUntil: 'load' });
    await page.waitForFunction(launcherVisible, null, { timeout: 15_000 });
    await networkQuiet(net.pending, 500, 10_000);
    const widgetRequests = (all: Response[]) => all.filter((r) => new URL(r.url).pathname !== '/' && !r.url.endsWith('/favicon.ico'));
    const atLoad = widgetRequests(net.all());
    const launcher = await page.evaluate(readProbe).then((p) => p.launcher);
    if (!launcher) throw new Error('launcher not found on the demo page');
    // A real click on the bubble, where the visitor would click.
    await page.mouse.click(launcher.x, launcher.y);
    await networkQuiet(net.pending, 1000, 15_000);
    const opened = widgetRequests(net.all());
    const gzipped = await Promise.all(opened.map(async (r) => weighBytes(await net.bodyOf(r).catch(() => Buffer.alloc(0))).gzip));
    const sum = (list: Response[], pick: (r: Response) => number) => list.reduce((a, r) => a + pick(r), 0);
    return {
      loadRequests: atLoad.length,
      loadTransferred: sum(atLoad, (r) => r.transferred),
      openedRequests: opened.length,
      openedTransferred: sum(opened, (r) => r.transferred),
      openedBody: sum(opened, (r) => r.body),
      openedGzip: gzipped.reduce((a, b) => a + b, 0),
      compressedByServer: opened.some((r) => r.encoding !== null),
      paths: opened.map((r) => new URL(r.url).pathname).join(' '),
      ws: net.ws(),
    };
  } finally {
    await browser.close();
  }
}

export const weight: Benchmark = {
  name: 'weight',
  title: '1. Weight of the widget',
  target: { loader_gzip_bytes: `<= ${weightBudget.loaderGzipBytes}`, opened_gzip_bytes: `<= ${weightBudget.openedGzipBytes}` },
  summary: (f) =>
    `loader ${f.files_loader_gzip_bytes} B gzip (${f.files_loader_raw_bytes} raw); opened ${f.browser_opened_gzip_bytes} B gzip, ` +
    `${f.browser_opened_transferred_bytes} B transferred in ${f.browser_opened_requests} requests`,
  async run(ctx): Promise<Measured> {
    const files = weighBuiltWidget(path.join(repoRoot, 'widget', 'dist'));
    const figures: Record<string, Figure> = {
      files_loader_raw_bytes: files.loader.raw,
      files_loader_gzip_bytes: files.loader.gzip,
      files_all_raw_bytes: files.all.raw,
      files_all_gzip_bytes: files.all.gzip,
      files: files.files.map((f) => `${f.file}:${f.raw}/${f.gzip}`).join(' '),
    };
    const server = await startParley();
    let browser: Awaited<ReturnType<typeof inChromium>>;
    try {
      browser = await inChromium(server.url);
    } finally {
      await server.stop();
    }
    Object.assign(figures, {
      browser_load_requests: browser.loadRequests,
      browser_load_transferred_bytes: browser.loadTransferred,
      browser_opened_requests: browser.openedRequests,
      browser_opened_transferred_bytes: browser.openedTransferred,
      browser_opened_raw_bytes: browser.openedBody,
      browser_opened_gzip_bytes: browser.openedGzip,
      browser_opened_paths: browser.paths,
      browser_server_compresses: browser.compressedByServer,
      browser_websocket_received_bytes: browser.ws.received,
    });
    ctx.log(`  loader ${files.loader.gzip} B gzip; opened: ${browser.openedRequests} requests, ${browser.openedGzip} B gzip, ${browser.openedTransferred} B transferred`);
    const misses: string[] = [];
    if (files.loader.gzip > weightBudget.loaderGzipBytes) misses.push(`the loader is ${files.loader.gzip} B gzip, ${files.loader.gzip - weightBudget.loaderGzipBytes} B over`);
    if (browser.openedGzip > weightBudget.openedGzipBytes) misses.push(`the opened widget is ${browser.openedGzip} B gzip, ${browser.openedGzip - weightBudget.openedGzipBytes} B over`);
    if (browser.openedRequests === 0) misses.push('Chromium downloaded nothing for the widget');
    return {
      figures,
      met: misses.length === 0,
      notes:
        `From the built files in widget/dist (each gzipped at level 9; source maps left out) and from Chromium loading the demo page and clicking the bubble ` +
        `(Network events: transferred = bytes on the wire with headers; gzip = the downloaded bodies gzipped at level 9). 1 KB = 1,024 bytes. ` +
        (browser.compressedByServer ? '' : 'The server sent the files uncompressed, so transferred bytes are the raw size plus headers. ') +
        `WebSocket frames are not counted as downloads (${browser.ws.received} B received while open).` +
        (misses.length ? ` Not met: ${misses.join('; ')}.` : ''),
      size: {},
    };
  },
};
