import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * An online backup of the SQLite store (better-sqlite3's `backup`, SQLite's backup API): a
 * consistent copy taken page by page while the server keeps running and writing (WAL readers
 * do not block writers). Copying the file with `cp` instead can catch it between a commit and
 * its checkpoint and produce a database that will not open.
 */
export async function backupSqlite(databaseFile: string, destination: string, onProgress?: (done: number, total: number) => void): Promise<{ file: string; pages: number }> {
  if (!existsSync(databaseFile)) throw new Error(`no SQLite store at ${databaseFile}`);
  if (existsSync(destination)) throw new Error(`${destination} exists already: name a new file`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    let pages = 0;
    await db.backup(destination, {
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        onProgress?.(totalPages - remainingPages, totalPages);
        // Pages per step: small enough that the server's writers are never held up for long.
        return 1000;
      },
    });
    return { file: destination, pages };
  } finally {
    db.close();
  }
}

/** `DATA_DIR/backups/parley-2026-12-04T23-42-00Z.db`: sortable, one per run. */
export function defaultBackupFile(dataDir: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return path.join(dataDir, 'backups', `parley-${stamp}.db`);
}
