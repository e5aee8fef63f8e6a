import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { AppraisalForm } from '../../../src/shared/appraisal/forms';
import type { Result } from '../../../src/shared/contract/errors';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { ticketAt } from '../../support/ticketFlow';
import { quantitativeInput } from '../../support/appraisalInputs';
import {
  evaluationItemsFor,
  formAt,
  formIdOf,
  openCycleOf,
  readForm,
  selfItemsFor,
  setCyclePhase,
  targetsFor,
} from '../../support/appraisalForms';

/*
 * The per-person forms (六(三)): the plan agreed at goal setting, the self-assessment 自评表 and the
 * evaluation 评价表 — each step legal for its own person in its own phase and refused (translated, nothing
 * changed) for anyone else, out of phase or a second time; the computed actuals against the records.
 *
 * The sales group: 甲 (appraised, supervised by 乙), 乙 (甲's evaluator), 丙 (another staff member, evaluated
 * by the sales lead); the market lead; a deputy in charge of sales and one in charge of market; the manager.
 */

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let person: Session;
let evaluator: Session;
let other: Session;
let lead: Session;
let otherLead: Session;
let deputy: Session;
let otherDeputy: Session;

const staffId = (s: Session) => s.user!.staffId;

async function updateStaff(id: string, over: Record<string, unknown>) {
  const s = unwrap(await core.call('org.staff.get', { id }, manager));
  unwrap(
    await core.call(
      'org.staff.update',
      {
        id: s.id,
        version: s.version,
        employeeNo: s.employeeNo,
        name: s.name,
        position: s.position,
        groupId: s.groupId,
        supervisorId: s.supervisorId,
        hireDate: s.hireDate,
        status: s.status,
        phone: s.phone,
        email: s.email,
        chargeGroupIds: s.chargeGroupIds,
        ...over,
      },
      manager,
    ),
  );
}

async function setLead(groupId: string, leadId: string) {
  const g = unwrap(await core.call('org.groups.list', { includeInactive: true }, manager)).find(
    (x) => x.id === groupId,
  )!;
  unwrap(
    await core.call(
      'org.groups.update',
      {
        id: g.id,
        version: g.version,
        name: g.name,
        nameEn: g.nameEn,
        leadStaffId: leadId,
        sortOrder: g.sortOrder,
        active: g.active,
      },
      manager,
    ),
  );
}

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock() });
  ({ manager, groups } = await setUpDepartment(core));
  person = await sessionFor(core, manager, 'staff', groups.sales!);
  evaluator = await sessionFor(core, manager, 'staff', groups.sales!);
  other = await sessionFor(core, manager, 'staff', groups.sales!);
  lead = await sessionFor(core, manager, 'group_lead', groups.sales!);
  otherLead = await sessionFor(core, manager, 'group_lead', groups.market!);
  deputy = await sessionFor(core, manager, 'deputy', groups.sales!);
  otherDeputy = await sessionFor(core, manager, 'deputy', groups.market!);
  await updateStaff(staffId(person), { name: '甲', supervisorId: staffId(evaluator) });
  await updateStaff(staffId(evaluator), { name: '乙' });
  await updateStaff(staffId(other), { name: '丙' });
  await setLead(groups.sales!, staffId(lead));
  await setLead(groups.market!, staffId(otherLead));
  await withTypedInResult(groups.sales!);
});

/**
 * Every results indicator of the rulebook is computed now (sales profit from the contracts too): the sales
 * template gets a quantitative indicator typed in by the evaluator, 5 of sales profit's 15.
 */
async function withTypedInResult(groupId: string) {
  const typedIn = unwrap(await core.call('appraisal.createIndicator', quantitativeInput(), manager));
  const t = unwrap(await core.call('appraisal.listTemplates', { includeInactive: false }, manager)).find(
    (x) => x.groupId === groupId,
  )!;
  const items = t.items.map((i) => ({
    indicatorId: i.indicatorId,
    weight: i.source === 'profit' ? i.weight - 5 : i.weight,
  }));
  unwrap(
    await core.call(
      'appraisal.updateTemplate',
      {
        id: t.id,
        version: t.version,
        nameZh: t.nameZh,
        nameEn: t.nameEn,
        groupId: t.groupId,
        position: t.position,
        categoryWeights: t.categoryWeights,
        items: [...items, { indicatorId: typedIn.id, weight: 5 }],
      },
      manager,
    ),
  );
}

afterAll(async () => {
  await core.close();
});

