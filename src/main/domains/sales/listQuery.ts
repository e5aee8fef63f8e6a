import type { OpportunityFilter } from '../../../shared/sales/channels';
import type { OpportunitySortField } from '../../../shared/sales/types';
import type { Clause } from '../../db/clause';

/*
 * The opportunity list's query, assembled in one place — the viewer's scope, the filters, the search and the
 * order — for the repository to run. Every value is a bound parameter. The scope and the stage choose an
 * index of migration 0023 (owner/group/stage with the expected close); the search's condition comes from
 * repository/search.ts (the trigram index, one or two characters matching anywhere in the code, title or client).
 */

export function allOf(clauses: readonly (Clause | null)[]): Clause {
  const set = clauses.filter((c): c is Clause => c !== null);
  if (set.length === 0) return { sql: '1', params: [] };
  return { sql: set.map((c) => c.sql).join(' AND '), params: set.flatMap((c) => c.params) };
}

const LIVE: Clause = { sql: 'o.deleted_at IS NULL', params: [] };

/** The list's conditions for this viewer and filter, at `today`. */
export function opportunityWhere(
  scope: Clause,
  f: OpportunityFilter,
  today: string,
  search: Clause | null,
): Clause {
  const parts: (Clause | null)[] = [LIVE, scope];
  const stages = [...new Set(f.stages)];
  if (stages.length) parts.push({ sql: `o.stage IN (${stages.map(() => '?').join(', ')})`, params: stages });
  if (f.ownerId) parts.push({ sql: 'o.owner_id = ?', params: [f.ownerId] });
  if (f.clientId) parts.push({ sql: 'o.client_id = ?', params: [f.clientId] });
  if (f.sourceActivityId) parts.push({ sql: 'o.source_activity_id = ?', params: [f.sourceActivityId] });
  if (f.closeFrom) parts.push({ sql: 'o.expected_close_on >= ?', params: [f.closeFrom] });
  if (f.closeTo) parts.push({ sql: 'o.expected_close_on <= ?', params: [f.closeTo] });
  if (f.overdue) parts.push(overdueClause(today));
  parts.push(search);
  return allOf(parts);
}

/** Open ones whose next step or expected close date has passed. */
export const overdueClause = (today: string): Clause => ({
  sql: `o.stage NOT IN ('won', 'lost') AND (o.next_step_on < ? OR o.expected_close_on < ?)`,
  params: [today, today],
});

const COLUMN: Record<OpportunitySortField, string> = {
  code: 'o.code',
  title: 'o.title',
  stage: `instr('lead,screened,keyTarget,needsConfirmed,proposal,visit,negotiation,won,lost', o.stage)`,
  expectedAmountFen: 'o.expected_amount_fen',
  expectedCloseOn: 'o.expected_close_on',
  updatedAt: 'o.updated_at',
};

/** Columns that are never empty: ordered without the empty-last term, so an index of migration 0023 serves the order. */
const NEVER_EMPTY: ReadonlySet<OpportunitySortField> = new Set(['code', 'title', 'stage', 'updatedAt']);

/** The order: the field (empty values last), then the code so paging is stable. */
export function opportunityOrder(sortBy: OpportunitySortField, dir: 'asc' | 'desc'): string {
  const d = dir === 'asc' ? 'ASC' : 'DESC';
  const col = COLUMN[sortBy];
  if (sortBy === 'code') return `o.code ${d}`;
  return NEVER_EMPTY.has(sortBy) ? `${col} ${d}, o.code ${d}` : `${col} IS NULL, ${col} ${d}, o.code ${d}`;
}
