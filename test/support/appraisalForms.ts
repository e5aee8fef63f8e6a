import type { Core } from '../../src/main/core/createCore';
import type { UserCtx } from '../../src/main/core/context';
import type { Session } from '../../src/main/core/session';
import { openCycle } from '../../src/main/domains/appraisal/cycles';
import type { AppraisalCycle, CyclePhase } from '../../src/shared/appraisal/cycles';
import type { AppraisalForm } from '../../src/shared/appraisal/forms';
import { unwrap } from './core';

/*
 * Appraisal cycles with forms, for the tests of the per-person forms: a monthly cycle opened by the manager
 * (the cycle service's own openCycle) for given people, one month of its own each time so a person may be
 * in many, and put straight into the phase a test needs. Moving phases is the cycle workflow's business
 * (advanceCycle, with its own tests and refusals); these tests are about what happens inside one phase.
 */

let month = 0;

/** A fresh month, 2001-01 onwards, for a cycle no earlier fixture overlaps. */
function nextMonth(): { from: string; to: string } {
  const d = new Date(Date.UTC(2001, month++, 1));
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return { from: d.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

export function openCycleOf(
  core: Core,
  manager: Session,
  staffIds: string[],
  period: { from: string; to: string } = nextMonth(),
): AppraisalCycle {
  const ctx = core.context(manager) as UserCtx;
  return openCycle(ctx, {
    nameZh: `${period.from.slice(0, 7)} 月度考核`,
    nameEn: `Monthly appraisal ${period.from.slice(0, 7)}`,
    kind: 'monthly',
    periodFrom: period.from,
    periodTo: period.to,
    everyone: false,
    groupIds: [],
    staffIds,
    deadlines: {
      goalSetting: period.to,
      selfAssessment: period.to,
      supervisorReview: period.to,
      managerReview: period.to,
    },
  });
}

/** Puts the cycle in `phase` directly (the phase moves themselves are the cycle workflow's to test). */
export function setCyclePhase(core: Core, cycleId: string, phase: CyclePhase): void {
  core.store.db
    .prepare(
      `UPDATE appraisal_cycles SET phase = ?, version = version + 1,
         appeal_until = CASE WHEN ? = 'published' THEN '2099-12-31' ELSE appeal_until END WHERE id = ?`,
    )
    .run(phase, phase, cycleId);
}

/** The form of `staffId` in the cycle. */
export function formIdOf(core: Core, cycleId: string, staffId: string): string {
  return core.store.db
    .prepare('SELECT id FROM appraisal_forms WHERE cycle_id = ? AND staff_id = ?')
    .pluck()
    .get(cycleId, staffId) as string;
}

export const readForm = async (core: Core, s: Session, id: string): Promise<AppraisalForm> =>
  unwrap(await core.call('appraisal.getForm', { id }, s));

/** A target for every quantitative indicator of the form (100 of its unit), as the plan's input. */
export const targetsFor = (f: AppraisalForm, target = 100) =>
  f.items
    .filter((i) => i.scoring === 'quantitative')
    .map((i) => ({ indicatorId: i.indicatorId, target, planNote: null }));

/** Every indicator scored `score` with a comment, as the self-assessment's input. */
export const selfItemsFor = (f: AppraisalForm, score: number | null = 80) =>
  f.items.map((i) => ({ indicatorId: i.indicatorId, score, comment: `自评：${i.nameZh}` }));

/**
 * The evaluation's input: rated indicators scored `score`, manual quantitative ones given `actual`, computed
 * ones with nothing measured scored `score` by hand, with comments.
 */
export const evaluationItemsFor = (f: AppraisalForm, score = 85, actual = 90) =>
  f.items.map((i) => ({
    indicatorId: i.indicatorId,
    score: i.scoring === 'rated' || (i.source !== 'manual' && i.actual === null) ? score : null,
    actual: i.scoring === 'quantitative' && i.source === 'manual' ? actual : null,
    comment: `评语：${i.nameZh}`,
  }));

export type FormStage = 'goalSetting' | 'planAgreed' | 'selfSubmitted' | 'evaluated' | 'published';

/**
 * A form of `person` (evaluated by `evaluator`) in a cycle of its own month, walked through the steps to
 * `stage` by the person and the evaluator themselves, and the cycle in the phase that follows.
 */
export async function formAt(
  core: Core,
  manager: Session,
  person: Session,
  evaluator: Session,
  stage: FormStage,
  others: string[] = [],
): Promise<{ cycle: AppraisalCycle; formId: string }> {
  const cycle = openCycleOf(core, manager, [person.user!.staffId, ...others]);
  const formId = formIdOf(core, cycle.id, person.user!.staffId);
  if (stage === 'goalSetting') return { cycle, formId };
  let f = await readForm(core, evaluator, formId);
  f = unwrap(
    await core.call(
      'appraisal.savePlan',
      { id: f.id, version: f.version, plan: '本月重点跟进华东区客户。', targets: targetsFor(f) },
      evaluator,
    ),
  );
  unwrap(await core.call('appraisal.agreePlan', { id: f.id, version: f.version }, evaluator));
  setCyclePhase(core, cycle.id, 'selfAssessment');
  if (stage === 'planAgreed') return { cycle, formId };
  f = await readForm(core, person, formId);
  unwrap(
    await core.call(
      'appraisal.submitSelf',
      {
        id: f.id,
        version: f.version,
        items: selfItemsFor(f),
        achievements: '完成华东区重点客户回访。',
        shortfalls: '新客户开发偏少。',
        nextPlan: '下月拓展两家新客户。',
      },
      person,
    ),
  );
  setCyclePhase(core, cycle.id, 'supervisorReview');
  if (stage === 'selfSubmitted') return { cycle, formId };
  f = await readForm(core, evaluator, formId);
  unwrap(
    await core.call(
      'appraisal.submitEvaluation',
      {
        id: f.id,
        version: f.version,
        items: evaluationItemsFor(f),
        overallComment: '工作认真，客户反馈良好。',
      },
      evaluator,
    ),
  );
  setCyclePhase(core, cycle.id, stage === 'published' ? 'published' : 'managerReview');
  return { cycle, formId };
}

let people = 0;

/** A staff member of `groupId` with an account, logged in, whose supervisor (evaluator) is `supervisorId`. */
export async function appraisedSession(
  core: Core,
  manager: Session,
  groupId: string | null,
  supervisorId: string,
): Promise<Session> {
  const no = `${process.pid % 1000}P${++people}`;
  const staff = unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: `AP${no}`, name: `被考核人${no}`, groupId, supervisorId },
      manager,
    ),
  );
  const username = `appraisal${no}`;
  const password = 'Appraised#2026';
  unwrap(
    await core.call('accounts.create', { staffId: staff.id, username, password, role: 'staff' }, manager),
  );
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', { username, password }, session));
  return session;
}
