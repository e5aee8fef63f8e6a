import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { Role } from '../../../src/shared/contract/roles';
import { sessionFor, unwrap } from '../../support/core';

/** A logged-in person of a role in a group, with their staff id. */
export async function person(
  core: Core,
  manager: Session,
  role: Role,
  groupId: string | null,
): Promise<{ session: Session; staffId: string }> {
  const session = await sessionFor(core, manager, role, groupId);
  return { session, staffId: session.user!.staffId };
}

/** A person without an account (an attendee who never logs in). */
export async function staffMember(
  core: Core,
  manager: Session,
  name: string,
  groupId: string | null,
): Promise<string> {
  const s = unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: `MT${name.length}${Date.now() % 100000}${Math.floor(Math.random() * 1000)}`,
        name,
        groupId,
      },
      manager,
    ),
  );
  return s.id;
}
