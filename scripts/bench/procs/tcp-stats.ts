import { readFileSync } from 'node:fs';

/** The kernel's TcpExt counters (Linux /proc/net/netstat) for this network namespace. */
function tcpExt(): Record<string, number> {
  const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('TcpExt:'));
  const keys = lines[at]?.split(/\s+/).slice(1) ?? [];
  const values = lines[at + 1]?.split(/\s+/).slice(1) ?? [];
  return Object.fromEntries(keys.map((k, i) => [k, Number(values[i])]));
}

/**
 * Counts connection attempts the kernel dropped because a listen queue was full, from now
 * until the returned function is called. A dropped SYN is retried by the client's TCP only
 * after its retransmission timeout (1 s, then doubling), so each one costs seconds.
 */
export function listenOverflowMeter(): () => number {
  const before = tcpExt().ListenOverflows ?? 0;
  return () => (tcpExt().ListenOverflows ?? 0) - before;
}
