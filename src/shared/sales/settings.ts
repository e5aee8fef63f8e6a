import { z } from 'zod';
import { LIMITS } from '../contract/limits';
import { settingsList } from '../settings/lists';
import { OPEN_STAGES, type OpenStage } from './stages';

/**
 * Sales settings (三(一)(二), DOMAIN.md §2), part of the department settings: the probability of winning at each
 * open stage (the weighted forecast), the screening scorecard (criteria and weights adding up to 100), the
 * reasons a deal is lost, the departments a signed contract is handed to, and who may see floor prices.
 */

const percent = () => z.number().int().min(0).max(100);

export const scorecardCriterion = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.tag)
    .regex(/^[a-z0-9_]+$/, { message: 'listKey' }),
  nameZh: z.string().trim().min(1).max(LIMITS.name),
  nameEn: z.string().trim().min(1).max(LIMITS.name),
  weight: z.number().int().min(1).max(100),
});
export type ScorecardCriterion = z.output<typeof scorecardCriterion>;

export const FLOOR_PRICE_AUDIENCES = ['manager', 'deputies', 'leads', 'everyone'] as const;
export type FloorPriceAudience = (typeof FLOOR_PRICE_AUDIENCES)[number];

export const salesSettingsFields = {
  /** The probability (percent) of winning a deal at each open stage. */
  salesStageProbability: z.strictObject(
    Object.fromEntries(OPEN_STAGES.map((s) => [s, percent()])) as Record<
      OpenStage,
      ReturnType<typeof percent>
    >,
  ),
  /** The screening scorecard: each criterion rated 0–100, weighted; the weights add up to 100. */
  salesScorecard: z.array(scorecardCriterion).min(1).max(12),
  /** The lowest screening score with which a lead may become a key target. */
  salesKeyTargetMinScore: percent(),
  salesLostReasons: settingsList(),
  /** The departments a signed contract is handed to (合同交接). */
  salesHandoffDepartments: settingsList(),
  /** Who sees the floor prices: the manager only, also deputies, also group leads, or everyone. */
  salesFloorPriceAudience: z.enum(FLOOR_PRICE_AUDIENCES),
};

const entry = (key: string, nameZh: string, nameEn: string) => ({ key, nameZh, nameEn, active: true });

export const DEFAULT_SALES_SETTINGS = {
  salesStageProbability: {
    lead: 5,
    screened: 10,
    keyTarget: 20,
    needsConfirmed: 35,
    proposal: 50,
    visit: 65,
    negotiation: 80,
  } as Record<OpenStage, number>,
  salesScorecard: [
    { key: 'need', nameZh: '需求匹配度', nameEn: 'Fit of needs', weight: 30 },
    { key: 'budget', nameZh: '预算与支付能力', nameEn: 'Budget and ability to pay', weight: 25 },
    { key: 'authority', nameZh: '决策链清晰度', nameEn: 'Clear decision makers', weight: 15 },
    { key: 'timing', nameZh: '采购时间', nameEn: 'Timing of purchase', weight: 15 },
    { key: 'scale', nameZh: '合作规模潜力', nameEn: 'Potential size', weight: 15 },
  ],
  salesKeyTargetMinScore: 60,
  salesLostReasons: [
    entry('price', '价格过高', 'Price too high'),
    entry('competitor', '选择了竞争对手', 'Chose a competitor'),
    entry('no_budget', '客户预算取消', 'Budget cancelled'),
    entry('no_need', '需求变化或消失', 'Need changed or gone'),
    entry('timing', '时机不合适', 'Bad timing'),
    entry('other', '其他原因', 'Other'),
  ],
  salesHandoffDepartments: [
    entry('finance', '财务部', 'Finance'),
    entry('logistics', '物流仓储部', 'Logistics and warehouse'),
    entry('service', '客户服务组', 'Customer service group'),
    entry('production', '生产部', 'Production'),
  ],
  salesFloorPriceAudience: 'deputies' as FloorPriceAudience,
};
