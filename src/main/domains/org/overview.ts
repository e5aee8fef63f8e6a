import type { Role } from '../../../shared/contract/roles';
import type { OrgOverview } from '../../../shared/org/types';
import type { Ctx } from '../../core/context';
import { getSettings } from '../settings/service';
import { overviewCounts } from './repository/overview';

/** The department at a glance: people per group, accounts by state and role. */
export function orgOverview(ctx: Ctx): OrgOverview {
  const { byGroup, accounts } = overviewCounts(ctx.db);
  const now = ctx.clock.now().toISOString();
  const byRole: Record<Role, number> = { manager: 0, deputy: 0, group_lead: 0, staff: 0 };
  let active = 0;
  let locked = 0;
  let inactive = 0;
  for (const a of accounts) {
    if (a.active !== 1) {
      inactive++;
      continue;
    }
    active++;
    byRole[a.role]++;
    if (a.lockedUntil && a.lockedUntil > now) locked++;
  }
  return {
    departmentName: getSettings(ctx).settings.departmentName,
    totalStaff: byGroup.reduce((n, g) => n + g.active + g.onLeave, 0),
    byGroup,
    accounts: { active, locked, inactive, byRole },
  };
}
