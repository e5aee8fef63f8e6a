import type { UserCtx } from '../../src/main/core/context';
import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import { openCycle } from '../../src/main/domains/appraisal/cycles';
import * as cycles from '../../src/main/domains/appraisal/repository/cycles';
import * as forms from '../../src/main/domains/appraisal/repository/forms';
import type { AppraisalCycle, CycleKind, CyclePhase } from '../../src/shared/appraisal/cycles';
import type { FormItem } from '../../src/shared/appraisal/forms';
import type { Role } from '../../src/shared/contract/roles';
import { quantitativeInput, seededIndicators } from './appraisalInputs';
import { SESSION_PASSWORD, unwrap } from './core';

/*
 * FOR TESTS ONLY: appraisal cycles in a chosen phase with forms filled in, written straight through the
 * repository (plans agreed, self-assessments and evaluations submitted, with the scores a test names), so the
 * review, publication and appeal tests start where they need to. Opening goes through the real openCycle;
 * publication and later moves go through the services under test.
 */

let n = 0;

/**
 * A template of indicators entered by hand only, for a position of its own: payments collected (quantitative,
 * typed in, 60), responsibility (rated, 20), knowledge and skills (rated, 20) — a person scored s on each has
 * exactly s.
 */
export async function manualTemplate(core: Core, manager: Session): Promise<string> {
  const ind = await seededIndicators(core, manager);
  const typedIn = unwrap(await core.call('appraisal.createIndicator', quantitativeInput(), manager));
  const position = `测试岗位${++n}`;
  unwrap(
    await core.call(
      'appraisal.createTemplate',
      {
        nameZh: `手工模板${n}`,
        nameEn: `Manual template ${n}`,
        groupId: null,
        position,
        categoryWeights: { results: 60, attitude: 20, ability: 20 },
        items: [
          { indicatorId: typedIn.id, weight: 60 },
          { indicatorId: ind['Responsibility']!.id, weight: 20 },
          { indicatorId: ind['Knowledge and skills']!.id, weight: 20 },
        ],
      },
      manager,
    ),
  );
  return position;
}

export interface Person {
  staffId: string;
  name: string;
  session: Session | null;
}

/** A person of a group and position, with an account and a logged-in session when a role is given. */
export async function person(
  core: Core,
  manager: Session,
  p: { groupId: string | null; position?: string | null; role?: Role; chargeGroupIds?: string[] },
): Promise<Person> {
  const k = ++n;
  const staff = unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: `AP${String(k).padStart(4, '0')}`,
        name: `考核${k}`,
        groupId: p.groupId,
        position: p.position ?? null,
        chargeGroupIds: p.chargeGroupIds ?? [],
      },
      manager,
    ),
  );
  if (!p.role) return { staffId: staff.id, name: staff.name, session: null };
  const username = `appraisal${k}`;
  unwrap(
    await core.call(
      'accounts.create',
      { staffId: staff.id, username, password: SESSION_PASSWORD, role: p.role },
      manager,
    ),
  );
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', { username, password: SESSION_PASSWORD }, session));
  return { staffId: staff.id, name: staff.name, session };
}

/** Opens a cycle for these people through the real service (deadlines a week apart from the period's end). */
export function openTestCycle(
  core: Core,
  manager: Session,
  c: { kind: CycleKind; periodFrom: string; periodTo: string; staffIds: string[]; name?: string },
): AppraisalCycle {
  return openCycle(core.context(manager) as UserCtx, {
    nameZh: c.name ?? `测试周期${++n}`,
    nameEn: c.name ? `${c.name} (en)` : `Test cycle ${n}`,
    kind: c.kind,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    everyone: false,
    groupIds: [],
    staffIds: c.staffIds,
    deadlines: {
      goalSetting: '2026-12-01',
      selfAssessment: '2026-12-08',
      supervisorReview: '2026-12-15',
      managerReview: '2026-12-22',
    },
  });
}

const STAMP = { at: '2026-11-27T02:00:00.000Z', by: null };

