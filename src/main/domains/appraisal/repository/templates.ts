import type { CategoryWeights } from '../../../../shared/appraisal/templates';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

export interface StoredItem {
  indicatorId: string;
  weight: number;
}

/** A template as stored, with its group's names; its items as written (ids and weights). */
export interface TemplateRow {
  id: string;
  nameZh: string;
  nameEn: string | null;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  position: string | null;
  categoryWeights: CategoryWeights;
  items: StoredItem[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TemplateWrite {
  nameZh: string;
  nameEn: string | null;
  groupId: string | null;
  position: string | null;
  categoryWeights: CategoryWeights;
  items: StoredItem[];
}

const SELECT = `
  SELECT t.id, t.name_zh AS nameZh, t.name_en AS nameEn, t.group_id AS groupId, g.name AS groupName,
         g.name_en AS groupNameEn, t.position, t.results_weight AS results, t.attitude_weight AS attitude,
         t.ability_weight AS ability, t.items, t.active, t.created_at AS createdAt, t.updated_at AS updatedAt,
         t.version
  FROM appraisal_templates t
  LEFT JOIN groups g ON g.id = t.group_id`;

type DbTemplate = Omit<TemplateRow, 'active' | 'items' | 'categoryWeights'> & {
  active: number;
  items: string;
  results: number;
  attitude: number;
  ability: number;
};
const toRow = ({ results, attitude, ability, ...r }: DbTemplate): TemplateRow => ({
  ...r,
  categoryWeights: { results, attitude, ability },
  items: JSON.parse(r.items) as StoredItem[],
  active: r.active === 1,
});

export function getTemplate(db: Db, id: string): TemplateRow | null {
  const r = stmt(db, `${SELECT} WHERE t.id = ?`).get(id) as DbTemplate | undefined;
  return r ? toRow(r) : null;
}

/** Active first; groups in their menu order, then positions by name. */
export function listTemplates(db: Db, includeInactive: boolean): TemplateRow[] {
  return (
    stmt(
      db,
      `${SELECT} WHERE (@all = 1 OR t.active = 1)
       ORDER BY t.active DESC, g.sort_order IS NULL, g.sort_order, t.position, t.name_zh`,
    ).all({ all: includeInactive ? 1 : 0 }) as DbTemplate[]
  ).map(toRow);
}

/** The active template for this group or position other than `exceptId`, if there is one. */
export function activeTemplateFor(
  db: Db,
  target: { groupId: string | null; position: string | null },
  exceptId: string | null,
): string | null {
  const r = stmt(
    db,
    `SELECT id FROM appraisal_templates
     WHERE active = 1 AND id IS NOT @exceptId
       AND ((@groupId IS NOT NULL AND group_id = @groupId) OR (@position IS NOT NULL AND position = @position))`,
  ).get({ ...target, exceptId }) as { id: string } | undefined;
  return r?.id ?? null;
}

export function groupHasTemplate(db: Db, groupId: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM appraisal_templates WHERE group_id = ?').get(groupId);
}

const params = ({ categoryWeights, items, ...w }: TemplateWrite) => ({
  ...w,
  ...categoryWeights,
  items: JSON.stringify(items),
});

export function insertTemplate(db: Db, id: string, w: TemplateWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO appraisal_templates (id, name_zh, name_en, group_id, position, results_weight, attitude_weight,
       ability_weight, items, active, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @nameZh, @nameEn, @groupId, @position, @results, @attitude, @ability, @items, 1, @at, @at,
       @by, @by)`,
  ).run({ ...params(w), id, at: s.at, by: s.by });
}

export function updateTemplate(db: Db, id: string, version: number, w: TemplateWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE appraisal_templates SET name_zh = @nameZh, name_en = @nameEn, group_id = @groupId,
         position = @position, results_weight = @results, attitude_weight = @attitude,
         ability_weight = @ability, items = @items, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ ...params(w), id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function setTemplateActive(db: Db, id: string, version: number, active: boolean, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE appraisal_templates SET active = @active, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ id, version, active: active ? 1 : 0, at: s.at, by: s.by }).changes === 1
  );
}
