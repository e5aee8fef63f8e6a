import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserCtx } from '../../../src/main/core/context';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { advanceCycle } from '../../../src/main/domains/appraisal/advance';
import { getFormRow } from '../../../src/main/domains/appraisal/repository/forms';
import { getCycleRow } from '../../../src/main/domains/appraisal/repository/cycles';
import type { Result } from '../../../src/shared/contract/errors';
import {
  fillCycle,
  formsByStaff,
  manualTemplate,
  openTestCycle,
  person,
  removeForm,
  type Person,
} from '../../support/appraisalCycle';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { auditRowsAfter } from '../contract/support';

/*
 * Manager review, publication, appeal and history (issue 10 §4, §5): the final score and grade at every
 * boundary, the annual blend, the adjustment and its reason, the phase moves refused while forms are missing,
 * the appeal window, resolving appeals, closing, and who sees the consolidated table, its export and a
 * history. Cycles are opened by the real service and their forms filled in by the test fixture.
 */

const DAY = 86_400_000;
let core: Core;
let clock: FakeClock;
let manager: Session;
let groups: Record<string, string>;
let position: string;

const ctxOf = (s: Session) => core.context(s) as UserCtx;
const cycleNow = (id: string) => getCycleRow(core.store.db, id)!;
const formNow = (id: string) => getFormRow(core.store.db, id)!;
const advance = (id: string) => advanceCycle(ctxOf(manager), id, cycleNow(id).version);
const refusal = <T>(r: Result<T>) => {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; params?: Record<string, unknown>; fields?: Record<string, { key: string }> };
  }
  throw new Error('expected a refusal');
};

beforeAll(async () => {
  clock = new FakeClock(Date.parse('2026-11-27T02:00:00.000Z'));
  core = await makeCore({ clock });
  ({ manager, groups } = await setUpDepartment(core));
  position = await manualTemplate(core, manager);
});

afterAll(async () => {
  await core.close();
});

let quarter = 0;
/** A fresh quarter-long period per cycle, so nobody is in two overlapping cycles. */
function nextPeriod(): [string, string] {
  const q = quarter++;
  const year = 2020 + Math.floor(q / 4);
  const m = (q % 4) * 3 + 1;
  const to = new Date(Date.UTC(year, m + 2, 0)).toISOString().slice(0, 10);
  return [`${year}-${String(m).padStart(2, '0')}-01`, to];
}

/** People with the manual-indicators template and a quarterly cycle of theirs in manager review. */
async function inManagerReview(
  scores: number[],
  options: { skip?: number[]; people?: Person[]; period?: [string, string]; groupId?: string } = {},
) {
  const people = options.people ?? [];
  for (let i = people.length; i < scores.length; i++)
    people.push(
      await person(core, manager, { groupId: options.groupId ?? groups.sales!, position, role: 'staff' }),
    );
  const [periodFrom, periodTo] = options.period ?? nextPeriod();
  const opened = openTestCycle(core, manager, {
    kind: 'quarterly',
    periodFrom,
    periodTo,
    staffIds: people.map((p) => p.staffId),
  });
  const cycle = fillCycle(
    core,
    opened.id,
    'managerReview',
    Object.fromEntries(people.map((p, i) => [p.staffId, scores[i]!])),
    { skip: (options.skip ?? []).map((i) => people[i]!.staffId) },
  );
  const form = (p: Person) => formsByStaff(core, cycle.id)[p.staffId]!;
  return { people, cycle, form };
}

const adjust = (formId: string, total: number | null, reason = '业绩突出，经理调整') =>
  core.call(
    'appraisal.adjustScore',
    { id: formId, version: formNow(formId).version, total, reason },
    manager,
  );

