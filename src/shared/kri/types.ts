import type { RiskOption } from '../risk/types';

/**
 * Key risk indicators (关键风险指标, 五 early warning 风险预警): a figure watched over time against a warning and an
 * alarm threshold. Its readings are entered by hand, or computed on read from the department's own data
 * (complaints, clients lost, overdue follow-ups, missed complaint deadlines, overdue receivables) per month or quarter.
 */

/** Which way the figure gets worse: a complaint count worsens as it rises, a retention rate as it falls. */
export const KRI_DIRECTIONS = ['higher_worse', 'lower_worse'] as const;
export type KriDirection = (typeof KRI_DIRECTIONS)[number];

export const KRI_FREQUENCIES = ['monthly', 'quarterly'] as const;
export type KriFrequency = (typeof KRI_FREQUENCIES)[number];

/** Where the readings come from: typed in, or computed from the department's data. */
export const KRI_SOURCES = [
  'manual',
  'complaints_per_month',
  'clients_lost',
  'overdue_follow_ups',
  'overdue_complaint_deadlines',
  'overdue_receivables',
] as const;
export type KriSource = (typeof KRI_SOURCES)[number];
export type ComputedKriSource = Exclude<KriSource, 'manual'>;
export const COMPUTED_KRI_SOURCES = KRI_SOURCES.filter((s): s is ComputedKriSource => s !== 'manual');

/** The state of a value against the thresholds, least severe first. */
export const KRI_STATES = ['normal', 'warning', 'alarm'] as const;
export type KriState = (typeof KRI_STATES)[number];

/** 'none': no reading yet. */
export const KRI_LIST_STATES = [...KRI_STATES, 'none'] as const;
export type KriListState = (typeof KRI_LIST_STATES)[number];

export const KRI_SORT_FIELDS = ['code', 'name', 'state', 'latestOn', 'updatedAt'] as const;
export type KriSortField = (typeof KRI_SORT_FIELDS)[number];

/** One reading: typed in (with its id and version) or computed for a period (id null). */
export interface KriReading {
  /** Null for a computed reading: it is not stored. */
  id: string | null;
  /** The reading's date: the day it was taken, or the last day of its period (today for the running one). */
  periodOn: string;
  /** Computed readings: the period they cover (YYYY-MM or YYYY-Qn); null for a reading typed in. */
  period: string | null;
  /** The running period, counted to today: it still grows. */
  partial: boolean;
  value: number;
  note: string | null;
  state: KriState;
  version: number | null;
}

export interface Kri {
  id: string;
  /** YJ-nnn. */
  code: string;
  name: string;
  description: string | null;
  unit: string | null;
  direction: KriDirection;
  warningThreshold: number;
  alarmThreshold: number;
  riskId: string | null;
  riskCode: string | null;
  riskTitle: string | null;
  riskOwnerId: string | null;
  ownerId: string;
  ownerName: string;
  groupId: string | null;
  frequency: KriFrequency;
  source: KriSource;
  active: boolean;
  /** The newest reading (computed: the running period to date); null when there is none. */
  latest: KriReading | null;
  /** The latest reading's state; 'none' without a reading. */
  state: KriListState;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface KriDetail {
  kri: Kri;
  /** Oldest first (the chart's order). */
  readings: KriReading[];
  /** The risk it watches, with its level now; shown to whoever sees the indicator. */
  linkedRisk: RiskOption | null;
  /** What this user may do now (main refuses the rest anyway). */
  allowed: { edit: boolean; delete: boolean; record: boolean };
}

export interface KriPage {
  items: Kri[];
  total: number;
  page: number;
  pageSize: number;
}

/** A KRI whose latest reading is past a threshold (Home, the register report). */
export interface KriWarning {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  direction: KriDirection;
  state: Exclude<KriState, 'normal'>;
  value: number;
  periodOn: string;
  period: string | null;
  /** The threshold the value has reached (the alarm's for an alarm). */
  threshold: number;
  riskId: string | null;
  riskCode: string | null;
  riskTitle: string | null;
  ownerName: string;
}
