import { useState } from 'preact/hooks';
import type { TranscriptFormat } from '@parley/shared';
import { loadSession } from '../auth/session.js';
import { useLiveT } from './use-live-t.js';

const formats: TranscriptFormat[] = ['text', 'html', 'json'];

/** Export as text, HTML or JSON: the server's `GET /conversations/{id}/transcript`, saved as a file. */
export function TranscriptExport({ conversationId }: { conversationId: string }) {
  const lt = useLiveT();
  const [error, setError] = useState<string | null>(null);
  const save = async (format: TranscriptFormat) => {
    setError(null);
    try {
      const res = await fetch(`/api/v1/conversations/${encodeURIComponent(conversationId)}/transcript?format=${format}`, {
        headers: { authorization: `Bearer ${loadSession()?.token ?? ''}` },
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(lt('live.export.failed', { reason: body?.error?.message ?? `HTTP ${res.status}` }));
        return;
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `conversation-${conversationId}.${format === 'text' ? 'txt' : format}`;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(await res.blob());
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch {
      setError(lt('live.export.failed', { reason: 'the server cannot be reached' }));
    }
  };
  return (
    <details class="transcript-export">
      <summary class="button">{lt('live.export')}</summary>
      <div class="transcript-export-menu">
        {formats.map((format) => (
          <button key={format} type="button" class="button" onClick={() => void save(format)}>
            {lt(format === 'text' ? 'live.export.text' : format === 'html' ? 'live.export.html' : 'live.export.json')}
          </button>
        ))}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
