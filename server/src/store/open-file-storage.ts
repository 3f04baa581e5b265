import path from 'node:path';
import type { FileStorage } from './file-storage-port.js';
import { DiskFileStorage } from './files/disk-file-storage.js';
import type { Store } from './port.js';

/** GridFS when MongoDB is the store, else a folder under `DATA_DIR`. */
export function openFileStorage(store: Store, dataDir: string): FileStorage {
  const withFiles = store as Store & { files?: FileStorage };
  if (store.kind === 'mongo' && withFiles.files) return withFiles.files;
  return new DiskFileStorage(path.join(dataDir, 'files'));
}
