/** No retry waits longer than this, however many attempts failed before. */
export const MAX_BACKOFF_MS = 3_600_000;

/** How a durable outbox (webhooks, mail) retries: the first delay, doubled each time, and when to give up. */
export interface RetryPolicy {
  /** Delay after the first failed attempt. */
  baseMs: number;
  /** Attempts in all (the first one included) before the item is given up. */
  maxAttempts: number;
}

/**
 * The delay after `attempts` failed attempts: `base * 2^(attempts-1)`, capped at an hour.
 * @example backoffMs(2000, 3) // 8000
 */
export function backoffMs(baseMs: number, attempts: number): number {
  return Math.min(baseMs * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_MS);
}

/**
 * The one retry rule of every outbox: after `attempts` attempts (the failed one included), when
 * to try again, or `null` when the item is given up for good.
 * @example nextAttemptAt({ baseMs: 1000, maxAttempts: 3 }, 1, now) // now + 1000
 */
export function nextAttemptAt(policy: RetryPolicy, attempts: number, now: number): number | null {
  if (attempts >= policy.maxAttempts) return null;
  return now + backoffMs(policy.baseMs, attempts);
}
