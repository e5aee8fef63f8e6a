import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../src/main/db/connection';
import { tempDir } from '../../support/core';

/** Everything a database holds: schema version, schema, and every table's rows (order-independent). */
export interface DbDump {
  userVersion: number;
  schema: { type: string; name: string; sql: string | null }[];
  tables: Record<string, string[]>;
}

export function dumpDb(db: Db): DbDump {
  const schema = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY type, name",
    )
    .all() as DbDump['schema'];
  const tables: Record<string, string[]> = {};
  for (const t of schema.filter((s) => s.type === 'table')) {
    // Rows as JSON, sorted: VACUUM and backups may renumber hidden rowids, the content is what counts.
    tables[t.name] = (db.prepare(`SELECT * FROM "${t.name}"`).all() as unknown[])
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return { userVersion: db.pragma('user_version', { simple: true }) as number, schema, tables };
}

/** Dumps a closed database file (a backup, or the live file after the core closed) from a private copy. */
export function dumpFile(file: string): DbDump {
  const copy = path.join(tempDir('bizops-dump-'), 'copy.sqlite');
  fs.copyFileSync(file, copy);
  const db = new Database(copy, { fileMustExist: true });
  try {
    return dumpDb(db);
  } finally {
    db.close();
  }
}

/** PRAGMA integrity_check of a closed database file, read from a private copy: ['ok'] when sound. */
export function integrityOfFile(file: string): string[] {
  const copy = path.join(tempDir('bizops-check-'), 'copy.sqlite');
  fs.copyFileSync(file, copy);
  let db: Database.Database | null = null;
  try {
    db = new Database(copy, { fileMustExist: true });
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (err) {
    // Damage bad enough that SQLite refuses to even check ("database disk image is malformed").
    return [(err as Error).message];
  } finally {
    db?.close();
  }
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The dump with audit_log cut back to rows with id <= upToId (later rows are the restore's own record). */
export function withAuditUpTo(dump: DbDump, upToId: number): DbDump {
  return {
    ...dump,
    tables: {
      ...dump.tables,
      audit_log: (dump.tables.audit_log ?? []).filter((r) => (JSON.parse(r) as { id: number }).id <= upToId),
      // AUTOINCREMENT's high-water mark moves with the restore's audit row.
      sqlite_sequence: dump.tables.sqlite_sequence?.filter((r) => !r.includes('"audit_log"')) ?? [],
    },
  };
}

export const maxAuditId = (dump: DbDump): number =>
  (dump.tables.audit_log ?? []).reduce((m, r) => Math.max(m, (JSON.parse(r) as { id: number }).id), 0);