/**
 * Fills the forms of the cycle up to `phase` (plans agreed from selfAssessment on, self-assessments submitted
 * from supervisorReview on, evaluations submitted from managerReview on) and puts the cycle in that phase.
 * `scores` per person: every rated indicator scored that, every quantitative one on target × score % (a
 * computed one's actual stays the records'); `self` the same for the self-assessment (default: the score).
 * People in `skip` miss the last step (in manager review: the evaluation is not submitted). With `complete`
 * the phase's own step is done too (in supervisor review: the evaluations are submitted).
 */
export function fillCycle(
  core: Core,
  cycleId: string,
  phase: Exclude<CyclePhase, 'published' | 'closed'>,
  scores: Record<string, number>,
  options: { self?: Record<string, number>; skip?: string[]; complete?: boolean } = {},
): AppraisalCycle {
  const db = core.store.db;
  const order: CyclePhase[] = ['goalSetting', 'selfAssessment', 'supervisorReview', 'managerReview'];
  const at = order.indexOf(phase) + (options.complete ? 1 : 0);
  for (const row of forms.listFormRows(db, { sql: 'f.cycle_id = ?', params: [cycleId] }, null)) {
    const score = scores[row.staffId] ?? 80;
    const self = options.self?.[row.staffId] ?? score;
    const skipped = options.skip?.includes(row.staffId) ?? false;
    // Step i (0 plan, 1 self-assessment, 2 evaluation) is done once the cycle is past it; a skipped person
    // misses the last one.
    const step = (i: number) => at > i && !(skipped && i === at - 1);
    const items: FormItem[] = row.items.map((i) => ({
      ...i,
      target: i.scoring === 'quantitative' ? 100 : null,
      actual: i.scoring === 'quantitative' && i.source === 'manual' && step(2) ? score : i.actual,
      selfScore: step(1) ? self : null,
      selfComment: step(1) ? '自评说明' : null,
      evalScore: i.scoring === 'rated' && step(2) ? score : null,
      evalComment: step(2) ? '评价说明' : null,
    }));
    const write = {
      ...forms.writeOf(row),
      items,
      plan: '工作计划',
      planAgreedAt: step(0) ? STAMP.at : null,
      selfSubmittedAt: step(1) ? STAMP.at : null,
      selfTotal: step(1) ? self : null,
      achievements: step(1) ? '成绩' : null,
      evalSubmittedAt: step(2) ? STAMP.at : null,
      overallComment: step(2) ? '总体评价' : null,
    };
    if (!forms.updateForm(db, row.id, row.version, write, STAMP)) throw new Error('fixture: stale form');
  }
  const cycle = cycles.getCycleRow(db, cycleId)!;
  const { id: _i, code: _c, formCount: _f, createdAt: _a, updatedAt: _u, version, ...w } = cycle;
  if (!cycles.updateCycle(db, cycleId, version, { ...w, phase }, STAMP))
    throw new Error('fixture: stale cycle');
  return toFixtureCycle(core, cycleId);
}

function toFixtureCycle(core: Core, id: string): AppraisalCycle {
  const r = cycles.getCycleRow(core.store.db, id)!;
  return {
    id: r.id,
    code: r.code,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    kind: r.kind,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    phase: r.phase,
    deadlines: {
      goalSetting: r.goalSettingDue,
      selfAssessment: r.selfAssessmentDue,
      supervisorReview: r.supervisorReviewDue,
      managerReview: r.managerReviewDue,
    },
    appealUntil: r.appealUntil,
    publishedAt: r.publishedAt,
    closedAt: r.closedAt,
    quarterWeight: r.quarterWeight,
    formCount: r.formCount,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

/** The cycle's forms as stored, by person. */
export function formsByStaff(core: Core, cycleId: string): Record<string, forms.FormRow> {
  const rows = forms.listFormRows(core.store.db, { sql: 'f.cycle_id = ?', params: [cycleId] }, null, true);
  return Object.fromEntries(rows.map((r) => [r.staffId, r]));
}

/** Takes a person out of the cycle (what the cycles' removeFromCycle writes), for tests of what still counts. */
export function removeForm(core: Core, formId: string): void {
  const row = forms.getFormRow(core.store.db, formId)!;
  const w = { ...forms.writeOf(row), removedAt: STAMP.at, removedReason: '离职' };
  if (!forms.updateForm(core.store.db, row.id, row.version, w, STAMP)) throw new Error('fixture: stale form');
}
