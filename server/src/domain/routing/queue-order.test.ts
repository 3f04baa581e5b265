import { describe, expect, it } from 'vitest';
import { compareQueue, queueKey } from './queue-order.js';
import { estimateWaitMs, typicalMs } from './wait-estimate.js';

describe('queue order', () => {
  it('serves higher priority first, then the oldest, then by id', () => {
    const queue = [
      { id: 'late', createdAt: 0, queuedAt: 300 },
      { id: 'b-same', createdAt: 0, queuedAt: 100 },
      { id: 'urgent', createdAt: 0, queuedAt: 500, priority: 2 },
      { id: 'a-same', createdAt: 0, queuedAt: 100 },
      { id: 'escalated', createdAt: 0, queuedAt: 400, priority: 1 },
    ];
    expect([...queue].sort(compareQueue).map((c) => c.id)).toEqual(['urgent', 'escalated', 'a-same', 'b-same', 'late']);
  });

  it('keeps one queue per site and department', () => {
    expect(queueKey({ siteId: 's', departmentId: 'sales' })).not.toBe(queueKey({ siteId: 's', departmentId: null }));
    expect(queueKey({ siteId: 's' })).toBe(queueKey({ siteId: 's', departmentId: null }));
  });
});

describe('wait estimate', () => {
  it('serves the queue in rounds of the agents serving it', () => {
    expect(estimateWaitMs(1, 3, 60_000)).toBe(60_000);
    expect(estimateWaitMs(3, 3, 60_000)).toBe(60_000);
    expect(estimateWaitMs(4, 3, 60_000)).toBe(120_000);
    expect(estimateWaitMs(2, 0, 60_000)).toBe(120_000);
  });

  it('takes the median of recent samples, the fallback while there are too few', () => {
    expect(typicalMs([1, 2, 3], 99)).toBe(99);
    expect(typicalMs([5, 1, 100, 3, 4], 99)).toBe(4);
    expect(typicalMs([1, 2, 3, 4, 5, 6], 99)).toBe(4);
  });
});
