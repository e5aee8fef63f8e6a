import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron ships its own build). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** Opens the file with the pragmas every connection must have. Throws SqliteError for a non-database file. */
export function openConnection(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache instead of SQLite's 2 MiB: a write to the clients table touches a dozen indexes,
    // and at 100,000 files their pages no longer fit in the default cache.
    db.pragma('cache_size = -65536');
    // Savepoints (a service call inside the import's transaction) journal to temporary storage: in memory.
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Problems reported by PRAGMA integrity_check, empty when the file is sound. */
export function integrityProblems(db: Db): string[] {
  // Memory-mapped reads make the full check about a fifth faster on start-up; the connection goes back to
  // ordinary reads afterwards, so an I/O error later is an error code, never a SIGBUS.
  db.pragma('mmap_size = 268435456');
  let rows: { integrity_check: string }[];
  try {
    rows = db.pragma('integrity_check') as { integrity_check: string }[];
  } finally {
    db.pragma('mmap_size = 0');
  }
  const messages = rows.map((r) => r.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

export function isSqliteError(err: unknown, ...codes: string[]): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && codes.some((c) => code === c || code.startsWith(`${c}_`));
}

/** Prepared statements cached per connection: repositories call this on every query, SQLite parses once. */
const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();
export function stmt<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Database.Statement<P, R> {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s as unknown as Database.Statement<P, R>;
}
