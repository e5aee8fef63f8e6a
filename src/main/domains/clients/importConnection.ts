import type { Logger } from '../../core/logger';
import { checkpointAside } from '../../db/checkpointAside';
import { openConnection, type Db } from '../../db/connection';
import type { Store } from '../../db/store';
import type { ImportTransaction } from './files/importCommit';

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
  // Its COMMIT must not also copy the whole import from the WAL into the database file on the main thread:
  // the caller checkpoints on a worker thread afterwards (checkpointAside).
  db.pragma('wal_autocheckpoint = 0');
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
 * After a committed import: the write-ahead log into the database file on a worker thread, before other
 * writers are let in (their commit would otherwise do it on the main thread). A failure only costs that.
 */
export async function checkpointAfterImport(store: Store, logger: Logger): Promise<void> {
  try {
    await checkpointAside(store.paths.databaseFile, store.nativeBinding);
  } catch (err) {
    logger.error('import.checkpoint_failed', err);
  }
}
