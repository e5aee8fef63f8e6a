import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's whole program. It is plain CommonJS given as a string, so the same code runs under vitest,
 * tsx and the electron-vite build with nothing to compile or bundle; it loads better-sqlite3 from the path
 * main resolved, with the core's native binding (Electron's build in the app).
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const db = new Database(workerData.file, { nativeBinding: workerData.nativeBinding, fileMustExist: true });
try {
  db.pragma('synchronous = FULL');
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage(result);
} finally {
  db.close();
}
`;

export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Copies the write-ahead log into the database file on a worker thread (a PASSIVE checkpoint on a
 * connection of the worker's own). After a large transaction — an import of thousands of rows — that copy
 * takes hundreds of milliseconds; left to SQLite's automatic checkpoint it would run on the main thread at
 * the next commit and freeze the window. Readers and writers on other connections are never blocked by it.
 */
export function checkpointAside(file: string, nativeBinding?: string): Promise<CheckpointResult> {
  const modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(PROGRAM, { eval: true, workerData: { modulePath, file, nativeBinding } });
    let result: CheckpointResult | null = null;
    worker.once('message', (r: CheckpointResult) => (result = r));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`checkpoint worker exited with code ${code}`));
    });
  });
}
