/** The fields of a keydown the guard reads; a DOM KeyboardEvent fits. */
export interface KeyLike {
  key: string;
  isComposing: boolean;
  keyCode: number;
  shiftKey: boolean;
  altKey?: boolean;
}

/**
 * How long after `compositionend` an Enter still belongs to the input method. Safari fires the
 * Enter that commits a Chinese candidate as a keydown *after* compositionend, with isComposing
 * false; nobody presses Enter again this fast on purpose.
 */
export const IME_SETTLE_MS = 100;

/**
 * Decides whether Enter in a composer sends. Enter that picks a candidate in an input method
 * (pinyin, zhuyin, cangjie, kana…) must never send, and browsers report it differently: Chrome
 * and Firefox flag the keydown `isComposing`, some IMEs report keyCode 229, and Safari ends the
 * composition just before the keydown. Feed it the composition events of the field.
 * @example
 * const guard = new ImeEnterGuard();
 * field.addEventListener('compositionstart', () => guard.compositionStart());
 * field.addEventListener('compositionend', () => guard.compositionEnd());
 * field.addEventListener('keydown', (e) => guard.shouldSend(e) && send());
 */
export class ImeEnterGuard {
  private composing = false;
  private endedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /**
   * Follows the compositions of `field` through real DOM listeners; returns the detach.
   * Use this rather than a framework's `onCompositionEnd` prop: Preact keeps that name's case
   * for events the element has no `on…` property for, and listens for "CompositionEnd", which
   * no input method ever fires.
   */
  attach(field: EventTarget): () => void {
    const start = () => this.compositionStart();
    const end = () => this.compositionEnd();
    field.addEventListener('compositionstart', start);
    field.addEventListener('compositionend', end);
    return () => {
      field.removeEventListener('compositionstart', start);
      field.removeEventListener('compositionend', end);
    };
  }

  compositionStart(): void {
    this.composing = true;
  }

  compositionEnd(): void {
    this.composing = false;
    this.endedAt = this.now();
  }

  /** True for a plain Enter that no input method claims (Shift or Alt+Enter break the line). */
  shouldSend(event: KeyLike): boolean {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
    return !this.belongsToInputMethod(event);
  }

  /**
   * True while a key is the input method's: during a composition, flagged so, or just after one
   * ended (Safari). A composer's pickers ignore such keys (an arrow choosing a pinyin candidate
   * must not move through canned replies).
   */
  belongsToInputMethod(event: KeyLike): boolean {
    if (this.composing || event.isComposing || event.keyCode === 229) return true;
    return this.now() - this.endedAt < IME_SETTLE_MS;
  }

  /** True between compositionstart and compositionend. */
  get isComposing(): boolean {
    return this.composing;
  }
}
