import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/*
 * SQLite in WAL mode copies the log back into the database file ("checkpoint") once it reaches 1,000
 * pages, inside whichever commit crosses that line, and that checkpoint is the only step that waits
 * for the disk (fsync) under synchronous=NORMAL. On the app's one connection it stalled the event
 * loop, and every request with it: under batch load most of a commit's time was a checkpoint.
 * A worker thread with its own connection checkpoints instead, every CHECKPOINT_MS, without blocking
 * the writer (PASSIVE). The app connection keeps a far larger automatic threshold as a safety net.
 */

export const CHECKPOINT_MS = 500;
/** Pages (4 KiB) after which the app connection checkpoints itself, should the worker fall behind. */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 16_384;

// Evaluated in the worker. `driver` is the resolved path of better-sqlite3, so this works the same
// from tsx, from a bundle and from tests, whatever the working directory.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const tick = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage(String(error && error.message || error));
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  // The last connection to close checkpoints by itself; nothing else to do here.
  try { db.close(); } catch {}
  parentPort.close();
});
`;

export interface Checkpointer {
  /**
   * Lets the worker close its connection and end; resolves once it has. A worker still starting
   * opens the database first (creating the -wal and -shm files): whoever removes the folder next
   * (a test, a restore) must wait for that, or finds files appearing under its feet.
   */
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, onError: (message: string) => void): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // Plain Node: the worker needs none of the parent's loaders (tsx) or flags.
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { driver, file, intervalMs: CHECKPOINT_MS } });
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // After stop the files may be gone already (a test removes its folder): nothing to report then.
  let stopped = false;
  const report = (message: string) => {
    if (!stopped) onError(message);
  };
  worker.on('message', (message: unknown) => report(String(message)));
  worker.on('error', (error: unknown) => report(error instanceof Error ? error.message : String(error)));
  // Never what keeps the process alive. After the listeners: adding a 'message' listener refs the
  // worker's port again.
  worker.unref();
  return {
    stop: () => {
      if (!stopped) {
        // Whoever awaits the end must get it: an unref'd worker would let the process exit
        // mid-await (a CLI's exit code would be lost). The worker ends right after this message.
        worker.ref();
        worker.postMessage('stop');
      }
      stopped = true;
      return ended;
    },
  };
}
