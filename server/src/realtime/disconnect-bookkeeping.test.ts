import { describe, expect, it } from 'vitest';
import { DisconnectBookkeeping } from './disconnect-bookkeeping.js';

describe('disconnect bookkeeping', () => {
  it('waits for pending work, failed or not, and forgets it once settled', async () => {
    const book = new DisconnectBookkeeping();
    let done = 0;
    book.track(new Promise<void>((resolve) => setTimeout(() => resolve(void done++), 30)));
    book.track(Promise.reject(new Error('store gone')).catch(() => void done++));
    expect(book.size).toBe(2);
    expect(await book.settle(1000)).toBe(true);
    expect(done).toBe(2);
    expect(book.size).toBe(0);
  });

  it('gives up after its timeout', async () => {
    const book = new DisconnectBookkeeping();
    book.track(new Promise(() => {}));
    const started = Date.now();
    expect(await book.settle(50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
