// Small process helpers shared by the start, build and test scripts.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a command with inherited output; rejects with its exit code when it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: repoRoot, ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`), { exitCode: code ?? 1 }));
    });
  });
}

/** Like `run`, but resolves with the exit code instead of rejecting. */
export function runStatus(command, args, options = {}) {
  return run(command, args, options).then(
    () => 0,
    (err) => err.exitCode ?? 1,
  );
}

/**
 * Runs a TypeScript entry through tsx as this process's child, with inherited output, passing
 * on Ctrl+C, and exits with its code (the benchmark and screenshot scripts end this way).
 */
export function runTypeScriptAndExit(entry, args, env = {}) {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), entry, ...args], {
    stdio: 'inherit',
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
