import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { raiseOpenFiles } from './open-files.js';

/** tsx's loader, resolved from this package so children find it whatever their cwd is. */
const tsxLoader = import.meta.resolve('tsx');

export const benchDir = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface ForkOptions {
  env?: Record<string, string>;
  /** Extra node flags, e.g. --expose-gc. */
  nodeFlags?: string[];
  /** Show the child's stderr (errors, warnings) on ours. */
  quiet?: boolean;
}

/** Starts a TypeScript entry of the bench in its own Node process with an IPC channel. */
export function forkTs(entry: string, options: ForkOptions = {}): ChildProcess {
  const child = fork(fileURLToPath(new URL(`../${entry}`, import.meta.url)), [], {
    execArgv: ['--import', tsxLoader, ...(options.nodeFlags ?? [])],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', options.quiet ? 'ignore' : 'inherit', 'ipc'],
    cwd: repoRoot,
  });
  // Servers and generators hold thousands of sockets: give each the most open files allowed.
  if (child.pid) raiseOpenFiles(child.pid);
  return child;
}

/** Resolves with the first IPC message of `type` from the child; rejects when it exits first. */
export function nextMessage<T extends { type: string }>(child: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no '${type}' from child within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (msg: { type?: string; error?: string }) => {
      if (msg?.type === 'error') done(new Error(msg.error ?? 'child failed'));
      else if (msg?.type === type) done(null, msg as T);
    };
    const onExit = (code: number | null, signal: string | null) => done(new Error(`child exited (${code ?? signal}) before '${type}'`));
    function done(err: Error | null, value?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(value!);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child is gone. */
export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
