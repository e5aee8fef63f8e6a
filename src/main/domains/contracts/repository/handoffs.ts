import type { ContractHandoff } from '../../../../shared/contracts/types';
import type { Stamp } from '../../../core/mutation';
import { stmt, type Db } from '../../../db/connection';

const FIELDS = `
  h.id, h.contract_id AS contractId, h.department, h.assignee_id AS assigneeId, s.name AS assigneeName,
  h.note, h.acknowledged_at AS acknowledgedAt, h.acknowledged_by AS acknowledgedBy, h.version`;
const FROM = 'FROM contract_handoffs h LEFT JOIN staff s ON s.id = h.assignee_id';
const SELECT = `SELECT ${FIELDS} ${FROM}`;

export function listHandoffs(db: Db, contractId: string): ContractHandoff[] {
  return stmt(db, `${SELECT} WHERE h.contract_id = ? ORDER BY h.created_at, h.id`).all(
    contractId,
  ) as ContractHandoff[];
}

export function getHandoff(db: Db, id: string): ContractHandoff | null {
  return (stmt(db, `${SELECT} WHERE h.id = ?`).get(id) as ContractHandoff | undefined) ?? null;
}

export function insertHandoff(
  db: Db,
  h: { id: string; contractId: string; department: string; assigneeId: string | null; note: string | null },
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO contract_handoffs (id, contract_id, department, assignee_id, note, created_at, updated_at,
       created_by, updated_by)
     VALUES (@id, @contractId, @department, @assigneeId, @note, @at, @at, @by, @by)`,
  ).run({ ...h, at: s.at, by: s.by });
}

export function acknowledge(db: Db, id: string, version: number, by: string, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE contract_handoffs SET acknowledged_at = @at, acknowledged_by = @ackBy, updated_at = @at,
         updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND acknowledged_at IS NULL`,
    ).run({ id, version, ackBy: by, at: s.at, by: s.by }).changes === 1
  );
}

export interface OpenHandoffRow extends ContractHandoff {
  contractCode: string;
  contractTitle: string;
  ownerId: string;
  signedOn: string;
}

/**
 * Hand-offs still waiting, of live contracts: those assigned to the person, and those without an assignee
 * on the contracts the person owns (the owner records the department's acknowledgement).
 */
export function openHandoffsFor(db: Db, staffId: string): OpenHandoffRow[] {
  return stmt(
    db,
    `SELECT ${FIELDS}, c.code AS contractCode, c.title AS contractTitle, c.owner_id AS ownerId,
            c.signed_on AS signedOn
     ${FROM} JOIN contracts c ON c.id = h.contract_id
     WHERE h.acknowledged_at IS NULL AND c.deleted_at IS NULL AND c.status <> 'terminated'
       AND (h.assignee_id = @staffId OR (h.assignee_id IS NULL AND c.owner_id = @staffId))
     ORDER BY c.signed_on, h.id`,
  ).all({ staffId }) as OpenHandoffRow[];
}
