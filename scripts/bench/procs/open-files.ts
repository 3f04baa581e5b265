import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** [soft, hard] limits on open files of a process, from /proc. */
export function openFilesLimits(pid: number | 'self' = 'self'): [number, number] {
  const match = /^Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'));
  const num = (s: string | undefined) => (s === undefined || s === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(s));
  return [num(match?.[1]), num(match?.[2])];
}

/** Files a process holds open right now. */
export function openFileCount(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/**
 * Raises a process's soft limit on open files to its hard limit (allowed without privileges),
 * so 20,000 sockets fit where the shell's soft limit is 1024. Returns the limit in force.
 */
export function raiseOpenFiles(pid: number): number {
  const [soft, hard] = openFilesLimits(pid);
  if (soft >= hard) return soft;
  try {
    execFileSync('prlimit', ['--pid', String(pid), `--nofile=${hard}:${hard}`], { stdio: 'ignore' });
  } catch {
    // prlimit (util-linux) missing: the soft limit stays, and the figures say how many connected.
  }
  return openFilesLimits(pid)[0];
}
