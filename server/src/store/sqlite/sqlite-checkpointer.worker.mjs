// Runs SQLite WAL checkpoints on a thread of their own, with a connection of its own.
// A checkpoint copies the WAL into the database file and fsyncs both; on the main thread that
// stalls the event loop for milliseconds at a time under load. Plain JS so it runs the same
// under tsx, vitest and plain node.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, intervalMs } = workerData;
const db = new Database(file);
db.pragma('busy_timeout = 5000');

function checkpoint(mode) {
  try {
    const [result] = db.pragma(`wal_checkpoint(${mode})`);
    return result;
  } catch (err) {
    parentPort.postMessage({ type: 'error', message: String(err) });
    return null;
  }
}

const timer = setInterval(() => checkpoint('PASSIVE'), intervalMs);
parentPort.on('message', (message) => {
  if (message?.type !== 'stop') return;
  clearInterval(timer);
  // A last full checkpoint leaves a short WAL behind for the next start.
  checkpoint('TRUNCATE');
  db.close();
  parentPort.postMessage({ type: 'stopped' });
});