describe('final score and grade', () => {
  it('the evaluation’s weighted total is the final score, graded by the settings’ thresholds', async () => {
    const { people, cycle, form } = await inManagerReview([80, 59, 90]);
    expect(advance(cycle.id).phase).toBe('published');
    const [a, d, s] = people.map(form);
    expect([a!.evalTotal, a!.finalScore, a!.grade]).toEqual([80, 80, 'A']);
    expect([d!.finalScore, d!.grade]).toEqual([59, 'D']);
    expect([s!.finalScore, s!.grade]).toEqual([90, 'S']);
  });

  const DEFAULT_BOUNDARIES: [number, string][] = [
    [0, 'D'],
    [59.99, 'D'],
    [60, 'C'],
    [69.99, 'C'],
    [70, 'B'],
    [79.99, 'B'],
    [80, 'A'],
    [89.99, 'A'],
    [90, 'S'],
    [100, 'S'],
  ];

  it('every boundary with the default thresholds (S ≥ 90, A ≥ 80, B ≥ 70, C ≥ 60)', async () => {
    const { people, cycle, form } = await inManagerReview(DEFAULT_BOUNDARIES.map(() => 75));
    for (const [i, [total]] of DEFAULT_BOUNDARIES.entries()) unwrap(await adjust(form(people[i]!).id, total));
    advance(cycle.id);
    expect(people.map((p) => [form(p).finalScore, form(p).grade])).toEqual(DEFAULT_BOUNDARIES);
  });

  it('every boundary with changed thresholds (S ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65)', async () => {
    const { settings, version } = unwrap(await core.call('settings.get', {}, manager));
    const changed = { S: 95, A: 85, B: 75, C: 65 };
    unwrap(
      await core.call(
        'settings.update',
        { version, settings: { ...settings, appraisalGradeThresholds: changed } },
        manager,
      ),
    );
    try {
      const boundaries: [number, string][] = [
        [64.99, 'D'],
        [65, 'C'],
        [74.99, 'C'],
        [75, 'B'],
        [84.99, 'B'],
        [85, 'A'],
        [94.99, 'A'],
        [95, 'S'],
      ];
      const { people, cycle, form } = await inManagerReview(boundaries.map(() => 75));
      for (const [i, [total]] of boundaries.entries()) unwrap(await adjust(form(people[i]!).id, total));
      advance(cycle.id);
      expect(people.map((p) => [form(p).finalScore, form(p).grade])).toEqual(boundaries);
    } finally {
      const now = unwrap(await core.call('settings.get', {}, manager));
      unwrap(await core.call('settings.update', { version: now.version, settings: settings }, manager));
    }
  });

  it('an annual cycle blends its evaluation with the mean of the year’s published quarters (weight 40 %)', async () => {
    const p = await person(core, manager, { groupId: groups.market!, position, role: 'staff' });
    const other = await person(core, manager, { groupId: groups.market!, position, role: 'staff' });
    const q1 = await inManagerReview([80, 80], { people: [p, other], period: ['2030-01-01', '2030-03-31'] });
    advance(q1.cycle.id);
    const q2 = await inManagerReview([90], { people: [p], period: ['2030-04-01', '2030-06-30'] });
    advance(q2.cycle.id);
    // A quarter still in review and one of another year do not count.
    await inManagerReview([10], { people: [p], period: ['2030-07-01', '2030-09-30'] });
    const opened = openTestCycle(core, manager, {
      kind: 'annual',
      periodFrom: '2030-01-01',
      periodTo: '2030-12-31',
      staffIds: [p.staffId, other.staffId],
    });
    expect(opened.quarterWeight).toBe(40);
    fillCycle(core, opened.id, 'managerReview', { [p.staffId]: 70, [other.staffId]: 70 });
    const table = unwrap(await core.call('appraisal.consolidated', { cycleId: opened.id }, manager));
    const live = table.rows.find((r) => r.staffId === p.staffId)!;
    // 70 × 60 % + mean(80, 90) × 40 % = 42 + 34 = 76.
    expect([live.evalTotal, live.quarterMean, live.finalScore, live.grade]).toEqual([70, 85, 76, 'B']);
    advance(opened.id);
    const f = formsByStaff(core, opened.id);
    expect([f[p.staffId]!.evalTotal, f[p.staffId]!.quarterMean, f[p.staffId]!.finalScore]).toEqual([
      70, 85, 76,
    ]);
    // 70 × 60 % + 80 × 40 % = 74; an adjustment would replace the blend.
    expect([f[other.staffId]!.quarterMean, f[other.staffId]!.finalScore]).toEqual([80, 74]);
  });
});

