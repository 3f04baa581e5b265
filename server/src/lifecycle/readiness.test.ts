import { describe, expect, it } from 'vitest';
import { Readiness } from './readiness.js';

describe('readiness', () => {
  it('is not ready while starting or draining, and says which dependency does not answer', async () => {
    let storeUp = true;
    const readiness = new Readiness({ store: async () => (storeUp ? 1 : Promise.reject(new Error('database is closed'))), redis: () => new Promise(() => {}) }, 50);
    expect(await readiness.report()).toMatchObject({ ready: false, status: 'starting' });
    readiness.markReady();
    expect(await readiness.report()).toEqual({ ready: false, status: 'ready', checks: { store: 'ok', redis: 'no answer in 50 ms' } });
    const alone = new Readiness({ store: async () => (storeUp ? 1 : Promise.reject(new Error('database is closed'))) }, 50);
    alone.markReady();
    expect((await alone.report()).ready).toBe(true);
    storeUp = false;
    expect(await alone.report()).toEqual({ ready: false, status: 'ready', checks: { store: 'database is closed' } });
    storeUp = true;
    alone.markDraining();
    alone.markReady();
    expect(await alone.report()).toMatchObject({ ready: false, status: 'draining' });
  });
});
