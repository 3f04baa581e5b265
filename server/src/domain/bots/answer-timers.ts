/**
 * One timer per conversation that a bot holds with a visitor message unanswered. The first
 * unanswered message starts it; later ones do not restart it (the visitor has waited since
 * the first); a bot message or the bot losing the conversation clears it.
 */
export class AnswerTimers {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  arm(conversationId: string, ms: number, fire: () => void): void {
    if (this.timers.has(conversationId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(conversationId);
      fire();
    }, ms);
    timer.unref?.();
    this.timers.set(conversationId, timer);
  }

  clear(conversationId: string): void {
    clearTimeout(this.timers.get(conversationId));
    this.timers.delete(conversationId);
  }

  isArmed(conversationId: string): boolean {
    return this.timers.has(conversationId);
  }

  clearAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
