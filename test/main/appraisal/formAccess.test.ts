import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { UserCtx } from '../../../src/main/core/context';
import type { Session } from '../../../src/main/core/session';
import { printEvaluation, printSelf } from '../../../src/main/domains/appraisal/formPdf';
import { AppError } from '../../../src/shared/contract/errors';
import type { Result } from '../../../src/shared/contract/errors';
import { fakePdfPrinter } from '../contract/support';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import {
  evaluationItemsFor,
  formAt,
  readForm,
  selfItemsFor,
  targetsFor,
  type FormStage,
} from '../../support/appraisalForms';

/*
 * Who may do what to one person's form, channel by channel and role by role (issue 10 §5), written out by
 * hand from the rulebook — not derived from access.ts:
 * the person, their evaluator, the lead of their group, the deputy in charge of it and the manager read it;
 * another staff member, the lead of another group and a deputy in charge of another group get NOT_FOUND.
 * Of the readers, each step belongs to one: the plan to the person and the evaluator (agreed by the evaluator
 * or the manager), the self-assessment to the person, the evaluation to the evaluator — the others FORBIDDEN.
 */

type Who =
  'person' | 'otherStaff' | 'evaluator' | 'lead' | 'otherLead' | 'deputy' | 'otherDeputy' | 'manager';
const WHO: Who[] = [
  'person',
  'otherStaff',
  'evaluator',
  'lead',
  'otherLead',
  'deputy',
  'otherDeputy',
  'manager',
];
type Answer = 'ok' | 'NOT_FOUND' | 'FORBIDDEN';

const READERS: Record<Who, Answer> = {
  person: 'ok',
  otherStaff: 'NOT_FOUND',
  evaluator: 'ok',
  lead: 'ok',
  otherLead: 'NOT_FOUND',
  deputy: 'ok',
  otherDeputy: 'NOT_FOUND',
  manager: 'ok',
};
const only = (...who: Who[]): Record<Who, Answer> =>
  Object.fromEntries(
    WHO.map((w) => [w, READERS[w] === 'NOT_FOUND' ? 'NOT_FOUND' : who.includes(w) ? 'ok' : 'FORBIDDEN']),
  ) as Record<Who, Answer>;

type Channel =
  | 'getForm'
  | 'sourceRecords'
  | 'printSelf'
  | 'printEvaluation'
  | 'printEvaluationPublished'
  | 'savePlan'
  | 'agreePlan'
  | 'saveSelf'
  | 'submitSelf'
  | 'saveEvaluation'
  | 'submitEvaluation';

const EXPECTED: Record<Channel, Record<Who, Answer>> = {
  getForm: READERS,
  sourceRecords: READERS,
  printSelf: READERS,
  // Before publication the person may not print the evaluation (they cannot see it yet).
  printEvaluation: only('evaluator', 'lead', 'deputy', 'manager'),
  printEvaluationPublished: READERS,
  savePlan: only('person', 'evaluator'),
  agreePlan: only('evaluator', 'manager'),
  saveSelf: only('person'),
  submitSelf: only('person'),
  saveEvaluation: only('evaluator'),
  submitEvaluation: only('evaluator'),
};

/** The stage each channel is tried at: the phase where its step is legal. */
const STAGE: Record<Channel, FormStage> = {
  getForm: 'selfSubmitted',
  sourceRecords: 'selfSubmitted',
  printSelf: 'selfSubmitted',
  printEvaluation: 'evaluated',
  printEvaluationPublished: 'published',
  savePlan: 'goalSetting',
  agreePlan: 'goalSetting',
  saveSelf: 'planAgreed',
  submitSelf: 'planAgreed',
  saveEvaluation: 'selfSubmitted',
  submitEvaluation: 'selfSubmitted',
};