describe('the manager’s adjustment', () => {
  it('needs a reason, and is audited with the score before and after and the reason', async () => {
    const { people, form } = await inManagerReview([72]);
    const f = form(people[0]!);
    const noReason = refusal(
      await core.call(
        'appraisal.adjustScore',
        { id: f.id, version: f.version, total: 85, reason: '' },
        manager,
      ),
    );
    expect(noReason.code).toBe('VALIDATION');
    expect(Object.keys(noReason.fields ?? {})).toEqual(['reason']);
    expect(formNow(f.id).adjustedTotal).toBeNull();

    const mark = auditRowsAfter(core, 0).at(-1)!.id;
    const adjusted = unwrap(await adjust(f.id, 85.5, '客户表扬，经理调整'));
    expect([adjusted.adjustedTotal, adjusted.adjustReason, adjusted.finalScore, adjusted.grade]).toEqual([
      85.5,
      '客户表扬，经理调整',
      85.5,
      'A',
    ]);
    const rows = auditRowsAfter(core, mark);
    expect(rows.map((r) => [r.entity, r.action, r.entityId])).toEqual([
      ['appraisalForm', 'adjust_score', f.id],
    ]);
    expect(rows[0]!.changes).toEqual([
      { field: 'adjustedTotal', before: null, after: 85.5 },
      { field: 'adjustReason', before: null, after: '客户表扬，经理调整' },
    ]);

    const cleared = unwrap(await adjust(f.id, null, '复核后取消调整'));
    expect([cleared.adjustedTotal, cleared.finalScore, cleared.grade]).toEqual([null, 72, 'B']);
    expect(auditRowsAfter(core, mark).at(-1)!.changes).toEqual([
      { field: 'adjustedTotal', before: 85.5, after: null },
      { field: 'adjustReason', before: '客户表扬，经理调整', after: '复核后取消调整' },
    ]);
  });

  it('is refused outside manager review and on an evaluation not submitted, nothing changed', async () => {
    const { people, cycle, form } = await inManagerReview([70, 70], { skip: [1] });
    const missing = refusal(await adjust(form(people[1]!).id, 90));
    expect([missing.code, missing.fields?.form?.key]).toEqual([
      'INVALID_STATE',
      'validation.appraisalNotEvaluated',
    ]);
    expect(formNow(form(people[1]!).id).adjustedTotal).toBeNull();
    const early = await inManagerReview([70]);
    fillCycle(core, early.cycle.id, 'supervisorReview', {});
    const notYet = refusal(await adjust(early.form(early.people[0]!).id, 90));
    expect([notYet.code, notYet.fields?.form?.key]).toEqual([
      'INVALID_STATE',
      'validation.appraisalNotManagerReview',
    ]);
    expect(cycle.phase).toBe('managerReview');
  });
});

