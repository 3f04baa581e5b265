import { useRef, useState } from 'preact/hooks';
import { limits } from '@parley/shared';
import { useT } from './i18n-context.js';

/**
 * How long after `compositionend` an Enter still belongs to the IME. Safari fires the Enter
 * that commits a Chinese candidate as a keydown *after* compositionend, with isComposing false;
 * no person presses Enter again this fast.
 */
export const IME_SETTLE_MS = 100;

export interface ComposerProps {
  /** Returns whether the text was taken (then the field empties). */
  onSend(text: string): boolean;
  inputRef?: { current: HTMLTextAreaElement | null };
}

/** The message field: Enter sends, Shift+Enter breaks the line, Enter inside an IME never sends. */
export function Composer({ onSend, inputRef }: ComposerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const composing = useRef(false);
  const justComposed = useRef(false);

  const submit = () => {
    if (text.trim() && onSend(text)) setText('');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    // isComposing: Chrome and Firefox; keyCode 229: IMEs that report no key; the flags: Safari.
    if (event.isComposing || event.keyCode === 229 || composing.current || justComposed.current) {
      justComposed.current = false;
      return;
    }
    event.preventDefault();
    submit();
  };
  const onCompositionEnd = () => {
    composing.current = false;
    justComposed.current = true;
    setTimeout(() => (justComposed.current = false), IME_SETTLE_MS);
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label class="sr-only" for="parley-input">
        {t('widget.composer.label')}
      </label>
      <textarea
        id="parley-input"
        ref={inputRef}
        rows={1}
        maxLength={limits.messageText}
        placeholder={t('widget.composer.placeholder')}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={onCompositionEnd}
      />
      <button type="submit" class="send" disabled={!text.trim()}>
        {t('widget.composer.send')}
      </button>
    </form>
  );
}
