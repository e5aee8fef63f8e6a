import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { tempDir } from '../../support/core';

const REGIONS_VERSION = MIGRATIONS.find((m) => m.name === 'client_regions')!.version;
const open: Db[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database as the version before the region migration left it. */
function databaseBeforeRegions(): Db {
  const db = openConnection(path.join(tempDir(), 'bizops.sqlite'));
  open.push(db);
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < REGIONS_VERSION) });
  return db;
}

const T0 = '2026-01-05T08:00:00.000Z';

function addClient(db: Db, code: string, province: string | null, city: string | null): void {
  db.prepare(
    `INSERT INTO clients (id, code, type, name, name_norm, province, city, source, tier, status, status_changed_at,
       touched_at, created_at, updated_at, version)
     VALUES (?, ?, 'enterprise', ?, ?, ?, ?, 'other', 'C', 'potential', ?, ?, ?, ?, 3)`,
  ).run(`id-${code}`, code, `客户${code}`, `客户${code}`, province, city, T0, T0, T0, T0);
}

type Row = {
  code: string;
  province: string | null;
  city: string | null;
  version: number;
  updated_at: string;
};
const rowsOf = (db: Db): Record<string, Row> =>
  Object.fromEntries(
    (
      db.prepare('SELECT code, province, city, version, updated_at FROM clients ORDER BY code').all() as Row[]
    ).map((r) => [r.code, r]),
  );

describe('the client regions migration', () => {
  it('turns short forms into official names and leaves every other value as it was', () => {
    const db = databaseBeforeRegions();
    addClient(db, 'K1', '浙江', '杭州');
    addClient(db, 'K2', '内蒙古', null);
    addClient(db, 'K3', '浙江省', '杭州');
    addClient(db, 'K4', '湖北', '恩施州');
    addClient(db, 'K5', '火星省', '杭州');
    addClient(db, 'K6', '上海', '浦东新区');
    addClient(db, 'K7', '江苏省', '杭州');
    addClient(db, 'K8', '浙江省', '杭州市');
    addClient(db, 'K9', null, '杭州');
    addClient(db, 'KA', 'Zhejiang', 'Hangzhou');

    expect(migrate(db)).toContain(REGIONS_VERSION);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);

    const rows = rowsOf(db);
    const region = (code: string) => [rows[code]!.province, rows[code]!.city];
    expect(region('K1')).toEqual(['浙江省', '杭州市']);
    expect(region('K2')).toEqual(['内蒙古自治区', null]);
    expect(region('K3')).toEqual(['浙江省', '杭州市']);
    expect(region('K4')).toEqual(['湖北省', '恩施土家族苗族自治州']);
    // Unknown values stay: a made-up province, a district written as the city, a city of another
    // province, a city without its province.
    expect(region('K5')).toEqual(['火星省', '杭州']);
    expect(region('K6')).toEqual(['上海市', '浦东新区']);
    expect(region('K7')).toEqual(['江苏省', '杭州']);
    expect(region('K8')).toEqual(['浙江省', '杭州市']);
    expect(region('K9')).toEqual([null, '杭州']);
    expect(region('KA')).toEqual(['浙江省', '杭州市']);

    // A changed file gets a new version and time (a sync sees it); an unchanged one keeps both.
    for (const code of ['K1', 'K2', 'K3', 'K4', 'K6', 'KA']) {
      expect(rows[code]!.version, code).toBe(4);
      expect(rows[code]!.updated_at, code).not.toBe(T0);
    }
    for (const code of ['K5', 'K7', 'K8', 'K9'])
      expect(rows[code]).toMatchObject({ version: 3, updated_at: T0 });
  });

  it('records each change in the audit trail with the value it replaced', () => {
    const db = databaseBeforeRegions();
    addClient(db, 'K1', '浙江', '杭州');
    addClient(db, 'K2', '浙江省', '宁波');
    addClient(db, 'K3', '火星省', null);
    migrate(db);

    const audit = db
      .prepare(
        "SELECT entity_id, action, actor_user_id, changes FROM audit_log WHERE entity = 'client' ORDER BY entity_id",
      )
      .all() as { entity_id: string; action: string; actor_user_id: string | null; changes: string }[];
    expect(audit.map((a) => ({ ...a, changes: JSON.parse(a.changes) as unknown }))).toEqual([
      {
        entity_id: 'id-K1',
        action: 'update',
        actor_user_id: null,
        changes: [
          { field: 'province', before: '浙江', after: '浙江省' },
          { field: 'city', before: '杭州', after: '杭州市' },
        ],
      },
      {
        entity_id: 'id-K2',
        action: 'update',
        actor_user_id: null,
        changes: [{ field: 'city', before: '宁波', after: '宁波市' }],
      },
    ]);
  });
});
