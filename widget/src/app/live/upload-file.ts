import type { ErrorBody, UploadedFile } from '@parley/shared';

/** `aborted`: cancelled here; any other code is the server's (or `unavailable` when it could not be reached). */
export type UploadResult = { ok: true; data: UploadedFile } | { ok: false; error: Omit<ErrorBody, 'code'> & { code: string } };

/**
 * `POST /api/v1/uploads` with a visitor's or agent's token (widget and console), through XMLHttpRequest because fetch reports
 * no upload progress. Resolves (never rejects); `abort()` resolves it as `aborted`.
 */
export function uploadFile(
  origin: string,
  token: string,
  conversationId: string,
  file: Blob & { name?: string },
  onProgress: (fraction: number) => void,
): { done: Promise<UploadResult>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadResult>((resolve) => {
    const fail = (code: string, message: string) => resolve({ ok: false, error: { code, message } });
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: (UploadedFile & { error?: ErrorBody }) | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // an answer without JSON (a proxy's error page)
      }
      if (xhr.status === 201 && body) resolve({ ok: true, data: body });
      else fail(body?.error?.code ?? (xhr.status === 413 ? 'payload_too_large' : 'internal'), body?.error?.message ?? `HTTP ${xhr.status}`);
    };
    xhr.onerror = () => fail('unavailable', 'the server cannot be reached');
    xhr.onabort = () => fail('aborted', 'cancelled');
  });
  const form = new FormData();
  // conversationId first: the server sizes its limit from it before the file streams in.
  form.append('conversationId', conversationId);
  form.append('file', file, file.name || 'pasted.png');
  xhr.open('POST', `${origin}/api/v1/uploads`);
  xhr.setRequestHeader('Authorization', `Bearer ${token}`);
  xhr.send(form);
  return { done, abort: () => xhr.abort() };
}
