import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { IndicatorInput, TemplateInput } from '../../src/shared/appraisal/libraryChannels';
import type { AppraisalIndicator } from '../../src/shared/appraisal/indicators';
import { unwrap } from './core';

/** The rulebook's indicators seeded by the library's migration, by their English names. */
export async function seededIndicators(core: Core, s: Session): Promise<Record<string, AppraisalIndicator>> {
  const all = unwrap(await core.call('appraisal.listIndicators', { includeInactive: true }, s));
  return Object.fromEntries(all.map((i) => [i.nameEn, i]));
}

let n = 0;

/** A quantitative indicator typed in by hand, capped at 120. */
export const quantitativeInput = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  category: 'results',
  nameZh: `回款额${++n}`,
  nameEn: `Collections ${n}`,
  descriptionZh: '考核期内收回的货款。',
  descriptionEn: 'Payments collected in the period.',
  scoring: 'quantitative',
  cap: 120,
  bands: [],
  source: 'manual',
  unit: '元',
  ...over,
});

/** Four bands over 0–100, with anchors. */
export const FOUR_BANDS: IndicatorInput['bands'] = [
  { min: 0, max: 59, anchorZh: '未达要求', anchorEn: 'Below expectations' },
  { min: 60, max: 74, anchorZh: '部分达到', anchorEn: 'Partly meets' },
  { min: 75, max: 89, anchorZh: '达到要求', anchorEn: 'Meets' },
  { min: 90, max: 100, anchorZh: '超出要求', anchorEn: 'Exceeds' },
];

export const ratedInput = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  category: 'ability',
  nameZh: `学习能力${++n}`,
  nameEn: `Learning ${n}`,
  descriptionZh: null,
  descriptionEn: null,
  scoring: 'rated',
  cap: null,
  bands: FOUR_BANDS,
  source: 'manual',
  unit: null,
  ...over,
});

/**
 * A valid template for a position of its own (one active template per position): 60/20/20 over four of
 * the rulebook's indicators.
 */
export async function templateInput(
  core: Core,
  s: Session,
  over: Partial<TemplateInput> = {},
): Promise<TemplateInput> {
  const ind = await seededIndicators(core, s);
  return {
    nameZh: `岗位模板${++n}`,
    nameEn: `Position template ${n}`,
    groupId: null,
    position: `示例岗位${n}`,
    categoryWeights: { results: 60, attitude: 20, ability: 20 },
    items: [
      { indicatorId: ind['Sales revenue']!.id, weight: 40 },
      { indicatorId: ind['Sales profit']!.id, weight: 20 },
      { indicatorId: ind['Responsibility']!.id, weight: 20 },
      { indicatorId: ind['Knowledge and skills']!.id, weight: 20 },
    ],
    ...over,
  };
}
