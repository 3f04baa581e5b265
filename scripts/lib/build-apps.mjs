// Builds the widget and the console with Vite when their output is missing or older than
// their sources (or always, with `force`).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, run } from './run.mjs';

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const apps = [
  { name: 'widget', output: 'widget/dist/widget.js' },
  { name: 'console', output: 'console/dist/index.html' },
];

export async function buildApps({ force = false } = {}) {
  const sharedTime = newestMtime(path.join(repoRoot, 'shared', 'src'));
  for (const app of apps) {
    const output = path.join(repoRoot, app.output);
    const sourceTime = Math.max(sharedTime, newestMtime(path.join(repoRoot, app.name)));
    if (!force && existsSync(output) && statSync(output).mtimeMs >= sourceTime) continue;
    console.log(`Building ${app.name}…`);
    // Always a production build: a build started from inside a test run (the benchmark smoke
    // test builds what is stale) inherits vitest's NODE_ENV=test, and Vite would then ship
    // Preact's development JSX and the `debug` module, 3 KB more in the opened widget.
    await run('npx', ['-y', 'pnpm@10', '--filter', `@parley/${app.name}`, 'run', 'build'], { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' } });
  }
}
