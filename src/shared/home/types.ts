import type { BackupInfo } from '../backup/types';
import type { ClientStatus } from '../clients/types';
import type { KriWarning } from '../kri/types';
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

/** How far a new department has got with setting itself up (the manager's getting-started card). */
export interface SetupProgress {
  /** People on the roster who have not left (the manager counts). */
  people: number;
  /** Active groups, and how many of them have a lead. */
  groups: number;
  groupsWithLead: number;
  /** Active accounts (the manager's counts). */
  activeAccounts: number;
  /** Live client files in the department. */
  clients: number;
}

/** Customer service at a glance, over the tickets the user may see. */
export interface ServiceFigures {
  /** Not yet closed. */
  open: number;
  /** Past their running deadline (first response or resolution). */
  overdue: number;
  openComplaints: number;
  /** Complaints received since the first of this month. */
  complaintsThisMonth: number;
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
  setup: SetupProgress | null;
  service: ServiceFigures | null;
  /** Key risk indicators the user sees whose newest reading is past a threshold, alarms first. */
  kriWarnings: KriWarning[] | null;
}
