import type { TicketChannel, TicketKind } from './types';

/** Tickets without a responsible department are counted under this key (byDepartment). */
export const UNASSIGNED_DEPARTMENT = 'unassigned';

/** A period of calendar dates, both ends included. */
export interface DatePeriod {
  from: string;
  to: string;
}

/** A count in the period and in the previous period of the same length. */
export interface CountPair {
  key: string;
  count: number;
  previous: number;
}

/** A deadline's compliance: tickets whose deadline fell due (or was met) in the period, and how many were met. */
export interface SlaFigure {
  due: number;
  met: number;
  /** met / due in percent, one decimal; null when nothing was due. */
  pct: number | null;
}

/** Hours from receipt to a step (calendar hours), over the tickets that reached it. */
export interface DurationFigure {
  n: number;
  meanHours: number | null;
  medianHours: number | null;
}

export interface ParetoRow {
  key: string;
  count: number;
  /** Share of the period's total, percent. */
  share: number;
  /** Running share, percent: the few causes that make most complaints. */
  cumulative: number;
}

/** The period's figures, the same for the previous period. */
export interface PeriodFigures {
  total: number;
  responseSla: SlaFigure;
  resolutionSla: SlaFigure;
  toResponse: DurationFigure;
  toResolution: DurationFigure;
  satisfaction: { n: number; meanScore: number | null; satisfiedPct: number | null };
  reopened: number;
}

export interface ServiceStats {
  kind: TicketKind;
  period: DatePeriod;
  previousPeriod: DatePeriod;
  current: PeriodFigures;
  previous: PeriodFigures;
  byCategory: CountPair[];
  byChannel: (CountPair & { key: TicketChannel })[];
  byDepartment: CountPair[];
  /** Each month of the period (YYYY-MM) with its count. */
  byMonth: { month: string; count: number }[];
  pareto: ParetoRow[];
}
