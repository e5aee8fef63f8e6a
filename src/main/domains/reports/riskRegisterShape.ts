import type { KriWarning } from '../../../shared/kri/types';
import type { RiskLevel } from '../../../shared/risk/levels';
import type { HeatMap, Risk, RiskAction } from '../../../shared/risk/types';

/** What the risk register report holds: gathered by riskRegister.ts, laid out by riskRegisterBody.ts. */

export interface RiskRegisterRequest {
  from: string;
  to: string;
  compareTo: string | null;
  /** Category keys; none: every category. */
  categories: string[];
}

export type LevelCounts = Record<RiskLevel, number>;

export interface CategoryLevels {
  key: string;
  counts: LevelCounts;
  unassessed: number;
}

export interface RiskRegisterData extends RiskRegisterRequest {
  /** Today, a China calendar date. */
  asOf: string;
  figures: {
    openByLevel: LevelCounts;
    unassessed: number;
    identified: number;
    closed: number;
    reviewDue: number;
    openActions: number;
    overdueActions: number;
    kriBreaches: number;
  };
  heatmap: HeatMap;
  /** Level counts of the map at `compareTo`, when compared. */
  earlierByLevel: LevelCounts | null;
  top: Risk[];
  byCategory: CategoryLevels[];
  overdue: { total: number; items: RiskAction[] };
  warnings: KriWarning[];
}
