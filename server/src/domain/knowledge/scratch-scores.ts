/**
 * Per-article values for one clause (or one alternative), reset in O(1) by moving the epoch:
 * an article's slot counts only when its stamp is the current epoch; `docs` lists those.
 */
export class ScratchScores {
  count = 0;
  private epoch = 0;
  readonly value: Float64Array;
  readonly share: Float64Array;
  readonly hits: Uint32Array;
  readonly docs: Uint32Array;
  private readonly stamp: Uint32Array;

  constructor(size: number) {
    this.value = new Float64Array(size);
    this.share = new Float64Array(size);
    this.hits = new Uint32Array(size);
    this.docs = new Uint32Array(size);
    this.stamp = new Uint32Array(size);
  }

  /** Forgets every article's values (the stamps of the old epoch no longer count). */
  reset(): void {
    this.count = 0;
    if (++this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
  }

  private touch(doc: number): boolean {
    if (this.stamp[doc] === this.epoch) return false;
    this.stamp[doc] = this.epoch;
    this.docs[this.count++] = doc;
    return true;
  }

  /** Keeps the higher score and the higher share. */
  offer(doc: number, value: number, share: number): void {
    if (this.touch(doc)) [this.value[doc], this.share[doc]] = [value, share];
    else {
      if (value > this.value[doc]!) this.value[doc] = value;
      if (share > this.share[doc]!) this.share[doc] = share;
    }
  }

  /** Sums a term's score and counts the terms met. */
  add(doc: number, value: number): void {
    if (this.touch(doc)) [this.value[doc], this.hits[doc]] = [value, 1];
    else {
      this.value[doc]! += value;
      this.hits[doc]!++;
    }
  }
}