describe('phase moves', () => {
  it('publishing before every evaluation is in is refused with the count, nothing changed', async () => {
    const { people, cycle, form } = await inManagerReview([80, 80, 80], { skip: [1, 2] });
    const before = cycleNow(cycle.id);
    const e = thrown(() => advance(cycle.id));
    expect(e.code).toBe('INVALID_STATE');
    expect(e.params).toEqual({ step: 'evaluation', count: 2 });
    expect(e.fields?.phase?.key).toBe('validation.appraisalMissingEvaluation');
    // The cycle's page holds the move back with the same count before main would refuse it.
    const detail = unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, manager));
    expect(detail.blockedBy).toEqual({ step: 'evaluation', count: 2 });
    expect(detail.allowed).not.toContain('advance');
    const after = cycleNow(cycle.id);
    expect([after.phase, after.version, after.appealUntil]).toEqual([before.phase, before.version, null]);
    expect(form(people[0]!).finalScore).toBeNull();
    // A person taken out of the cycle no longer counts.
    removeForm(core, form(people[1]!).id);
    expect(thrown(() => advance(cycle.id)).params).toEqual({ step: 'evaluation', count: 1 });
    removeForm(core, form(people[2]!).id);
    expect(advance(cycle.id).phase).toBe('published');
    expect(form(people[1]!).finalScore).toBeNull();
  });

  it('each earlier phase waits for its step: plans agreed, self-assessments submitted, evaluations submitted', async () => {
    const p = await person(core, manager, { groupId: groups.sales!, position });
    const q = await person(core, manager, { groupId: groups.sales!, position });
    const [periodFrom, periodTo] = nextPeriod();
    const c = openTestCycle(core, manager, {
      kind: 'quarterly',
      periodFrom,
      periodTo,
      staffIds: [p.staffId, q.staffId],
    });
    expect(thrown(() => advance(c.id)).params).toEqual({ step: 'plan', count: 2 });
    fillCycle(core, c.id, 'selfAssessment', {}, { skip: [q.staffId] });
    // fillCycle put the cycle in selfAssessment: the self-assessments are what it waits for now.
    expect(thrown(() => advance(c.id)).params).toEqual({ step: 'self', count: 2 });
    fillCycle(core, c.id, 'supervisorReview', {}, { skip: [q.staffId] });
    expect(thrown(() => advance(c.id)).params).toEqual({ step: 'evaluation', count: 2 });
    fillCycle(core, c.id, 'selfAssessment', {}, { complete: true });
    expect(advance(c.id).phase).toBe('supervisorReview');
    fillCycle(core, c.id, 'supervisorReview', {}, { complete: true });
    expect(advance(c.id).phase).toBe('managerReview');
  });

  it('publication keeps every result and opens the appeal window for the settings’ days; closing waits for it', async () => {
    const { people, cycle, form } = await inManagerReview([85, 65]);
    const mark = auditRowsAfter(core, 0).at(-1)!.id;
    const published = advance(cycle.id);
    expect([published.phase, published.appealUntil]).toEqual(['published', '2026-12-04']);
    const rows = auditRowsAfter(core, mark);
    expect(
      rows
        .filter((r) => r.action === 'publish')
        .map((r) => r.entity)
        .sort(),
    ).toEqual(['appraisalCycle', 'appraisalForm', 'appraisalForm']);
    expect(form(people[0]!).items.find((i) => i.scoring === 'quantitative')!.actual).toBe(85);

    const early = thrown(() => advance(cycle.id));
    expect([early.code, early.fields?.phase?.key]).toEqual([
      'INVALID_STATE',
      'validation.appraisalAppealWindowOpen',
    ]);
    // An appeal filed on the last day keeps the cycle open until it is resolved.
    clock.advance(7 * DAY);
    const f = form(people[1]!);
    unwrap(
      await core.call(
        'appraisal.appeal',
        { id: f.id, version: f.version, reason: '指标目标过高' },
        people[1]!.session!,
      ),
    );
    clock.advance(DAY);
    expect(thrown(() => advance(cycle.id)).params).toEqual({ step: 'appeal', count: 1 });
    const open = form(people[1]!);
    unwrap(
      await core.call(
        'appraisal.resolveAppeal',
        { id: open.id, version: open.version, outcome: 'upheld', note: '目标经双方确认', total: null },
        manager,
      ),
    );
    const closed = advance(cycle.id);
    expect(closed.phase).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(thrown(() => advance(cycle.id)).fields?.phase?.key).toBe('validation.appraisalCycleClosed');
    clock.advance(-8 * DAY);
  });
});

