import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { PROFIT_INDICATOR } from '../../../src/main/db/migrations/0025_appraisal_profit';
import { tempDir } from '../../support/core';

const PROFIT_VERSION = MIGRATIONS.find((m) => m.name === 'appraisal_profit')!.version;
const open: Db[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

type IndicatorRow = Record<string, unknown> & { id: string; source: string; version: number };

/** A database as the version before computed profit left it (the library seeded by 0021). */
function databaseBefore(): Db {
  const db = openConnection(path.join(tempDir(), 'bizops.sqlite'));
  open.push(db);
  migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < PROFIT_VERSION) });
  return db;
}

const indicators = (db: Db) =>
  db.prepare('SELECT * FROM appraisal_indicators ORDER BY id').all() as IndicatorRow[];
const profitOf = (db: Db) => indicators(db).find((i) => i.id === PROFIT_INDICATOR.id)!;

describe('the computed-profit migration', () => {
  it('makes the seeded profit indicator computed with its new words, keeps every other row, accepts the source', () => {
    const db = databaseBefore();
    const before = indicators(db);
    expect(profitOf(db)).toMatchObject({
      source: 'manual',
      description_zh: PROFIT_INDICATOR.seedDescriptionZh,
      description_en: PROFIT_INDICATOR.seedDescriptionEn,
    });
    expect(() =>
      db.prepare(`UPDATE appraisal_indicators SET source = 'profit' WHERE id = ?`).run(PROFIT_INDICATOR.id),
    ).toThrow(/CHECK/);

    migrate(db);

    const after = indicators(db);
    expect(after.filter((i) => i.id !== PROFIT_INDICATOR.id)).toEqual(
      before.filter((i) => i.id !== PROFIT_INDICATOR.id),
    );
    const profit = profitOf(db);
    const was = before.find((i) => i.id === PROFIT_INDICATOR.id)!;
    expect(profit).toMatchObject({
      source: 'profit',
      description_zh: PROFIT_INDICATOR.descriptionZh,
      description_en: PROFIT_INDICATOR.descriptionEn,
      name_zh: was.name_zh,
      name_en: was.name_en,
      scoring: 'quantitative',
      cap: was.cap,
      unit: was.unit,
      version: was.version + 1,
    });
    expect(() =>
      db
        .prepare(`UPDATE appraisal_indicators SET source = 'guesswork' WHERE id = ?`)
        .run(PROFIT_INDICATOR.id),
    ).toThrow(/CHECK/);
    // A rated indicator still has no formula, a quantitative one still needs it.
    expect(() =>
      db.prepare(`UPDATE appraisal_indicators SET formula = NULL WHERE id = ?`).run(PROFIT_INDICATOR.id),
    ).toThrow(/CHECK/);
    expect(
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'appraisal_indicators'`)
        .pluck()
        .all(),
    ).toContain('appraisal_indicators_order');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps a description the manager rewrote, and leaves an indicator they made rated alone', () => {
    const rewritten = databaseBefore();
    rewritten
      .prepare(`UPDATE appraisal_indicators SET description_en = 'Gross margin of my deals.' WHERE id = ?`)
      .run(PROFIT_INDICATOR.id);
    migrate(rewritten);
    expect(profitOf(rewritten)).toMatchObject({
      source: 'profit',
      description_zh: PROFIT_INDICATOR.descriptionZh,
      description_en: 'Gross margin of my deals.',
    });

    const rated = databaseBefore();
    rated
      .prepare(
        `UPDATE appraisal_indicators SET scoring = 'rated', formula = NULL, cap = NULL, version = 4 WHERE id = ?`,
      )
      .run(PROFIT_INDICATOR.id);
    const before = profitOf(rated);
    migrate(rated);
    expect(profitOf(rated)).toEqual(before);
  });

  it('gives a fresh database the same profit indicator as a migrated one', () => {
    const fresh = openConnection(path.join(tempDir(), 'bizops.sqlite'));
    open.push(fresh);
    migrate(fresh);
    const migrated = databaseBefore();
    migrate(migrated);
    const words = (db: Db) => {
      const { source, description_zh, description_en, scoring, cap, unit } = profitOf(db);
      return { source, description_zh, description_en, scoring, cap, unit };
    };
    expect(words(fresh)).toEqual(words(migrated));
    expect(words(fresh).source).toBe('profit');
  });
});
