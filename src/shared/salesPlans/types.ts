import type { PeriodKind, SplitState } from './rules';

/**
 * Sales plans and targets (三(二)1): per person (their group kept beside) or per group, for a month, a quarter
 * or a year — revenue, profit and new-client targets with the strategy and action plan — and what was achieved
 * in the period, computed from signed contracts and the client files' new customers.
 */

export { PERIOD_KINDS, type PeriodKind } from './rules';

/** What was achieved in a plan's period. */
export interface PlanActual {
  /** The signed contracts' amounts (fen): signed in the period, still signed, in execution or completed. */
  revenueFen: number;
  /** Amount − cost of those contracts whose cost is known (fen). */
  profitFen: number;
  /** Contracts counted in revenue whose cost is not recorded: their profit is not in profitFen. */
  uncostedContracts: number;
  contracts: number;
  /** Files that became a customer for the first time in the period (the client files' rule). */
  newClients: number;
}

/** Actual ÷ target in percent (may exceed 100); null where no target is set. */
export interface PlanProgress {
  revenuePct: number | null;
  profitPct: number | null;
  newClientsPct: number | null;
}

export interface SalesPlan {
  id: string;
  periodKind: PeriodKind;
  periodFrom: string;
  periodTo: string;
  /** null: the group's own plan. */
  staffId: string | null;
  staffName: string | null;
  employeeNo: string | null;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  revenueTargetFen: number;
  profitTargetFen: number;
  newClientsTarget: number;
  strategy: string | null;
  actionPlan: string | null;
  actual: PlanActual;
  progress: PlanProgress;
  /** Whether the reader may change the targets / the strategy and action plan (main checks again). */
  mayEditTargets: boolean;
  mayEditText: boolean;
  updatedAt: string;
  version: number;
}

/** A person of the group on the group's page: their plan for the period (if set) and what they achieved. */
export interface PlanPersonRow {
  staffId: string;
  staffName: string;
  employeeNo: string;
  plan: SalesPlan | null;
  actual: PlanActual;
  /** Whether the reader may set this person's plan. */
  mayPlan: boolean;
}

/** The people's targets added up, against the group's. */
export interface PlanSplit {
  revenueFen: number;
  profitFen: number;
  newClients: number;
  revenue: SplitState;
  profit: SplitState;
  newClientsState: SplitState;
}

export interface PlanGroupOption {
  id: string;
  name: string;
  nameEn: string | null;
}

/** One group's plans for one period, as its page shows them. */
export interface SalesPlanBoard {
  periodKind: PeriodKind;
  periodFrom: string;
  periodTo: string;
  /** The groups the reader may look at (the page's picker); the board's group is one of them. */
  groups: PlanGroupOption[];
  groupId: string | null;
  groupPlan: SalesPlan | null;
  /** The group's achievement, with or without a plan. */
  groupActual: PlanActual;
  /** Whether the reader may set the group's own plan (its targets). */
  mayPlanGroup: boolean;
  /** The group's people the reader may see (staff: themselves), by name. */
  people: PlanPersonRow[];
  split: PlanSplit;
}

export interface SalesPlanPage {
  items: SalesPlan[];
  total: number;
  page: number;
  pageSize: number;
}
