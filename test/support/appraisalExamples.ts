import type { UserCtx } from '../../src/main/core/context';
import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import { advanceCycle } from '../../src/main/domains/appraisal/advance';
import * as forms from '../../src/main/domains/appraisal/repository/forms';
import { newId } from '../../src/main/core/ids';
import type { ExampleContext } from './channelExamples';
import { fillCycle, formsByStaff, manualTemplate, openTestCycle, person } from './appraisalCycle';

/*
 * The review channels' examples (FOR TESTS): cycles made for each example with the fixture of
 * appraisalCycle.ts — a fresh person of the caller's overseen group in manager review, a published result of
 * the caller's own — so every permitted role's call is legal.
 */

const positions = new WeakMap<Core, string>();
async function positionOf(ctx: ExampleContext): Promise<string> {
  const known = positions.get(ctx.core);
  if (known) return known;
  const p = await manualTemplate(ctx.core, ctx.manager);
  positions.set(ctx.core, p);
  return p;
}

let year = 1990;
/** A quarter of its own per example cycle: a fresh person is never in two overlapping cycles anyway. */
const period = () => {
  year++;
  return { periodFrom: `${year}-01-01`, periodTo: `${year}-03-31` };
};

/** The group whose rows the caller oversees: a deputy's charge, a lead's group, else the example group. */
const overseenGroupOf = (ctx: ExampleContext): string =>
  ctx.caller?.user?.chargeGroupIds[0] ?? ctx.caller?.user?.groupId ?? ctx.groupId;

/** A cycle in manager review with one evaluated person of `groupId`; returns the cycle and that form. */
async function inManagerReview(ctx: ExampleContext, groupId: string) {
  const p = await person(ctx.core, ctx.manager, { groupId, position: await positionOf(ctx) });
  const c = openTestCycle(ctx.core, ctx.manager, { kind: 'quarterly', ...period(), staffIds: [p.staffId] });
  fillCycle(ctx.core, c.id, 'managerReview', { [p.staffId]: 78 });
  return { cycleId: c.id, form: formsByStaff(ctx.core, c.id)[p.staffId]! };
}

/** The cycle the caller's consolidated-table examples read (one per overseen group). */
export async function reviewCycleFor(ctx: ExampleContext): Promise<string> {
  const group = overseenGroupOf(ctx);
  const key = `appraisalReview:${group}`;
  const known = ctx.records.get(key);
  if (known) return known;
  const { cycleId } = await inManagerReview(ctx, group);
  ctx.records.set(key, cycleId);
  return cycleId;
}

/**
 * The example's form while it still allows the move (`usable`), else a new one: a stale-version check reads
 * the same form twice, a repeated run gets a fresh one once the move is done.
 */
async function kept(
  ctx: ExampleContext,
  key: string,
  usable: (f: forms.FormRow) => boolean,
  make: () => Promise<forms.FormRow>,
): Promise<forms.FormRow> {
  const id = ctx.records.get(key);
  const row = id ? forms.getFormRow(ctx.core.store.db, id) : null;
  if (row && usable(row)) return row;
  const made = await make();
  ctx.records.set(key, made.id);
  return made;
}

/** An evaluated form in manager review, for the manager to adjust (again and again). */
export function formToAdjust(ctx: ExampleContext): Promise<forms.FormRow> {
  return kept(
    ctx,
    'appraisalForm:adjust',
    () => true,
    async () => (await inManagerReview(ctx, ctx.groupId)).form,
  );
}

/** The caller's own published result, not yet acknowledged (`step` 'acknowledge') or appealed ('appeal'). */
export function ownResult(ctx: ExampleContext, step: 'acknowledge' | 'appeal'): Promise<forms.FormRow> {
  const own = selfOf(ctx);
  return kept(
    ctx,
    `appraisalForm:${step}:${own.staffId}`,
    (f) => (step === 'acknowledge' ? !f.acknowledgedAt : !f.appealFiledAt),
    () => publishedFormOf(ctx.core, ctx.manager, own.staffId, own.groupId),
  );
}

/**
 * A published result of `staffId`: a cycle opened for a fresh person, the caller given a form of their own in
 * it (straight into the table — a manager is never in a cycle, but the examples call as any role), published.
 */
export async function publishedFormOf(core: Core, manager: Session, staffId: string, groupId: string) {
  const ctxLike = { core, manager } as ExampleContext;
  const p = await person(core, manager, { groupId, position: await positionOf(ctxLike) });
  const c = openTestCycle(core, manager, { kind: 'quarterly', ...period(), staffIds: [p.staffId] });
  const template = formsByStaff(core, c.id)[p.staffId]!;
  const stamp = { at: core.deps.clock.now().toISOString(), by: null };
  forms.insertForm(core.store.db, newId(), c.id, staffId, { ...forms.writeOf(template), groupId }, stamp);
  fillCycle(core, c.id, 'managerReview', { [p.staffId]: 76, [staffId]: 76 });
  const cycle = advanceCycle(core.context(manager) as UserCtx, c.id, formsVersionOfCycle(core, c.id));
  return formsByStaff(core, cycle.id)[staffId]!;
}

const formsVersionOfCycle = (core: Core, cycleId: string): number =>
  (
    core.store.db.prepare('SELECT version FROM appraisal_cycles WHERE id = ?').get(cycleId) as {
      version: number;
    }
  ).version;

/** Whose own result the self-service examples (acknowledge, appeal) use: the caller's, else the manager's. */
export const selfOf = (ctx: ExampleContext) => ({
  staffId: ctx.caller?.user?.staffId ?? ctx.manager.user!.staffId,
  groupId: ctx.caller?.user?.groupId ?? ctx.groupId,
});

/** A published result with an open appeal, for the manager to resolve. */
export function formWithOpenAppeal(ctx: ExampleContext): Promise<forms.FormRow> {
  return kept(
    ctx,
    'appraisalForm:resolve',
    (f) => f.appealStatus === 'open',
    () => openAppeal(ctx),
  );
}

async function openAppeal(ctx: ExampleContext): Promise<forms.FormRow> {
  const p = await person(ctx.core, ctx.manager, { groupId: ctx.groupId, position: await positionOf(ctx) });
  const form = await publishedFormOf(ctx.core, ctx.manager, p.staffId, ctx.groupId);
  const stamp = { at: ctx.core.deps.clock.now().toISOString(), by: null };
  const w = {
    ...forms.writeOf(form),
    appealReason: '评分偏低',
    appealFiledAt: stamp.at,
    appealStatus: 'open' as const,
    appealScoreBefore: form.finalScore,
  };
  if (!forms.updateForm(ctx.core.store.db, form.id, form.version, w, stamp)) throw new Error('stale form');
  return forms.getFormRow(ctx.core.store.db, form.id)!;
}
