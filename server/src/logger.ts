import { pino, type Logger } from 'pino';

export type { Logger };

/** One structured logger for the server; JSON lines on stdout. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'parley' } });
}