describe('acknowledging and appealing', () => {
  it('the person acknowledges once; appeals once inside the window, with a reason; not after it', async () => {
    const { people, cycle, form } = await inManagerReview([70, 70, 70]);
    const [a, b] = people;
    const notYet = refusal(
      await core.call(
        'appraisal.appeal',
        { id: form(a!).id, version: form(a!).version, reason: '不服' },
        a!.session!,
      ),
    );
    expect(notYet.fields?.reason?.key).toBe('validation.appealWindowClosed');
    advance(cycle.id);
    const ack = unwrap(
      await core.call('appraisal.acknowledge', { id: form(a!).id, version: form(a!).version }, a!.session!),
    );
    expect(ack.acknowledgedAt).not.toBeNull();
    expect(ack.allowed).toEqual(['appeal']);
    const twiceAck = refusal(
      await core.call('appraisal.acknowledge', { id: form(a!).id, version: form(a!).version }, a!.session!),
    );
    expect(twiceAck.fields?.form?.key).toBe('validation.appraisalAlreadyAcknowledged');
    // Someone else's result is not theirs to acknowledge or appeal: it does not exist for them.
    expect(
      refusal(
        await core.call('appraisal.acknowledge', { id: form(b!).id, version: form(b!).version }, a!.session!),
      ).code,
    ).toBe('NOT_FOUND');
    const noReason = refusal(
      await core.call(
        'appraisal.appeal',
        { id: form(a!).id, version: form(a!).version, reason: ' ' },
        a!.session!,
      ),
    );
    expect(Object.keys(noReason.fields ?? {})).toEqual(['reason']);

    clock.advance(7 * DAY); // the window's last day
    const appealed = unwrap(
      await core.call(
        'appraisal.appeal',
        { id: form(a!).id, version: form(a!).version, reason: '客户满意度统计有误' },
        a!.session!,
      ),
    );
    expect(appealed.appeal).toMatchObject({ status: 'open', reason: '客户满意度统计有误', scoreBefore: 70 });
    const twice = refusal(
      await core.call(
        'appraisal.appeal',
        { id: form(a!).id, version: form(a!).version, reason: '再次申诉' },
        a!.session!,
      ),
    );
    expect([twice.code, twice.fields?.reason?.key]).toEqual(['INVALID_STATE', 'validation.alreadyAppealed']);
    clock.advance(DAY); // the day after
    const late = refusal(
      await core.call(
        'appraisal.appeal',
        { id: form(b!).id, version: form(b!).version, reason: '逾期申诉' },
        b!.session!,
      ),
    );
    expect([late.code, late.fields?.reason?.key]).toEqual(['INVALID_STATE', 'validation.appealWindowClosed']);
    expect(formNow(form(b!).id).appealStatus).toBeNull();
    clock.advance(-8 * DAY);
  });

  it('the manager resolves: upheld keeps the result; adjusted needs the new score and regrades; the note is required', async () => {
    const { people, cycle, form } = await inManagerReview([78, 78]);
    advance(cycle.id);
    for (const p of people)
      unwrap(
        await core.call(
          'appraisal.appeal',
          { id: form(p).id, version: form(p).version, reason: '申诉理由' },
          p.session!,
        ),
      );
    const [a, b] = people.map(form);
    const noNote = refusal(
      await core.call(
        'appraisal.resolveAppeal',
        { id: a!.id, version: a!.version, outcome: 'upheld', note: '', total: null },
        manager,
      ),
    );
    expect(Object.keys(noNote.fields ?? {})).toEqual(['note']);
    const noTotal = refusal(
      await core.call(
        'appraisal.resolveAppeal',
        { id: b!.id, version: b!.version, outcome: 'adjusted', note: '复核后上调', total: null },
        manager,
      ),
    );
    expect([noTotal.code, noTotal.fields?.total?.key]).toEqual([
      'VALIDATION',
      'validation.appraisalAdjustedTotal',
    ]);
    const upheld = unwrap(
      await core.call(
        'appraisal.resolveAppeal',
        { id: a!.id, version: a!.version, outcome: 'upheld', note: '维持', total: null },
        manager,
      ),
    );
    expect([upheld.finalScore, upheld.grade, upheld.appeal?.status, upheld.appeal?.note]).toEqual([
      78,
      'B',
      'upheld',
      '维持',
    ]);
    const adjusted = unwrap(
      await core.call(
        'appraisal.resolveAppeal',
        { id: b!.id, version: b!.version, outcome: 'adjusted', note: '复核后上调', total: 81 },
        manager,
      ),
    );
    expect([
      adjusted.finalScore,
      adjusted.grade,
      adjusted.appeal?.status,
      adjusted.appeal?.scoreBefore,
    ]).toEqual([81, 'A', 'adjusted', 78]);
    expect(adjusted.appeal?.resolvedByName).toBe('王经理');
    const again = refusal(
      await core.call(
        'appraisal.resolveAppeal',
        { id: b!.id, version: formNow(b!.id).version, outcome: 'upheld', note: '再次', total: null },
        manager,
      ),
    );
    expect(again.fields?.form?.key).toBe('validation.appraisalNoOpenAppeal');
  });
});

/*
 * Who sees what, written from the rulebook (not computed): the manager every row; a group lead the rows of
 * their group but not their own; a deputy the rows of the groups in their charge; a staff member no table.
 */
