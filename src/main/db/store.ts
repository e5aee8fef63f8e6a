import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseState } from '../../shared/system/types';
import { AppError } from '../../shared/contract/errors';
import { integrityProblems, isSqliteError, openConnection, type Db } from './connection';
import { writeBackupSync } from './backupFiles';
import { DatabaseNewerError, migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import type { Logger } from '../core/logger';

export interface DataPaths {
  dataDir: string;
  databaseFile: string;
  backupDir: string;
  logDir: string;
  tmpDir: string;
  quarantineDir: string;
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    databaseFile: path.join(dataDir, 'bizops.sqlite'),
    backupDir: path.join(dataDir, 'backups'),
    logDir: path.join(dataDir, 'logs'),
    tmpDir: path.join(dataDir, 'tmp'),
    quarantineDir: path.join(dataDir, 'quarantine'),
  };
}

export interface StoreOptions {
  paths: DataPaths;
  nativeBinding?: string;
  logger: Logger;
  now: () => Date;
}

/** user_version from the file header (bytes 60–63), read without SQLite; null when there is no database header. */
function headerSchemaVersion(file: string): number | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, header.length, 0) < header.length) return null;
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return null;
    return header.readInt32BE(60);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Owns the one connection. `open()` decides the state: ready, corrupt (integrity check failed or not a
 * database — only restore is offered) or newer (written by a newer app — refused, file untouched).
 */
export class Store {
  private connection: Db | null = null;
  private readonly readyListeners: (() => void)[] = [];
  private borrowed: Db | null = null;
  state: DatabaseState = 'corrupt';
  databaseSchemaVersion: number | null = null;
  problems: string[] = [];

  constructor(private readonly options: StoreOptions) {}

  get paths(): DataPaths {
    return this.options.paths;
  }

  /** The better_sqlite3.node every connection to this app's files must use (Electron's build in the app). */
  get nativeBinding(): string | undefined {
    return this.options.nativeBinding;
  }

  get db(): Db {
    if (!this.connection || this.state !== 'ready') {
      throw new AppError(
        this.state === 'newer' ? 'DB_NEWER_VERSION' : 'DB_CORRUPT',
        `database is ${this.state}`,
      );
    }
    return this.borrowed ?? this.connection;
  }

  /**
   * Runs `fn` with `db` answering `conn` instead of the main connection: a long writer (the import) runs
   * the services' own code on its own connection, one synchronous slice at a time. Nothing else runs
   * while `fn` does, so no other caller ever sees the borrowed connection.
   */
  withConnection<T>(conn: Db, fn: () => T): T {
    const outer = this.borrowed;
    this.borrowed = conn;
    try {
      const result = fn();
      if (result instanceof Promise) throw new Error('withConnection takes synchronous work only');
      return result;
    } finally {
      this.borrowed = outer;
    }
  }

  open(): DatabaseState {
    const { paths, logger } = this.options;
    for (const dir of [paths.dataDir, paths.backupDir, paths.logDir, paths.tmpDir])
      fs.mkdirSync(dir, { recursive: true });
    this.closeConnection();
    // Checked before SQLite opens the file: opening switches it to WAL, which would rewrite a newer app's header.
    const headerVersion = headerSchemaVersion(paths.databaseFile);
    if (headerVersion !== null && headerVersion > LATEST_SCHEMA_VERSION) {
      logger.info('db.newer_version', { databaseVersion: headerVersion });
      this.databaseSchemaVersion = headerVersion;
      this.state = 'newer';
      return this.state;
    }
    let db: Db | null = null;
    try {
      db = openConnection(paths.databaseFile, { nativeBinding: this.options.nativeBinding });
      this.databaseSchemaVersion = schemaVersion(db);
      const problems = integrityProblems(db);
      if (problems.length) {
        this.problems = problems.slice(0, 20);
        logger.error('db.integrity_failed', new Error(this.problems.join('; ')));
        db.close();
        this.state = 'corrupt';
        return this.state;
      }
      migrate(db, {
        now: () => this.options.now().toISOString(),
        beforeMigrating: (from) => {
          const info = writeBackupSync(db!, paths.backupDir, 'pre-migration', this.options.now());
          logger.info('db.pre_migration_backup', { from, file: info.fileName });
        },
      });
      this.databaseSchemaVersion = schemaVersion(db);
      this.connection = db;
      this.problems = [];
      this.state = 'ready';
      for (const listener of this.readyListeners) listener();
      return this.state;
    } catch (err) {
      db?.close();
      if (err instanceof DatabaseNewerError) {
        logger.info('db.newer_version', { databaseVersion: err.databaseVersion });
        this.state = 'newer';
        return this.state;
      }
      if (isSqliteError(err, 'SQLITE_NOTADB', 'SQLITE_CORRUPT')) {
        logger.error('db.corrupt', err);
        this.problems = [(err as Error).message];
        this.state = 'corrupt';
        return this.state;
      }
      throw err;
    }
  }

  /** Called after every open that leaves the database ready: at start, and after a restore. */
  onReady(listener: () => void): void {
    this.readyListeners.push(listener);
  }

  /** Closes the connection (restore, shutdown); the WAL is checkpointed so the file stands alone. */
  closeConnection(): void {
    if (!this.connection) return;
    try {
      this.connection.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A checkpoint that fails leaves the WAL beside the file; SQLite replays it on the next open.
    }
    this.connection.close();
    this.connection = null;
  }

  /** The raw connection when one is open, whatever the state (for backups of a ready database). */
  get rawConnection(): Db | null {
    return this.connection;
  }
}
