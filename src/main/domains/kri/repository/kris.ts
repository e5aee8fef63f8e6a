import type { KriFilter } from '../../../../shared/kri/channels';
import type { KriDirection, KriFrequency, KriSource } from '../../../../shared/kri/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** Named-parameter SQL: user values only ever reach SQL in `params`. */
export interface NamedClause {
  sql: string;
  params: Record<string, unknown>;
}

/** An indicator as stored, with its owner's name, its risk's code, title and owner, and its newest reading. */
export interface KriRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  unit: string | null;
  direction: KriDirection;
  warningThreshold: number;
  alarmThreshold: number;
  riskId: string | null;
  riskCode: string | null;
  riskTitle: string | null;
  riskOwnerId: string | null;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  frequency: KriFrequency;
  source: KriSource;
  active: boolean;
  /** The newest reading typed in, if any. */
  latestReading: { id: string; periodOn: string; value: number; note: string | null; version: number } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What create and update write: the form's fields, with the group their owner is in. */
export interface KriWrite {
  name: string;
  description: string | null;
  unit: string | null;
  direction: KriDirection;
  warningThreshold: number;
  alarmThreshold: number;
  riskId: string | null;
  ownerId: string;
  groupId: string | null;
  frequency: KriFrequency;
  source: KriSource;
  active: boolean;
  searchText: string;
}

// The linked risk's code, title and owner are read from the register, read-only: an indicator shows which
// risk it watches, and the risk's owner sees the indicator.
const KRI_SELECT = `
  SELECT k.id, k.code, k.name, k.description, k.unit, k.direction, k.warning_threshold AS warningThreshold,
         k.alarm_threshold AS alarmThreshold, k.risk_id AS riskId, r.code AS riskCode, r.title AS riskTitle,
         r.owner_id AS riskOwnerId, k.owner_id AS ownerId, s.name AS ownerName, k.group_id AS groupId,
         k.frequency, k.source, k.active, k.created_at AS createdAt, k.updated_at AS updatedAt, k.version,
         (SELECT json_object('id', x.id, 'periodOn', x.period_on, 'value', x.value, 'note', x.note,
                             'version', x.version)
            FROM kri_readings x WHERE x.kri_id = k.id AND x.deleted_at IS NULL
            ORDER BY x.period_on DESC LIMIT 1) AS latestReading
  FROM kris k
  JOIN staff s ON s.id = k.owner_id
  LEFT JOIN risks r ON r.id = k.risk_id AND r.deleted_at IS NULL`;

type DbKri = Omit<KriRow, 'active' | 'latestReading'> & { active: number; latestReading: string | null };
const toRow = (r: DbKri): KriRow => ({
  ...r,
  active: r.active === 1,
  latestReading: r.latestReading === null ? null : (JSON.parse(r.latestReading) as KriRow['latestReading']),
});

export function getKri(db: Db, id: string): KriRow | null {
  const r = stmt(db, `${KRI_SELECT} WHERE k.id = ? AND k.deleted_at IS NULL`).get(id) as DbKri | undefined;
  return r ? toRow(r) : null;
}

/** An indicator deleted or not, with when it was deleted (a write with a stale version is a CONFLICT). */
export function getKriWithDeleted(db: Db, id: string): (KriRow & { deletedAt: string | null }) | null {
  const r = stmt(
    db,
    `${KRI_SELECT.replace('SELECT k.id,', 'SELECT k.deleted_at AS deletedAt, k.id,')} WHERE k.id = ?`,
  ).get(id) as (DbKri & { deletedAt: string | null }) | undefined;
  return r ? { ...toRow(r), deletedAt: r.deletedAt } : null;
}

/** The filter's parts that are the row's own columns (states are computed on read). */
function filterWhere(f: Omit<KriFilter, 'states'>): NamedClause {
  const parts = ['k.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (!f.includeInactive) parts.push('k.active = 1');
  if (f.sources.length) {
    parts.push('k.source IN (SELECT value FROM json_each(@sources))');
    params.sources = JSON.stringify(f.sources);
  }
  if (f.ownerId) {
    parts.push('k.owner_id = @ownerId');
    params.ownerId = f.ownerId;
  }
  if (f.riskId) {
    parts.push('k.risk_id = @riskId');
    params.riskId = f.riskId;
  }
  if (f.search) {
    // instr, not LIKE: the user's text is matched literally, '%' and '_' included, at any length.
    parts.push('instr(k.search_text, @search) > 0');
    params.search = f.search.toLowerCase();
  }
  return { sql: parts.join(' AND '), params };
}

/** The indicators the scope lets the user see that match the filter, by code (the service orders them). */
export function listKris(db: Db, f: Omit<KriFilter, 'states'>, scope: NamedClause): KriRow[] {
  const where = filterWhere(f);
  return (
    stmt(db, `${KRI_SELECT} WHERE ${where.sql} AND ${scope.sql} ORDER BY k.code`).all({
      ...where.params,
      ...scope.params,
    }) as DbKri[]
  ).map(toRow);
}

/** Active indicators someone answers for: linked to a risk this person owns, or without a risk and theirs. */
export function krisAnsweredFor(db: Db, staffId: string): KriRow[] {
  return (
    stmt(
      db,
      `${KRI_SELECT}
       WHERE k.deleted_at IS NULL AND k.active = 1
         AND (r.owner_id = @staffId OR (r.id IS NULL AND k.owner_id = @staffId))
       ORDER BY k.code`,
    ).all({ staffId }) as DbKri[]
  ).map(toRow);
}

const writeParams = (w: KriWrite) => ({ ...w, active: w.active ? 1 : 0 });

export function insertKri(db: Db, id: string, code: string, w: KriWrite, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO kris (id, code, name, description, unit, direction, warning_threshold, alarm_threshold, risk_id,
       owner_id, group_id, frequency, source, active, search_text, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @name, @description, @unit, @direction, @warningThreshold, @alarmThreshold, @riskId,
       @ownerId, @groupId, @frequency, @source, @active, @searchText, @at, @at, @by, @by)`,
  ).run({ ...writeParams(w), id, code, at: s.at, by: s.by });
}

export function updateKri(db: Db, id: string, version: number, w: KriWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE kris SET name = @name, description = @description, unit = @unit, direction = @direction,
         warning_threshold = @warningThreshold, alarm_threshold = @alarmThreshold, risk_id = @riskId,
         owner_id = @ownerId, group_id = @groupId, frequency = @frequency, source = @source, active = @active,
         search_text = @searchText, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...writeParams(w), id, version, at: s.at, by: s.by }).changes === 1
  );
}

export function deleteKri(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE kris SET deleted_at = @at, deleted_by = @by, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ id, version, at: s.at, by: s.by }).changes === 1
  );
}
