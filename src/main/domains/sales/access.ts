import { AppError } from '../../../shared/contract/errors';
import { missingForMove, type MissingRecord } from '../../../shared/sales/rules';
import type { UserCtx } from '../../core/context';
import { diffRecords } from '../../core/auditDiff';
import type { Mutation } from '../../core/mutation';
import { conflict, notFound } from '../../core/refusals';
import type { AuditChange } from '../../../shared/audit/types';
import {
  getOpportunityRow,
  updateOpportunity,
  type OpportunityRow,
  type OpportunityWrite,
} from './repository/opportunities';
import { opportunityAuditView, opportunitySearchText, type SalesBook } from './opportunityView';
import { maySee } from './visibility';

/*
 * What every opportunity service shares: which ones the caller may see and change, the refusal naming the
 * records a stage still lacks, and what every write does (search text, version, audit row).
 */

/** A live opportunity the caller may see; missing and out of sight answer the same NOT_FOUND. */
export function visibleOpportunity(ctx: UserCtx, id: string): OpportunityRow {
  const row = getOpportunityRow(ctx.db, id);
  if (!row || !maySee(ctx.user, row)) throw notFound('opportunity');
  return row;
}

/** One the caller is about to change: visible and at the version they read (else CONFLICT). */
export function opportunityToChange(ctx: UserCtx, id: string, version: number): OpportunityRow {
  const row = visibleOpportunity(ctx, id);
  if (row.version !== version) throw conflict('opportunity');
  return row;
}

/** The refusal of records a stage needs: every missing field under its own name, nothing changed. */
export function missingRecords(missing: readonly MissingRecord[]): AppError {
  return new AppError('VALIDATION', `missing stage records: ${missing.map((m) => m.field).join(', ')}`, {
    fields: Object.fromEntries(missing.map((m) => [m.field, { key: `validation.${m.key}` }])),
  });
}

export const stageRulesOf = (book: SalesBook) => ({
  scorecard: book.settings.salesScorecard,
  keyTargetMinScore: book.settings.salesKeyTargetMinScore,
});

/** Refuses records that the stages up to `w.stage` need and that this write takes away (`changed` fields only). */
export function checkRecordsKept(book: SalesBook, w: OpportunityWrite, changed: ReadonlySet<string>): void {
  if (w.stage === 'lost') return;
  const missing = missingForMove(
    'lead',
    w.stage,
    { ...w, screening: JSON.parse(w.screening) as never },
    stageRulesOf(book),
  ).filter((m) => changed.has(m.field));
  if (missing.length) throw missingRecords(missing);
}

/** Writes the opportunity at the version read, with its search text and the audit row; the row as it now stands. */
export function writeOpportunity(
  m: Mutation<UserCtx>,
  row: OpportunityRow,
  after: OpportunityWrite,
  audit: { action: string; extra?: AuditChange[]; client?: { code: string; name: string } },
): OpportunityRow {
  const client = audit.client ?? { code: row.clientCode, name: row.clientName };
  m.versioned(
    'opportunity',
    updateOpportunity(
      m.db,
      row.id,
      row.version,
      {
        ...after,
        searchText: opportunitySearchText({
          code: row.code,
          title: after.title,
          clientCode: client.code,
          clientName: client.name,
          nextStep: after.nextStep,
        }),
      },
      m.stamp,
    ),
  );
  const now = getOpportunityRow(m.db, row.id)!;
  m.audit({
    entity: 'opportunity',
    entityId: row.id,
    action: audit.action,
    changes: [...diffRecords(opportunityAuditView(row), opportunityAuditView(now)), ...(audit.extra ?? [])],
  });
  return now;
}
