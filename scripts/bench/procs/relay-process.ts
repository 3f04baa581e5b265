import { forkTs, nextMessage, stopChild } from './fork-ts.js';

export interface RelayProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the bare `ws` relay (the latency floor) in its own process. */
export async function startRelay(): Promise<RelayProcess> {
  const child = forkTs('procs/relay-entry.ts');
  const { url } = await nextMessage<{ type: 'ready'; url: string }>(child, 'ready', 30_000);
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}
