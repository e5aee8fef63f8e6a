import { chinaDateOf } from '../../../shared/calendar/workingTime';
import { AppError } from '../../../shared/contract/errors';
import type { IncentiveFilter, IncentiveInput } from '../../../shared/incentives/channels';
import {
  KIND_NEEDS,
  type Incentive,
  type IncentiveCandidate,
  type IncentivePage,
  type IncentiveResultOption,
} from '../../../shared/incentives/types';
import { formatMoneyFen } from '../../../shared/i18n/format';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import { translator } from '../../i18n/translate';
import { relationTo } from '../appraisal/access';
import { requestApproval, withdrawApproval } from '../approvals/service';
import { nextIncentiveCode } from './codes';
import { incentiveAuditView, toIncentive } from './incentiveView';
import { incentiveListWhere } from './listQuery';
import {
  getIncentiveRow,
  incentivePage,
  insertIncentive,
  setIncentiveStatus,
  type IncentiveRow,
} from './repository/incentives';
import { activePeople, personRow, type PersonRow } from './repository/people';
import { publishedResultsOf, resultRow, type ResultRow } from './repository/results';
import { mayProposeFor, maySeeIncentive, mayWithdraw, type IncentiveViewer } from './visibility';

/*
 * Incentives (六(四)): a supervisor, lead, deputy or the manager proposes a reward, a penalty or a special
 * contribution award for someone they oversee; the manager decides through the approvals seam (the manager's
 * own proposal is approved as it is made); the proposer may withdraw it while it waits. Who sees what is in
 * visibility.ts.
 */

export type IncentiveListInput = IncentiveFilter & { page: number; pageSize: number };

const today = (ctx: UserCtx) => chinaDateOf(ctx.clock.now().getTime());

/** An incentive the reader may see; missing and out of sight answer the same NOT_FOUND. */
function visibleIncentive(ctx: UserCtx, id: string): IncentiveRow {
  const row = getIncentiveRow(ctx.db, id);
  if (!row || !maySeeIncentive(ctx.user, row)) throw notFound('incentive');
  return row;
}

export function getIncentive(ctx: UserCtx, id: string): Incentive {
  return toIncentive(ctx.user, visibleIncentive(ctx, id));
}

export function listIncentives(ctx: UserCtx, input: IncentiveListInput): IncentivePage {
  const { page, pageSize, ...filter } = input;
  const found = incentivePage(ctx.db, incentiveListWhere(ctx.user, filter), pageSize, (page - 1) * pageSize);
  return {
    items: found.rows.map((r) => toIncentive(ctx.user, r)),
    total: found.total,
    page,
    pageSize,
    rewardFen: found.rewardFen,
    fineFen: found.fineFen,
  };
}

const toCandidate = (p: PersonRow): IncentiveCandidate => ({
  staffId: p.staffId,
  staffName: p.staffName,
  employeeNo: p.employeeNo,
  position: p.position,
  groupName: p.groupName,
  groupNameEn: p.groupNameEn,
});

/** The people at work the reader may propose for. */
export function incentiveCandidates(ctx: UserCtx): IncentiveCandidate[] {
  return activePeople(ctx.db)
    .filter((p) => mayProposeFor(ctx.user, p))
    .map(toCandidate);
}

const readable = (v: IncentiveViewer, r: ResultRow) => relationTo(v, r) !== null;

const toOption = (r: ResultRow): IncentiveResultOption => ({
  formId: r.formId,
  cycleId: r.cycleId,
  cycleCode: r.cycleCode,
  cycleNameZh: r.cycleNameZh,
  cycleNameEn: r.cycleNameEn,
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  finalScore: r.finalScore,
  grade: r.grade,
});

/**
 * The published results of a person the reader may propose for, among those the reader may read; nothing for
 * anyone else (the list says no more than the form would).
 */
export function incentiveResults(ctx: UserCtx, staffId: string): IncentiveResultOption[] {
  const person = personRow(ctx.db, staffId);
  if (!person || !mayProposeFor(ctx.user, person)) return [];
  return publishedResultsOf(ctx.db, staffId)
    .filter((r) => readable(ctx.user, r))
    .map(toOption);
}

/** The amount and title the kind uses, the ones it needs checked (all missing fields named at once). */
function kindValues(input: IncentiveInput): { amountFen: number | null; title: string | null } {
  const need = KIND_NEEDS[input.kind];
  const missing: Record<string, { key: string }> = {};
  if (need === 'amount' && input.amountFen === null)
    missing.amountFen = { key: 'validation.incentiveAmount' };
  if (need === 'title' && !input.title) missing.title = { key: `validation.incentiveTitle` };
  if (Object.keys(missing).length)
    throw new AppError('VALIDATION', `${Object.keys(missing).join(', ')}: required`, { fields: missing });
  const usesAmount = need === 'amount' || need === 'optionalAmount';
  return {
    amountFen: usesAmount ? input.amountFen : null,
    title: need === 'title' ? input.title : null,
  };
}

