import { roleMay, type Permission } from '../../../shared/contract/permissions';
import type {
  AccountAttention,
  BackupHealth,
  ClientFigures,
  HomeSummary,
  SetupProgress,
} from '../../../shared/home/types';
import type { OrgOverview } from '../../../shared/org/types';
import type { UserCtx } from '../../core/context';
import { listBackups } from '../backup/service';
import { clientFigures } from '../clients/figures';
import { listAccounts } from '../org/accounts';
import { listGroups } from '../org/groups';
import { orgOverview } from '../org/overview';
import { serviceFigures } from '../service/figures';
import { kriWarnings } from '../kri/warnings';

const DAY_MS = 86_400_000;

function accountsNeedingAttention(ctx: UserCtx): AccountAttention[] {
  const now = ctx.clock.now().toISOString();
  return listAccounts(ctx)
    .filter((a) => a.active && ((a.lockedUntil !== null && a.lockedUntil > now) || a.mustChangePassword))
    .map((a) => ({
      id: a.id,
      staffName: a.staffName,
      username: a.username,
      lockedUntil: a.lockedUntil !== null && a.lockedUntil > now ? a.lockedUntil : null,
      mustChangePassword: a.mustChangePassword,
    }));
}

function backupHealth(ctx: UserCtx): BackupHealth {
  const backups = listBackups(ctx);
  const latest = backups[0] ?? null;
  const stale = !latest || ctx.clock.now().getTime() - Date.parse(latest.createdAt) > DAY_MS;
  return { latest, count: backups.length, stale };
}

function setupProgress(ctx: UserCtx, org: OrgOverview, clients: ClientFigures): SetupProgress {
  const groups = listGroups(ctx, false);
  return {
    people: org.totalStaff,
    groups: groups.length,
    groupsWithLead: groups.filter((g) => g.leadStaffId !== null).length,
    activeAccounts: org.accounts.active,
    clients: clients.total,
  };
}

/** Home's figures in one call: each part behind the permission of its own screen, null for others. */
export function homeSummary(ctx: UserCtx): HomeSummary {
  const may = (p: Permission) => roleMay(ctx.user.role, p);
  const clients = may('clients.read') ? clientFigures(ctx) : null;
  const org = may('org.read') ? orgOverview(ctx) : null;
  return {
    clients,
    accounts: may('accounts.manage') ? accountsNeedingAttention(ctx) : null,
    backups: may('backup.manage') ? backupHealth(ctx) : null,
    org,
    // The manager sets the department up (org.manage sees every file, so the count is the department's).
    setup: may('org.manage') && org && clients ? setupProgress(ctx, org, clients) : null,
    service: may('service.read') ? serviceFigures(ctx) : null,
    kriWarnings: may('kri.read') ? kriWarnings(ctx) : null,
  };
}
