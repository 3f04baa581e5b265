import { useI18n } from '../i18n/i18n-context.js';
import { useStore } from '../state/use-store.js';
import type { FileUploads } from './file-uploads.js';
import { useLiveT } from './use-live-t.js';

/** Files on their way above the reply box: progress and Cancel, or the refusal with Retry when it may help. */
export function UploadTray({ uploads }: { uploads: FileUploads }) {
  const rows = useStore(uploads.rows);
  const lt = useLiveT();
  const { t } = useI18n();
  if (!rows.length) return null;
  return (
    <ul class="upload-tray" aria-live="polite">
      {rows.map((row) => (
        <li key={row.key} class={row.error ? 'upload-failed' : undefined}>
          {row.error ? (
            <span role="alert">
              {row.error.code === 'refused_here'
                ? row.error.message
                : row.error.code === 'unsupported_media_type'
                  ? lt('live.badType', { name: row.file.name })
                  : lt('live.failed', { name: row.file.name, reason: row.error.message })}
            </span>
          ) : (
            <>
              <span>{lt('live.uploading', { name: row.file.name, percent: Math.round(row.progress * 100) })}</span>
              <progress max={1} value={row.progress} aria-label={row.file.name} />
            </>
          )}
          {row.error?.retry && (
            <button type="button" class="button" onClick={() => uploads.retry(row.key)}>
              {lt('live.retry')}
            </button>
          )}
          <button type="button" class="button" onClick={() => uploads.cancel(row.key)}>
            {row.error ? t('console.dismiss') : lt('live.cancel')}
          </button>
        </li>
      ))}
    </ul>
  );
}
