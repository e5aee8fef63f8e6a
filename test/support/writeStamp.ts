import type { Db } from '../../src/main/db/connection';

/**
 * "Did anything change?" without reading every row. Comparing two stamps of the same connection says
 * whether anything was written in between:
 * - every committed INSERT, UPDATE or DELETE on an ordinary table (audit_log included) through this
 *   connection bumps a counter kept by temporary triggers — TEMP objects live only in this connection and
 *   never reach the file, and a rolled-back write rolls the counter back with it, so a call that wrote and
 *   then failed as a whole still counts as "nothing changed";
 * - `PRAGMA data_version` moves when another connection (a worker, a second process) commits;
 * - `PRAGMA schema_version` moves with any change to the schema;
 * - a full-text index cannot carry triggers (its shadow tables refuse them), so each FTS5 index's structure
 *   record, rewritten by every write to the index, is part of the stamp, as is sqlite_sequence;
 * - a different connection (a restore reopens the database) gives a different stamp.
 */

const COUNTER = 'temp.test_write_counter';
let connections = 0;
interface Watched {
  serial: number;
  schemaVersion: number;
  ftsTables: string[];
  hasSequences: boolean;
}
const watched = new WeakMap<Db, Watched>();

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function schemaVersion(db: Db): number {
  return db.pragma('main.schema_version', { simple: true }) as number;
}

/** Puts the counting triggers on every ordinary table not yet watched; returns what else the stamp reads. */
function installTriggers(db: Db): Pick<Watched, 'ftsTables' | 'hasSequences'> {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS test_write_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
           INSERT OR IGNORE INTO ${COUNTER} (id, n) VALUES (1, 0);`);
  const all = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'").all() as {
    name: string;
    sql: string;
  }[];
  // SQLite's own tables (sqlite_sequence, sqlite_stat1) take no triggers.
  const tables = all.filter((t) => !t.name.startsWith('sqlite_'));
  const virtual = tables.filter((t) => /^CREATE\s+VIRTUAL\s+TABLE/i.test(t.sql));
  const fts = virtual.filter((t) => /\bUSING\s+fts5\b/i.test(t.sql)).map((t) => t.name);
  const shadowOf = (name: string) => virtual.some((v) => name.startsWith(`${v.name}_`));
  for (const { name, sql } of tables) {
    if (/^CREATE\s+VIRTUAL\s+TABLE/i.test(sql) || shadowOf(name)) continue;
    for (const op of ['INSERT', 'UPDATE', 'DELETE'])
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${quoteIdent(`test_write_${op}_${name}`)} AFTER ${op} ON main.${quoteIdent(name)}
         BEGIN UPDATE ${COUNTER} SET n = n + 1 WHERE id = 1; END`,
      );
  }
  return { ftsTables: fts, hasSequences: all.some((t) => t.name === 'sqlite_sequence') };
}

function watch(db: Db) {
  let state = watched.get(db);
  const version = schemaVersion(db);
  if (!state || state.schemaVersion !== version) {
    // A table created since the last look gets its triggers too (the trigger DDL is TEMP: main's version stays).
    state = { serial: state?.serial ?? ++connections, schemaVersion: version, ...installTriggers(db) };
    watched.set(db, state);
  }
  return state;
}

/** A stamp of everything written to the database so far, as seen by this connection. */
export function writeStamp(db: Db): string {
  const { serial, schemaVersion: schema, ftsTables, hasSequences } = watch(db);
  const writes = (db.prepare(`SELECT n FROM ${COUNTER} WHERE id = 1`).get() as { n: number }).n;
  const dataVersion = db.pragma('main.data_version', { simple: true }) as number;
  const sequences = hasSequences
    ? (
        db.prepare("SELECT group_concat(name || '=' || seq, ',') AS s FROM main.sqlite_sequence").get() as {
          s: string | null;
        }
      ).s
    : null;
  const indexes = ftsTables.map((t) => {
    const row = db
      .prepare(`SELECT hex(block) AS b FROM main.${quoteIdent(`${t}_data`)} WHERE id = 10`)
      .get() as { b: string } | undefined;
    return row?.b ?? '';
  });
  return [serial, writes, dataVersion, schema, sequences, ...indexes].join('|');
}
