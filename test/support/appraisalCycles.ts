import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { CycleInput } from '../../src/shared/appraisal/channels';
import type { Role } from '../../src/shared/contract/roles';
import { SESSION_PASSWORD, unwrap } from './core';

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
