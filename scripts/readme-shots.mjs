// The two screenshots the top-level README opens with, docs/widget.png and docs/console.png:
// the widget open and chatting on the demo page, and the console's inbox at 1366 px with that
// conversation open, each made small with sharp (a palette PNG). Run it after a UI change that
// the README's pictures should show: `node scripts/readme-shots.mjs`.
import { fileURLToPath } from 'node:url';
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';
import { ensureChromium, ensureCjkFont } from './lib/ensure-system.mjs';
import { runTypeScriptAndExit } from './lib/run.mjs';

await ensureInstall();
await buildApps();
const chromium = await ensureChromium();
await ensureCjkFont();
runTypeScriptAndExit(fileURLToPath(new URL('./readme-shots/main.ts', import.meta.url)), process.argv.slice(2), {
  CHROME_PATH: process.env.CHROME_PATH || chromium,
});
