import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { CycleInput } from '../../src/shared/appraisal/channels';
import type { Role } from '../../src/shared/contract/roles';
import { SESSION_PASSWORD, unwrap } from './core';
import { templateInput } from './appraisalInputs';

/** A person of the department, with a logged-in session when they have an account. */
export interface Person {
  staffId: string;
  name: string;
  session: Session | null;
}

let n = 0;

/** Adds a person (and, with a role, their account and a session logged in as them). */
export async function addPerson(
  core: Core,
  manager: Session,
  p: {
    name: string;
    groupId?: string | null;
    role?: Role;
    supervisorId?: string | null;
    position?: string | null;
    chargeGroupIds?: string[];
    status?: 'active' | 'on_leave' | 'left';
  },
): Promise<Person> {
  n++;
  const staff = unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: `C${String(n).padStart(4, '0')}`,
        name: p.name,
        groupId: p.groupId ?? null,
        supervisorId: p.supervisorId ?? null,
        position: p.position ?? null,
        chargeGroupIds: p.chargeGroupIds ?? [],
        status: p.status ?? 'active',
      },
      manager,
    ),
  );
  if (!p.role) return { staffId: staff.id, name: p.name, session: null };
  const username = `cyc${n}`;
  unwrap(
    await core.call(
      'accounts.create',
      { staffId: staff.id, username, password: SESSION_PASSWORD, role: p.role },
      manager,
    ),
  );
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', { username, password: SESSION_PASSWORD }, session));
  return { staffId: staff.id, name: p.name, session };
}

/** Makes the person the group's lead in the org chart. */
export async function setLead(core: Core, manager: Session, groupId: string, staffId: string) {
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
        leadStaffId: staffId,
        sortOrder: g.sortOrder,
        active: g.active,
      },
      manager,
    ),
  );
}

/** A quarterly cycle's input for 2026 Q4 with deadlines in order; `over` changes any part. */
export const quarterlyCycle = (over: Partial<CycleInput> = {}): CycleInput => ({
  nameZh: '2026年第四季度考核',
  nameEn: '2026 Q4 appraisal',
  kind: 'quarterly',
  periodFrom: '2026-10-01',
  periodTo: '2026-12-31',
  everyone: false,
  groupIds: [],
  staffIds: [],
  deadlines: {
    goalSetting: '2026-12-04',
    selfAssessment: '2026-12-11',
    supervisorReview: '2026-12-18',
    managerReview: '2026-12-25',
  },
  ...over,
});

/**
 * A cycle of its own for an example or a race: a position template, one new person holding it (so no other
 * cycle overlaps theirs), a monthly cycle for them; returns the cycle and the person's form as the manager sees them.
 */
export async function soloCycle(core: Core, manager: Session) {
  const template = unwrap(
    await core.call('appraisal.createTemplate', await templateInput(core, manager), manager),
  );
  const person = await addPerson(core, manager, { name: `单人${++n}`, position: template.position });
  const opened = unwrap(
    await core.call(
      'appraisal.openCycle',
      quarterlyCycle({ kind: 'monthly', nameZh: `示例考核${n}`, staffIds: [person.staffId] }),
      manager,
    ),
  );
  const detail = unwrap(await core.call('appraisal.getCycle', { id: opened.id }, manager));
  return { cycle: detail.cycle, form: detail.forms[0]!, staffId: person.staffId };
}

/**
 * Marks every plan of the cycle agreed, so the cycle may move on to the self-assessment (the plan's own
 * channels are the forms' and are tested there).
 */
export function agreeAllPlans(core: Core, cycleId: string): void {
  core.store.db
    .prepare(
      `UPDATE appraisal_forms SET plan = '计划', plan_agreed_at = '2026-11-20T02:00:00.000Z' WHERE cycle_id = ?`,
    )
    .run(cycleId);
}

/** Marks every step of the cycle's forms done up to the evaluation, so the cycle may move to manager review. */
export function doAllSteps(core: Core, cycleId: string): void {
  agreeAllPlans(core, cycleId);
  core.store.db
    .prepare(
      `UPDATE appraisal_forms SET self_submitted_at = '2026-11-21T02:00:00.000Z',
         eval_submitted_at = '2026-11-22T02:00:00.000Z' WHERE cycle_id = ?`,
    )
    .run(cycleId);
}