const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);
const fieldsOf = (r: Result<unknown>): Record<string, string> =>
  r.ok ? {} : Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, v]) => [k, v.key]));
const stored = (id: string) =>
  core.store.db.prepare('SELECT * FROM appraisal_forms WHERE id = ?').get(id) as Record<string, unknown>;
const auditCount = () => core.store.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

/** A refused call changed nothing: the form row and the audit trail as they were. */
async function refusedUnchanged(id: string, call: () => Promise<Result<unknown>>) {
  const before = stored(id);
  const audits = auditCount();
  const r = await call();
  expect(r.ok).toBe(false);
  expect(stored(id)).toEqual(before);
  expect(auditCount()).toBe(audits);
  return r;
}

const quantitative = (f: AppraisalForm) => f.items.filter((i) => i.scoring === 'quantitative');
const rated = (f: AppraisalForm) => f.items.filter((i) => i.scoring === 'rated');
const itemBySource = (f: AppraisalForm, source: string) => f.items.find((i) => i.source === source)!;

describe('goal setting: the plan and targets', () => {
  it('the person and the evaluator write it; the evaluator agrees it only with every target; then it stays', async () => {
    const { formId } = await formAt(core, manager, person, evaluator, 'goalSetting');
    let f = await readForm(core, person, formId);
    expect(f.allowed).toEqual(['editPlan']);
    expect(f.staffName).toBe('甲');
    expect(f.evaluatorName).toBe('乙');
    f = unwrap(
      await core.call(
        'appraisal.savePlan',
        { id: f.id, version: f.version, plan: '重点跟进老客户。', targets: targetsFor(f).slice(0, 1) },
        person,
      ),
    );
    expect(f.plan).toBe('重点跟进老客户。');

    // The evaluator may not agree while a quantitative indicator has no target: each one named.
    const missing = await refusedUnchanged(formId, () =>
      core.call('appraisal.agreePlan', { id: f.id, version: f.version }, evaluator),
    );
    expect(fieldsOf(missing)).toEqual(
      Object.fromEntries(
        quantitative(f)
          .slice(1)
          .map((i) => [`targets.${i.indicatorId}`, 'validation.appraisalTargetRequired']),
      ),
    );
    // Nor the person agree their own plan; nor a target be set on a rated indicator.
    const own = await refusedUnchanged(formId, () =>
      core.call('appraisal.agreePlan', { id: f.id, version: f.version }, person),
    );
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(fieldsOf(own)).toEqual({ plan: 'validation.appraisalOnlyEvaluatorAgrees' });
    const ratedTarget = await refusedUnchanged(formId, () =>
      core.call(
        'appraisal.savePlan',
        {
          id: f.id,
          version: f.version,
          plan: null,
          targets: [{ indicatorId: rated(f)[0]!.indicatorId, target: 5, planNote: null }],
        },
        evaluator,
      ),
    );
    expect(fieldsOf(ratedTarget)).toEqual({
      [`targets.${rated(f)[0]!.indicatorId}`]: 'validation.appraisalNoTargetForRated',
    });

    f = unwrap(
      await core.call(
        'appraisal.savePlan',
        { id: f.id, version: f.version, plan: f.plan, targets: targetsFor(f, 200) },
        evaluator,
      ),
    );
    f = unwrap(await core.call('appraisal.agreePlan', { id: f.id, version: f.version }, evaluator));
    expect(f.planAgreedAt).not.toBeNull();
    expect(f.planAgreedByName).toBe('乙');
    expect(quantitative(f).every((i) => i.target === 200)).toBe(true);

    const after = await refusedUnchanged(formId, () =>
      core.call('appraisal.savePlan', { id: f.id, version: f.version, plan: '改计划', targets: [] }, person),
    );
    expect(codeOf(after)).toBe('INVALID_STATE');
    expect(fieldsOf(after)).toEqual({ form: 'validation.appraisalPlanAgreed' });
  });
});

