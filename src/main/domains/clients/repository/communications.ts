import type { CommunicationInput } from '../../../../shared/clients/channels';
import type { Communication } from '../../../../shared/clients/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';
import { withoutDeleted } from './rows';

export type CommunicationRow = Communication & { deletedAt: string | null };

const COMMUNICATION_SELECT = `
  SELECT m.id, m.client_id AS clientId, m.contact_id AS contactId, k.name AS contactName, m.at, m.channel,
         m.staff_id AS staffId, s.name AS staffName, m.content, m.next_action AS nextAction,
         m.next_action_date AS nextActionDate, m.next_action_done AS nextActionDone, m.version, m.deleted_at AS deletedAt
  FROM client_communications m
  LEFT JOIN client_contacts k ON k.id = m.contact_id
  LEFT JOIN staff s ON s.id = m.staff_id`;

type DbCommunication = Omit<CommunicationRow, 'nextActionDone'> & { nextActionDone: number };
const toCommunication = (r: DbCommunication): CommunicationRow => ({
  ...r,
  nextActionDone: r.nextActionDone === 1,
});
/** Newest first. */
export function listCommunications(db: Db, clientId: string, limit: number, offset: number): Communication[] {
  return (
    stmt(
      db,
      `${COMMUNICATION_SELECT} WHERE m.client_id = ? AND m.deleted_at IS NULL ORDER BY m.at DESC, m.id DESC LIMIT ? OFFSET ?`,
    ).all(clientId, limit, offset) as DbCommunication[]
  ).map((r) => withoutDeleted(toCommunication(r)));
}

export function countCommunications(db: Db, clientId: string): number {
  return (
    stmt(
      db,
      'SELECT count(*) AS n FROM client_communications WHERE client_id = ? AND deleted_at IS NULL',
    ).get(clientId) as { n: number }
  ).n;
}

export function getCommunication(db: Db, id: string): CommunicationRow | null {
  const r = stmt(db, `${COMMUNICATION_SELECT} WHERE m.id = ?`).get(id) as DbCommunication | undefined;
  return r ? toCommunication(r) : null;
}

export function insertCommunication(
  db: Db,
  id: string,
  clientId: string,
  staffId: string | null,
  w: CommunicationInput,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO client_communications (id, client_id, contact_id, at, channel, staff_id, content, next_action,
       next_action_date, next_action_done, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    clientId,
    w.contactId,
    w.at,
    w.channel,
    staffId,
    w.content,
    w.nextAction,
    w.nextActionDate,
    w.nextActionDone ? 1 : 0,
    s.at,
    s.at,
    s.by,
    s.by,
  );
}

export function updateCommunication(
  db: Db,
  id: string,
  version: number,
  w: CommunicationInput,
  s: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE client_communications SET contact_id = ?, at = ?, channel = ?, content = ?, next_action = ?,
         next_action_date = ?, next_action_done = ?, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(
      w.contactId,
      w.at,
      w.channel,
      w.content,
      w.nextAction,
      w.nextActionDate,
      w.nextActionDone ? 1 : 0,
      s.at,
      s.by,
      id,
      version,
    ).changes === 1
  );
}

export function completeCommunication(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_communications SET next_action_done = 1, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, id, version).changes === 1
  );
}

export function softDeleteCommunication(db: Db, id: string, version: number, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE client_communications SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    ).run(s.at, s.by, s.at, s.by, id, version).changes === 1
  );
}
