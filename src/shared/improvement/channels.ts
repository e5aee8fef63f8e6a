import { z } from 'zod';
import { channel } from '../contract/channel';
import {
  type FieldsOutput,
  calendarDate,
  id,
  optionalDate,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { ImprovementMeasure, ImprovementPage } from './types';
import { IMPROVEMENT_SOURCES, IMPROVEMENT_STATUSES } from './types';

export const improvementFields = {
  title: requiredText(LIMITS.shortText),
  description: optionalText(LIMITS.longText),
  source: z.enum(IMPROVEMENT_SOURCES).default('statistics'),
  /** The complaint it came from, when it came from one. */
  sourceTicketId: id().nullable().default(null),
  causeCategory: z.string().trim().min(1).max(LIMITS.tag),
  ownerId: id(),
  dueDate: calendarDate(),
};
export type ImprovementInput = FieldsOutput<typeof improvementFields>;

export const improvementFilter = {
  search: optionalText(LIMITS.search),
  statuses: z.array(z.enum(IMPROVEMENT_STATUSES)).max(4).default([]),
  causeCategory: optionalText(LIMITS.tag),
  ownerId: id().nullable().default(null),
  sourceTicketId: id().nullable().default(null),
};
export type ImprovementFilter = FieldsOutput<typeof improvementFilter>;

export const improvementChannels = {
  'improvement.list': channel<ImprovementPage>()({
    input: z.strictObject({ ...improvementFilter, page: page(), pageSize: pageSize() }),
    access: 'improvement.read',
    kind: 'query',
  }),
  'improvement.get': channel<ImprovementMeasure>()({
    input: z.strictObject({ id: id() }),
    access: 'improvement.read',
    kind: 'query',
  }),
  'improvement.create': channel<ImprovementMeasure>()({
    input: z.strictObject(improvementFields),
    access: 'improvement.manage',
    kind: 'mutation',
    changes: ['improvement'],
  }),
  'improvement.update': channel<ImprovementMeasure>()({
    input: z.strictObject({ id: id(), version: version(), ...improvementFields }),
    access: 'improvement.manage',
    kind: 'mutation',
    changes: ['improvement'],
  }),
  /** Progress by its owner or a manager: start, done (with the date it took effect and the result), cancel. */
  'improvement.setStatus': channel<ImprovementMeasure>()({
    input: z.strictObject({
      id: id(),
      version: version(),
      status: z.enum(IMPROVEMENT_STATUSES),
      effectiveFrom: optionalDate(),
      resultNote: optionalText(LIMITS.text),
    }),
    access: 'improvement.progress',
    kind: 'mutation',
    changes: ['improvement'],
  }),
};
