import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { AuditFilter, AuditInput, AuditListInput, AuditOrder } from '../../../shared/control/channels';
import {
  AUDIT_MOVES,
  AUDIT_RECORDING_STATUSES,
  RECTIFICATION_WORKING,
  type AuditDetail,
  type AuditPage,
  type AuditStatus,
  type ControlAudit,
  type FindingDetail,
  type Rectification,
  type RectificationDetail,
} from '../../../shared/control/types';
import { AppError } from '../../../shared/contract/errors';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx, UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { nextAuditCode } from './codes';
import { withRisks } from './relatedRisks';
import * as audits from './repository/audits';
import type { AuditRow } from './repository/audits';
import { evidenceOf } from './repository/evidence';
import { findingsOfAudit } from './repository/findings';
import { rectificationsOfAudit, stepsOf, type RectificationRow } from './repository/rectifications';
import { staffAtWork } from './staffChecks';
import { auditsThis, runsAudits, scopeOf, worksOn } from './visibility';

export const todayOf = (ctx: Ctx): string => chinaDateOf(ctx.clock.now().getTime());

export const toRectification = (r: RectificationRow, today: string): Rectification => ({
  ...r,
  overdue: r.status !== 'verified' && r.dueOn < today,
});

function withAuditors(ctx: Ctx, rows: readonly AuditRow[]): ControlAudit[] {
  const auditors = audits.auditorsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, auditors: auditors.get(r.id) ?? [] }));
}

export function listAudits(ctx: UserCtx, input: AuditListInput): AuditPage {
  const page = audits.listAudits(
    ctx.db,
    scopeOf(ctx.user),
    input,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return { items: withAuditors(ctx, page.rows), total: page.total };
}

/** Every audit of the list with these filters (up to `max`), for the export. */
export function auditsForExport(ctx: UserCtx, input: AuditFilter & AuditOrder, max: number): ControlAudit[] {
  return withAuditors(ctx, audits.listAudits(ctx.db, scopeOf(ctx.user), input, max, 0).rows);
}

/** The audit the user may see, or NOT_FOUND. */
export function visibleAudit(ctx: UserCtx, id: string): ControlAudit {
  const row = audits.getAudit(ctx.db, id, scopeOf(ctx.user));
  if (!row) throw notFound('controlAudit');
  return withAuditors(ctx, [row])[0]!;
}

/** The whole audit as the user may see it, with what they may do now. */
export function getAudit(ctx: UserCtx, id: string): AuditDetail {
  const audit = visibleAudit(ctx, id);
  const scope = scopeOf(ctx.user);
  const today = todayOf(ctx);
  const auditing = auditsThis(ctx, ctx.user, id);
  const recording = AUDIT_RECORDING_STATUSES.includes(audit.status);
  const rects = rectificationsOfAudit(ctx.db, id, scope);
  const ids = rects.map((r) => r.id);
  const evidence = evidenceOf(ctx.db, ids);
  const steps = stepsOf(ctx.db, ids);
  const details: RectificationDetail[] = rects.map((r) => ({
    ...toRectification(r, today),
    evidence: evidence.get(r.id) ?? [],
    steps: steps.get(r.id) ?? [],
    allowed: {
      edit: auditing && recording && RECTIFICATION_WORKING.includes(r.status),
      submit: audit.status !== 'closed' && RECTIFICATION_WORKING.includes(r.status) && worksOn(ctx.user, r),
      review: auditing && r.status === 'submitted',
    },
  }));
  const findings: FindingDetail[] = withRisks(ctx, findingsOfAudit(ctx.db, id, scope)).map((f) => ({
    ...f,
    rectifications: details.filter((r) => r.findingId === f.id),
    allowed: { edit: auditing && recording, addRectification: auditing && recording },
  }));
  const unverified = audits.auditForWrite(ctx.db, id)!.unverified;
  return {
    audit,
    findings,
    fullView: audits.seesWholeAudit(ctx.db, id, scope),
    allowed: {
      edit: runsAudits(ctx.user) && audit.status !== 'closed',
      moves: auditing ? AUDIT_MOVES[audit.status].filter((s) => s !== 'closed' || unverified === 0) : [],
      addFinding: auditing && recording,
    },
  };
}

/** The audit as the trail shows it: its people by id, no counts, no bookkeeping. */
function auditView(ctx: Ctx, id: string) {
  const a = audits.auditForWrite(ctx.db, id)!;
  const auditors = audits.auditorsOf(ctx.db, [id]).get(id) ?? [];
  return {
    code: a.code,
    type: a.type,
    title: a.title,
    scope: a.scope,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    auditOn: a.auditOn,
    status: a.status,
    conclusion: a.conclusion,
    auditorIds: auditors.map((x) => x.staffId),
    leadAuditorId: auditors.find((x) => x.lead)?.staffId ?? null,
  };
}

/** The stored form of the audit form, every rule checked: the period in order, at least one auditor, the lead among them. */
function auditWrite(m: Mutation<UserCtx>, input: AuditInput, before: ReturnType<typeof auditView> | null) {
  if (input.periodTo < input.periodFrom)
    throw fieldRefusal('VALIDATION', 'periodTo', 'validation.auditPeriodOrder');
  const auditorIds = [...new Set(input.auditorIds)];
  if (auditorIds.length === 0) throw fieldRefusal('VALIDATION', 'auditorIds', 'validation.auditorsRequired');
  const lead = input.leadAuditorId ?? auditorIds[0]!;
  if (!auditorIds.includes(lead))
    throw fieldRefusal('VALIDATION', 'leadAuditorId', 'validation.leadNotAuditor');
  for (const staffId of auditorIds)
    if (!before?.auditorIds.includes(staffId)) staffAtWork(m, staffId, 'auditorIds');
  return {
    write: {
      type: input.type,
      title: input.title,
      scope: input.scope,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      auditOn: input.auditOn,
    },
    auditors: auditorIds.map((staffId) => ({ id: newId(), staffId, lead: staffId === lead })),
  };
}

const searchTextOf = (code: string, w: { title: string; scope: string }) =>
  [code, w.title, w.scope].join(' ').toLowerCase();

/** Who plans audits is the channel's (control.manage: the manager and deputies). */
export function createAudit(ctx: UserCtx, input: AuditInput): AuditDetail {
  const id = mutate(ctx, (m) => {
    const { write, auditors } = auditWrite(m, input, null);
    const id = newId();
    const code = nextAuditCode(m.db, write.auditOn);
    audits.insertAudit(m.db, id, code, { ...write, searchText: searchTextOf(code, write) }, m.stamp);
    audits.setAuditors(m.db, id, auditors, m.stamp);
    m.audit({
      entity: 'controlAudit',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, auditView(m, id)),
    });
    return id;
  });
  return getAudit(ctx, id);
}