describe('confidentiality of the consolidated table, its export and a history', () => {
  let cycleId: string;
  const who: Record<string, Person> = {};

  beforeAll(async () => {
    who.lead = await person(core, manager, { groupId: groups.sales!, position, role: 'group_lead' });
    who.s1 = await person(core, manager, { groupId: groups.sales!, position, role: 'staff' });
    who.s2 = await person(core, manager, { groupId: groups.sales!, position, role: 'staff' });
    who.m1 = await person(core, manager, { groupId: groups.market!, position, role: 'staff' });
    who.deputy = await person(core, manager, {
      groupId: null,
      position,
      role: 'deputy',
      chargeGroupIds: [groups.market!],
    });
    who.otherDeputy = await person(core, manager, {
      groupId: null,
      position,
      role: 'deputy',
      chargeGroupIds: [groups.service!],
    });
    const c = await inManagerReview([91, 82, 73, 64], { people: [who.lead, who.s1, who.s2, who.m1] });
    cycleId = c.cycle.id;
  });

  const EXPECTED: Record<string, string[] | 'FORBIDDEN' | 'NOT_FOUND'> = {
    manager: ['lead', 's1', 's2', 'm1'],
    lead: ['s1', 's2'],
    deputy: ['m1'],
    otherDeputy: 'NOT_FOUND',
    s1: 'FORBIDDEN',
  };
  const sessionOf = (k: string) => (k === 'manager' ? manager : who[k]!.session!);
  const nameOf = (staffId: string) => Object.entries(who).find(([, p]) => p.staffId === staffId)![0];

  it.each(Object.entries(EXPECTED))('%s: the consolidated table', async (k, expected) => {
    const r = await core.call('appraisal.consolidated', { cycleId }, sessionOf(k));
    if (typeof expected === 'string') return expect(refusal(r).code).toBe(expected);
    const table = unwrap(r);
    expect(table.rows.map((row) => nameOf(row.staffId)).sort()).toEqual([...expected].sort());
  });

  it.each(Object.entries(EXPECTED))('%s: the Excel export holds the same rows', async (k, expected) => {
    const r = await core.call('appraisal.exportConsolidated', { cycleId, locale: 'zh-CN' }, sessionOf(k));
    if (typeof expected === 'string') return expect(refusal(r).code).toBe(expected);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(unwrap(r).bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const names: string[] = [];
    sheet.eachRow((row, i) => {
      if (i > 1) names.push(String(row.getCell(2).value));
    });
    expect(names.sort()).toEqual(expected.map((e) => who[e]!.name).sort());
  });

  it('the distribution counts the rows shown and warns above the guideline', async () => {
    const table = unwrap(await core.call('appraisal.consolidated', { cycleId }, manager));
    expect(table.distribution.counts).toEqual({ S: 1, A: 1, B: 1, C: 1, D: 0 });
    // S 25 % > 10 %; A 25 % ≤ 30 %.
    expect(table.distribution.overGuideline).toEqual([{ grade: 'S', share: 25, ceiling: 10 }]);
  });

  it('a history: the person their published results; overseers of them; nobody else', async () => {
    const before = unwrap(
      await core.call('appraisal.history', { staffId: who.s1!.staffId }, who.s1!.session!),
    );
    expect(before.rows).toEqual([]);
    advance(cycleId);
    const own = unwrap(await core.call('appraisal.history', { staffId: who.s1!.staffId }, who.s1!.session!));
    expect(own.rows.map((r) => [r.cycleId, r.finalScore, r.grade])).toEqual([[cycleId, 82, 'A']]);
    expect(
      unwrap(await core.call('appraisal.history', { staffId: who.s1!.staffId }, who.lead!.session!)).rows,
    ).toHaveLength(1);
    expect(
      unwrap(await core.call('appraisal.history', { staffId: who.m1!.staffId }, who.deputy!.session!)).rows,
    ).toHaveLength(1);
    expect(
      unwrap(await core.call('appraisal.history', { staffId: who.s1!.staffId }, manager)).rows,
    ).toHaveLength(1);
    for (const [reader, about] of [
      ['s2', 's1'],
      ['deputy', 's1'],
      ['otherDeputy', 'm1'],
      ['lead', 'lead'],
    ] as const) {
      const r = await core.call('appraisal.history', { staffId: who[about]!.staffId }, sessionOf(reader));
      if (reader === 'lead') expect(unwrap(r).rows).toHaveLength(1);
      else expect(refusal(r).code).toBe('NOT_FOUND');
    }
  });
});
