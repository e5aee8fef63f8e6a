import type {
  AppraisalIndicator,
  IndicatorCategory,
  IndicatorSource,
  QuantitativeFormula,
  RatingBand,
  ScoringMethod,
} from '../../../../shared/appraisal/indicators';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** What create and update write. */
export interface IndicatorWrite {
  category: IndicatorCategory;
  nameZh: string;
  nameEn: string;
  descriptionZh: string | null;
  descriptionEn: string | null;
  scoring: ScoringMethod;
  formula: QuantitativeFormula | null;
  cap: number | null;
  bands: RatingBand[];
  source: IndicatorSource;
  unit: string | null;
}

// How many templates use an indicator: counted from the templates' JSON items (a department keeps a few).
const SELECT = `
  SELECT i.id, i.category, i.name_zh AS nameZh, i.name_en AS nameEn, i.description_zh AS descriptionZh,
         i.description_en AS descriptionEn, i.scoring, i.formula, i.cap, i.bands, i.source, i.unit, i.active,
         (SELECT count(*) FROM appraisal_templates t
           WHERE EXISTS (SELECT 1 FROM json_each(t.items) e WHERE json_extract(e.value, '$.indicatorId') = i.id))
           AS templateCount,
         i.created_at AS createdAt, i.updated_at AS updatedAt, i.version
  FROM appraisal_indicators i`;

type DbIndicator = Omit<AppraisalIndicator, 'active' | 'bands'> & { active: number; bands: string };
const toIndicator = (r: DbIndicator): AppraisalIndicator => ({
  ...r,
  active: r.active === 1,
  bands: JSON.parse(r.bands) as RatingBand[],
});

export function getIndicator(db: Db, id: string): AppraisalIndicator | null {
  const r = stmt(db, `${SELECT} WHERE i.id = ?`).get(id) as DbIndicator | undefined;
  return r ? toIndicator(r) : null;
}

/** By category (results, attitude, ability), then in the library's order. */
export function listIndicators(db: Db, includeInactive: boolean): AppraisalIndicator[] {
  return (
    stmt(
      db,
      `${SELECT} WHERE (@all = 1 OR i.active = 1)
       ORDER BY CASE i.category WHEN 'results' THEN 0 WHEN 'attitude' THEN 1 ELSE 2 END, i.sort_order`,
    ).all({ all: includeInactive ? 1 : 0 }) as DbIndicator[]
  ).map(toIndicator);
}

/** The indicators with these ids, by id. */
export function indicatorsByIds(db: Db, ids: readonly string[]): Map<string, AppraisalIndicator> {
  const rows = stmt(db, `${SELECT} WHERE i.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as DbIndicator[];
  return new Map(rows.map((r) => [r.id, toIndicator(r)]));
}

const params = (w: IndicatorWrite) => ({ ...w, bands: JSON.stringify(w.bands) });

export function insertIndicator(db: Db, id: string, w: IndicatorWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO appraisal_indicators (id, category, name_zh, name_en, description_zh, description_en, scoring,
       formula, cap, bands, source, unit, active, sort_order, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @category, @nameZh, @nameEn, @descriptionZh, @descriptionEn, @scoring, @formula, @cap, @bands,
       @source, @unit, 1, (SELECT coalesce(max(sort_order), 0) + 10 FROM appraisal_indicators),
       @at, @at, @by, @by)`,
  ).run({ ...params(w), id, at: s.at, by: s.by });
}

export function updateIndicator(db: Db, id: string, version: number, w: IndicatorWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE appraisal_indicators SET category = @category, name_zh = @nameZh, name_en = @nameEn,
         description_zh = @descriptionZh, description_en = @descriptionEn, scoring = @scoring,
         formula = @formula, cap = @cap, bands = @bands, source = @source, unit = @unit,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ ...params(w), id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function setIndicatorActive(db: Db, id: string, version: number, active: boolean, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE appraisal_indicators SET active = @active, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ id, version, active: active ? 1 : 0, at: s.at, by: s.by }).changes === 1
  );
}
