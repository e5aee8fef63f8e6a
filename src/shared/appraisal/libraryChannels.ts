import { z } from 'zod';
import { channel } from '../contract/channel';
import { type FieldsOutput, id, optionalText, requiredText, version } from '../contract/fields';
import { LIMITS } from '../contract/limits';
import {
  CAP_RANGE,
  INDICATOR_CATEGORIES,
  INDICATOR_SOURCES,
  SCORE_RANGE,
  SCORING_METHODS,
  type AppraisalIndicator,
} from './indicators';
import { DEFAULT_CATEGORY_WEIGHTS, TOTAL_WEIGHT, type AppraisalTemplate } from './templates';

const wholeScore = () => z.number().int().min(SCORE_RANGE.min).max(SCORE_RANGE.max);

export const ratingBandFields = {
  min: wholeScore(),
  max: wholeScore(),
  anchorZh: requiredText(LIMITS.shortText),
  anchorEn: requiredText(LIMITS.shortText),
};

/** What the indicator form writes (create and edit); main checks the scoring's parts against the method. */
export const indicatorFields = {
  category: z.enum(INDICATOR_CATEGORIES),
  nameZh: requiredText(LIMITS.name),
  nameEn: requiredText(LIMITS.name),
  descriptionZh: optionalText(LIMITS.text),
  descriptionEn: optionalText(LIMITS.text),
  scoring: z.enum(SCORING_METHODS),
  /** Quantitative: the highest score (the formula is always actual ÷ target × 100). */
  cap: z.number().int().min(CAP_RANGE.min).max(CAP_RANGE.max).nullable().default(null),
  /** Rated: the bands, lowest first. */
  bands: z.array(z.strictObject(ratingBandFields)).max(10).default([]),
  source: z.enum(INDICATOR_SOURCES).default('manual'),
  unit: optionalText(LIMITS.tag),
};
export type IndicatorInput = FieldsOutput<typeof indicatorFields>;

export const templateItemFields = {
  indicatorId: id(),
  weight: z.number().int().min(1).max(TOTAL_WEIGHT),
};

/** What the template form writes: for a group or a position, the category weights, the indicators. */
export const templateFields = {
  nameZh: requiredText(LIMITS.name),
  nameEn: optionalText(LIMITS.name),
  groupId: id().nullable().default(null),
  position: optionalText(LIMITS.name),
  categoryWeights: z
    .strictObject({
      results: z.number().int().min(0).max(TOTAL_WEIGHT),
      attitude: z.number().int().min(0).max(TOTAL_WEIGHT),
      ability: z.number().int().min(0).max(TOTAL_WEIGHT),
    })
    .default(DEFAULT_CATEGORY_WEIGHTS),
  items: z.array(z.strictObject(templateItemFields)).max(40),
};
export type TemplateInput = FieldsOutput<typeof templateFields>;

const setActive = { id: id(), version: version(), active: z.boolean() };

export const appraisalLibraryChannels = {
  'appraisal.listIndicators': channel<AppraisalIndicator[]>()({
    input: z.strictObject({ includeInactive: z.boolean().default(true) }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  'appraisal.getIndicator': channel<AppraisalIndicator>()({
    input: z.strictObject({ id: id() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  'appraisal.createIndicator': channel<AppraisalIndicator>()({
    input: z.strictObject(indicatorFields),
    access: 'appraisal.library',
    kind: 'mutation',
    changes: ['appraisalIndicator'],
  }),
  'appraisal.updateIndicator': channel<AppraisalIndicator>()({
    input: z.strictObject({ id: id(), version: version(), ...indicatorFields }),
    access: 'appraisal.library',
    kind: 'mutation',
    changes: ['appraisalIndicator', 'appraisalTemplate'],
  }),
  /** Retires an indicator (kept on the templates that have it) or brings it back. */
  'appraisal.setIndicatorActive': channel<AppraisalIndicator>()({
    input: z.strictObject(setActive),
    access: 'appraisal.library',
    kind: 'mutation',
    changes: ['appraisalIndicator', 'appraisalTemplate'],
  }),
  'appraisal.listTemplates': channel<AppraisalTemplate[]>()({
    input: z.strictObject({ includeInactive: z.boolean().default(true) }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  'appraisal.getTemplate': channel<AppraisalTemplate>()({
    input: z.strictObject({ id: id() }),
    access: 'appraisal.read',
    kind: 'query',
  }),
  'appraisal.createTemplate': channel<AppraisalTemplate>()({
    input: z.strictObject(templateFields),
    access: 'appraisal.library',
    kind: 'mutation',
    changes: ['appraisalTemplate', 'appraisalIndicator'],
  }),
  'appraisal.updateTemplate': channel<AppraisalTemplate>()({
    input: z.strictObject({ id: id(), version: version(), ...templateFields }),
    access: 'appraisal.library',
    kind: 'mutation',
    changes: ['appraisalTemplate', 'appraisalIndicator'],
  }),
  'appraisal.setTemplateActive': channel<AppraisalTemplate>()({
    input: z.strictObject(setActive),
    access: 'appraisal.library',
    kind: 'mutation',
    changes: ['appraisalTemplate'],
  }),
};