describe('the self-assessment 自评表', () => {
  it('the person drafts and submits it once; the evaluator sees it only once submitted', async () => {
    const { formId } = await formAt(core, manager, person, evaluator, 'planAgreed');
    let f = await readForm(core, person, formId);
    expect(f.allowed).toEqual(['editSelf']);
    const base = { id: f.id, version: f.version, achievements: null, shortfalls: null, nextPlan: null };

    // Scores outside 0–100 or not whole are refused by the contract, nothing written.
    for (const score of [-1, 101, 80.5]) {
      const r = await refusedUnchanged(formId, () =>
        core.call(
          'appraisal.saveSelf',
          { ...base, items: [{ indicatorId: f.items[0]!.indicatorId, score, comment: null }] },
          person,
        ),
      );
      expect(codeOf(r)).toBe('VALIDATION');
    }

    const half = selfItemsFor(f).map((i, n) => (n % 2 ? { ...i, score: null } : i));
    f = unwrap(
      await core.call(
        'appraisal.saveSelf',
        { ...base, items: half, achievements: '草稿：完成回访。' },
        person,
      ),
    );
    expect(f.items[0]!.selfScore).toBe(80);
    expect(f.achievements).toBe('草稿：完成回访。');
    expect(f.selfSubmittedAt).toBeNull();

    // The draft is the person's alone.
    for (const reader of [evaluator, lead, deputy, manager]) {
      const seen = await readForm(core, reader, formId);
      expect(seen.items.every((i) => i.selfScore === null && i.selfComment === null)).toBe(true);
      expect(seen.achievements).toBeNull();
    }

    // Submitting needs every score: each missing one named.
    const incomplete = await refusedUnchanged(formId, () =>
      core.call(
        'appraisal.submitSelf',
        { ...base, version: f.version, items: half, achievements: '完成回访。' },
        person,
      ),
    );
    expect(fieldsOf(incomplete)).toEqual(
      Object.fromEntries(
        half
          .filter((i) => i.score === null)
          .map((i) => [`items.${i.indicatorId}.score`, 'validation.appraisalScoreRequired']),
      ),
    );

    // Only the person fills it in.
    const byEvaluator = await refusedUnchanged(formId, () =>
      core.call('appraisal.saveSelf', { ...base, version: f.version, items: selfItemsFor(f) }, evaluator),
    );
    expect(codeOf(byEvaluator)).toBe('FORBIDDEN');
    expect(fieldsOf(byEvaluator)).toEqual({ items: 'validation.appraisalOnlyPerson' });

    const scores = f.items.map((i, n) => ({ indicatorId: i.indicatorId, score: 60 + n * 4, comment: null }));
    f = unwrap(
      await core.call(
        'appraisal.submitSelf',
        { ...base, version: f.version, items: scores, achievements: '完成回访。', nextPlan: '拓展新客户。' },
        person,
      ),
    );
    const expected = f.items.reduce((s, i, n) => s + i.weight * (60 + n * 4), 0) / 100;
    expect(f.selfTotal).toBeCloseTo(expected, 2);
    expect(f.selfSubmittedAt).not.toBeNull();
    expect(f.allowed).toEqual([]);

    const again = await refusedUnchanged(formId, () =>
      core.call('appraisal.submitSelf', { ...base, version: f.version, items: scores }, person),
    );
    expect(codeOf(again)).toBe('INVALID_STATE');
    expect(fieldsOf(again)).toEqual({ form: 'validation.appraisalAlreadySubmitted' });
    const edit = await refusedUnchanged(formId, () =>
      core.call('appraisal.saveSelf', { ...base, version: f.version, items: selfItemsFor(f, 10) }, person),
    );
    expect(codeOf(edit)).toBe('INVALID_STATE');

    const seen = await readForm(core, evaluator, formId);
    expect(seen.selfTotal).toBe(f.selfTotal);
    expect(seen.achievements).toBe('完成回访。');
    expect(seen.items.map((i) => i.selfScore)).toEqual(scores.map((s) => s.score));
  });

  it('outside its phase the self-assessment is refused with the reason', async () => {
    const { formId } = await formAt(core, manager, person, evaluator, 'goalSetting');
    const f = await readForm(core, person, formId);
    const r = await refusedUnchanged(formId, () =>
      core.call(
        'appraisal.saveSelf',
        {
          id: f.id,
          version: f.version,
          items: selfItemsFor(f),
          achievements: null,
          shortfalls: null,
          nextPlan: null,
        },
        person,
      ),
    );
    expect(codeOf(r)).toBe('INVALID_STATE');
    expect(fieldsOf(r)).toEqual({ form: 'validation.appraisalNotInPhase' });
  });
});

