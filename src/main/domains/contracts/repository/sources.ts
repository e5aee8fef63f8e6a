import type { ContractSource } from '../../../../shared/contracts/types';
import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/*
 * What a contract is made from, read (only) from the pipeline's and the price system's tables. Winning the
 * opportunity on signing is the pipeline's own move (sales/workflow winBySignedContract).
 */

export interface OpportunitySourceRow {
  id: string;
  code: string;
  title: string;
  clientId: string;
  ownerId: string;
  groupId: string | null;
  stage: string;
  expectedAmountFen: number | null;
  version: number;
}

export interface QuoteSourceRow {
  id: string;
  code: string;
  clientId: string;
  opportunityId: string | null;
  ownerId: string;
  groupId: string | null;
  status: string;
  lines: string;
  totalFen: number;
  terms: string | null;
}

export function getOpportunity(db: Db, id: string): OpportunitySourceRow | null {
  return (
    (stmt(
      db,
      `SELECT id, code, title, client_id AS clientId, owner_id AS ownerId, group_id AS groupId, stage,
              expected_amount_fen AS expectedAmountFen, version
       FROM opportunities WHERE id = ? AND deleted_at IS NULL`,
    ).get(id) as OpportunitySourceRow | undefined) ?? null
  );
}

export function getQuote(db: Db, id: string): QuoteSourceRow | null {
  return (
    (stmt(
      db,
      `SELECT id, code, client_id AS clientId, opportunity_id AS opportunityId, owner_id AS ownerId,
              group_id AS groupId, status, lines, total_fen AS totalFen, terms
       FROM quotes WHERE id = ? AND deleted_at IS NULL`,
    ).get(id) as QuoteSourceRow | undefined) ?? null
  );
}

/**
 * Opportunities in negotiation or won and accepted quotes, in the caller's scope (`scope` over alias `x`),
 * with no live contract made from them yet; newest first.
 */
export function listSources(db: Db, scope: Clause, like: string | null, limit: number): ContractSource[] {
  // A quote has no title of its own: its code stands in for it.
  const search = (title: string) =>
    like
      ? `AND (lower(x.code) LIKE ? ESCAPE '\\' OR lower(${title}) LIKE ? ESCAPE '\\' OR lower(cl.name) LIKE ? ESCAPE '\\')`
      : '';
  const part = [...scope.params, ...(like ? [like, like, like] : [])];
  return stmt(
    db,
    `SELECT kind, id, code, title, clientId, clientName, amountFen FROM (
         SELECT 'opportunity' AS kind, x.id, x.code, x.title, x.client_id AS clientId, cl.name AS clientName,
                coalesce(x.expected_amount_fen, 0) AS amountFen, x.updated_at AS at
         FROM opportunities x JOIN clients cl ON cl.id = x.client_id
         WHERE x.deleted_at IS NULL AND x.stage IN ('negotiation', 'won') AND ${scope.sql} ${search('x.title')}
           AND NOT EXISTS (SELECT 1 FROM contracts c WHERE c.opportunity_id = x.id AND c.deleted_at IS NULL
                           AND c.status <> 'terminated')
         UNION ALL
         SELECT 'quote', x.id, x.code, x.code, x.client_id, cl.name, x.total_fen, x.updated_at
         FROM quotes x JOIN clients cl ON cl.id = x.client_id
         WHERE x.deleted_at IS NULL AND x.status = 'accepted' AND ${scope.sql} ${search('x.code')}
           AND NOT EXISTS (SELECT 1 FROM contracts c WHERE c.quote_id = x.id AND c.deleted_at IS NULL
                           AND c.status <> 'terminated')
       ) ORDER BY at DESC LIMIT ?`,
  ).all(...part, ...part, limit) as ContractSource[];
}
