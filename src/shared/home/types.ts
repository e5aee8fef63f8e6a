import type { BackupInfo } from '../backup/types';
import type { ClientStatus } from '../clients/types';
import type { OrgOverview } from '../org/types';

/** The client files the user can see: how many in each lifecycle status, and how many are due an update. */
export interface ClientFigures {
  byStatus: Record<ClientStatus, number>;
  total: number;
  stale: number;
}

/** An active account the manager should look at: locked by failed logins, or not yet used. */
export interface AccountAttention {
  id: string;
  staffName: string;
  username: string;
  lockedUntil: string | null;
  mustChangePassword: boolean;
}

export interface BackupHealth {
  latest: BackupInfo | null;
  count: number;
  /** No backup, or the newest is older than a day. */
  stale: boolean;
}

/**
 * Home's figures in one answer; each part is null when the caller's role may not see it (the same
 * permission that guards the part's own screen).
 */
export interface HomeSummary {
  clients: ClientFigures | null;
  accounts: AccountAttention[] | null;
  backups: BackupHealth | null;
  org: OrgOverview | null;
}
