import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { fillTicketHits } from '../../../src/main/domains/service/repository/search';
import { tempDir } from '../../support/core';

const LISTS_VERSION = MIGRATIONS.find((m) => m.name === 'service_ticket_lists')!.version;
const open: Db[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const T0 = '2026-01-05T08:00:00.000Z';

/** A database as the version before the list migration left it, with a group, two people and a file. */
function databaseBeforeLists(): Db {
  const db = openConnection(path.join(tempDir(), 'bizops.sqlite'));
  open.push(db);
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < LISTS_VERSION) });
  db.prepare(`INSERT INTO groups (id, name, created_at, updated_at) VALUES ('g1', '销售组', ?, ?)`).run(
    T0,
    T0,
  );
  for (const [id, no] of [
    ['s1', 'YW001'],
    ['s2', 'YW002'],
  ])
    db.prepare(
      `INSERT INTO staff (id, employee_no, name, group_id, created_at, updated_at) VALUES (?, ?, ?, 'g1', ?, ?)`,
    ).run(id, no, `员工${no}`, T0, T0);
  db.prepare(
    `INSERT INTO clients (id, code, type, name, name_norm, source, tier, status, status_changed_at, owner_id,
       group_id, touched_at, created_at, updated_at)
     VALUES ('c1', 'KH001', 'enterprise', '甲方公司', '甲方公司', 'other', 'C', 'customer', ?, 's1', 'g1', ?, ?, ?)`,
  ).run(T0, T0, T0, T0);
  return db;
}

function addTicket(
  db: Db,
  n: number,
  t: { clientId: string | null; status: string; kind?: string; deleted?: boolean; text: string },
): void {
  db.prepare(
    `INSERT INTO service_tickets (id, code, kind, channel, status, client_id, received_at, sla_start_at, content,
       category, severity, handler_id, group_id, response_due_at, response_mode, resolution_due_at,
       resolution_mode, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, 'hotline', ?, ?, ?, ?, ?, 'delivery', 'normal', 's2', 'g1', ?, 'calendar', ?, 'calendar', ?, ?, ?)`,
  ).run(
    `t${n}`,
    `TS-20260105-00${n}`,
    t.kind ?? 'complaint',
    t.status,
    t.clientId,
    T0,
    T0,
    t.text,
    T0,
    T0,
    T0,
    T0,
    t.deleted ? T0 : null,
  );
  db.prepare(
    `INSERT INTO service_ticket_search (ticket_rowid, text) SELECT rowid, ? FROM service_tickets WHERE id = ?`,
  ).run(t.text, `t${n}`);
}

describe('the ticket list migration', () => {
  it('puts each ticket’s file owner and group on it, counts the live tickets, and finds what was written before', () => {
    const db = databaseBeforeLists();
    addTicket(db, 1, { clientId: 'c1', status: 'registered', text: '到货延误' });
    addTicket(db, 2, { clientId: null, status: 'closed', text: '客户要求退货' });
    addTicket(db, 3, { clientId: 'c1', status: 'closed', text: '退货' });
    addTicket(db, 4, { clientId: 'c1', status: 'closed', kind: 'inquiry', deleted: true, text: '退货政策' });

    expect(migrate(db)).toContain(LISTS_VERSION);

    expect(
      db
        .prepare('SELECT id, client_owner_id AS o, client_group_id AS g FROM service_tickets ORDER BY id')
        .all(),
    ).toEqual([
      { id: 't1', o: 's1', g: 'g1' },
      { id: 't2', o: null, g: null },
      { id: 't3', o: 's1', g: 'g1' },
      { id: 't4', o: 's1', g: 'g1' },
    ]);
    expect(
      db
        .prepare(
          'SELECT client_group_id AS g, kind, status, n FROM service_ticket_tally WHERE n > 0 ORDER BY 1, 2, 3',
        )
        .all(),
    ).toEqual([
      { g: '', kind: 'complaint', status: 'closed', n: 1 },
      { g: 'g1', kind: 'complaint', status: 'closed', n: 1 },
      { g: 'g1', kind: 'complaint', status: 'registered', n: 1 },
    ]);
    // Two characters: inside a text, at its very end, and a whole text.
    expect(fillTicketHits(db, '退货')).toBe(3);
    expect(fillTicketHits(db, '延误')).toBe(1);

    // A file handed to another person takes its live tickets along.
    db.prepare(`UPDATE clients SET owner_id = 's2' WHERE id = 'c1'`).run();
    expect(
      db.prepare(`SELECT id FROM service_tickets WHERE client_owner_id = 's2' ORDER BY id`).pluck().all(),
    ).toEqual(['t1', 't3']);
  });
});
