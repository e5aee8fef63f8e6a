import type { Db } from './connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export class DatabaseNewerError extends Error {
  constructor(readonly databaseVersion: number) {
    super(`database schema ${databaseVersion} is newer than this app's ${LATEST_SCHEMA_VERSION}`);
    this.name = 'DatabaseNewerError';
  }
}

export const schemaVersion = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

export function pendingMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) throw new DatabaseNewerError(current);
  return migrations.filter((m) => m.version > current);
}

/**
 * Applies pending migrations in one transaction: either the database moves to the latest schema or it
 * stays exactly as it was. `beforeMigrating` runs first (the automatic backup) when a populated database
 * is about to change.
 */
export function migrate(
  db: Db,
  options: {
    beforeMigrating?: (fromVersion: number) => void;
    migrations?: readonly Migration[];
    now?: () => string;
  } = {},
): number[] {
  const pending = pendingMigrations(db, options.migrations);
  if (pending.length === 0) return [];
  const from = schemaVersion(db);
  if (from > 0) options.beforeMigrating?.(from);
  const now = options.now ?? (() => new Date().toISOString());
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    for (const m of pending) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        now(),
      );
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