/** The person the proposal is for: at work, overseen by the proposer, not the proposer. */
function proposedFor(ctx: UserCtx, staffId: string): PersonRow {
  const person = personRow(ctx.db, staffId);
  if (!person) throw fieldRefusal('VALIDATION', 'staffId', 'validation.notFound');
  if (person.staffId === ctx.user.staffId)
    throw fieldRefusal('FORBIDDEN', 'staffId', 'validation.incentiveSelf');
  if (person.status !== 'active') throw fieldRefusal('VALIDATION', 'staffId', 'validation.handlerInactive');
  if (!mayProposeFor(ctx.user, person))
    throw fieldRefusal('FORBIDDEN', 'staffId', 'validation.incentiveNotOverseen');
  return person;
}

/** The linked result: the same person's form, in a published or closed cycle, readable by the proposer. */
function linkedResult(ctx: UserCtx, formId: string, staffId: string): ResultRow {
  const r = resultRow(ctx.db, formId);
  if (!r || !readable(ctx.user, r)) throw fieldRefusal('VALIDATION', 'formId', 'validation.notFound');
  if (r.staffId !== staffId)
    throw fieldRefusal('VALIDATION', 'formId', 'validation.incentiveFormOtherPerson');
  if (r.phase !== 'published' && r.phase !== 'closed')
    throw fieldRefusal('VALIDATION', 'formId', 'validation.incentiveFormNotPublished');
  return r;
}

/** "奖金 Bonus · ¥5,000.00 · 优秀员工": what is asked, in both languages (the request is read in either). */
function approvalSummary(
  kind: IncentiveInput['kind'],
  amountFen: number | null,
  title: string | null,
): string {
  const zh = translator('zh-CN')(`incentives:kind.${kind}`);
  const en = translator('en-US')(`incentives:kind.${kind}`);
  return [`${zh} ${en}`, amountFen !== null ? formatMoneyFen(amountFen, 'zh-CN') : null, title]
    .filter((part) => part !== null)
    .join(' · ');
}

/**
 * Proposes an incentive and asks for the manager's approval in the same mutation; the manager's own proposal
 * is approved as it is made, and the incentive says so.
 */
export function proposeIncentive(ctx: UserCtx, input: IncentiveInput): Incentive {
  const values = kindValues(input);
  const person = proposedFor(ctx, input.staffId);
  if (input.formId !== null) linkedResult(ctx, input.formId, person.staffId);
  return mutate(ctx, (m) => {
    const id = newId();
    const code = nextIncentiveCode(m.db, today(m));
    const approval = requestApproval(m, {
      kind: 'incentive',
      subjectId: id,
      subjectCode: code,
      subjectTitle: `${person.staffName} · ${person.employeeNo}`,
      subjectLink: `/incentives/${id}`,
      summary: approvalSummary(input.kind, values.amountFen, values.title),
      reason: input.reason,
      groupId: person.groupId,
    });
    insertIncentive(
      m.db,
      id,
      code,
      {
        staffId: person.staffId,
        groupId: person.groupId,
        kind: input.kind,
        ...values,
        reason: input.reason,
        effectiveOn: input.effectiveOn,
        formId: input.formId,
        status: approval.status === 'approved' ? 'approved' : 'pending',
        approvalId: approval.id,
      },
      m.stamp,
    );
    const created = getIncentiveRow(m.db, id)!;
    m.audit({
      entity: 'incentive',
      entityId: id,
      action: 'propose',
      changes: diffRecords(null, incentiveAuditView(created)),
    });
    return toIncentive(m.user, created);
  });
}

/** The proposer (or the manager) takes back a proposal still waiting for the decision. */
export function withdrawIncentive(ctx: UserCtx, id: string, version: number): Incentive {
  return mutate(ctx, (m) => {
    const row = visibleIncentive(m, id);
    if (row.version !== version) throw conflict('incentive');
    if (row.status !== 'pending') throw new AppError('INVALID_STATE', `incentive is ${row.status}`);
    if (!mayWithdraw(m.user, row)) throw new AppError('FORBIDDEN', 'only the proposer withdraws a proposal');
    m.versioned('incentive', setIncentiveStatus(m.db, id, version, 'withdrawn', m.stamp));
    if (row.approvalId) withdrawApproval(m, row.approvalId);
    const after = getIncentiveRow(m.db, id)!;
    m.audit({
      entity: 'incentive',
      entityId: id,
      action: 'withdraw',
      changes: diffRecords(incentiveAuditView(row), incentiveAuditView(after)),
    });
    return toIncentive(m.user, after);
  });
}
