/**
 * The appraisal indicator library (六(一)): what a person is appraised on. Results 业绩, attitude 工作态度 and
 * ability 能力 indicators, each scored by a stated method — quantitative (actual against a target by a
 * formula, capped) or rated (a score 0–100 read against anchored bands) — from a value typed in or computed
 * from the department's own records for the period.
 */

export const INDICATOR_CATEGORIES = ['results', 'attitude', 'ability'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export const SCORING_METHODS = ['quantitative', 'rated'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/** The formulas a quantitative indicator may use; 'ratio': actual ÷ target × 100. */
export const QUANTITATIVE_FORMULAS = ['ratio'] as const;
export type QuantitativeFormula = (typeof QUANTITATIVE_FORMULAS)[number];

/**
 * Where the actual comes from: typed in, or computed for the person and the period — revenue of the clients
 * they own, clients that became customers with them as owner, their clients' complaint feedback (mean × 20),
 * profit of the contracts they own signed in the period (amount − cost, over those whose cost is recorded).
 */
export const INDICATOR_SOURCES = ['manual', 'revenue', 'newClients', 'satisfaction', 'profit'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** The highest score a quantitative indicator may reach: from exactly on target (100) to twice it. */
export const CAP_RANGE = { min: 100, max: 200 } as const;

/** Scores run from 0 to 100; a rated indicator's bands cover exactly that range. */
export const SCORE_RANGE = { min: 0, max: 100 } as const;

/** One band of a rated indicator: whole scores min–max, with what a score there means. */
export interface RatingBand {
  min: number;
  max: number;
  anchorZh: string;
  anchorEn: string;
}

export interface AppraisalIndicator {
  id: string;
  category: IndicatorCategory;
  nameZh: string;
  nameEn: string;
  descriptionZh: string | null;
  descriptionEn: string | null;
  scoring: ScoringMethod;
  /** Quantitative only. */
  formula: QuantitativeFormula | null;
  /** Quantitative only: the highest score. */
  cap: number | null;
  /** Rated only: lowest band first. */
  bands: RatingBand[];
  source: IndicatorSource;
  unit: string | null;
  /** Retired indicators stay on the templates that have them but cannot be chosen anew. */
  active: boolean;
  /** The templates (active or not) that use it. */
  templateCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}
