import type { QuoteLine, QuoteStatus } from '../../../../shared/pricing/types';
import type { Stamp } from '../../../core/mutation';
import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/** A quote as stored (floors in its lines included), with the names the screens show and its decision. */
export interface QuoteRow {
  id: string;
  code: string;
  clientId: string;
  clientName: string;
  clientCode: string;
  opportunityId: string | null;
  opportunityCode: string | null;
  opportunityTitle: string | null;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  status: QuoteStatus;
  quotedOn: string;
  validUntil: string;
  lines: QuoteLine[];
  totalFen: number;
  terms: string | null;
  approvalId: string | null;
  floorReason: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  createdAt: string;
  version: number;
}

/** What creating or editing a quote writes. */
export interface QuoteWrite {
  clientId: string;
  opportunityId: string | null;
  quotedOn: string;
  validUntil: string;
  lines: QuoteLine[];
  totalFen: number;
  terms: string | null;
}

/*
 * `q` the quote; its client and opportunity for their names (read-only), the owner and group, and the
 * approval that decides its lines below floor. The decision is shown only once taken.
 */
const FROM = `
  FROM quotes q
  JOIN clients c ON c.id = q.client_id
  LEFT JOIN opportunities o ON o.id = q.opportunity_id
  JOIN staff s ON s.id = q.owner_id
  LEFT JOIN groups g ON g.id = q.group_id
  LEFT JOIN approvals a ON a.id = q.approval_id
  LEFT JOIN users du ON du.id = a.decided_by
  LEFT JOIN staff ds ON ds.id = du.staff_id`;

const SELECT = `
  SELECT q.id, q.code, q.client_id AS clientId, c.name AS clientName, c.code AS clientCode,
         q.opportunity_id AS opportunityId, o.code AS opportunityCode, o.title AS opportunityTitle,
         q.owner_id AS ownerId, s.name AS ownerName, q.group_id AS groupId, g.name AS groupName,
         g.name_en AS groupNameEn, q.status, q.quoted_on AS quotedOn, q.valid_until AS validUntil, q.lines,
         q.total_fen AS totalFen, q.terms, q.approval_id AS approvalId, q.floor_reason AS floorReason,
         CASE WHEN a.status IN ('approved', 'refused') THEN COALESCE(ds.name, du.username) END AS decidedByName,
         CASE WHEN a.status IN ('approved', 'refused') THEN a.decided_at END AS decidedAt,
         CASE WHEN a.status IN ('approved', 'refused') THEN a.comment END AS decisionComment,
         q.created_at AS createdAt, q.version
  ${FROM}`;

type Raw = Omit<QuoteRow, 'lines'> & { lines: string };
const toRow = (r: Raw): QuoteRow => ({ ...r, lines: JSON.parse(r.lines) as QuoteLine[] });

/** The list's orders; the code breaks ties so paging is stable. */
export const QUOTE_ORDER = {
  quotedOn: 'q.quoted_on',
  code: 'q.code',
  totalFen: 'q.total_fen',
  validUntil: 'q.valid_until',
} as const;

export function getQuoteRow(db: Db, id: string): QuoteRow | null {
  const r = stmt(db, `${SELECT} WHERE q.id = ? AND q.deleted_at IS NULL`).get(id) as Raw | undefined;
  return r ? toRow(r) : null;
}

export function insertQuote(
  db: Db,
  id: string,
  code: string,
  owner: { ownerId: string; groupId: string | null },
  w: QuoteWrite,
  stamp: Stamp,
): void {
  stmt(
    db,
    `INSERT INTO quotes (id, code, client_id, opportunity_id, owner_id, group_id, status, quoted_on, valid_until,
       lines, total_fen, terms, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @clientId, @opportunityId, @ownerId, @groupId, 'draft', @quotedOn, @validUntil,
       @lines, @totalFen, @terms, @at, @at, @by, @by)`,
  ).run({ ...w, ...owner, lines: JSON.stringify(w.lines), id, code, at: stamp.at, by: stamp.by });
}

/** Writes the quote's fields and status at the version read; false when that version is gone. */
export function updateQuote(
  db: Db,
  id: string,
  version: number,
  w: QuoteWrite & { status: QuoteStatus; approvalId: string | null; floorReason: string | null },
  stamp: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE quotes SET client_id = @clientId, opportunity_id = @opportunityId, quoted_on = @quotedOn,
         valid_until = @validUntil, lines = @lines, total_fen = @totalFen, terms = @terms, status = @status,
         approval_id = @approvalId, floor_reason = @floorReason, updated_at = @at, updated_by = @by,
         version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...w, lines: JSON.stringify(w.lines), id, version, at: stamp.at, by: stamp.by }).changes === 1
  );
}

/** Moves the quote to `status` at the version read, with the request and reason it now waits on. */
export function setQuoteStatus(
  db: Db,
  id: string,
  version: number,
  s: { status: QuoteStatus; approvalId: string | null; floorReason: string | null },
  stamp: Stamp,
): boolean {
  return (
    stmt(
      db,
      `UPDATE quotes SET status = @status, approval_id = @approvalId, floor_reason = @floorReason,
         updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ).run({ ...s, id, version, at: stamp.at, by: stamp.by }).changes === 1
  );
}

/** A page of quotes matching `where` (over the joined row), in the order asked. */
export function quotePage(
  db: Db,
  where: Clause,
  order: { sort: keyof typeof QUOTE_ORDER; order: 'asc' | 'desc' },
  limit: number,
  offset: number,
): { rows: QuoteRow[]; total: number } {
  const rows = quoteRows(db, where, order, limit, offset);
  const { total } = stmt(db, `SELECT count(*) AS total ${FROM} WHERE ${where.sql}`).get(...where.params) as {
    total: number;
  };
  return { rows, total };
}

/** Quotes matching `where`, in the order asked (the export takes them all up to `limit`). */
export function quoteRows(
  db: Db,
  where: Clause,
  order: { sort: keyof typeof QUOTE_ORDER; order: 'asc' | 'desc' },
  limit: number,
  offset = 0,
): QuoteRow[] {
  const dir = order.order === 'asc' ? 'ASC' : 'DESC';
  const sql = `${SELECT} WHERE ${where.sql} ORDER BY ${QUOTE_ORDER[order.sort]} ${dir}, q.code ${dir} LIMIT ? OFFSET ?`;
  return (stmt(db, sql).all(...where.params, limit, offset) as Raw[]).map(toRow);
}
