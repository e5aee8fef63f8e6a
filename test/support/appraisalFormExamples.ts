import type { Session } from '../../src/main/core/session';
import type { AppraisalForm } from '../../src/shared/appraisal/forms';
import type { ExampleContext } from './channelExamples';
import { templateInput } from './appraisalInputs';
import { EXAMPLE_PASSWORD } from './channelExamples';
import { unwrap } from './core';
import {
  evaluationItemsFor,
  formIdOf,
  openCycleOf,
  readForm,
  selfItemsFor,
  setCyclePhase,
  targetsFor,
} from './appraisalForms';

/*
 * The appraisal forms the channel examples work on. Each step is one person's: the examples give the caller
 * a form of their own role in it — as the evaluator of a person made for the purpose (every role may
 * supervise someone), or as the appraised person (the manager never is: a cycle never takes in the
 * department's manager, so the manager's example is a form they evaluate, and the person's steps refuse
 * them). A form is kept per purpose and caller while `usable`, so a stale example meets the same form.
 */

type Role = 'self' | 'evaluator';
export type ExampleStage = 'goalSetting' | 'planAgreed' | 'selfSubmitted';

let n = 0;

/** The position of the examples' template (one of its own: the people made here hold it). */
async function examplePosition(ctx: ExampleContext): Promise<string> {
  const known = ctx.records.get('appraisalForm:position');
  if (known) return known;
  const input = await templateInput(ctx.core, ctx.manager);
  unwrap(await ctx.core.call('appraisal.createTemplate', input, ctx.manager));
  ctx.records.set('appraisalForm:position', input.position!);
  return input.position!;
}

const callerOf = (ctx: ExampleContext): Session => (ctx.caller?.user ? ctx.caller : ctx.manager);

async function setStaff(ctx: ExampleContext, id: string, over: Record<string, unknown>) {
  const s = unwrap(await ctx.core.call('org.staff.get', { id }, ctx.manager));
  unwrap(
    await ctx.core.call(
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
      ctx.manager,
    ),
  );
}

/** A new person with an account, logged in, supervised by `supervisorId`, holding the examples' position. */
async function appraisedPerson(ctx: ExampleContext, supervisorId: string): Promise<Session> {
  const no = `${process.pid % 1000}F${++n}`;
  const staff = unwrap(
    await ctx.core.call(
      'org.staff.create',
      { employeeNo: `AF${no}`, name: `考核示例${no}`, position: await examplePosition(ctx), supervisorId },
      ctx.manager,
    ),
  );
  const username = `appraised${no}`;
  unwrap(
    await ctx.core.call(
      'accounts.create',
      { staffId: staff.id, username, password: EXAMPLE_PASSWORD, role: 'staff' },
      ctx.manager,
    ),
  );
  const session = ctx.core.sessions.create();
  unwrap(await ctx.core.call('auth.login', { username, password: EXAMPLE_PASSWORD }, session));
  return session;
}

/** Walks a new form to `stage`: the evaluator (or, for the person's own form, the manager) agrees the plan. */
async function newForm(ctx: ExampleContext, role: Role, stage: ExampleStage): Promise<string> {
  const caller = callerOf(ctx);
  const mayBeAppraised = caller.user!.role !== 'manager';
  let person: Session;
  let agreeing: Session;
  if (role === 'self' && mayBeAppraised) {
    person = caller;
    agreeing = ctx.manager;
    await setStaff(ctx, caller.user!.staffId, { position: await examplePosition(ctx) });
  } else {
    person = await appraisedPerson(ctx, caller.user!.staffId);
    agreeing = caller;
  }
  const cycle = openCycleOf(ctx.core, ctx.manager, [person.user!.staffId]);
  const formId = formIdOf(ctx.core, cycle.id, person.user!.staffId);
  if (stage === 'goalSetting') return formId;
  let f = await readForm(ctx.core, person, formId);
  f = unwrap(
    await ctx.core.call(
      'appraisal.savePlan',
      { id: f.id, version: f.version, plan: '示例计划', targets: targetsFor(f) },
      person,
    ),
  );
  unwrap(await ctx.core.call('appraisal.agreePlan', { id: f.id, version: f.version }, agreeing));
  setCyclePhase(ctx.core, cycle.id, 'selfAssessment');
  if (stage === 'planAgreed') return formId;
  f = await readForm(ctx.core, person, formId);
  unwrap(
    await ctx.core.call(
      'appraisal.submitSelf',
      {
        id: f.id,
        version: f.version,
        items: selfItemsFor(f),
        achievements: '示例成绩',
        shortfalls: null,
        nextPlan: null,
      },
      person,
    ),
  );
  setCyclePhase(ctx.core, cycle.id, 'supervisorReview');
  return formId;
}

/**
 * The caller's form for `purpose`, as read by the manager (who reads every form), kept while `usable`; a new
 * one walked to `stage` once it is used up.
 */
export async function exampleForm(
  ctx: ExampleContext,
  purpose: string,
  role: Role,
  stage: ExampleStage,
  usable: (f: AppraisalForm) => boolean = () => true,
): Promise<AppraisalForm> {
  const key = `appraisalForm:${purpose}:${callerOf(ctx).user!.staffId}`;
  const known = ctx.records.get(key);
  if (known) {
    const f = await readForm(ctx.core, ctx.manager, known);
    if (usable(f)) return f;
  }
  const id = await newForm(ctx, role, stage);
  ctx.records.set(key, id);
  return readForm(ctx.core, ctx.manager, id);
}

/** The form as the caller sees it (the person sees their own draft, the manager does not). */
export const asCaller = (ctx: ExampleContext, f: AppraisalForm) => readForm(ctx.core, callerOf(ctx), f.id);

export const toggledText = (s: string | null, base: string) => (s === base ? `${base}（修订）` : base);

export { evaluationItemsFor, selfItemsFor, targetsFor };
