// `npm test`: install what is missing, build the widget and console, type-check every
// package, run every vitest project (unit, component, integration, browser), and end with
// one plain line `N passed, N failed` that counts every test that ran.
// MongoDB: the server's vitest global setup (server/test/mongo-wire/) starts the
// MongoDB-wire-compatible test server on a free loopback port unless MONGODB_URI names a real
// one; the Mongo store contract and the `server-mongo` project run on it. A line says which.
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

console.log(
  process.env.MONGODB_URI
    ? 'MongoDB: MONGODB_URI is set: the Mongo store contract and the server-mongo integration tests run on that server'
    : 'MongoDB: no MONGODB_URI: the Mongo store contract and the server-mongo integration tests run on the MongoDB-wire-compatible test server (CongoDB, in memory), started on a free loopback port',
);

const resultsFile = path.join(repoRoot, '.vitest-results.json');
rmSync(resultsFile, { force: true });
const vitestArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)];
const vitestStatus = await runStatus('npx', vitestArgs, { env: { ...process.env, CHROME_PATH: chromium, REDIS_SERVER_PATH: redisServer } });

if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  reportMongoRuns(results.testResults);
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

/** One plain line: how many tests ran on MongoDB (the contract's `: mongo` suites; the server files run twice). */
function reportMongoRuns(files) {
  const ran = (a) => a.status === 'passed' || a.status === 'failed';
  const contract = files
    .flatMap((f) => f.assertionResults)
    .filter((a) => ran(a) && a.ancestorTitles.some((t) => /contract: mongo$/.test(t))).length;
  const byName = new Map();
  for (const f of files) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const twice = [...byName.values()].filter((copies) => copies.length === 2 && copies[0].name.includes(`${path.sep}server${path.sep}test${path.sep}`));
  const integration = twice.reduce((sum, copies) => sum + copies[1].assertionResults.filter(ran).length, 0);
  console.log(`MongoDB: ${contract} store contract tests and ${integration} server integration tests (${twice.length} files) ran on MongoDB`);
}
process.exit(failed > 0 ? 1 : 0);
