import { useEffect, useRef, useState } from 'preact/hooks';
import type { Attachment } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { useLiveT } from './use-live-t.js';

/** "2.4 MB" / "320 kB" in the console's language. */
export function formatFileSize(bytes: number, locale: string): string {
  const mb = bytes >= 1e6;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: mb ? 1 : 0 }).format(mb ? bytes / 1e6 : Math.max(1, bytes / 1e3));
}

/** A message's files: images as thumbnails opening in a viewer, others as name, size and download. */
export function AttachmentList({ files }: { files: readonly Attachment[] }) {
  const lt = useLiveT();
  const { locale } = useI18n();
  const [shown, setShown] = useState<Attachment | null>(null);
  return (
    <div class="attachments">
      {files.map((file) =>
        file.thumbnailUrl ? (
          <button key={file.id} type="button" class="attachment-thumb" aria-label={lt('live.open', { name: file.name })} onClick={() => setShown(file)}>
            <img src={file.thumbnailUrl} alt="" loading="lazy" />
          </button>
        ) : (
          <a key={file.id} class="attachment-file" href={file.url} download={file.name} target="_blank" rel="noopener noreferrer">
            {file.name} <span class="attachment-size">{formatFileSize(file.size, locale)}</span>
          </a>
        ),
      )}
      {shown && <ImageViewer file={shown} onClose={() => setShown(null)} />}
    </div>
  );
}

/** The image at full size over the page; Escape or Close returns focus to where it was. */
function ImageViewer({ file, onClose }: { file: Attachment; onClose(): void }) {
  const lt = useLiveT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div class="image-viewer" role="dialog" aria-modal="true" aria-label={file.name} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <img src={file.url} alt={file.name} />
      <div class="image-viewer-bar">
        <a class="button" href={file.url} download={file.name} target="_blank" rel="noopener noreferrer">
          {lt('live.download', { name: file.name })}
        </a>
        <button type="button" class="button primary" ref={close} onClick={onClose}>
          {lt('live.closeViewer')}
        </button>
      </div>
    </div>
  );
}
