import type {
  FindingFilter,
  FindingInput,
  FindingListInput,
  FindingOrder,
} from '../../../shared/control/channels';
import {
  AUDIT_RECORDING_STATUSES,
  type ControlFinding,
  type FindingPage,
} from '../../../shared/control/types';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { findingCode } from './codes';
import { checkRiskLink, withRisks } from './relatedRisks';
import { auditForWrite, getAudit } from './repository/audits';
import * as findings from './repository/findings';
import type { FindingRow } from './repository/findings';
import { auditsThis, scopeOf } from './visibility';

export function listFindings(ctx: UserCtx, input: FindingListInput): FindingPage {
  const page = findings.listFindings(
    ctx.db,
    scopeOf(ctx.user),
    input,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return { items: withRisks(ctx, page.rows), total: page.total };
}

export function findingsForExport(
  ctx: UserCtx,
  input: FindingFilter & FindingOrder,
  max: number,
): ControlFinding[] {
  return withRisks(ctx, findings.listFindings(ctx.db, scopeOf(ctx.user), input, max, 0).rows);
}

const auditView = (f: FindingRow) => ({
  auditId: f.auditId,
  code: f.code,
  severity: f.severity,
  title: f.title,
  description: f.description,
  riskId: f.riskId,
  process: f.process,
});

const searchTextOf = (code: string, input: FindingInput) =>
  [code, input.title, input.description ?? '', input.process ?? ''].join(' ').toLowerCase();

/**
 * The audit a finding is recorded on, checked for the one recording: the audit is visible to them, they
 * audit it (or run audits), and it is under way or reported.
 */
export function recordingAudit(m: Mutation<UserCtx>, auditId: string) {
  if (!getAudit(m.db, auditId, scopeOf(m.user))) throw notFound('controlAudit');
  const audit = auditForWrite(m.db, auditId)!;
  if (!auditsThis(m, m.user, auditId)) throw fieldRefusal('FORBIDDEN', 'auditId', 'validation.onlyAuditors');
  if (!AUDIT_RECORDING_STATUSES.includes(audit.status))
    throw new AppError(
      'INVALID_STATE',
      `findings are recorded while an audit is under way, not ${audit.status}`,
    );
  return audit;
}

export function addFinding(ctx: UserCtx, auditId: string, input: FindingInput): ControlFinding {
  return mutate(ctx, (m) => {
    const audit = recordingAudit(m, auditId);
    checkRiskLink(m, input.riskId, null);
    const id = newId();
    const code = findingCode(audit.code, audit.findingsTotal + 1);
    findings.insertFinding(
      m.db,
      id,
      auditId,
      code,
      { ...input, searchText: searchTextOf(code, input) },
      m.stamp,
    );
    const created = findings.findingForWrite(m.db, id)!;
    m.audit({
      entity: 'controlFinding',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(created)),
    });
    return withRisks(m, [created])[0]!;
  });
}

export function updateFinding(
  ctx: UserCtx,
  id: string,
  version: number,
  input: FindingInput,
): ControlFinding {
  return mutate(ctx, (m) => {
    const before = findings.getFinding(m.db, id, scopeOf(m.user));
    if (!before) throw notFound('controlFinding');
    if (before.version !== version) throw conflict('controlFinding');
    recordingAudit(m, before.auditId);
    checkRiskLink(m, input.riskId, before.riskId);
    m.versioned(
      'controlFinding',
      findings.updateFinding(
        m.db,
        id,
        version,
        { ...input, searchText: searchTextOf(before.code, input) },
        m.stamp,
      ),
    );
    const after = findings.findingForWrite(m.db, id)!;
    m.audit({
      entity: 'controlFinding',
      entityId: id,
      action: 'update',
      changes: diffRecords(auditView(before), auditView(after)),
    });
    return withRisks(m, [after])[0]!;
  });
}
