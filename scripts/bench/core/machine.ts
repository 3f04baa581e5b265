import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { MachineHeader } from './result.js';

function openFilesHardLimit(): number | null {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const match = /^Max open files\s+\d+\s+(\d+)/m.exec(limits);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The 1-minute load average (runnable processes), to two decimals. */
export function loadAverage(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

/** The machine the figures come from, read at run time. */
export function machineHeader(quick: boolean, withMongo: boolean): MachineHeader {
  const cpus = os.cpus();
  return {
    kind: 'machine',
    cores: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    openFilesHardLimit: openFilesHardLimit(),
    date: new Date().toISOString(),
    loadAverageAtStart: loadAverage(),
    loadAverageAtEnd: null,
    quick,
    stores: withMongo ? ['sqlite', 'mongo'] : ['sqlite'],
  };
}
