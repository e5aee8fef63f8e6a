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
  version,
} from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { PERIOD_KINDS } from './rules';
import type { SalesPlan, SalesPlanBoard, SalesPlanPage } from './types';

/** Yuan in fen: up to ten billion yuan, never negative. */
const targetFen = () => z.number().int().min(0).max(1_000_000_000_000);

/** What can change on a plan: its targets, strategy and action plan. */
export const salesPlanValues = {
  revenueTargetFen: targetFen(),
  profitTargetFen: targetFen(),
  newClientsTarget: z.number().int().min(0).max(100_000),
  strategy: optionalText(LIMITS.longText),
  actionPlan: optionalText(LIMITS.longText),
};

/** A new plan: whose (a person, or a group with staffId null) and which period (its kind and first day). */
export const salesPlanFields = {
  periodKind: z.enum(PERIOD_KINDS),
  periodFrom: calendarDate(),
  staffId: id().nullable().default(null),
  /** The group of a group plan; a person's plan takes the person's group (this is ignored). */
  groupId: id().nullable().default(null),
  ...salesPlanValues,
};
export type SalesPlanInput = FieldsOutput<typeof salesPlanFields>;
export type SalesPlanValues = FieldsOutput<typeof salesPlanValues>;

export const salesPlanFilter = {
  periodKind: z.enum(PERIOD_KINDS).nullable().default(null),
  periodFrom: calendarDate().nullable().default(null),
  groupId: id().nullable().default(null),
  staffId: id().nullable().default(null),
};
export type SalesPlanFilter = FieldsOutput<typeof salesPlanFilter>;
export const emptySalesPlanFilter: SalesPlanFilter = z.strictObject(salesPlanFilter).parse({});

export const salesPlansChannels = {
  /**
   * One group's plans for a period: the group's plan, its people's and the split, with actuals. groupId null:
   * the reader's own group (a deputy's first group in charge, the manager's first group).
   */
  'salesPlans.board': channel<SalesPlanBoard>()({
    input: z.strictObject({
      periodKind: z.enum(PERIOD_KINDS),
      periodFrom: calendarDate(),
      groupId: id().nullable().default(null),
    }),
    access: 'salesPlans.read',
    kind: 'query',
  }),
  /** The plans the reader may see, with actuals and progress, filtered by period, group and person. */
  'salesPlans.list': channel<SalesPlanPage>()({
    input: z.strictObject({ ...salesPlanFilter, page: page(), pageSize: pageSize() }),
    access: 'salesPlans.read',
    kind: 'query',
  }),
  'salesPlans.export': channel<FilePayload>()({
    input: z.strictObject({ ...salesPlanFilter, locale: locale() }),
    access: 'salesPlans.read',
    kind: 'query',
  }),
  /** Sets a plan for a person or a group for a period (one each per period). */
  'salesPlans.create': channel<SalesPlan>()({
    input: z.strictObject(salesPlanFields),
    access: 'salesPlans.manage',
    kind: 'mutation',
    changes: ['salesPlan'],
  }),
  'salesPlans.update': channel<SalesPlan>()({
    input: z.strictObject({ id: id(), version: version(), ...salesPlanValues }),
    access: 'salesPlans.manage',
    kind: 'mutation',
    changes: ['salesPlan'],
  }),
};
