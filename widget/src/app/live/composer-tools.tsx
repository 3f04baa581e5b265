import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyLocale } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import { safeStorage, storageKey } from '../../storage-keys.js';
import { useT } from '../ui/i18n-context.js';
import { useLazyModule } from '../ui/use-lazy-module.js';
import { fileSize } from './message-body.js';
import { prechatNeeded } from './prechat-needed.js';
import { uploadFile } from './upload-file.js';

// The picker and the :shortcode: list are one on-demand chunk (`chunks/lazy-emoji-picker-*`).
const loadEmoji = () => import('./emoji-picker.js');

/** One file on its way: progress, or why it was refused (with Retry when trying again may help). */
interface UploadRow {
  key: number;
  file: File;
  progress: number;
  error?: string;
  retry?: boolean;
  abort?: () => void;
}

let nextKey = 0;

/**
 * The composer's tools from the conversation's parts: attach (picker, drag and drop onto the
 * panel, pasting a screenshot) with progress, cancel and retry, and emoji (picker and
 * `:shortcode:` completion). Each uploaded file is sent at once as a message carrying it.
 */
export function ComposerTools({ client, serverOrigin = '', locale = 'en' }: { client: ChatClient; serverOrigin?: string | undefined; locale?: AnyLocale }) {
  const t = useT();
  const here = useRef<HTMLSpanElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<UploadRow[]>([]);
  const [emojiOpen, setEmojiOpen] = useState(false);
  const [coding, setCoding] = useState(false);
  const [dragging, setDragging] = useState(false);
  const emoji = useLazyModule(loadEmoji, emojiOpen || coding);
  const { live, conversation } = client.state;
  const uploads = live?.uploads;
  // Files go into an open conversation: the upload names it.
  const canAttach = !!uploads?.enabled && !!conversation && conversation.status !== 'closed';

  const patch = (key: number, change: Partial<UploadRow> | null) =>
    setRows((all) => (change ? all.map((r) => (r.key === key ? { ...r, ...change } : r)) : all.filter((r) => r.key !== key)));

  const start = (file: File, key = nextKey++) => {
    const { live, conversation } = client.state;
    if (!live || !conversation) return;
    const refuse = (error: string) => setRows((all) => [...all.filter((r) => r.key !== key), { key, file, progress: 0, error }]);
    // Checked here first (the server checks again, by the file's bytes).
    if (file.size > live.uploads.maxBytes) return refuse(t('widget.file.tooBig', { name: file.name, max: fileSize(live.uploads.maxBytes, locale) }));
    if (!file.size || (file.type && !(live.uploads.types as string[]).includes(file.type))) return refuse(t('widget.file.badType', { name: file.name }));
    const token = safeStorage.get(storageKey(client.options.siteKey, 'token')) ?? '';
    const up = uploadFile(serverOrigin, token, conversation.id, file, (progress) => patch(key, { progress }));
    setRows((all) => [...all.filter((r) => r.key !== key), { key, file, progress: 0, abort: up.abort }]);
    void up.done.then((result) => {
      if (result.ok) {
        client.send(result.data.name, [result.data.id]);
        return patch(key, null);
      }
      const code = result.error.code;
      if (code === 'aborted') return patch(key, null);
      const refused = code === 'unsupported_media_type' || code === 'payload_too_large';
      patch(key, {
        error: t(code === 'payload_too_large' ? 'widget.file.tooBig' : refused ? 'widget.file.badType' : 'widget.file.failed', {
          name: file.name,
          max: fileSize(live.uploads.maxBytes, locale),
        }),
        retry: !refused,
        abort: undefined,
      });
    });
  };
  const startAll = (files: FileList | null | undefined) => {
    if (canAttach) for (const file of files ?? []) start(file);
  };

  // Paste and drop reach the whole panel, not only this button.
  useEffect(() => {
    const panel = here.current?.closest('.panel');
    if (!panel || !canAttach) return;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
    const onPaste = (e: Event) => {
      const files = (e as ClipboardEvent).clipboardData?.files;
      if (!files?.length) return;
      e.preventDefault();
      startAll(files);
    };
    const onOver = (e: Event) => {
      if (!hasFiles(e as DragEvent)) return;
      e.preventDefault();
      setDragging(true);
    };
    const onLeave = (e: Event) => (e as DragEvent).relatedTarget === null && setDragging(false);
    const onDrop = (e: Event) => {
      if (!hasFiles(e as DragEvent)) return;
      e.preventDefault();
      setDragging(false);
      startAll((e as DragEvent).dataTransfer?.files);
    };
    panel.addEventListener('paste', onPaste);
    panel.addEventListener('dragover', onOver);
    panel.addEventListener('dragleave', onLeave);
    panel.addEventListener('drop', onDrop);
    return () => {
      panel.removeEventListener('paste', onPaste);
      panel.removeEventListener('dragover', onOver);
      panel.removeEventListener('dragleave', onLeave);
      panel.removeEventListener('drop', onDrop);
    };
  }, [canAttach]);

  // While the pre-chat form is due, Enter and Send lead to it instead of sending.
  useEffect(() => {
    const form = here.current?.closest('form');
    if (!form) return;
    const hold = (e: Event) => {
      if (!prechatNeeded(client.state) || (e instanceof KeyboardEvent && (e.key !== 'Enter' || e.shiftKey))) return;
      e.preventDefault();
      e.stopPropagation();
      form.closest('.panel')?.querySelector<HTMLElement>('.prechat input, .prechat select')?.focus();
    };
    form.addEventListener('submit', hold, true);
    form.addEventListener('keydown', hold, true);
    return () => {
      form.removeEventListener('submit', hold, true);
      form.removeEventListener('keydown', hold, true);
    };
  }, [client]);

  // ":th" being typed fetches the emoji chunk, which then offers completions.
  useEffect(() => {
    const field = fieldOf(here.current);
    const onInput = () => /(^|\s):[\w+-]{2,}$/.test(field!.value.slice(0, field!.selectionStart)) && setCoding(true);
    field?.addEventListener('input', onInput);
    return () => field?.removeEventListener('input', onInput);
  }, []);

  return (
    <span class="tools" ref={here}>
      {canAttach && (
        <>
          <input ref={picker} type="file" multiple hidden accept={uploads!.types.join(',')} onChange={(e) => (startAll(e.currentTarget.files), (e.currentTarget.value = ''))} />
          <button type="button" class="tool" aria-label={t('widget.file.attach')} title={t('widget.file.attach')} onClick={() => picker.current?.click()}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M21 11.5l-8.5 8.5a5 5 0 01-7-7L14 4.5a3.3 3.3 0 014.7 4.7L10.2 17.7a1.7 1.7 0 01-2.4-2.4L15.5 7.6" />
            </svg>
          </button>
        </>
      )}
      <button type="button" class="tool" aria-label={t('widget.emoji.open')} title={t('widget.emoji.open')} aria-expanded={emojiOpen} onClick={() => setEmojiOpen(!emojiOpen)}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
          <circle cx="12" cy="12" r="9" />
          <path d="M8 14.5a4.5 4.5 0 008 0M9 9.5h.01M15 9.5h.01" />
        </svg>
      </button>
      {emoji && <emoji.EmojiParts open={emojiOpen} onClose={() => setEmojiOpen(false)} field={fieldOf(here.current)} />}
      {(rows.length > 0 || dragging) && (
        <ul class="uploads" aria-live="polite">
          {dragging && <li>{t('widget.file.drop')}</li>}
          {rows.map((row) => (
            <li key={row.key} class={row.error ? 'failed' : undefined}>
              {row.error ?? (
                <>
                  <span>{t('widget.file.uploading', { name: row.file.name, percent: Math.round(row.progress * 100) })}</span>
                  <progress max={1} value={row.progress} aria-label={row.file.name} />
                </>
              )}
              {row.retry && (
                <button type="button" onClick={() => start(row.file, row.key)}>
                  {t('widget.message.retry')}
                </button>
              )}
              <button type="button" onClick={() => (row.abort ? row.abort() : patch(row.key, null))}>
                {t(row.abort ? 'widget.file.cancel' : 'widget.file.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}

/** The composer's field, next to these tools. */
function fieldOf(element: Element | null): HTMLTextAreaElement | null {
  return element?.closest('form')?.querySelector('textarea') ?? null;
}
