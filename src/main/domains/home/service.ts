import type { SessionUser } from '../../../shared/auth/types';
import { roleMay } from '../../../shared/contract/permissions';
import type { BackupInfo } from '../../../shared/backup/types';
import type { AccountAttention, BackupHealth, ClientFigures, HomeSummary } from '../../../shared/home/types';
import type { Account, OrgOverview } from '../../../shared/org/types';
import type { CoreDeps } from '../../core/context';

const DAY_MS = 86_400_000;

/** What Home reads from the domains; each part is asked for only when the caller may see it. */
export interface HomeSources {
  clientFigures(user: SessionUser): ClientFigures;
  accounts(): Account[];
  backups(): BackupInfo[];
  orgOverview(): OrgOverview;
}

/** Home's figures in one call: each part behind the permission of its own screen. */
export function createHomeService(deps: CoreDeps, sources: HomeSources) {
  function accountsNeedingAttention(now: string): AccountAttention[] {
    return sources
      .accounts()
      .filter((a) => a.active && ((a.lockedUntil !== null && a.lockedUntil > now) || a.mustChangePassword))
      .map((a) => ({
        id: a.id,
        staffName: a.staffName,
        username: a.username,
        lockedUntil: a.lockedUntil !== null && a.lockedUntil > now ? a.lockedUntil : null,
        mustChangePassword: a.mustChangePassword,
      }));
  }

  function backupHealth(nowMs: number): BackupHealth {
    const backups = sources.backups();
    const latest = backups[0] ?? null;
    return {
      latest,
      count: backups.length,
      stale: !latest || nowMs - Date.parse(latest.createdAt) > DAY_MS,
    };
  }

  return {
    summary(user: SessionUser): HomeSummary {
      const now = deps.clock.now();
      const may = (p: Parameters<typeof roleMay>[1]) => roleMay(user.role, p);
      return {
        clients: may('clients.read') ? sources.clientFigures(user) : null,
        accounts: may('accounts.manage') ? accountsNeedingAttention(now.toISOString()) : null,
        backups: may('backup.manage') ? backupHealth(now.getTime()) : null,
        org: may('org.read') ? sources.orgOverview() : null,
      };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
