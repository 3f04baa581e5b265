import { DRAFT_RELAY_MS, TYPING_RELAY_MS } from '@parley/shared';

/** What one `typing` event may pass on. */
export interface TypingPass {
  /** Relay the typing state (true or false) to the other side. */
  typing: boolean;
  /** Relay the draft (sneak peek) to agents. */
  draft: boolean;
}

/**
 * The rate of typing relays, per person and conversation: one `typing: true` every 2 s,
 * one draft every 300 ms, `false` always (it clears the person's state). A flood past these
 * is dropped silently. Memory only: typing is a hint, never stored; entries idle for a while
 * are swept so the map cannot grow without bound.
 */
export class TypingGate {
  private readonly last = new Map<string, { typingAt: number; draftAt: number; seenAt: number }>();

  constructor(private readonly now: () => number = Date.now, private readonly maxEntries = 50_000) {}

  pass(person: string, conversationId: string, typing: boolean, hasDraft: boolean): TypingPass {
    const key = `${person}\u0000${conversationId}`;
    if (!typing) {
      this.last.delete(key);
      return { typing: true, draft: false };
    }
    const at = this.now();
    const entry = this.last.get(key) ?? { typingAt: -Infinity, draftAt: -Infinity, seenAt: at };
    const pass = { typing: at - entry.typingAt >= TYPING_RELAY_MS, draft: hasDraft && at - entry.draftAt >= DRAFT_RELAY_MS };
    if (pass.typing) entry.typingAt = at;
    if (pass.draft) entry.draftAt = at;
    entry.seenAt = at;
    if (!this.last.has(key) && this.last.size >= this.maxEntries) this.sweep(at);
    this.last.set(key, entry);
    return pass;
  }

  private sweep(at: number): void {
    for (const [key, entry] of this.last) if (at - entry.seenAt > 10_000) this.last.delete(key);
    // Still full (a real flood of people): forget the oldest half rather than grow.
    if (this.last.size >= this.maxEntries) [...this.last.keys()].slice(0, this.maxEntries / 2).forEach((k) => this.last.delete(k));
  }
}
