import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ImeEnterGuard, limits } from '@parley/shared';
import { useT } from './i18n-context.js';

export interface ComposerProps {
  /** Returns whether the text was taken (then the field empties). */
  onSend(text: string): boolean;
  inputRef?: { current: HTMLTextAreaElement | null };
  /**
   * What the field holds after each keystroke, and '' when the visitor sent it or left the field
   * (the panel fetches the conversation's parts on the first, and tells the team who is typing).
   */
  onType?(text: string): void;
  /** Tools from the conversation's parts (attach, emoji), once they have arrived. */
  children?: ComponentChildren;
}

/** The message field: Enter sends, Shift+Enter breaks the line, Enter inside an IME never sends. */
export function Composer({ onSend, onType, inputRef, children }: ComposerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const ime = useMemo(() => new ImeEnterGuard(), []);
  const field = useRef<HTMLTextAreaElement | null>(null);
  // DOM listeners (the guard's attach), not onComposition… props, which Preact would register
  // as "CompositionEnd": no input method fires that.
  useEffect(() => (field.current ? ime.attach(field.current) : undefined), [ime]);

  const submit = () => {
    if (text.trim() && onSend(text)) {
      setText('');
      onType?.('');
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!ime.shouldSend(event)) return;
    event.preventDefault();
    submit();
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {children}
      <label class="sr-only" for="parley-input">
        {t('widget.composer.label')}
      </label>
      <textarea
        id="parley-input"
        ref={(element) => {
          field.current = element;
          if (inputRef) inputRef.current = element;
        }}
        rows={1}
        maxLength={limits.messageText}
        placeholder={t('widget.composer.placeholder')}
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          onType?.(event.currentTarget.value);
        }}
        onBlur={() => onType?.('')}
        onKeyDown={onKeyDown}
      />
      <button type="submit" class="send" disabled={!text.trim()}>
        {t('widget.composer.send')}
      </button>
    </form>
  );
}
