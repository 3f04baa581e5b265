import type { BenchResult } from './result.js';
import type { Sizes } from './sizes.js';

/** What every benchmark gets: its sizes, a progress log, and figures earlier ones found. */
export interface BenchContext {
  sizes: Sizes;
  quick: boolean;
  log(line: string): void;
  /** The throughput benchmark's highest sustainable rate, used by the latency benchmark. */
  found: { sustainableRate?: number };
  mongodbUri: string | undefined;
}

export type Measured = Pick<BenchResult, 'figures' | 'met' | 'notes' | 'size'>;

export interface Benchmark {
  name: string;
  title: string;
  target: BenchResult['target'];
  run(ctx: BenchContext): Promise<Measured>;
  /** The few figures shown in the table. */
  summary(figures: BenchResult['figures']): string;
}
