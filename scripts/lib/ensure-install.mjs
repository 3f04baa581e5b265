// Installs the workspace's dependencies when they are missing or older than the lockfile.
// Plain JS with no dependencies: it runs before anything is installed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, repoRoot } from './run.mjs';

const stampFile = path.join(repoRoot, 'node_modules', '.parley-install-stamp');

function lockHash() {
  const parts = ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', 'shared', 'server', 'widget', 'console', 'scripts', 'test'].map(
    (name) => {
      const file = name.includes('.') ? path.join(repoRoot, name) : path.join(repoRoot, name, 'package.json');
      return existsSync(file) ? readFileSync(file) : '';
    },
  );
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** Runs `pnpm install --frozen-lockfile` (pnpm 10 through npx) unless the stamp says it is current. */
export async function ensureInstall() {
  const want = lockHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want) return;
  console.log('Installing dependencies (pnpm 10 via npx)…');
  // corepack's pnpm cannot verify its signature against this registry; npx fetches pnpm itself.
  await run('npx', ['-y', 'pnpm@10', 'install', '--frozen-lockfile'], { cwd: repoRoot });
  writeFileSync(stampFile, want);
}
