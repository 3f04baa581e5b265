import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, backoffMs, nextAttemptAt } from './retry-schedule.js';

describe('the outbox retry schedule', () => {
  it('doubles the delay after each failed attempt, capped at an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(2000, n))).toEqual([2000, 4000, 8000, 16_000]);
    expect(backoffMs(2000, 40)).toBe(MAX_BACKOFF_MS);
  });

  it('gives up once the attempts reach the maximum', () => {
    const policy = { baseMs: 1000, maxAttempts: 3 };
    expect(nextAttemptAt(policy, 1, 10_000)).toBe(11_000);
    expect(nextAttemptAt(policy, 2, 10_000)).toBe(12_000);
    expect(nextAttemptAt(policy, 3, 10_000)).toBeNull();
  });
});
