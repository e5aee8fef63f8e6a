import type {
  ChecklistEntry,
  ContractLine,
  ContractStatus,
  ReviewOpinion,
} from '../../../../shared/contracts/types';
import type { Stamp } from '../../../core/mutation';
import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/** A contract as stored, with the names the screens show; JSON columns still as text. */
export interface ContractRow {
  id: string;
  code: string;
  title: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  opportunityId: string | null;
  opportunityCode: string | null;
  quoteId: string | null;
  quoteCode: string | null;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  groupName: string | null;
  status: ContractStatus;
  amountFen: number;
  costFen: number | null;
  lines: string;
  subject: string | null;
  deliveryTerms: string | null;
  paymentTerms: string | null;
  liabilityTerms: string | null;
  disputeTerms: string | null;
  checklist: string;
  reviews: string;
  createdAt: string;
  signedOn: string | null;
  completedOn: string | null;
  terminatedOn: string | null;
  terminatedReason: string | null;
  receivedFen: number;
  createdByName: string | null;
  approvedAt: string | null;
  approvedByName: string | null;
  updatedAt: string;
  version: number;
}

/** The particulars and terms a draft's form writes. */
export interface ContractWrite {
  title: string;
  amountFen: number;
  costFen: number | null;
  lines: ContractLine[];
  subject: string | null;
  deliveryTerms: string | null;
  paymentTerms: string | null;
  liabilityTerms: string | null;
  disputeTerms: string | null;
}

export const CONTRACT_FROM = `
  FROM contracts c
  JOIN clients cl ON cl.id = c.client_id
  JOIN staff os ON os.id = c.owner_id
  LEFT JOIN groups g ON g.id = c.group_id
  LEFT JOIN opportunities op ON op.id = c.opportunity_id
  LEFT JOIN quotes q ON q.id = c.quote_id
  LEFT JOIN users cu ON cu.id = c.created_by
  LEFT JOIN staff cs ON cs.id = cu.staff_id
  LEFT JOIN users au ON au.id = c.approved_by
  LEFT JOIN staff ast ON ast.id = au.staff_id`;

const SELECT = `
  SELECT c.id, c.code, c.title, c.client_id AS clientId, cl.code AS clientCode, cl.name AS clientName,
         c.opportunity_id AS opportunityId, op.code AS opportunityCode, c.quote_id AS quoteId, q.code AS quoteCode,
         c.owner_id AS ownerId, os.name AS ownerName, c.group_id AS groupId, g.name AS groupName, c.status,
         c.amount_fen AS amountFen, c.cost_fen AS costFen, c.lines, c.subject, c.delivery_terms AS deliveryTerms,
         c.payment_terms AS paymentTerms, c.liability_terms AS liabilityTerms, c.dispute_terms AS disputeTerms,
         c.checklist, c.reviews, c.created_at AS createdAt, c.signed_on AS signedOn,
         c.completed_on AS completedOn, c.terminated_on AS terminatedOn, c.terminated_reason AS terminatedReason,
         (SELECT coalesce(sum(m.received_fen), 0) FROM contract_milestones m
           WHERE m.contract_id = c.id AND m.deleted_at IS NULL) AS receivedFen,
         coalesce(cs.name, cu.username) AS createdByName, c.approved_at AS approvedAt,
         coalesce(ast.name, au.username) AS approvedByName, c.updated_at AS updatedAt, c.version
  ${CONTRACT_FROM}`;

