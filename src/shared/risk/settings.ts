import { z } from 'zod';
import { LIMITS } from '../contract/limits';
import { settingsList } from '../settings/lists';
import { RISK_LEVELS, type RiskLevel } from './levels';

/**
 * Risk management settings (五, DOMAIN.md §5), part of the department settings: risk categories, the
 * descriptive scales of likelihood and impact, the 5×5 level matrix, review intervals per level and the
 * interval of periodic identification meetings.
 */

/** One step of a 1–5 scale, described in both languages so assessors score alike. */
export const scaleStep = z.strictObject({
  nameZh: z.string().trim().min(1).max(LIMITS.tag),
  nameEn: z.string().trim().min(1).max(LIMITS.tag),
  descriptionZh: z.string().trim().max(LIMITS.shortText),
  descriptionEn: z.string().trim().max(LIMITS.shortText),
});
export type ScaleStep = z.output<typeof scaleStep>;

const scale = () => z.array(scaleStep).length(5);

/** matrix[likelihood − 1][impact − 1] is the level of that cell. */
export const levelMatrix = z.array(z.array(z.enum(RISK_LEVELS)).length(5)).length(5);
export type LevelMatrix = RiskLevel[][];

export const riskSettingsFields = {
  riskCategories: settingsList(),
  riskLikelihoodScale: scale(),
  riskImpactScale: scale(),
  riskLevelMatrix: levelMatrix,
  /** Days between reviews of an open risk, by its level. */
  riskReviewDays: z.strictObject({
    low: z.number().int().min(7).max(730),
    medium: z.number().int().min(7).max(730),
    high: z.number().int().min(7).max(730),
    critical: z.number().int().min(7).max(730),
  }),
  /** A periodic identification meeting is due this many months after the last one. */
  riskMeetingIntervalMonths: z.number().int().min(1).max(12),
};

/** The default matrix: the level of the score L × I — low 1–4, medium 5–9, high 10–16, critical 20–25. */
export function levelOfScore(score: number): RiskLevel {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 16) return 'high';
  return 'critical';
}

export const DEFAULT_LEVEL_MATRIX: LevelMatrix = [1, 2, 3, 4, 5].map((l) =>
  [1, 2, 3, 4, 5].map((i) => levelOfScore(l * i)),
);

const step = (nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string): ScaleStep => ({
  nameZh,
  nameEn,
  descriptionZh,
  descriptionEn,
});

export const DEFAULT_RISK_SETTINGS = {
  riskCategories: [
    { key: 'market', nameZh: '市场风险', nameEn: 'Market risk', active: true },
    { key: 'credit', nameZh: '信用风险', nameEn: 'Credit risk', active: true },
    { key: 'legal', nameZh: '法律风险', nameEn: 'Legal risk', active: true },
    { key: 'operational', nameZh: '操作风险', nameEn: 'Operational risk', active: true },
    { key: 'other', nameZh: '其他风险', nameEn: 'Other risk', active: true },
  ],
  riskLikelihoodScale: [
    step('极少', 'Rare', '五年内几乎不会发生', 'Hardly ever, not within five years'),
    step('不太可能', 'Unlikely', '三至五年可能发生一次', 'Once in three to five years'),
    step('可能', 'Possible', '一至三年可能发生一次', 'Once in one to three years'),
    step('很可能', 'Likely', '一年内可能发生', 'Within a year'),
    step('几乎确定', 'Almost certain', '一季度内很可能发生', 'Within a quarter'),
  ],
  riskImpactScale: [
    step('轻微', 'Negligible', '损失低于一万元，客户无感知', 'Loss under ¥10k, clients unaware'),
    step('较小', 'Minor', '损失一至十万元，个别客户不满', 'Loss ¥10k–100k, a few clients unhappy'),
    step('中等', 'Moderate', '损失十至五十万元，重要客户投诉', 'Loss ¥100k–500k, key clients complain'),
    step('重大', 'Major', '损失五十至两百万元，失去重要客户', 'Loss ¥500k–2m, key clients lost'),
    step('严重', 'Severe', '损失超过两百万元或监管处罚', 'Loss over ¥2m or a regulator’s penalty'),
  ],
  riskLevelMatrix: DEFAULT_LEVEL_MATRIX,
  riskReviewDays: { low: 360, medium: 180, high: 90, critical: 90 },
  riskMeetingIntervalMonths: 3,
} satisfies z.input<z.ZodObject<typeof riskSettingsFields>>;
