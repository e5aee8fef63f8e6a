import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { AppraisalCycle } from '../../../src/shared/appraisal/cycles';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';
import { templateInput } from '../../support/appraisalInputs';
import { addPerson, quarterlyCycle, setLead, type Person } from '../../support/appraisalCycles';
import { errorOf, fieldKeys } from '../service/support';

/*
 * The department of these tests (the org chart decides who evaluates whom):
 *   sales   — lead 林组长 (L); 石主管 (S) supervises 包 (B); 艾 (A) has no supervisor; 潘 (P) holds a position
 *             with its own template; 白 (B2) has a supervisor who has left.
 *   market  — no lead; the deputy 邓 (D) is in charge of market and sales; 程 (C).
 *   service — lead 廖 (L2), nobody in charge; 尹 (E).
 *   no group — 宁 (N), a consultant, and the deputy 邓 (D): both with a position template.
 * The manager is never in a cycle.
 */

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let p: Record<string, Person>;
let managerStaffId: string;
let salesTemplate: string;
let positionTemplate: string;

const db = () => core.store.db;
const count = (table: string) =>
  (db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeAll(async () => {
  core = await makeCore();
  ({ manager, groups } = await setUpDepartment(core));
  const me = unwrap(await core.call('auth.me', {}, manager));
  managerStaffId = me!.staffId;
  const add = (name: string, o: Omit<Parameters<typeof addPerson>[2], 'name'>) =>
    addPerson(core, manager, { name, ...o });
  p = {};
  p.L = await add('林组长', { groupId: groups.sales, role: 'group_lead' });
  await setLead(core, manager, groups.sales!, p.L.staffId);
  p.S = await add('石主管', { groupId: groups.sales });
  p.B = await add('包小红', { groupId: groups.sales, supervisorId: p.S.staffId, role: 'staff' });
  p.A = await add('艾小明', { groupId: groups.sales, role: 'staff' });
  const gone = await add('离职者', { groupId: groups.sales, status: 'left' });
  p.B2 = await add('白小青', { groupId: groups.sales, supervisorId: gone.staffId });
  p.P = await add('潘大客', { groupId: groups.sales, position: '大客户经理' });
  p.D = await add('邓副经理', {
    role: 'deputy',
    position: '副经理',
    chargeGroupIds: [groups.market!, groups.sales!],
  });
  p.C = await add('程市场', { groupId: groups.market, role: 'staff' });
  p.L2 = await add('廖组长', { groupId: groups.service, role: 'group_lead' });
  await setLead(core, manager, groups.service!, p.L2.staffId);
  p.E = await add('尹服务', { groupId: groups.service });
  p.N = await add('宁顾问', { position: '顾问' });
  for (const position of ['大客户经理', '副经理', '顾问'])
    unwrap(
      await core.call('appraisal.createTemplate', await templateInput(core, manager, { position }), manager),
    );
  const templates = unwrap(await core.call('appraisal.listTemplates', { includeInactive: false }, manager));
  salesTemplate = templates.find((t) => t.groupId === groups.sales)!.id;
  positionTemplate = templates.find((t) => t.position === '大客户经理')!.id;
});
afterAll(() => core.close());

const byName = (id: string) => Object.entries(p).find(([, x]) => x.staffId === id)?.[0] ?? id;

describe('opening a cycle', () => {
  it('previews everyone active but the manager, each with their template and evaluator from the org chart', async () => {
    const rows = unwrap(
      await core.call('appraisal.previewCycle', { everyone: true, groupIds: [], staffIds: [] }, manager),
    );
    const evaluator = Object.fromEntries(rows.map((r) => [byName(r.staffId), byName(r.evaluatorId!)]));
    expect(evaluator).toEqual({
      L: 'D', // a lead: the deputy in charge of the group
      S: 'L', // no supervisor: the group's lead
      B: 'S', // the direct supervisor
      A: 'L',
      B2: 'L', // the supervisor has left: the group's lead
      P: 'L',
      D: managerStaffId, // no group: the manager
      C: 'D', // no lead in market: the deputy in charge
      L2: managerStaffId, // a lead with no deputy in charge: the manager
      E: 'L2',
      N: managerStaffId,
    });
    expect(rows.some((r) => r.staffId === managerStaffId)).toBe(false);
    expect(rows.some((r) => r.staffName === '离职者')).toBe(false);
    const template = Object.fromEntries(rows.map((r) => [byName(r.staffId), r.templateId]));
    expect(template.P).toBe(positionTemplate); // the position's template before the group's
    expect(template.A).toBe(salesTemplate);
    expect(rows.find((r) => byName(r.staffId) === 'B')!.evaluatorName).toBe('石主管');
  });

  it('takes in whole groups and named people', async () => {
    const rows = unwrap(
      await core.call(
        'appraisal.previewCycle',
        { everyone: false, groupIds: [groups.market!], staffIds: [p.N!.staffId, managerStaffId] },
        manager,
      ),
    );
    expect(rows.map((r) => byName(r.staffId)).sort()).toEqual(['C', 'N']);
  });

  it('refuses bad input with every problem by field, and writes nothing', async () => {
    const [cycles, forms, audit] = [count('appraisal_cycles'), count('appraisal_forms'), count('audit_log')];
    const r = await core.call(
      'appraisal.openCycle',
      quarterlyCycle({
        periodFrom: '2026-12-31',
        periodTo: '2026-10-01',
        deadlines: {
          goalSetting: '2026-12-10',
          selfAssessment: '2026-12-05',
          supervisorReview: '2026-12-18',
          managerReview: '2026-12-17',
        },
      }),
      manager,
    );
    expect(errorOf(r).code).toBe('VALIDATION');
    expect(fieldKeys(r)).toEqual({
      periodTo: 'validation.appraisalPeriodOrder',
      'deadlines.selfAssessment': 'validation.appraisalDeadlineOrder',
      'deadlines.managerReview': 'validation.appraisalDeadlineOrder',
      people: 'validation.appraisalNoPeople',
    });
    expect([count('appraisal_cycles'), count('appraisal_forms'), count('audit_log')]).toEqual([
      cycles,
      forms,
      audit,
    ]);
  });

  it('opens the cycle in goal setting with one form per person, template and evaluator fixed on it', async () => {
    // Numbered on a counter of its own: a client file (KH-) entered this year does not move it.
    unwrap(
      await core.call(
        'clients.create',
        { name: '编号测试有限公司', industry: '制造业', province: '江苏', city: '苏州' },
        manager,
      ),
    );
    const audit = count('audit_log');
    const cycle = unwrap(await core.call('appraisal.openCycle', quarterlyCycle({ everyone: true }), manager));
    expect(cycle).toMatchObject({ phase: 'goalSetting', formCount: 11, quarterWeight: null });
    expect(cycle.code).toBe('JX-2026-001');
    const rows = db()
      .prepare(
        'SELECT staff_id AS staffId, evaluator_id AS evaluatorId, template_id AS templateId FROM appraisal_forms WHERE cycle_id = ?',
      )
      .all(cycle.id) as { staffId: string; evaluatorId: string; templateId: string }[];
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r.staffId === p.B!.staffId)!.evaluatorId).toBe(p.S!.staffId);
    expect(rows.find((r) => r.staffId === p.P!.staffId)!.templateId).toBe(positionTemplate);
    expect(count('audit_log')).toBe(audit + 1);
  });

  it('refuses a person already in an overlapping cycle of the same kind, naming them', async () => {
    const r = await core.call(
      'appraisal.openCycle',
      quarterlyCycle({ periodFrom: '2026-12-01', periodTo: '2027-02-28', staffIds: [p.A!.staffId] }),
      manager,
    );
    expect(errorOf(r).fields!.people).toEqual({
      key: 'validation.appraisalAlreadyInCycle',
      params: { count: 1, names: '艾小明' },
    });
  });

  it('is the manager’s alone', async () => {
    expect(
      errorOf(await core.call('appraisal.openCycle', quarterlyCycle({ everyone: true }), p.D!.session!)).code,
    ).toBe('FORBIDDEN');
  });
});

