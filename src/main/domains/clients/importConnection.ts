import fs from 'node:fs';
import type { Logger } from '../../core/logger';
import { checkpointAside } from '../../db/checkpointAside';
import { openConnection, type Db } from '../../db/connection';
import type { Store } from '../../db/store';
import type { ImportTransaction } from './files/importCommit';

const IMPORT_CACHE_KIB = 16 * 1024;

/**
 * The import's one transaction, on a connection of its own, held open while the rows are written slice by
 * slice. Between slices the main connection goes on answering queries from the last committed state (WAL
 * gives each connection its snapshot): no one sees rows of an import that could still roll back. Inside a
 * slice the services run their own code, with `store.db` answering this connection (Store.withConnection).
 * Mutations on the main connection wait at the write gate until this transaction has ended, so neither
 * side ever waits for SQLite's write lock on the main thread.
 */
export function openImportTransaction(store: Store): ImportTransaction {
  const db: Db = openConnection(store.paths.databaseFile, { nativeBinding: store.nativeBinding });
  // Its COMMIT writes the rows' pages to the WAL and nothing more on the main thread: no copy of the whole
  // import into the database file (the caller checkpoints on a worker thread) and no wait for the disk (the
  // caller syncs the WAL off the main thread, settleImport, before the import is reported done).
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('synchronous = NORMAL');
  // COMMIT writes at once whatever dirty pages the cache still holds; a smaller cache than the main
  // connection's spills the rest one page at a time inside the slices (bench: commit ~140 → ~55 ms).
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  let open = true;
  const end = (sql: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return;
    open = false;
    try {
      if (db.inTransaction) db.exec(sql);
    } finally {
      // Closing a connection whose COMMIT failed rolls its transaction back.
      db.close();
    }
  };
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (err) {
    end('ROLLBACK');
    throw err;
  }
  return {
    run: (fn) => store.withConnection(db, fn),
    commit: () => end('COMMIT'),
    rollback: () => end('ROLLBACK'),
  };
}

/**
 * After a committed import, before it is reported done (and before other writers are let in): the WAL
 * synced to disk on libuv's thread pool — the import is durable from here — then copied into the database
 * file on a worker thread (their commit would otherwise do it on the main thread). A failed copy only costs
 * that; a failed sync fails the call.
 */
export async function settleImport(store: Store, logger: Logger): Promise<void> {
  await syncFile(`${store.paths.databaseFile}-wal`);
  try {
    await checkpointAside(store.paths.databaseFile, store.nativeBinding);
  } catch (err) {
    logger.error('import.checkpoint_failed', err);
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
