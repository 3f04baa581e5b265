// Screenshots of every widget state (closed, open, chatting, queue, leave a message, help
// search, bot answer, chat ended) at 390, 768 and 1366 px, in English, 繁體中文 and Arabic, into
// shots/widget/ (ignored by git), for anyone reviewing a change. It builds what is stale, starts
// a real server with the demo workspace and drives the demo page in Debian's Chromium the way
// the axe test does (test/support/widget-states.ts). `npm run shots` calls it; alone:
//   node scripts/shots-widget.mjs [filter]   (keeps the shots whose name contains the filter)
import { fileURLToPath } from 'node:url';
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';
import { ensureChromium, ensureCjkFont } from './lib/ensure-system.mjs';
import { runTypeScriptAndExit } from './lib/run.mjs';

await ensureInstall();
await buildApps();
const chromium = await ensureChromium();
await ensureCjkFont();
runTypeScriptAndExit(fileURLToPath(new URL('./widget-shots/main.ts', import.meta.url)), process.argv.slice(2), {
  CHROME_PATH: process.env.CHROME_PATH || chromium,
});
