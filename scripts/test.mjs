// `npm test`: install what is missing, build the widget and console, type-check every
// package, run every vitest project (unit, component, integration, browser), and end with
// one plain line `N passed, N failed` that counts every test that ran.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';
import { ensureChromium, ensureCjkFont, ensureRedisServer } from './lib/ensure-system.mjs';
import { repoRoot, runStatus } from './lib/run.mjs';

const packages = ['shared', 'server', 'widget', 'console', 'scripts', 'test'];

await ensureInstall();
const chromium = await ensureChromium();
const redisServer = await ensureRedisServer();
// Chinese in browser tests and screenshots needs a CJK font, or Chromium draws boxes.
await ensureCjkFont();
await buildApps({ force: true });

// Type checks count as tests: one per package.
let passed = 0;
let failed = 0;
let skipped = 0;
for (const pkg of packages) {
  if (!existsSync(path.join(repoRoot, pkg, 'tsconfig.json'))) continue;
  console.log(`Type-checking ${pkg}…`);
  const status = await runStatus('npx', ['tsc', '-p', `${pkg}/tsconfig.json`]);
  if (status === 0) passed++;
  else {
    failed++;
    console.error(`Type check failed: ${pkg}`);
  }
}

const resultsFile = path.join(repoRoot, '.vitest-results.json');
rmSync(resultsFile, { force: true });
const vitestArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)];
const vitestStatus = await runStatus('npx', vitestArgs, { env: { ...process.env, CHROME_PATH: chromium, REDIS_SERVER_PATH: redisServer } });

if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  // A file that fails to load has no failing test of its own: count it, or it would vanish.
  for (const file of results.testResults) {
    const anyFailed = file.assertionResults.some((a) => a.status === 'failed');
    if (file.status === 'failed' && !anyFailed) failed++;
  }
} else {
  failed++;
  console.error('vitest wrote no results');
}
if (vitestStatus !== 0 && failed === 0) failed++;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
