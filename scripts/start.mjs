// `npm start`: install what is missing, build what is stale, start the whole system on the
// embedded store (or MongoDB when MONGODB_URI is set).
import { spawn } from 'node:child_process';
import { buildApps } from './lib/build-apps.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';
import { repoRoot } from './lib/run.mjs';

await ensureInstall();
await buildApps();
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: repoRoot, stdio: 'inherit' });
// Forward the stop signals so the server shuts down gracefully and loses nothing.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
