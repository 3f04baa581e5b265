// `npm run bench`: Parley's benchmark suite (scripts/bench/README.md). Installs what is
// missing and builds the widget when it is stale, as `npm start` does, then runs the suite,
// which is TypeScript run through tsx (it speaks the protocol types of @parley/shared).
// Options: --quick (tiny sizes), --out=FILE, --only=name,name, --set=idle.visitors=3000.
import { fileURLToPath } from 'node:url';
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';
import { ensureChromium } from './lib/ensure-system.mjs';
import { runTypeScriptAndExit } from './lib/run.mjs';

await ensureInstall();
await buildApps();
const chromium = await ensureChromium();
runTypeScriptAndExit(fileURLToPath(new URL('./bench/main.ts', import.meta.url)), process.argv.slice(2), {
  CHROME_PATH: process.env.CHROME_PATH || chromium,
});
