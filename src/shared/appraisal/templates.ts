import type { IndicatorCategory, IndicatorSource, ScoringMethod } from './indicators';

/** The weight of each category in a template (percent). */
export type CategoryWeights = Record<IndicatorCategory, number>;

/** The rulebook's split: results 60, attitude 20, ability 20. */
export const DEFAULT_CATEGORY_WEIGHTS: CategoryWeights = { results: 60, attitude: 20, ability: 20 };

/** All weights of a template add up to this. */
export const TOTAL_WEIGHT = 100;

/** An indicator on a template, with what the template's reader needs of it. */
export interface TemplateItem {
  indicatorId: string;
  weight: number;
  category: IndicatorCategory;
  nameZh: string;
  nameEn: string;
  scoring: ScoringMethod;
  source: IndicatorSource;
  /** False once the indicator is retired: it stays here, but cannot be added to another template. */
  indicatorActive: boolean;
}

/** An appraisal template: for a group or for a position, its indicators with their weights. */
export interface AppraisalTemplate {
  id: string;
  nameZh: string;
  nameEn: string | null;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  position: string | null;
  categoryWeights: CategoryWeights;
  /** By category (results, attitude, ability), then as arranged. */
  items: TemplateItem[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}
