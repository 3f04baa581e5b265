// `npm run bench`: Parley's benchmark suite (scripts/bench/README.md). Installs what is
// missing and builds the widget when it is stale, as `npm start` does, then runs the suite,
// which is TypeScript run through tsx (it speaks the protocol types of @parley/shared).
// Options: --quick (tiny sizes), --out=FILE, --only=name,name, --set=idle.visitors=3000.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';
import { ensureChromium } from './lib/ensure-system.mjs';
import { repoRoot } from './lib/run.mjs';

await ensureInstall();
await buildApps();
const chromium = await ensureChromium();
const main = fileURLToPath(new URL('./bench/main.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: repoRoot,
  env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || chromium },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
