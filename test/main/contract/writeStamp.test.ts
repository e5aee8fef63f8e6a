import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { openConnection } from '../../../src/main/db/connection';
import { makeExampleContext } from '../../support/channelExamples';
import { MANAGER, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { runEveryMutation } from '../../support/mutationRuns';
import { writeStamp } from '../../support/writeStamp';
import { fakePdfPrinter } from './support';

/**
 * The tests' "nothing changed" check (writeStamp, behind tableChecksum) must see any write to any table:
 * here each table of a database filled by every mutation example gets one changed cell, and each change
 * must move the stamp; reads, and writes that were rolled back, must not.
 */
let core: Core;
let manager: Session;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  await runEveryMutation(core, manager, await makeExampleContext(core, manager, MANAGER.password));
  // What the mutation examples leave empty: a deputy's charge, and the app's own key-value table.
  await sessionFor(core, manager, 'deputy', groups.sales!);
  core.store.db.prepare("INSERT INTO app_meta (key, value) VALUES ('write-stamp-test', 'x')").run();
});

afterAll(async () => {
  await core.close();
});

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Column {
  name: string;
}

/** Values different from `v` that a column of this type might accept, most likely first. */
function otherValues(v: unknown): unknown[] {
  if (typeof v === 'number') return [v + 1, v - 1, v === 0 ? 1 : 0];
  if (typeof v === 'string') return [`${v}x`, v.slice(0, -1), `${v}0`];
  if (v instanceof Uint8Array) return [Buffer.concat([Buffer.from(v), Buffer.from([0])])];
  return ['x', 1, 0];
}

/** Changes one cell of the table's first row (the first column that accepts a different value); its name. */
function changeOneCell(table: string): string {
  const db = core.store.db;
  const columns = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as Column[];
  const row = db.prepare(`SELECT rowid AS _rowid_, * FROM ${quote(table)} LIMIT 1`).get() as Record<
    string,
    unknown
  >;
  const foreignKeys = db.prepare(`PRAGMA foreign_key_list(${quote(table)})`).all() as {
    table: string;
    from: string;
    to: string;
  }[];
  /** A reference can only change to another row it may point at. */
  const referenced = (column: string): unknown[] =>
    foreignKeys
      .filter((k) => k.from === column)
      .flatMap((k) =>
        db
          .prepare(`SELECT ${quote(k.to)} AS v FROM ${quote(k.table)} WHERE ${quote(k.to)} IS NOT ? LIMIT 3`)
          .all(row[column])
          .map((r) => (r as { v: unknown }).v),
      );
  for (const c of columns) {
    for (const value of [...referenced(c.name), ...otherValues(row[c.name])]) {
      try {
        const r = db
          .prepare(`UPDATE ${quote(table)} SET ${quote(c.name)} = ? WHERE rowid = ?`)
          .run(value, row._rowid_);
        if (r.changes === 1) return c.name;
      } catch {
        // A constraint (type, check, unique, foreign key) refused this value: try the next.
      }
    }
  }
  throw new Error(`no cell of ${table} could be changed`);
}

describe('the write stamp', () => {
  it('moves when one cell of any table changes, audit_log included', () => {
    const db = core.store.db;
    const tables = (
      db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as {
        name: string;
        sql: string;
      }[]
    ).filter((t) => !/^CREATE VIRTUAL TABLE/i.test(t.sql) && !t.name.includes('_fts_'));
    expect(tables.map((t) => t.name)).toContain('audit_log');

    const empty: string[] = [];
    const unnoticed: string[] = [];
    for (const { name } of tables) {
      if (!db.prepare(`SELECT 1 FROM ${quote(name)} LIMIT 1`).get()) {
        empty.push(name);
        continue;
      }
      const before = writeStamp(db);
      const column = changeOneCell(name);
      if (writeStamp(db) === before) unnoticed.push(`${name}.${column}`);
    }
    expect(unnoticed).toEqual([]);
    // Every table was tried: a new table that the examples leave empty shows up here (fill it in beforeAll).
    expect(empty, 'tables with no row to change').toEqual([]);
  });

  it('moves on an insert into and a delete from the audit trail', () => {
    const db = core.store.db;
    let before = writeStamp(db);
    const { lastInsertRowid } = db
      .prepare(
        "INSERT INTO audit_log (at, actor_user_id, actor_name, entity, entity_id, action, changes) VALUES ('2026-01-01T00:00:00.000Z', NULL, NULL, 'staff', NULL, 'update', '[]')",
      )
      .run();
    expect(writeStamp(db)).not.toBe(before);
    before = writeStamp(db);
    db.prepare('DELETE FROM audit_log WHERE id = ?').run(lastInsertRowid);
    expect(writeStamp(db)).not.toBe(before);
  });

  it('moves when another connection commits a change', () => {
    const before = writeStamp(core.store.db);
    const other = openConnection(core.store.paths.databaseFile);
    try {
      other.prepare("UPDATE settings SET data = json_set(data, '$.lockoutMinutes', 29) WHERE id = 1").run();
    } finally {
      other.close();
    }
    expect(writeStamp(core.store.db)).not.toBe(before);
  });

  it('moves when only a full-text index is written', () => {
    const db = core.store.db;
    const before = writeStamp(db);
    db.prepare('INSERT INTO client_search_fts (rowid, text) VALUES (?, ?)').run(999_999, '只在索引里');
    expect(writeStamp(db)).not.toBe(before);
  });

  it('stays for reads and for writes that were rolled back', async () => {
    const db = core.store.db;
    const before = writeStamp(db);
    unwrap(await core.call('org.staff.list', {}, manager));
    unwrap(await core.call('clients.list', { page: 1, pageSize: 20 }, manager));
    unwrap(await core.call('audit.list', { page: 1, pageSize: 20 }, manager));
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE staff SET name = name || '-'").run();
        db.prepare(
          "INSERT INTO audit_log (at, entity, action, changes) VALUES ('2026-01-01T00:00:00.000Z', 'staff', 'update', '[]')",
        ).run();
        throw new Error('refused half-way');
      })(),
    ).toThrow('refused half-way');
    expect(writeStamp(db)).toBe(before);
  });
});
