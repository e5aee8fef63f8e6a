import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { Incentive } from '../../../src/shared/incentives/types';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';

export { errorOf, fieldKeys } from '../service/support';

/**
 * A department for incentive tests: in sales two staff (salesB is salesA's direct supervisor) and the lead;
 * in market one staff member, the lead and a deputy in charge of market; the manager. Every session logged in.
 */
export interface Department {
  core: Core;
  clock: FakeClock;
  groups: Record<string, string>;
  manager: Session;
  salesA: Session;
  salesB: Session;
  salesLead: Session;
  marketC: Session;
  marketLead: Session;
  marketDeputy: Session;
}

export const staffIdOf = (s: Session): string => s.user!.staffId;

export async function department(): Promise<Department> {
  const clock = new FakeClock();
  const core = await makeCore({ clock });
  const { manager, groups } = await setUpDepartment(core);
  const d: Department = {
    core,
    clock,
    groups,
    manager,
    salesA: await sessionFor(core, manager, 'staff', groups.sales!),
    salesB: await sessionFor(core, manager, 'staff', groups.sales!),
    salesLead: await sessionFor(core, manager, 'group_lead', groups.sales!),
    marketC: await sessionFor(core, manager, 'staff', groups.market!),
    marketLead: await sessionFor(core, manager, 'group_lead', groups.market!),
    // sessionFor puts a deputy in charge of the group it is given.
    marketDeputy: await sessionFor(core, manager, 'deputy', groups.market!),
  };
  const a = unwrap(await core.call('org.staff.get', { id: staffIdOf(d.salesA) }, manager));
  unwrap(
    await core.call(
      'org.staff.update',
      { ...staffUpdateInput(a), supervisorId: staffIdOf(d.salesB) },
      manager,
    ),
  );
  return d;
}

/** A proposal with the test's fields over a valid bonus. */
export const proposal = (
  staffId: string,
  over: Partial<ChannelInput<'incentives.propose'>> = {},
): ChannelInput<'incentives.propose'> => ({
  staffId,
  kind: 'bonus',
  amountFen: 300_000,
  title: null,
  reason: '季度销售额超额完成',
  effectiveOn: '2026-12-01',
  formId: null,
  ...over,
});

export async function propose(
  d: Department,
  as: Session,
  staffId: string,
  over: Partial<ChannelInput<'incentives.propose'>> = {},
): Promise<Incentive> {
  return unwrap(await d.core.call('incentives.propose', proposal(staffId, over), as));
}

export const readIncentive = async (d: Department, as: Session, id: string): Promise<Incentive> =>
  unwrap(await d.core.call('incentives.get', { id }, as));

let cycles = 0;

/**
 * A cycle at `phase` with one form for the person (evaluated by `evaluatorId`, in their group), written
 * straight into the appraisal tables: the appraisal screens that make them are another part of the app; here
 * only their result matters. Returns the form's id and the cycle's code.
 */
export function appraisalResult(
  d: Department,
  staffId: string,
  evaluatorId: string,
  phase: 'managerReview' | 'published' | 'closed',
  grade = 'A',
): { formId: string; cycleId: string; cycleCode: string } {
  const db = d.core.store.db;
  cycles++;
  const cycleId = `00000000-0000-7000-8000-${String(cycles).padStart(12, '0')}`;
  const formId = `00000000-0000-7000-9000-${String(cycles).padStart(12, '0')}`;
  const cycleCode = `KH-2026-${String(cycles).padStart(3, '0')}`;
  const at = '2026-11-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO appraisal_cycles (id, code, name_zh, name_en, kind, period_from, period_to, phase,
       goal_setting_due, self_assessment_due, supervisor_review_due, manager_review_due, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'quarterly', '2026-07-01', '2026-09-30', ?, '2026-10-10', '2026-10-15', '2026-10-20',
       '2026-10-25', ?, ?)`,
  ).run(cycleId, cycleCode, `2026年第三季度考核${cycles}`, `2026 Q3 appraisal ${cycles}`, phase, at, at);
  const { groupId } = db.prepare('SELECT group_id AS groupId FROM staff WHERE id = ?').get(staffId) as {
    groupId: string | null;
  };
  const templateId = (db.prepare('SELECT id FROM appraisal_templates LIMIT 1').get() as { id: string }).id;
  db.prepare(
    `INSERT INTO appraisal_forms (id, cycle_id, staff_id, group_id, evaluator_id, template_id, final_score, grade,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 85, ?, ?, ?)`,
  ).run(formId, cycleId, staffId, groupId, evaluatorId, templateId, grade, at, at);
  return { formId, cycleId, cycleCode };
}