describe('the evaluation 评价表', () => {
  it('the evaluator scores rated indicators, types manual actuals, never a computed one; submits once', async () => {
    const { formId, cycle } = await formAt(core, manager, person, evaluator, 'selfSubmitted');
    let f = await readForm(core, evaluator, formId);
    expect(f.allowed).toEqual(['evaluate']);
    const base = { id: f.id, version: f.version, overallComment: null };
    const revenue = itemBySource(f, 'revenue');
    const typedIn = f.items.find((i) => i.scoring === 'quantitative' && i.source === 'manual')!;
    const firstRated = rated(f)[0]!;

    // Only the evaluator: the person, the lead, the deputy and the manager read the form but may not score it.
    for (const s of [person, lead, deputy, manager]) {
      const r = await refusedUnchanged(formId, () =>
        core.call('appraisal.saveEvaluation', { ...base, items: evaluationItemsFor(f) }, s),
      );
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(fieldsOf(r)).toEqual({ items: 'validation.appraisalOnlyEvaluator' });
    }
    // A computed actual cannot be typed over; a quantitative score is the formula's.
    const typed = await refusedUnchanged(formId, () =>
      core.call(
        'appraisal.saveEvaluation',
        {
          ...base,
          items: [
            { indicatorId: revenue.indicatorId, score: null, actual: 999_999, comment: null },
            { indicatorId: typedIn.indicatorId, score: 90, actual: null, comment: null },
          ],
        },
        evaluator,
      ),
    );
    expect(fieldsOf(typed)).toEqual({
      [`items.${revenue.indicatorId}.actual`]: 'validation.appraisalComputedActual',
      [`items.${typedIn.indicatorId}.score`]: 'validation.appraisalScoreByFormula',
    });

    // A draft with one rated score and the typed-in actual; the person sees nothing of it.
    f = unwrap(
      await core.call(
        'appraisal.saveEvaluation',
        {
          ...base,
          items: [
            { indicatorId: firstRated.indicatorId, score: 88, actual: null, comment: '认真负责' },
            { indicatorId: typedIn.indicatorId, score: null, actual: 150, comment: null },
          ],
        },
        evaluator,
      ),
    );
    expect(f.items.find((i) => i.indicatorId === firstRated.indicatorId)!.evalScore).toBe(88);
    // 150 of a target of 100, capped at 120.
    expect(f.items.find((i) => i.indicatorId === typedIn.indicatorId)!.evalScore).toBe(120);
    const hidden = await readForm(core, person, formId);
    expect(hidden.items.every((i) => i.evalScore === null && i.evalComment === null)).toBe(true);
    expect(hidden.items.find((i) => i.indicatorId === typedIn.indicatorId)!.actual).toBeNull();

    // Submitting needs every score and the overall comment, each named.
    const incomplete = await refusedUnchanged(formId, () =>
      core.call('appraisal.submitEvaluation', { ...base, version: f.version, items: [] }, evaluator),
    );
    const fields = fieldsOf(incomplete);
    expect(fields.overallComment).toBe('validation.appraisalOverallCommentRequired');
    for (const i of rated(f).slice(1))
      expect(fields[`items.${i.indicatorId}.score`]).toBe('validation.appraisalScoreRequired');
    expect(fields[`items.${firstRated.indicatorId}.score`]).toBeUndefined();

    const items = evaluationItemsFor(f, 80, 50);
    f = unwrap(
      await core.call(
        'appraisal.submitEvaluation',
        { ...base, version: f.version, items, overallComment: '工作认真。' },
        evaluator,
      ),
    );
    // Rated 80; the typed-in result 50/100 → 50; revenue, new clients and profit 0 of their targets → 0;
    // satisfaction with no feedback scored by hand 80.
    const expected =
      f.items.reduce((s, i) => {
        const score =
          i.scoring === 'rated' ? 80 : i.source === 'manual' ? 50 : i.source === 'satisfaction' ? 80 : 0;
        return s + i.weight * score;
      }, 0) / 100;
    expect(f.evalTotal).toBeCloseTo(expected, 2);
    expect(f.evalSubmittedAt).not.toBeNull();

    const again = await refusedUnchanged(formId, () =>
      core.call(
        'appraisal.submitEvaluation',
        { ...base, version: f.version, items, overallComment: '再次提交' },
        evaluator,
      ),
    );
    expect(codeOf(again)).toBe('INVALID_STATE');
    expect(fieldsOf(again)).toEqual({ form: 'validation.appraisalAlreadySubmitted' });

    // The person sees the evaluation once the cycle is published.
    const before = await readForm(core, person, formId);
    expect(before.evalTotal).toBeNull();
    expect(before.overallComment).toBeNull();
    setCyclePhase(core, cycle.id, 'published');
    const after = await readForm(core, person, formId);
    expect(after.evalTotal).toBe(f.evalTotal);
    expect(after.overallComment).toBe('工作认真。');
  });

  it('a supervisor cannot score someone outside their reports: the form does not exist for them', async () => {
    // 丙 is evaluated by the sales lead; 乙 is a staff member who supervises only 甲.
    const { formId } = await formAt(core, manager, other, lead, 'selfSubmitted');
    const f = await readForm(core, lead, formId);
    const r = await refusedUnchanged(formId, () =>
      core.call(
        'appraisal.submitEvaluation',
        { id: f.id, version: f.version, items: evaluationItemsFor(f), overallComment: '越权评价' },
        evaluator,
      ),
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
  });
});

describe('computed actuals against the records of the period', () => {
  it('revenue in yuan, new customers and satisfaction ×20 for the person, live until publication', async () => {
    const me = staffId(person);
    const client = async (name: string, status: 'potential' | 'customer' = 'potential') =>
      unwrap(await core.call('clients.create', { name, ownerId: me, status }, manager));
    const a = await client('计算甲公司');
    const b = await client('计算乙公司');
    const sale = (clientId: string, date: string, amountFen: number) =>
      core.call('transactions.create', { clientId, date, item: '设备', quantity: 1, amountFen }, manager);
    unwrap(await sale(a.id, '2026-11-03', 1_234_500));
    unwrap(await sale(b.id, '2026-11-30', 765_500));
    unwrap(await sale(a.id, '2026-10-31', 9_900_000)); // before the period
    unwrap(await sale(a.id, '2026-12-01', 9_900_000)); // after it
    // Became a customer today (27 November); a file created as a customer counts too.
    unwrap(
      await core.call(
        'clients.setStatus',
        { id: b.id, version: b.version, status: 'customer', reason: '签约' },
        manager,
      ),
    );
    await client('计算丙公司', 'customer');
    // Two closed complaints of the person's clients with feedback scores 4 and 5: mean 4.5 → 90.
    for (const [c, score] of [
      [a, 4],
      [b, 5],
    ] as const) {
      const t = await ticketAt(core, manager, me, 'complaint', 'feedback', {
        clientId: c.id,
        callerName: null,
      });
      unwrap(
        await core.call(
          'service.close',
          {
            id: t.id,
            version: t.version,
            at: '2026-11-27T01:00:00.000Z',
            feedbackMethod: 'phone',
            feedbackAt: '2026-11-26T08:00:00.000Z',
            feedbackNote: '回访完成',
            clientSatisfied: true,
            satisfactionScore: score,
          },
          manager,
        ),
      );
    }

    const cycle = openCycleOf(core, manager, [me], { from: '2026-11-01', to: '2026-11-30' });
    const formId = formIdOf(core, cycle.id, me);
    const f = await readForm(core, evaluator, formId);
    expect(itemBySource(f, 'revenue').actual).toBe(20_000);
    expect(itemBySource(f, 'newClients').actual).toBe(2);
    expect(itemBySource(f, 'satisfaction').actual).toBe(90);
    // The person sees their computed actuals too (they are the records', not the evaluator's).
    expect(itemBySource(await readForm(core, person, formId), 'revenue').actual).toBe(20_000);

    // The drill-down lists exactly the records counted.
    const rev = unwrap(
      await core.call(
        'appraisal.sourceRecords',
        { formId, indicatorId: itemBySource(f, 'revenue').indicatorId },
        evaluator,
      ),
    );
    expect(rev.source).toBe('revenue');
    expect(rev.records.map((r) => ('amountFen' in r ? r.amountFen : 0)).sort()).toEqual(
      [1_234_500, 765_500].sort(),
    );
    const nc = unwrap(
      await core.call(
        'appraisal.sourceRecords',
        { formId, indicatorId: itemBySource(f, 'newClients').indicatorId },
        person,
      ),
    );
    expect(nc.records.map((r) => ('clientName' in r ? r.clientName : null)).sort()).toEqual(
      ['计算乙公司', '计算丙公司'].sort(),
    );
    const sat = unwrap(
      await core.call(
        'appraisal.sourceRecords',
        { formId, indicatorId: itemBySource(f, 'satisfaction').indicatorId },
        lead,
      ),
    );
    expect(sat.records.map((r) => ('score' in r ? r.score : null)).sort()).toEqual([4, 5]);
    const manual = await core.call(
      'appraisal.sourceRecords',
      { formId, indicatorId: f.items.find((i) => i.source === 'manual')!.indicatorId },
      evaluator,
    );
    expect(fieldsOf(manual)).toEqual({ indicatorId: 'validation.appraisalNotComputed' });
    for (const s of [other, otherLead, otherDeputy])
      expect(
        codeOf(
          await core.call(
            'appraisal.sourceRecords',
            { formId, indicatorId: itemBySource(f, 'revenue').indicatorId },
            s,
          ),
        ),
      ).toBe('NOT_FOUND');

    // Live: a sale entered later counts until publication; from publication on the stored actuals count.
    unwrap(await sale(b.id, '2026-11-15', 1_000_000));
    expect(itemBySource(await readForm(core, evaluator, formId), 'revenue').actual).toBe(30_000);
    setCyclePhase(core, cycle.id, 'published');
    expect(itemBySource(await readForm(core, evaluator, formId), 'revenue').actual).toBeNull();
  });

  it('the formula: actual ÷ target × 100, capped; the total counts each score up to 100', async () => {
    const me = staffId(other);
    const c = unwrap(await core.call('clients.create', { name: '封顶测试公司', ownerId: me }, manager));
    unwrap(
      await core.call(
        'transactions.create',
        { clientId: c.id, date: '2027-01-10', item: '设备', quantity: 1, amountFen: 3_000_000 },
        manager,
      ),
    );
    const cycle = openCycleOf(core, manager, [me], { from: '2027-01-01', to: '2027-01-31' });
    const formId = formIdOf(core, cycle.id, me);
    let f = await readForm(core, lead, formId);
    const revenue = itemBySource(f, 'revenue');
    f = unwrap(
      await core.call(
        'appraisal.savePlan',
        {
          id: f.id,
          version: f.version,
          plan: null,
          targets: targetsFor(f).map((t) =>
            t.indicatorId === revenue.indicatorId ? { ...t, target: 20_000 } : t,
          ),
        },
        lead,
      ),
    );
    // 30,000 of 20,000 → 150, capped at the indicator's 120.
    expect(f.items.find((i) => i.indicatorId === revenue.indicatorId)!.actual).toBe(30_000);
    expect(f.items.find((i) => i.indicatorId === revenue.indicatorId)!.evalScore).toBe(120);
  });
});

describe('the lists: mine, to evaluate, my team', () => {
  it('each scope lists the forms of the reader, nobody else’s', async () => {
    const { formId, cycle } = await formAt(core, manager, person, evaluator, 'goalSetting', [staffId(other)]);
    const otherForm = formIdOf(core, cycle.id, staffId(other));
    const ids = async (s: Session, scope: 'mine' | 'toEvaluate' | 'team') =>
      unwrap(await core.call('appraisal.listForms', { scope, cycleId: cycle.id }, s))
        .map((x) => x.id)
        .sort();
    expect(await ids(person, 'mine')).toEqual([formId]);
    expect(await ids(person, 'team')).toEqual([]);
    expect(await ids(evaluator, 'toEvaluate')).toEqual([formId]);
    expect(await ids(evaluator, 'team')).toEqual([]);
    expect(await ids(lead, 'toEvaluate')).toEqual([otherForm]);
    expect(await ids(lead, 'team')).toEqual([formId, otherForm].sort());
    expect(await ids(deputy, 'team')).toEqual([formId, otherForm].sort());
    expect(await ids(otherDeputy, 'team')).toEqual([]);
    expect(await ids(otherLead, 'team')).toEqual([]);
    expect(await ids(manager, 'team')).toEqual([formId, otherForm].sort());
    expect(await ids(other, 'mine')).toEqual([otherForm]);
  });

  it('a result stays out of the person’s list until published', async () => {
    const { formId, cycle } = await formAt(core, manager, person, evaluator, 'evaluated');
    core.store.db
      .prepare("UPDATE appraisal_forms SET final_score = 82.5, grade = 'A' WHERE id = ?")
      .run(formId);
    const mine = async () =>
      unwrap(await core.call('appraisal.listForms', { scope: 'mine', cycleId: cycle.id }, person))[0]!;
    expect((await mine()).finalScore).toBeNull();
    const team = unwrap(
      await core.call('appraisal.listForms', { scope: 'team', cycleId: cycle.id }, lead),
    )[0]!;
    expect(team.finalScore).toBe(82.5);
    setCyclePhase(core, cycle.id, 'published');
    expect((await mine()).grade).toBe('A');
  });
});
