import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { SEEDED_TEMPLATES } from '../../../src/main/db/migrations/0021_appraisal_library';
import { tempDir } from '../../support/core';

const LIBRARY_VERSION = MIGRATIONS.find((m) => m.name === 'appraisal_library')!.version;
const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const T0 = '2026-01-05T08:00:00.000Z';

describe('the library migration on a department set up before it', () => {
  it('gives the rulebook groups their templates and leaves other groups alone', () => {
    const db = openConnection(path.join(tempDir(), 'bizops.sqlite'));
    open.push(db);
    migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < LIBRARY_VERSION) });
    const addGroup = db.prepare(
      `INSERT INTO groups (id, name, name_en, builtin, active, sort_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
    );
    addGroup.run('g-sales', '销售组', 'Sales', 'sales', 20, T0, T0);
    addGroup.run('g-service', '客户服务组', 'Customer Service', 'service', 30, T0, T0);
    addGroup.run('g-own', '大客户组', null, null, 40, T0, T0);

    migrate(db);

    const templates = db
      .prepare('SELECT id, group_id AS groupId, items FROM appraisal_templates ORDER BY group_id')
      .all() as { id: string; groupId: string; items: string }[];
    expect(templates.map((t) => t.groupId)).toEqual(['g-sales', 'g-service']);
    const sales = templates.find((t) => t.groupId === 'g-sales')!;
    expect(sales.id).toBe(SEEDED_TEMPLATES.find((t) => t.builtinGroup === 'sales')!.id);
    const ids = new Set(
      (db.prepare('SELECT id FROM appraisal_indicators').all() as { id: string }[]).map((r) => r.id),
    );
    expect(ids.size).toBe(10);
    for (const t of templates) {
      const items = JSON.parse(t.items) as { indicatorId: string; weight: number }[];
      expect(items.every((i) => ids.has(i.indicatorId))).toBe(true);
      expect(items.reduce((s, i) => s + i.weight, 0)).toBe(100);
    }
  });
});
