import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { richText, toElements, type Attachment, type Message } from '@parley/shared';
import { useT } from '../ui/i18n-context.js';

/** "2.4 MB", "320 kB" in the panel's language. */
export function fileSize(bytes: number, locale: string): string {
  const mb = bytes >= 1e6;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: mb ? 1 : 0 }).format(mb ? bytes / 1e6 : Math.max(1, bytes / 1e3));
}

/** The text a message carrying only files has: their names (the files show them already). */
export const namesOf = (files: readonly { name: string }[]) => files.map((f) => f.name).join(', ');

/**
 * A message's text through the shared sanitising renderer (agents' and bots' light Markdown, a
 * visitor's text never interpreted), then its files.
 */
export function MessageBody({ message, origin, locale }: { message: Message; origin: string; locale: string }) {
  const files = message.attachments ?? [];
  const onlyFiles = files.length > 0 && message.text === namesOf(files);
  return (
    <>
      {!onlyFiles && toElements(richText(message.text, { markdown: message.author.type !== 'visitor' }), h)}
      {files.length > 0 && <Attachments files={files} origin={origin} locale={locale} />}
    </>
  );
}

/** Images as thumbnails that open in the viewer; other files as name, size and a download link. */
export function Attachments({ files, origin, locale }: { files: readonly Attachment[]; origin: string; locale: string }) {
  const t = useT();
  const [shown, setShown] = useState<Attachment | null>(null);
  return (
    <span class="files">
      {files.map((file) =>
        file.thumbnailUrl ? (
          <button key={file.id} type="button" class="thumb" aria-label={t('widget.file.open', { name: file.name })} onClick={() => setShown(file)}>
            <img src={origin + file.thumbnailUrl} alt="" loading="lazy" />
          </button>
        ) : (
          <a key={file.id} class="file" href={origin + file.url} download={file.name} target="_blank" rel="noopener noreferrer" aria-label={t('widget.file.download', { name: file.name })}>
            <span aria-hidden="true">📄 </span>
            {file.name} · {fileSize(file.size, locale)}
          </a>
        ),
      )}
      {shown && <Viewer file={shown} origin={origin} onClose={() => setShown(null)} />}
    </span>
  );
}

/** The picture over the panel: Escape or Close returns (Escape closes only the viewer, not the panel). */
function Viewer({ file, origin, onClose }: { file: Attachment; origin: string; onClose(): void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  // Focus moves into the viewer once, when it opens (not at every re-render of the panel).
  useEffect(() => close.current?.focus(), []);
  return (
    <div
      class="viewer"
      role="dialog"
      aria-modal="true"
      aria-label={file.name}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <img src={origin + file.url} alt={file.name} />
      <div>
        <a href={origin + file.url} download={file.name} target="_blank" rel="noopener noreferrer">
          {t('widget.file.download', { name: file.name })}
        </a>
        <button type="button" class="send" ref={close} onClick={onClose}>
          {t('widget.file.close')}
        </button>
      </div>
    </div>
  );
}
