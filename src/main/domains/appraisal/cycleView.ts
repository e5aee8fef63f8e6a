import type { AppraisalCycle } from '../../../shared/appraisal/cycles';
import { chinaDateOf } from '../../../shared/calendar/workingTime';
import type { OrgSettings } from '../../../shared/settings/types';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/refusals';
import { getSettings } from '../settings/service';
import * as cycles from './repository/cycles';
import type { CycleRow } from './repository/cycles';

/** What the appraisal's rules read besides the records: the settings in force and today's China date. */
export interface AppraisalBook {
  settings: OrgSettings;
  today: string;
}

export function appraisalBook(ctx: Ctx): AppraisalBook {
  return { settings: getSettings(ctx).settings, today: chinaDateOf(ctx.clock.now().getTime()) };
}

export function toCycle(row: CycleRow): AppraisalCycle {
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    kind: row.kind,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    phase: row.phase,
    deadlines: {
      goalSetting: row.goalSettingDue,
      selfAssessment: row.selfAssessmentDue,
      supervisorReview: row.supervisorReviewDue,
      managerReview: row.managerReviewDue,
    },
    appealUntil: row.appealUntil,
    publishedAt: row.publishedAt,
    closedAt: row.closedAt,
    quarterWeight: row.quarterWeight,
    formCount: row.formCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The cycle row, whoever asks (callers check what the reader may see of it). */
export function cycleRow(ctx: Ctx, id: string): CycleRow {
  const row = cycles.getCycleRow(ctx.db, id);
  if (!row) throw notFound('appraisalCycle');
  return row;
}
