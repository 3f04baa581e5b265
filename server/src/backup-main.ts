import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { backupSqlite, defaultBackupFile } from './store/sqlite/sqlite-backup.js';

/**
 * `npm run backup [-- FILE]`: an online backup of the SQLite store to FILE (default
 * `DATA_DIR/backups/parley-<time>.db`), safe while the server runs. With MongoDB, use
 * `mongodump` (or your host's snapshots) instead.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  if (config.mongodbUri) {
    process.stderr.write('MONGODB_URI is set: back MongoDB up with mongodump or your host’s snapshots; this command copies the SQLite store.\n');
    return 1;
  }
  const destination = process.argv[2] ? path.resolve(process.argv[2]) : defaultBackupFile(config.dataDir);
  const { file, pages } = await backupSqlite(path.join(config.dataDir, 'parley.db'), destination);
  process.stdout.write(`backed up ${pages} pages to ${file}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : `backup failed: ${(err as Error).message}`}\n`);
    process.exit(1);
  },
);
