import type { Readable } from 'node:stream';

/**
 * Where uploaded files' bytes live: a folder under `DATA_DIR` (disk-file-storage.ts) or GridFS
 * when MongoDB is the store (mongo/gridfs-file-storage.ts). Keys are attachment ids (and
 * `${id}.thumb` for thumbnails). A `put` that fails leaves nothing under its key.
 */
export interface FileStorage {
  readonly kind: 'disk' | 'gridfs';
  /** Copies the finished temporary file at `fromPath` in under `key`, whole or not at all. */
  put(key: string, fromPath: string): Promise<void>;
  /** The bytes under `key`, or `null` when there are none. */
  open(key: string): Promise<Readable | null>;
  /** Removes `key`; no error when it is already gone. */
  delete(key: string): Promise<void>;
}
