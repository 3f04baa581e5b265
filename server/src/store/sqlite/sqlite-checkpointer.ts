import { Worker } from 'node:worker_threads';

/**
 * Moves WAL checkpoints off the event loop: the main connection turns automatic checkpoints
 * off and this worker thread checkpoints every `intervalMs` (PASSIVE, so writers never wait).
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;
  private stopped: Promise<void> | null = null;

  constructor(file: string, intervalMs = 1000) {
    this.worker = new Worker(new URL('./sqlite-checkpointer.worker.mjs', import.meta.url), {
      workerData: { file, intervalMs },
    });
    // It must never keep a finished process alive.
    this.worker.unref();
  }

  /** Stops the worker after one last full checkpoint. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      const done = () => resolve();
      this.worker.once('exit', done);
      this.worker.on('message', (message: { type?: string }) => {
        if (message.type === 'stopped') void this.worker.terminate().then(done, done);
      });
      this.worker.postMessage({ type: 'stop' });
    });
    return this.stopped;
  }
}