function auditForWrite(ctx: Ctx, id: string, version: number) {
  const a = audits.auditForWrite(ctx.db, id);
  if (!a) throw notFound('controlAudit');
  if (a.version !== version) throw conflict('controlAudit');
  return a;
}

export function updateAudit(ctx: UserCtx, id: string, version: number, input: AuditInput): AuditDetail {
  mutate(ctx, (m) => {
    const current = auditForWrite(m, id, version);
    if (current.status === 'closed')
      throw new AppError('INVALID_STATE', 'a closed audit stands as it was closed');
    const before = auditView(m, id);
    const { write, auditors } = auditWrite(m, input, before);
    // A rectification is never due before the audit: moving the audit date past one is refused.
    const earliest = audits.earliestDueOfAudit(m.db, id);
    if (earliest !== null && earliest < write.auditOn)
      throw fieldRefusal('VALIDATION', 'auditOn', 'validation.auditAfterRectificationDue');
    m.versioned(
      'controlAudit',
      audits.updateAudit(
        m.db,
        id,
        version,
        { ...write, searchText: searchTextOf(current.code, write) },
        m.stamp,
      ),
    );
    audits.setAuditors(m.db, id, auditors, m.stamp);
    m.audit({
      entity: 'controlAudit',
      entityId: id,
      action: 'update',
      changes: diffRecords(before, auditView(m, id)),
    });
  });
  return getAudit(ctx, id);
}

/**
 * Moves an audit along AUDIT_MOVES: its auditors, the manager or a deputy. Reporting needs the conclusion;
 * closing needs every rectification verified (a field error naming how many are not, nothing changed).
 */
export function moveAudit(
  ctx: UserCtx,
  id: string,
  version: number,
  move: { to: AuditStatus; conclusion: string | null },
): AuditDetail {
  mutate(ctx, (m) => {
    const current = auditForWrite(m, id, version);
    if (!audits.getAudit(m.db, id, scopeOf(m.user))) throw notFound('controlAudit');
    if (!auditsThis(m, m.user, id)) throw fieldRefusal('FORBIDDEN', 'to', 'validation.onlyAuditors');
    if (!AUDIT_MOVES[current.status].includes(move.to))
      throw new AppError('INVALID_STATE', `audit cannot move from ${current.status} to ${move.to}`);
    const conclusion = move.conclusion ?? current.conclusion;
    if (move.to === 'reported' && !conclusion)
      throw fieldRefusal('VALIDATION', 'conclusion', 'validation.required');
    if (move.to === 'closed' && current.unverified > 0)
      throw new AppError('VALIDATION', 'rectifications not verified', {
        fields: { to: { key: 'validation.rectificationsUnverified', params: { count: current.unverified } } },
      });
    const before = auditView(m, id);
    m.versioned(
      'controlAudit',
      audits.updateAuditStatus(m.db, id, version, { status: move.to, conclusion }, m.stamp),
    );
    m.audit({
      entity: 'controlAudit',
      entityId: id,
      action: 'set_status',
      changes: diffRecords(before, auditView(m, id)),
    });
  });
  return getAudit(ctx, id);
}