export function getContract(db: Db, id: string): ContractRow | null {
  return (
    (stmt(db, `${SELECT} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id) as ContractRow | undefined) ?? null
  );
}

const ORDER: Record<string, string> = {
  updated: 'c.updated_at',
  code: 'c.code',
  amount: 'c.amount_fen',
  signedOn: 'c.signed_on',
};

/** One page of the list under `where` (scope and filters), in the order asked, and how many match in all. */
export function contractPage(
  db: Db,
  where: Clause,
  order: { sort: string; direction: 'asc' | 'desc' },
  limit: number,
  offset: number,
): { rows: ContractRow[]; total: number } {
  const dir = order.direction === 'asc' ? 'ASC' : 'DESC';
  const column = ORDER[order.sort] ?? ORDER.updated!;
  const rows = stmt(
    db,
    `${SELECT} WHERE c.deleted_at IS NULL AND ${where.sql}
       ORDER BY ${column} ${dir} NULLS LAST, c.id ${dir} LIMIT ? OFFSET ?`,
  ).all(...where.params, limit, offset) as ContractRow[];
  const { n } = stmt(
    db,
    `SELECT count(*) AS n ${CONTRACT_FROM} WHERE c.deleted_at IS NULL AND ${where.sql}`,
  ).get(...where.params) as { n: number };
  return { rows, total: n };
}

export function insertContract(
  db: Db,
  row: {
    id: string;
    code: string;
    clientId: string;
    opportunityId: string | null;
    quoteId: string | null;
    ownerId: string;
    groupId: string | null;
  },
  w: ContractWrite,
  s: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO contracts (id, code, title, client_id, opportunity_id, quote_id, owner_id, group_id, status,
       amount_fen, cost_fen, lines, subject, delivery_terms, payment_terms, liability_terms, dispute_terms,
       search_text, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @title, @clientId, @opportunityId, @quoteId, @ownerId, @groupId, 'draft', @amountFen,
       @costFen, @lines, @subject, @deliveryTerms, @paymentTerms, @liabilityTerms, @disputeTerms, @searchText,
       @at, @at, @by, @by)`,
  ).run({
    ...row,
    ...w,
    lines: JSON.stringify(w.lines),
    searchText: `${row.code} ${w.title}`.toLowerCase(),
    at: s.at,
    by: s.by,
  });
}

export function updateContract(db: Db, id: string, version: number, w: ContractWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE contracts SET title = @title, amount_fen = @amountFen, cost_fen = @costFen, lines = @lines,
         subject = @subject, delivery_terms = @deliveryTerms, payment_terms = @paymentTerms,
         liability_terms = @liabilityTerms, dispute_terms = @disputeTerms,
         search_text = code || ' ' || lower(@title), updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, lines: JSON.stringify(w.lines), id, version, at: s.at, by: s.by }).changes === 1
  );
}

/** What a workflow move writes besides the status. */
export interface StatusWrite {
  status: ContractStatus;
  checklist?: ChecklistEntry[];
  reviews?: ReviewOpinion[];
  approved?: boolean;
  signedOn?: string;
  completedOn?: string;
  terminated?: { on: string; reason: string };
}

export function updateStatus(db: Db, id: string, version: number, w: StatusWrite, s: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE contracts SET status = @status,
         checklist = coalesce(@checklist, checklist), reviews = coalesce(@reviews, reviews),
         approved_at = CASE WHEN @approved = 1 THEN @at WHEN @status IN ('draft', 'review') THEN NULL ELSE approved_at END,
         approved_by = CASE WHEN @approved = 1 THEN @by WHEN @status IN ('draft', 'review') THEN NULL ELSE approved_by END,
         signed_on = coalesce(@signedOn, signed_on), completed_on = coalesce(@completedOn, completed_on),
         terminated_on = coalesce(@terminatedOn, terminated_on),
         terminated_reason = coalesce(@terminatedReason, terminated_reason),
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({
      id,
      version,
      status: w.status,
      checklist: w.checklist ? JSON.stringify(w.checklist) : null,
      reviews: w.reviews ? JSON.stringify(w.reviews) : null,
      approved: w.approved ? 1 : 0,
      signedOn: w.signedOn ?? null,
      completedOn: w.completedOn ?? null,
      terminatedOn: w.terminated?.on ?? null,
      terminatedReason: w.terminated?.reason ?? null,
      at: s.at,
      by: s.by,
    }).changes === 1
  );
}

/** A change inside the contract (a milestone, a hand-off, a file) marks it as updated (its version stays: a form open on it is not made stale). */
export function touchContract(db: Db, id: string, s: Stamp): void {
  stmt(db, 'UPDATE contracts SET updated_at = ?, updated_by = ? WHERE id = ?').run(s.at, s.by, id);
}

/** Live contracts made from this opportunity or quote (one source, one contract). */
export function contractFromSource(db: Db, kind: 'opportunity' | 'quote', sourceId: string): string | null {
  const column = kind === 'opportunity' ? 'opportunity_id' : 'quote_id';
  return (
    (stmt(
      db,
      `SELECT code FROM contracts WHERE ${column} = ? AND deleted_at IS NULL AND status <> 'terminated' LIMIT 1`,
    )
      .pluck()
      .get(sourceId) as string | undefined) ?? null
  );
}

/** Whether the person owns one of the contract's milestones or is the assignee of one of its hand-offs. */
export function involves(db: Db, contractId: string, staffId: string): boolean {
  return (
    stmt(
      db,
      `SELECT EXISTS (SELECT 1 FROM contract_milestones WHERE contract_id = @contractId AND owner_id = @staffId
                        AND deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM contract_handoffs WHERE contract_id = @contractId AND assignee_id = @staffId)`,
    )
      .pluck()
      .get({ contractId, staffId }) === 1
  );
}
