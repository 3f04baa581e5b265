/** A figure is a number (ms, bytes, messages per second, count) or a short fact. */
export type Figure = number | string | boolean | null;

/** One benchmark's line in bench-results.json: what was measured and what it is held to. */
export interface BenchResult {
  name: string;
  /** Short label shown in the table. */
  title: string;
  figures: Record<string, Figure>;
  target: Record<string, string | number>;
  met: boolean;
  /** How it was measured, and what holds it back when a target is not met. */
  notes: string;
  /** Size parameters the run used (visitors, rates, durations). */
  size: Record<string, number | string>;
  durationMs: number;
  /** Set when the benchmark could not run to the end. */
  error?: string;
}

/** The header object that opens bench-results.json: where and when the figures come from. */
export interface MachineHeader {
  kind: 'machine';
  cores: number;
  cpuModel: string;
  totalMemoryBytes: number;
  node: string;
  platform: string;
  openFilesHardLimit: number | null;
  date: string;
  /** 1-minute load average when the run began and ended: figures from a busy machine are worth less. */
  loadAverageAtStart: number;
  loadAverageAtEnd: number | null;
  quick: boolean;
  /** The embedded store always; MongoDB too (throughput only) when MONGODB_URI is set. */
  stores: ('sqlite' | 'mongo')[];
}

/** A result for a benchmark that could not run to the end: shown as not met, with the reason. */
export function failedResult(name: string, title: string, target: BenchResult['target'], err: unknown, startedAt: number): BenchResult {
  const reason = err instanceof Error ? err.message : String(err);
  return { name, title, figures: {}, target, met: false, notes: `did not complete: ${reason}`, size: {}, durationMs: Date.now() - startedAt, error: reason };
}
