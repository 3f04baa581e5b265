import { DRAFT_MAX_CHARS, DRAFT_RELAY_MS, TYPING_RELAY_MS } from './live-domain.js';

/** No keystroke for this long: the visitor stopped typing. */
export const TYPING_IDLE_MS = 5000;

type Emit = (typing: boolean, draft?: string) => void;

/**
 * The `typing` hints of one composer (issue 13), for the widget and the console alike: `true` at most every 2 s while typing (with the
 * draft at most every 300 ms when the site has sneak peek on, the last one sent after a pause),
 * `false` once on send, blur or 5 s without a keystroke. Never more: the server drops a flood.
 */
export class TypingSender {
  private sentAt = -Infinity;
  private draftAt = -Infinity;
  private typing = false;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private trailing: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly emit: Emit,
    private readonly now: () => number = Date.now,
  ) {}

  /** The field holds `text` now; `sneak`: the site lets agents see the draft. */
  update(text: string, sneak: boolean): void {
    clearTimeout(this.idle);
    clearTimeout(this.trailing);
    if (!text.trim()) return this.stop();
    this.idle = setTimeout(() => this.stop(), TYPING_IDLE_MS);
    const at = this.now();
    if (sneak) {
      const wait = this.draftAt + DRAFT_RELAY_MS - at;
      if (wait > 0) {
        this.trailing = setTimeout(() => this.update(text, sneak), wait);
        return;
      }
      this.draftAt = this.sentAt = at;
      this.typing = true;
      return this.emit(true, text.slice(0, DRAFT_MAX_CHARS));
    }
    if (at - this.sentAt < TYPING_RELAY_MS) return;
    this.sentAt = at;
    this.typing = true;
    this.emit(true);
  }

  /** Sent, left the field, or idle: one `false` if the other side was told `true`. */
  stop(): void {
    clearTimeout(this.idle);
    clearTimeout(this.trailing);
    this.sentAt = this.draftAt = -Infinity;
    if (!this.typing) return;
    this.typing = false;
    this.emit(false);
  }
}
