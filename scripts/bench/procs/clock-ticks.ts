import { execFileSync } from 'node:child_process';

function readClockTicks(): number {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : 100;
  } catch {
    // Linux's USER_HZ is 100 on every common architecture.
    return 100;
  }
}

/** Kernel clock ticks per second, the unit of utime/stime in /proc/<pid>/stat. */
export const clockTicksPerSecond = readClockTicks();
