import { z } from 'zod';
import { channel } from '../contract/channel';
import {
  type FieldsOutput,
  type FilePayload,
  calendarDate,
  id,
  locale,
  optionalText,
  page,
  pageSize,
  requiredText,
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { Kri, KriDetail, KriPage, KriReading } from './types';
import { KRI_DIRECTIONS, KRI_FREQUENCIES, KRI_LIST_STATES, KRI_SORT_FIELDS, KRI_SOURCES } from './types';

/** A threshold or a reading: any finite number a department would write down. */
const figure = () => z.number().finite().min(-1e12).max(1e12);

/** What the indicator form writes (create and edit). */
export const kriFields = {
  name: requiredText(LIMITS.shortText),
  description: optionalText(LIMITS.text),
  unit: optionalText(LIMITS.tag),
  direction: z.enum(KRI_DIRECTIONS),
  /** Warning before alarm in the direction the figure worsens (rules.ts thresholdsInOrder). */
  warningThreshold: figure(),
  alarmThreshold: figure(),
  riskId: id().nullable().default(null),
  ownerId: id(),
  frequency: z.enum(KRI_FREQUENCIES),
  source: z.enum(KRI_SOURCES).default('manual'),
  active: z.boolean().default(true),
};
export type KriInput = FieldsOutput<typeof kriFields>;

export const kriFilter = {
  search: optionalText(LIMITS.search),
  states: z.array(z.enum(KRI_LIST_STATES)).max(KRI_LIST_STATES.length).default([]),
  sources: z.array(z.enum(KRI_SOURCES)).max(KRI_SOURCES.length).default([]),
  ownerId: id().nullable().default(null),
  riskId: id().nullable().default(null),
  /** Also the indicators switched off (no longer watched). */
  includeInactive: z.boolean().default(false),
};
export type KriFilter = FieldsOutput<typeof kriFilter>;
export const emptyKriFilter: KriFilter = z.strictObject(kriFilter).parse({});

export const kriSort = {
  sortBy: z.enum(KRI_SORT_FIELDS).default('state'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
};
export type KriSort = FieldsOutput<typeof kriSort>;

/** A reading typed in: the day it was taken (never in the future) and the figure. */
export const kriReadingFields = {
  periodOn: calendarDate(),
  value: figure(),
  note: optionalText(LIMITS.text),
};
export type KriReadingInput = FieldsOutput<typeof kriReadingFields>;

export const kriChannels = {
  'kri.list': channel<KriPage>()({
    input: z.strictObject({ ...kriFilter, ...kriSort, page: page(), pageSize: pageSize() }),
    access: 'kri.read',
    kind: 'query',
  }),
  'kri.get': channel<KriDetail>()({
    input: z.strictObject({ id: id() }),
    access: 'kri.read',
    kind: 'query',
  }),
  'kri.create': channel<Kri>()({
    input: z.strictObject(kriFields),
    access: 'kri.manage',
    kind: 'mutation',
    changes: ['kri'],
  }),
  'kri.update': channel<Kri>()({
    input: z.strictObject({ id: id(), version: version(), ...kriFields }),
    access: 'kri.manage',
    kind: 'mutation',
    changes: ['kri'],
  }),
  /** Removes an indicator with its readings (kept for the audit trail, out of every list). */
  'kri.delete': channel<{ id: string }>()({
    input: z.strictObject({ id: id(), version: version() }),
    access: 'kri.manage',
    kind: 'mutation',
    changes: ['kri', 'kriReading'],
  }),
  /** A reading of an indicator entered by hand; one per date. */
  'kri.addReading': channel<KriReading>()({
    input: z.strictObject({ kriId: id(), ...kriReadingFields }),
    access: 'kri.record',
    kind: 'mutation',
    changes: ['kriReading', 'kri'],
  }),
  'kri.updateReading': channel<KriReading>()({
    input: z.strictObject({ id: id(), version: version(), ...kriReadingFields }),
    access: 'kri.record',
    kind: 'mutation',
    changes: ['kriReading', 'kri'],
  }),
  'kri.deleteReading': channel<{ id: string }>()({
    input: z.strictObject({ id: id(), version: version() }),
    access: 'kri.record',
    kind: 'mutation',
    changes: ['kriReading', 'kri'],
  }),
  'kri.export': channel<FilePayload>()({
    input: z.strictObject({ ...kriFilter, ...kriSort, locale: locale() }),
    access: 'kri.read',
    kind: 'query',
  }),
};
