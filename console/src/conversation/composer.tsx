import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { completeShortcode, ImeEnterGuard, limits, shortcodeAt, type EmojiEntry } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { PickerList, type PickerOption, type PickerSource } from './composer-picker.js';
import { EmojiMenu, ShortcodeList } from './emoji-menu.js';
import { pickerTriggerAt, type PickerTrigger } from './picker-trigger.js';
import { useLiveT } from './use-live-t.js';
import { useMentionPicker } from '../mentions/mention-picker.js';

export interface ComposerProps {
  onSend(text: string, internal: boolean): void;
  /** The field's text after each change, and '' once sent or left (the visitor sees "typing…"). */
  onType?(text: string): void;
  /** Files picked or pasted; absent: attaching is off here. */
  onFiles?(files: File[]): void;
  /** What `/` and `#` open (canned replies, tags); none: typing them is just text. */
  pickers?: readonly PickerSource[];
}

/**
 * Reply box: Enter sends, Shift+Enter breaks the line, Enter inside an IME composition picks a
 * candidate. `:shortcode` completes emoji; `/` and `#` (at the start or after a space) open the
 * pickers given (canned replies, tags): arrows move, Enter or Tab picks, Escape closes. The
 * textarea keeps focus and the textbox role (axe allows no other role on a textarea) and owns the
 * list through `aria-autocomplete`, `aria-controls` and `aria-activedescendant`.
 */
export function Composer({ onSend, onType, onFiles, pickers = [] }: ComposerProps) {
  const { t } = useI18n();
  const lt = useLiveT();
  const [text, setText] = useState('');
  // The `:shortcode` being typed and the highlighted completion.
  const [hit, setHit] = useState<{ start: number; matches: EmojiEntry[] } | null>(null);
  const [active, setActive] = useState(0);
  const picker = useRef<HTMLInputElement>(null);
  const [internal, setInternal] = useState(false);
  const ime = useMemo(() => new ImeEnterGuard(), []);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => (field.current ? ime.attach(field.current) : undefined), [ime]);
  // The `/word` or `#word` being typed, while its picker is open; `dismissed`: where Escape closed one.
  const [trigger, setTrigger] = useState<PickerTrigger | null>(null);
  const dismissed = useRef<number | null>(null);
  const source = trigger ? pickers.find((p) => p.trigger === trigger.trigger) : undefined;
  const options = useMemo(() => (source && trigger ? source.options(trigger.query) : []), [source, trigger]);
  const listId = 'composer-picker';
  /** Opens, follows or closes the picker for the text before the caret; never during a composition. */
  const follow = (value: string, caret: number) => {
    const at = ime.isComposing || !pickers.length ? null : pickerTriggerAt(value, caret, pickers.map((p) => p.trigger));
    if (at && at.start === dismissed.current) return setTrigger(null);
    dismissed.current = null;
    if (at && (!trigger || trigger.start !== at.start)) pickers.find((p) => p.trigger === at.trigger)?.opened?.();
    setTrigger(at);
    setActive(0);
  };
  // The composition's final text ("/退款") is what the picker filters by, once the input method lets go.
  useEffect(() => {
    const el = field.current;
    if (!el) return undefined;
    const settled = () => follow(el.value, el.selectionStart);
    el.addEventListener('compositionend', settled);
    return () => el.removeEventListener('compositionend', settled);
  });

  const submit = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    onSend(trimmed, internal);
    setText('');
    setHit(null);
    setTrigger(null);
    onType?.('');
    field.current?.focus();
  };

  /** Puts `value` in place of `from`..`to` and moves the caret after it. */
  const insert = (value: string, from: number, to: number) => {
    const next = text.slice(0, from) + value + text.slice(to);
    const caret = from + value.length;
    setText(next);
    setHit(null);
    setTrigger(null);
    onType?.(internal ? '' : next);
    requestAnimationFrame(() => field.current?.setSelectionRange(caret, caret));
    field.current?.focus();
  };
  const mentionList = useMentionPicker(field, internal, insert);
  const pick = (entry: EmojiEntry) => {
    const el = field.current;
    if (!hit || !el) return;
    const done = completeShortcode(text, hit.start, el.selectionStart, entry.emoji);
    insert(done.text.slice(hit.start, done.caret), hit.start, el.selectionStart);
  };

  /** The chosen option's text (a canned reply's, filled in; '' for a tag) replaces the trigger word. */
  const choose = (option: PickerOption) => {
    if (!trigger || !source) return;
    insert(source.choose(option), trigger.start, trigger.start + trigger.trigger.length + trigger.query.length);
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    if (trigger && options.length && !ime.belongsToInputMethod(event)) {
      const n = options.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
      else if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') choose(options[active] ?? options[0]!);
      else if (event.key === 'Escape') (dismissed.current = trigger.start), setTrigger(null);
      else return;
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (trigger && event.key === 'Escape') {
      dismissed.current = trigger.start;
      setTrigger(null);
      event.stopPropagation();
      return;
    }
    if (hit && !event.isComposing) {
      const n = hit.matches.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
      else if (event.key === 'Enter' || event.key === 'Tab') pick(hit.matches[active]!);
      else if (event.key === 'Escape') setHit(null);
      else return;
      event.preventDefault();
      event.stopPropagation();
      return;
    }
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
        onInput={(event) => {
          const el = event.currentTarget;
          setText(el.value);
          const emoji = shortcodeAt(el.value, el.selectionStart);
          setHit(emoji);
          setActive(0);
          if (emoji) setTrigger(null);
          else follow(el.value, el.selectionStart);
          // An internal note is not for the visitor: they never see it being typed.
          onType?.(internal ? '' : el.value);
        }}
        onBlur={() => (setHit(null), setTrigger(null), onType?.(''))}
        onPaste={(event) => {
          const files = [...(event.clipboardData?.files ?? [])];
          if (!files.length || !onFiles) return;
          event.preventDefault();
          onFiles(files);
        }}
        onKeyDown={onKeyDown}
        aria-autocomplete={pickers.length ? 'list' : undefined}
        aria-controls={trigger && options.length ? listId : undefined}
        aria-activedescendant={trigger && options.length ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
      />
      {trigger && source && <PickerList id={listId} source={source} options={options} active={Math.min(active, options.length - 1)} onPick={choose} />}
      {hit && <ShortcodeList matches={hit.matches} active={active} onPick={pick} />}
      {mentionList}
      <div class="composer-bar">
        <span class="composer-tools">
        {onFiles && (
          <>
            <input
              ref={picker}
              type="file"
              multiple
              hidden
              onChange={(event) => {
                onFiles([...(event.currentTarget.files ?? [])]);
                event.currentTarget.value = '';
              }}
            />
            <button type="button" class="button icon" aria-label={lt('live.attach')} title={lt('live.attach')} onClick={() => picker.current?.click()}>
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
                <path d="M21 11.5l-8.5 8.5a5 5 0 01-7-7L14 4.5a3.3 3.3 0 014.7 4.7L10.2 17.7a1.7 1.7 0 01-2.4-2.4L15.5 7.6" />
              </svg>
            </button>
          </>
        )}
        <EmojiMenu onPick={(emoji) => insert(emoji, field.current?.selectionStart ?? text.length, field.current?.selectionEnd ?? text.length)} />
        </span>
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
