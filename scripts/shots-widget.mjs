// Screenshots of every widget state (closed, open, chatting, queue, leave a message, help
// search, bot answer, chat ended) at 390, 768 and 1366 px, in English, 繁體中文 and Arabic, into
// shots/widget/ (ignored by git), for anyone reviewing a change. It builds what is stale, starts
// a real server with the demo workspace and drives the demo page in Debian's Chromium the way
// the axe test does (test/support/widget-states.ts). `npm run shots` calls it; alone:
//   node scripts/shots-widget.mjs [filter]   (keeps the shots whose name contains the filter)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';
import { ensureChromium, ensureCjkFont } from './lib/ensure-system.mjs';
import { repoRoot } from './lib/run.mjs';

await ensureInstall();
await buildApps();
const chromium = await ensureChromium();
await ensureCjkFont();
const main = fileURLToPath(new URL('./shots/widget-shots.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: repoRoot,
  env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || chromium },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
