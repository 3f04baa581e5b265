/**
 * Keeps the latest value per key and hands it on once per window: the first change of a quiet
 * key goes at once, further changes within `windowMs` are folded into one trailing call with
 * the newest value. `flush` sends a pending value now (for changes that must not wait).
 */
export class TrailingCoalescer<T> {
  private readonly pending = new Map<string, { value: T | null; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly windowMs: number,
    private readonly deliver: (value: T) => void,
  ) {}

  push(key: string, value: T): void {
    const slot = this.pending.get(key);
    if (slot) {
      slot.value = value;
      return;
    }
    this.deliver(value);
    this.pending.set(key, { value: null, timer: setTimeout(() => this.release(key), this.windowMs) });
  }

  /** Drops the pending value of `key` and its window: the caller delivers something newer itself. */
  cancel(key: string): void {
    const slot = this.pending.get(key);
    if (!slot) return;
    clearTimeout(slot.timer);
    this.pending.delete(key);
  }

  /** Cancels every window; pending values are dropped (used on shutdown). */
  clear(): void {
    for (const slot of this.pending.values()) clearTimeout(slot.timer);
    this.pending.clear();
  }

  private release(key: string): void {
    const slot = this.pending.get(key);
    this.pending.delete(key);
    if (slot?.value != null) {
      // A trailing value opens a new window, so a steady stream goes out once per window.
      this.push(key, slot.value);
    }
  }
}