let core: Core;
let manager: Session;
const s = {} as Record<Who, Session>;

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock(), printer: fakePdfPrinter });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  s.manager = manager;
  s.person = await sessionFor(core, manager, 'staff', groups.sales!);
  s.otherStaff = await sessionFor(core, manager, 'staff', groups.sales!);
  s.evaluator = await sessionFor(core, manager, 'staff', groups.sales!);
  s.lead = await sessionFor(core, manager, 'group_lead', groups.sales!);
  s.otherLead = await sessionFor(core, manager, 'group_lead', groups.market!);
  s.deputy = await sessionFor(core, manager, 'deputy', groups.sales!);
  s.otherDeputy = await sessionFor(core, manager, 'deputy', groups.market!);
  const p = unwrap(await core.call('org.staff.get', { id: s.person.user!.staffId }, manager));
  unwrap(
    await core.call(
      'org.staff.update',
      {
        id: p.id,
        version: p.version,
        employeeNo: p.employeeNo,
        name: p.name,
        position: p.position,
        groupId: p.groupId,
        supervisorId: s.evaluator.user!.staffId,
        hireDate: p.hireDate,
        status: p.status,
        phone: p.phone,
        email: p.email,
        chargeGroupIds: p.chargeGroupIds,
      },
      manager,
    ),
  );
  for (const [g, lead] of [
    [groups.sales!, s.lead],
    [groups.market!, s.otherLead],
  ] as const) {
    const row = unwrap(await core.call('org.groups.list', { includeInactive: true }, manager)).find(
      (x) => x.id === g,
    )!;
    unwrap(
      await core.call(
        'org.groups.update',
        {
          id: row.id,
          version: row.version,
          name: row.name,
          nameEn: row.nameEn,
          sortOrder: row.sortOrder,
          active: row.active,
          leadStaffId: lead.user!.staffId,
        },
        manager,
      ),
    );
  }
});

afterAll(async () => {
  await core.close();
});

const asResult = async (run: () => Promise<unknown>): Promise<Result<unknown>> => {
  try {
    return { ok: true, data: await run() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toShape() };
    throw e;
  }
};

async function attempt(channel: Channel, who: Session, formId: string): Promise<Result<unknown>> {
  const f = await readForm(core, manager, formId);
  const ref = { id: f.id, version: f.version };
  const ctx = core.context(who) as UserCtx;
  const self = { achievements: '成绩', shortfalls: null, nextPlan: null };
  switch (channel) {
    case 'getForm':
      return core.call('appraisal.getForm', { id: formId }, who);
    case 'sourceRecords':
      return core.call(
        'appraisal.sourceRecords',
        { formId, indicatorId: f.items.find((i) => i.source === 'revenue')!.indicatorId },
        who,
      );
    case 'printSelf':
      return asResult(() => printSelf(ctx, formId, 'zh-CN'));
    case 'printEvaluation':
    case 'printEvaluationPublished':
      return asResult(() => printEvaluation(ctx, formId, 'en-US'));
    case 'savePlan':
      return core.call('appraisal.savePlan', { ...ref, plan: '计划', targets: targetsFor(f) }, who);
    case 'agreePlan': {
      // The plan written first (by the evaluator), so only who agrees it decides.
      const planned = unwrap(
        await core.call('appraisal.savePlan', { ...ref, plan: '计划', targets: targetsFor(f) }, s.evaluator),
      );
      return core.call('appraisal.agreePlan', { id: planned.id, version: planned.version }, who);
    }
    case 'saveSelf':
      // The manager reads the person's draft as empty: the person's own items, as the person would send them.
      return core.call('appraisal.saveSelf', { ...ref, ...self, items: selfItemsFor(f) }, who);
    case 'submitSelf':
      return core.call('appraisal.submitSelf', { ...ref, ...self, items: selfItemsFor(f) }, who);
    case 'saveEvaluation':
      return core.call(
        'appraisal.saveEvaluation',
        { ...ref, items: evaluationItemsFor(f), overallComment: null },
        who,
      );
    case 'submitEvaluation':
      return core.call(
        'appraisal.submitEvaluation',
        { ...ref, items: evaluationItemsFor(f), overallComment: '总体评价' },
        who,
      );
  }
}

describe('confidentiality and ownership of a form, per role (independent expectation table)', () => {
  it.each(Object.keys(EXPECTED) as Channel[])('%s', async (channel) => {
    const got: Record<string, string> = {};
    for (const who of WHO) {
      // A fresh form for each caller, so one caller's legal step does not change what the next one meets.
      const { formId } = await formAt(core, manager, s.person, s.evaluator, STAGE[channel]);
      const r = await attempt(channel, s[who], formId);
      got[who] = r.ok ? 'ok' : r.error.code;
    }
    expect(got).toEqual(EXPECTED[channel]);
  });

  it('the lists show each role exactly the forms the table lets them read', async () => {
    const { formId, cycle } = await formAt(core, manager, s.person, s.evaluator, 'selfSubmitted');
    for (const who of WHO) {
      const listed = new Set<string>();
      for (const scope of ['mine', 'toEvaluate', 'team'] as const)
        for (const x of unwrap(await core.call('appraisal.listForms', { scope, cycleId: cycle.id }, s[who])))
          listed.add(x.id);
      expect(listed.has(formId), who).toBe(READERS[who] === 'ok');
    }
  });
});