/** Marks a step done on the forms of these people (the forms' own screens are tested with them). */
function done(cycleId: string, column: string, people: Person[]) {
  for (const x of people)
    db()
      .prepare(
        `UPDATE appraisal_forms SET ${column} = '2026-11-20T02:00:00.000Z' WHERE cycle_id = ? AND staff_id = ?`,
      )
      .run(cycleId, x.staffId);
}

describe('moving a cycle through its phases', () => {
  let cycle: AppraisalCycle;
  beforeAll(async () => {
    cycle = unwrap(
      await core.call(
        'appraisal.openCycle',
        quarterlyCycle({
          kind: 'monthly',
          nameZh: '2026年10月考核',
          periodFrom: '2026-10-01',
          periodTo: '2026-10-31',
          staffIds: [p.A!.staffId, p.C!.staffId],
          deadlines: {
            goalSetting: '2026-11-20',
            selfAssessment: '2026-11-30',
            supervisorReview: '2026-12-05',
            managerReview: '2026-12-10',
          },
        }),
        manager,
      ),
    );
  });
  const advance = async () => {
    const current = unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, manager)).cycle;
    return core.call('appraisal.advanceCycle', { id: cycle.id, version: current.version }, manager);
  };

  it('shows who is late in goal setting and refuses the move while plans are not agreed, with the count', async () => {
    const detail = unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, manager));
    expect(detail.blockedBy).toEqual({ step: 'plan', count: 2 });
    expect(detail.allowed).toEqual(['editDeadlines']);
    expect(detail.progress.pending.map((s) => [byName(s.staffId), s.step, s.late, s.dueDate]).sort()).toEqual(
      [
        ['A', 'plan', true, '2026-11-20'],
        ['C', 'plan', true, '2026-11-20'],
      ],
    );
    // Nobody has written a plan yet: the person is the one to act.
    expect(detail.progress.pending.find((s) => s.staffId === p.A!.staffId)!.actorId).toBe(p.A!.staffId);
    const before = count('audit_log');
    const r = await advance();
    expect(errorOf(r)).toMatchObject({ code: 'INVALID_STATE', params: { step: 'plan', count: 2 } });
    expect(count('audit_log')).toBe(before);

    done(cycle.id, 'plan_agreed_at', [p.A!]);
    expect(errorOf(await advance()).params).toEqual({ step: 'plan', count: 1 });
  });

  it('moves on once every plan is agreed, then waits for the self-assessments and the evaluations', async () => {
    done(cycle.id, 'plan_agreed_at', [p.C!]);
    expect(unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, manager)).allowed).toContain(
      'advance',
    );
    expect(unwrap(await advance()).phase).toBe('selfAssessment');
    expect(errorOf(await advance()).params).toEqual({ step: 'self', count: 2 });
    done(cycle.id, 'self_submitted_at', [p.A!, p.C!]);
    expect(unwrap(await advance()).phase).toBe('supervisorReview');
    const detail = unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, manager));
    expect(detail.progress).toMatchObject({
      total: 2,
      planAgreed: 2,
      selfSubmitted: 2,
      evaluationSubmitted: 0,
    });
    expect(detail.progress.pending.map((s) => [byName(s.staffId), byName(s.actorId), s.late]).sort()).toEqual(
      [
        ['A', 'L', false],
        ['C', 'D', false],
      ],
    );
    expect(errorOf(await advance()).params).toEqual({ step: 'evaluation', count: 2 });
    done(cycle.id, 'eval_submitted_at', [p.A!, p.C!]);
    expect(unwrap(await advance()).phase).toBe('managerReview');
  });

  it('refuses a move from a stale version of the cycle', async () => {
    const r = await core.call('appraisal.advanceCycle', { id: cycle.id, version: 1 }, manager);
    expect(errorOf(r).code).toBe('CONFLICT');
  });

  it('keeps a person out of the counts once removed, and refuses a removal without a reason', async () => {
    const other = unwrap(
      await core.call(
        'appraisal.openCycle',
        quarterlyCycle({
          kind: 'annual',
          nameZh: '2026年度考核',
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
          staffIds: [p.A!.staffId, p.C!.staffId],
        }),
        manager,
      ),
    );
    expect(other.quarterWeight).toBe(40);
    const detail = unwrap(await core.call('appraisal.getCycle', { id: other.id }, manager));
    const form = detail.forms.find((f) => f.staffId === p.C!.staffId)!;
    expect(form.allowed).toEqual(expect.arrayContaining(['remove', 'reassignEvaluator']));
    expect(
      fieldKeys(
        await core.call(
          'appraisal.removeFromCycle',
          { id: form.id, version: form.version, reason: ' ' },
          manager,
        ),
      ),
    ).toEqual({ reason: expect.any(String) });
    unwrap(
      await core.call(
        'appraisal.removeFromCycle',
        { id: form.id, version: form.version, reason: '长期病假' },
        manager,
      ),
    );
    const after = unwrap(await core.call('appraisal.getCycle', { id: other.id }, manager));
    expect(after.cycle.formCount).toBe(1);
    expect(after.progress.total).toBe(1);
    expect(after.blockedBy).toEqual({ step: 'plan', count: 1 });
    expect(after.forms.at(-1)).toMatchObject({
      staffId: p.C!.staffId,
      removedReason: '长期病假',
      allowed: [],
    });
    // Removed: nothing more is done to the form; C no longer sees the cycle.
    const removed = after.forms.at(-1)!;
    expect(
      errorOf(
        await core.call(
          'appraisal.removeFromCycle',
          { id: removed.id, version: removed.version, reason: 'x' },
          manager,
        ),
      ).code,
    ).toBe('INVALID_STATE');
    expect(errorOf(await core.call('appraisal.getCycle', { id: other.id }, p.C!.session!)).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('deadlines', () => {
  it('keeps them in phase order, by field, and records the change', async () => {
    const [cycle] = unwrap(
      await core.call('appraisal.listCycles', { kinds: ['quarterly'], phases: [], year: 2026 }, manager),
    );
    const bad = await core.call(
      'appraisal.updateDeadlines',
      {
        id: cycle!.id,
        version: cycle!.version,
        deadlines: { ...cycle!.deadlines, supervisorReview: '2026-12-01' },
      },
      manager,
    );
    expect(fieldKeys(bad)).toEqual({ 'deadlines.supervisorReview': 'validation.appraisalDeadlineOrder' });
    const moved = unwrap(
      await core.call(
        'appraisal.updateDeadlines',
        {
          id: cycle!.id,
          version: cycle!.version,
          deadlines: { ...cycle!.deadlines, managerReview: '2026-12-30' },
        },
        manager,
      ),
    );
    expect(moved.deadlines.managerReview).toBe('2026-12-30');
    const row = db()
      .prepare(
        `SELECT action, changes FROM audit_log WHERE entity = 'appraisalCycle' AND entity_id = ? ORDER BY rowid DESC LIMIT 1`,
      )
      .get(cycle!.id) as { action: string; changes: string };
    expect(row.action).toBe('deadlines');
    expect(JSON.parse(row.changes)).toEqual([
      { field: 'managerReviewDue', before: '2026-12-25', after: '2026-12-30' },
    ]);
  });

  it('refuses a change once the cycle is closed', async () => {
    const [cycle] = unwrap(
      await core.call('appraisal.listCycles', { kinds: ['monthly'], phases: [], year: 2026 }, manager),
    ).filter((c) => c.periodFrom === '2026-10-01');
    db().prepare(`UPDATE appraisal_cycles SET phase = 'closed' WHERE id = ?`).run(cycle!.id);
    const r = await core.call(
      'appraisal.updateDeadlines',
      { id: cycle!.id, version: cycle!.version, deadlines: cycle!.deadlines },
      manager,
    );
    expect(errorOf(r).code).toBe('INVALID_STATE');
    db().prepare(`UPDATE appraisal_cycles SET phase = 'managerReview' WHERE id = ?`).run(cycle!.id);
  });
});

describe('handing a form to another evaluator', () => {
  const formOf = async (cycleId: string, who: Person) =>
    unwrap(await core.call('appraisal.getCycle', { id: cycleId }, manager)).forms.find(
      (f) => f.staffId === who.staffId,
    )!;
  const quarterly = async () =>
    unwrap(
      await core.call('appraisal.listCycles', { kinds: ['quarterly'], phases: [], year: 2026 }, manager),
    )[0]!;

  it('moves the form to an active member of staff, and the new evaluator sees it', async () => {
    const cycle = await quarterly();
    const form = await formOf(cycle.id, p.A!);
    const f = unwrap(
      await core.call(
        'appraisal.reassignEvaluator',
        { id: form.id, version: form.version, evaluatorId: p.S!.staffId },
        manager,
      ),
    );
    expect(f).toMatchObject({ evaluatorId: p.S!.staffId, evaluatorName: '石主管' });
    const row = db()
      .prepare(
        `SELECT action, changes FROM audit_log WHERE entity = 'appraisalForm' AND entity_id = ? ORDER BY rowid DESC LIMIT 1`,
      )
      .get(form.id) as { action: string; changes: string };
    expect(row.action).toBe('reassignEvaluator');
    expect(JSON.parse(row.changes)).toEqual([
      { field: 'evaluatorId', before: p.L!.staffId, after: p.S!.staffId },
    ]);
  });

  it('refuses the person themselves, the same evaluator, someone who left — by field, nothing changed', async () => {
    const cycle = await quarterly();
    const form = await formOf(cycle.id, p.B!);
    const gone = (db().prepare(`SELECT id FROM staff WHERE name = '离职者'`).get() as { id: string }).id;
    for (const [evaluatorId, key] of [
      [p.B!.staffId, 'validation.appraisalEvaluatorSelf'],
      [p.S!.staffId, 'validation.appraisalEvaluatorSame'],
      [gone, 'validation.appraisalEvaluatorInactive'],
    ] as const)
      expect(
        fieldKeys(
          await core.call(
            'appraisal.reassignEvaluator',
            { id: form.id, version: form.version, evaluatorId },
            manager,
          ),
        ),
      ).toEqual({ evaluatorId: key });
    expect((await formOf(cycle.id, p.B!)).version).toBe(form.version);
  });

  it('refuses once the evaluation is in', async () => {
    const cycle = await quarterly();
    done(cycle.id, 'eval_submitted_at', [p.E!]);
    const form = await formOf(cycle.id, p.E!);
    expect(form.allowed).not.toContain('reassignEvaluator');
    const r = await core.call(
      'appraisal.reassignEvaluator',
      { id: form.id, version: form.version, evaluatorId: p.S!.staffId },
      manager,
    );
    expect(errorOf(r).code).toBe('INVALID_STATE');
    db().prepare(`UPDATE appraisal_forms SET eval_submitted_at = NULL WHERE id = ?`).run(form.id);
  });
});

describe('who sees which cycle and which of its forms', () => {
  /*
   * Written from the rulebook, not computed: the person sees their own form; the evaluator the forms they
   * evaluate; a group's lead the forms of their group; a deputy the forms of the groups in their charge; the
   * manager all. Forms of the quarterly cycle (everyone), after A was handed to S.
   */
  const QUARTERLY_EXPECTED: Record<string, string[]> = {
    A: ['A'],
    B: ['B'],
    C: ['C'],
    L: ['A', 'B', 'B2', 'L', 'P', 'S'], // lead of sales; evaluates S, B2, P
    D: ['A', 'B', 'B2', 'C', 'D', 'L', 'P', 'S'], // in charge of market and sales; own form
    L2: ['E', 'L2'], // lead of service; a lead of another group sees nothing of sales
    manager: ['A', 'B', 'B2', 'C', 'D', 'E', 'L', 'L2', 'N', 'P', 'S'],
  };
  const sessionOf = (who: string) => (who === 'manager' ? manager : p[who]!.session!);

  it('shows each reader the quarterly cycle with only the forms they may see', async () => {
    const cycle = unwrap(
      await core.call('appraisal.listCycles', { kinds: ['quarterly'], phases: [], year: null }, manager),
    )[0]!;
    for (const [who, expected] of Object.entries(QUARTERLY_EXPECTED)) {
      const listed = unwrap(
        await core.call(
          'appraisal.listCycles',
          { kinds: ['quarterly'], phases: [], year: null },
          sessionOf(who),
        ),
      );
      expect(
        listed.map((c) => [c.id, c.formCount]),
        who,
      ).toEqual([[cycle.id, expected.length]]);
      const detail = unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, sessionOf(who)));
      expect(detail.forms.map((f) => byName(f.staffId)).sort(), who).toEqual(expected);
      expect(detail.progress.total, who).toBe(expected.length);
      expect(
        detail.progress.pending.every((s) => expected.includes(byName(s.staffId))),
        who,
      ).toBe(true);
      expect(detail.allowed, who).toEqual(who === 'manager' ? ['editDeadlines'] : []);
    }
  });

  it('hides a cycle without a form of theirs from everyone else (NOT_FOUND, not listed)', async () => {
    // The annual cycle took in A and C; C was removed from it.
    const annual = unwrap(
      await core.call('appraisal.listCycles', { kinds: ['annual'], phases: [], year: null }, manager),
    )[0]!;
    const SEES = { A: true, B: false, C: false, L: true, D: true, L2: false, manager: true };
    for (const [who, sees] of Object.entries(SEES)) {
      const listed = unwrap(
        await core.call(
          'appraisal.listCycles',
          { kinds: ['annual'], phases: [], year: null },
          sessionOf(who),
        ),
      );
      expect(listed.length, who).toBe(sees ? 1 : 0);
      const r = await core.call('appraisal.getCycle', { id: annual.id }, sessionOf(who));
      if (sees) expect(r.ok, who).toBe(true);
      else expect(errorOf(r).code, who).toBe('NOT_FOUND');
    }
  });

  it('lets nobody but the manager preview, open or change a cycle', async () => {
    for (const who of ['A', 'L', 'D']) {
      const r = await core.call(
        'appraisal.previewCycle',
        { everyone: true, groupIds: [], staffIds: [] },
        sessionOf(who),
      );
      expect(errorOf(r).code).toBe('FORBIDDEN');
    }
  });
});
