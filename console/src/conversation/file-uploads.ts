import type { UploadedFile } from '@parley/shared';
import { createStore, type Store } from '../state/store.js';

/** One file on its way from this agent: its progress, or why the server refused it. */
export interface UploadRow {
  key: number;
  file: File;
  /** 0..1 */
  progress: number;
  /** Set when it failed; `retry` when trying again may help (the connection, not the file). */
  error?: { code: string; message: string; retry: boolean };
}

/** Codes that say the file itself is wrong: retrying the same bytes cannot help. */
const refusals = new Set(['payload_too_large', 'unsupported_media_type', 'bad_request', 'forbidden']);

/**
 * The agent's uploads into one conversation (`POST /api/v1/uploads` with the agent's token),
 * through XMLHttpRequest for its upload progress. A finished upload is handed to `onUploaded`
 * (the view sends it as a message); cancel aborts it, retry sends the same file again.
 */
export class FileUploads {
  readonly rows: Store<readonly UploadRow[]> = createStore<readonly UploadRow[]>([]);
  private readonly requests = new Map<number, XMLHttpRequest>();
  private next = 0;

  constructor(
    private readonly conversationId: string,
    private readonly token: () => string,
    private readonly onUploaded: (file: UploadedFile) => void,
    private readonly makeRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
  ) {}

  add(files: Iterable<File>): void {
    for (const file of files) this.send(file, this.next++);
  }

  /** A file refused before sending (too big for the site, say): shown with `message`, never sent. */
  refuse(file: File, message: string): void {
    this.put({ key: this.next++, file, progress: 0, error: { code: 'refused_here', message, retry: false } });
  }

  retry(key: number): void {
    const row = this.rows.get().find((r) => r.key === key);
    if (row) this.send(row.file, key);
  }

  /** Cancels an upload in flight, or dismisses a failed one. */
  cancel(key: number): void {
    const request = this.requests.get(key);
    this.requests.delete(key);
    request?.abort();
    this.drop(key);
  }

  stop(): void {
    for (const key of [...this.requests.keys()]) this.cancel(key);
  }

  private send(file: File, key: number): void {
    const request = this.makeRequest();
    this.requests.set(key, request);
    this.put({ key, file, progress: 0 });
    request.upload.onprogress = (e) => e.lengthComputable && this.patch(key, { progress: e.loaded / e.total });
    request.onload = () => {
      this.requests.delete(key);
      let body: (UploadedFile & { error?: { code: string; message: string } }) | null = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: a proxy's page
      }
      if (request.status === 201 && body) {
        this.drop(key);
        this.onUploaded(body);
        return;
      }
      const code = body?.error?.code ?? 'internal';
      this.patch(key, { error: { code, message: body?.error?.message ?? `HTTP ${request.status}`, retry: !refusals.has(code) } });
    };
    request.onerror = () => {
      this.requests.delete(key);
      this.patch(key, { error: { code: 'unavailable', message: 'the server cannot be reached', retry: true } });
    };
    const form = new FormData();
    form.append('conversationId', this.conversationId);
    form.append('file', file, file.name || 'pasted.png');
    request.open('POST', '/api/v1/uploads');
    request.setRequestHeader('Authorization', `Bearer ${this.token()}`);
    request.send(form);
  }

  private put(row: UploadRow): void {
    this.rows.set((rows) => [...rows.filter((r) => r.key !== row.key), row]);
  }

  private patch(key: number, change: Partial<UploadRow>): void {
    this.rows.set((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  private drop(key: number): void {
    this.rows.set((rows) => rows.filter((r) => r.key !== key));
  }
}
