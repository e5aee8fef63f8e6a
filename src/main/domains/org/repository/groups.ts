import type { Group } from '../../../../shared/org/types';
import type { GroupInput } from '../../../../shared/org/channels';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

/** A group as stored: the form's fields and whether it is active. */
export type GroupWrite = GroupInput & { active: boolean };

const GROUP_SELECT = `
  SELECT g.id, g.name, g.name_en AS nameEn, g.builtin, g.lead_staff_id AS leadStaffId, l.name AS leadName,
         g.active, g.sort_order AS sortOrder, g.version,
         (SELECT count(*) FROM staff s WHERE s.group_id = g.id AND s.status != 'left') AS activeStaffCount
  FROM groups g LEFT JOIN staff l ON l.id = g.lead_staff_id`;

type GroupRow = Omit<Group, 'active'> & { active: number };
const toGroup = (r: GroupRow): Group => ({ ...r, active: r.active === 1 });

export function listGroups(db: Db, includeInactive: boolean): Group[] {
  const rows = stmt(
    db,
    `${GROUP_SELECT} ${includeInactive ? '' : 'WHERE g.active = 1'} ORDER BY g.sort_order, g.name`,
  ).all() as GroupRow[];
  return rows.map(toGroup);
}

export function getGroup(db: Db, id: string): Group | null {
  const r = stmt(db, `${GROUP_SELECT} WHERE g.id = ?`).get(id) as GroupRow | undefined;
  return r ? toGroup(r) : null;
}

export function groupNameTaken(db: Db, name: string, exceptId: string | null): boolean {
  return !!stmt(db, 'SELECT 1 FROM groups WHERE name = ? AND id IS NOT ?').get(name, exceptId);
}

export function insertGroup(db: Db, id: string, g: GroupWrite, builtin: string | null, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO groups (id, name, name_en, builtin, lead_staff_id, active, sort_order, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, g.name, g.nameEn, builtin, g.leadStaffId, g.active ? 1 : 0, g.sortOrder, s.at, s.at, s.by, s.by);
}

export function updateGroup(db: Db, id: string, version: number, g: GroupWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE groups SET name = ?, name_en = ?, lead_staff_id = ?, active = ?, sort_order = ?, updated_at = ?, updated_by = ?,
       version = version + 1 WHERE id = ? AND version = ?`,
    ).run(g.name, g.nameEn, g.leadStaffId, g.active ? 1 : 0, g.sortOrder, s.at, s.by, id, version).changes ===
    1
  );
}

export function groupExists(db: Db, id: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM groups WHERE id = ?').get(id);
}

/** Whether the rulebook group with this key exists (setup creates each once). */
export function builtinGroupExists(db: Db, key: string): boolean {
  return !!stmt(db, 'SELECT 1 FROM groups WHERE builtin = ?').get(key);
}
