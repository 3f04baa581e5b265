import type { ChildProcess } from 'node:child_process';
import { forkTs, stopChild } from './fork-ts.js';

// A load generator is its own process, so it never shares an event loop with the server or
// with the harness. The harness drives it with calls over the IPC channel.

type Methods = Record<string, (params: never) => Promise<unknown>>;

interface Call {
  type: 'call';
  id: number;
  method: string;
  params: unknown;
}
type Reply = { type: 'reply'; id: number; value: unknown } | { type: 'fail'; id: number; error: string };

export interface Worker<M extends Methods> {
  pid: number;
  call<K extends keyof M & string>(method: K, params: Parameters<M[K]>[0]): ReturnType<M[K]>;
  stop(): Promise<void>;
}

/** Forks `load/<name>-worker.ts` and returns a typed handle on the methods it serves. */
export function startWorker<M extends Methods>(name: string): Worker<M> {
  const child: ChildProcess = forkTs(`load/${name}-worker.ts`);
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (msg: Reply) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'reply') p.resolve(msg.value);
    else p.reject(new Error(`${name} worker: ${msg.error}`));
  });
  child.on('exit', (code, signal) => {
    for (const p of pending.values()) p.reject(new Error(`${name} worker exited (${code ?? signal})`));
    pending.clear();
  });
  return {
    pid: child.pid!,
    call(method, params) {
      const id = ++nextId;
      const promise = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
      child.send({ type: 'call', id, method, params } satisfies Call);
      return promise as ReturnType<M[typeof method]>;
    },
    stop: () => stopChild(child),
  };
}

/** The worker's side: answers calls with the given methods until the harness disconnects. */
export function serveWorker(methods: Methods): void {
  process.on('message', (msg: Call) => {
    if (msg?.type !== 'call') return;
    const method = methods[msg.method];
    const run = method ? method(msg.params as never) : Promise.reject(new Error(`no method ${msg.method}`));
    run.then(
      (value) => process.send?.({ type: 'reply', id: msg.id, value } satisfies Reply),
      (err: unknown) =>
        process.send?.({ type: 'fail', id: msg.id, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies Reply),
    );
  });
  process.once('disconnect', () => process.exit(0));
  process.once('SIGTERM', () => process.exit(0));
}
