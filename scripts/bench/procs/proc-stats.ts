import { readFileSync } from 'node:fs';
import { clockTicksPerSecond } from './clock-ticks.js';

/** Resident set size of a process in bytes, read from /proc (Linux), as the kernel counts it. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; fields after it are fixed: utime is 14th, stime 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

/** Measures the CPU share of processes over a stretch of time: 1.0 is one full core. */
export function cpuMeter(pids: number[]): () => number[] {
  const start = pids.map(cpuSeconds);
  const t0 = process.hrtime.bigint();
  return () => {
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    return pids.map((pid, i) => Math.round(((cpuSeconds(pid) - start[i]!) / seconds) * 100) / 100);
  };
}

function waitingNs(pid: number): number {
  // /proc/<pid>/schedstat: time on the CPU, time waiting on a run queue, timeslices (main thread).
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]);
}

/**
 * Share of wall time a process's main thread was ready to run but waited for a CPU: high when
 * other work on the machine competes for the cores, which a CPU share alone would hide.
 */
export function runQueueWaitMeter(pid: number): () => number {
  const start = waitingNs(pid);
  const t0 = process.hrtime.bigint();
  return () => Math.round(((waitingNs(pid) - start) / Number(process.hrtime.bigint() - t0)) * 100) / 100;
}
