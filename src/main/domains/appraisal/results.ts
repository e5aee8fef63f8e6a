import type { AppraisalCycle } from '../../../shared/appraisal/cycles';
import type { FormItem, Grade } from '../../../shared/appraisal/forms';
import { annualBlend, evalTotalOf, finalScoreOf, gradeOf } from '../../../shared/appraisal/scoring';
import type { OrgSettings } from '../../../shared/settings/types';
import type { Ctx } from '../../core/context';
import { liveActuals } from './computedActuals';
import type { FormRow } from './repository/forms';
import { quarterMeans } from './repository/results';

/*
 * A person's result in a cycle (六(三)4): the evaluation's weighted total, for an annual cycle blended with the
 * mean of the person's quarterly results in the period, replaced by the manager's adjustment when there is
 * one, and its grade by the settings' thresholds. Before publication it is worked out live (computed actuals
 * as the records are now); publication keeps exactly this in the form.
 */

export interface FormResult {
  items: FormItem[];
  evalTotal: number | null;
  quarterMean: number | null;
  finalScore: number | null;
  grade: Grade | null;
}

type CycleFacts = Pick<AppraisalCycle, 'phase' | 'kind' | 'periodFrom' | 'periodTo' | 'quarterWeight'>;

/** Each form's result as it would be published now, by form id (batch: a few queries for the whole cycle). */
export function liveResults(
  ctx: Ctx,
  cycle: CycleFacts,
  rows: readonly FormRow[],
  settings: Pick<OrgSettings, 'appraisalGradeThresholds' | 'appraisalQuarterWeight'>,
): Map<string, FormResult> {
  // Worked out as if before publication: publication itself calls this while the cycle is in manager review.
  const items = new Map(liveActuals(ctx, cycle, [...rows]).map((r) => [r.id, r.items]));
  const annual = cycle.kind === 'annual';
  const quarters = annual
    ? quarterMeans(ctx.db, {
        from: cycle.periodFrom,
        to: cycle.periodTo,
        staffIds: rows.map((r) => r.staffId),
      })
    : new Map<string, number>();
  const weight = cycle.quarterWeight ?? settings.appraisalQuarterWeight;
  return new Map(
    rows.map((r) => {
      const live = items.get(r.id) ?? r.items;
      const evalTotal = r.evalSubmittedAt ? evalTotalOf(live) : null;
      const quarterMean = annual ? (quarters.get(r.staffId) ?? null) : null;
      const blended = annual ? annualBlend(evalTotal, quarterMean, weight) : evalTotal;
      const finalScore = finalScoreOf(blended, r.adjustedTotal);
      return [
        r.id,
        {
          items: live,
          evalTotal,
          quarterMean,
          finalScore,
          grade: gradeOf(finalScore, settings.appraisalGradeThresholds),
        },
      ];
    }),
  );
}
