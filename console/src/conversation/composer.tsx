import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { ImeEnterGuard, limits } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';

export interface ComposerProps {
  onSend(text: string, internal: boolean): void;
}

/** Reply box: Enter sends, Shift+Enter breaks the line, Enter inside an IME composition picks a candidate. */
export function Composer({ onSend }: ComposerProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(false);
  const ime = useMemo(() => new ImeEnterGuard(), []);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => (field.current ? ime.attach(field.current) : undefined), [ime]);

  const submit = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    onSend(trimmed, internal);
    setText('');
    field.current?.focus();
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    if (!ime.shouldSend(event)) return;
    event.preventDefault();
    submit();
  };

  return (
    <form
      class={`composer${internal ? ' composer-note' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label class="visually-hidden" for="reply-text">
        {t('console.conversation.reply')}
      </label>
      <textarea
        id="reply-text"
        ref={field}
        rows={3}
        maxLength={limits.messageText}
        placeholder={internal ? t('console.conversation.note') : t('console.conversation.replyPlaceholder')}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="composer-bar">
        <label class="note-toggle">
          <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.currentTarget.checked)} />
          {t('console.conversation.note')}
        </label>
        <button type="submit" class="button primary" disabled={!text.trim()}>
          {t('console.conversation.send')}
        </button>
      </div>
    </form>
  );
}
