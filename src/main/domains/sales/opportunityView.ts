import { chinaDateOf } from '../../../shared/calendar/workingTime';
import { probabilityOf, weightedFen } from '../../../shared/sales/rules';
import { OPEN_STAGES } from '../../../shared/sales/stages';
import type { Opportunity, ScreeningRating } from '../../../shared/sales/types';
import type { OrgSettings } from '../../../shared/settings/types';
import type { Clause } from '../../db/clause';
import type { Ctx } from '../../core/context';
import { getSettings } from '../settings/service';
import type { OpportunityRow, OpportunityWrite } from './repository/opportunities';

/** What reading an opportunity needs besides its row: the settings in force and today (a China date). */
export interface SalesBook {
  settings: OrgSettings;
  today: string;
}

export function salesBook(ctx: Ctx): SalesBook {
  return { settings: getSettings(ctx).settings, today: chinaDateOf(ctx.clock.now().getTime()) };
}

export const ratingsOf = (json: string): ScreeningRating[] => JSON.parse(json) as ScreeningRating[];

export function toOpportunity(book: SalesBook, r: OpportunityRow): Opportunity {
  const probability = probabilityOf(
    { stage: r.stage, probabilityOverride: r.probability },
    book.settings.salesStageProbability,
  );
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    clientId: r.clientId,
    clientCode: r.clientCode,
    clientName: r.clientName,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    groupId: r.groupId,
    stage: r.stage,
    expectedAmountFen: r.expectedAmountFen,
    probabilityOverride: r.probability,
    probability,
    weightedFen: weightedFen(r.expectedAmountFen, probability),
    expectedCloseOn: r.expectedCloseOn,
    nextStep: r.nextStep,
    nextStepOn: r.nextStepOn,
    sourceActivityId: r.sourceActivityId,
    sourceActivityCode: r.sourceActivityCode,
    sourceActivityTitle: r.sourceActivityTitle,
    screening: ratingsOf(r.screening),
    screeningScore: r.screeningScore,
    needs: r.needs,
    proposal: r.proposal,
    visitInvitedOn: r.visitInvitedOn,
    visitHeldOn: r.visitHeldOn,
    visitNotes: r.visitNotes,
    negotiationNotes: r.negotiationNotes,
    lostReason: r.lostReason,
    lostNote: r.lostNote,
    closedOn: r.closedOn,
    stageEnteredAt: r.stageEnteredAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

/** The stored state of a row, as a write starts from it. */
export function writeOf(r: OpportunityRow): OpportunityWrite {
  return {
    title: r.title,
    clientId: r.clientId,
    ownerId: r.ownerId,
    groupId: r.groupId,
    stage: r.stage,
    expectedAmountFen: r.expectedAmountFen,
    probability: r.probability,
    expectedCloseOn: r.expectedCloseOn,
    nextStep: r.nextStep,
    nextStepOn: r.nextStepOn,
    sourceActivityId: r.sourceActivityId,
    screeningScore: r.screeningScore,
    screening: r.screening,
    needs: r.needs,
    proposal: r.proposal,
    visitInvitedOn: r.visitInvitedOn,
    visitHeldOn: r.visitHeldOn,
    visitNotes: r.visitNotes,
    negotiationNotes: r.negotiationNotes,
    lostReason: r.lostReason,
    lostNote: r.lostNote,
    closedOn: r.closedOn,
    stageEnteredAt: r.stageEnteredAt,
  };
}

/** An opportunity as the audit trail shows it: what people decide and record, no names or bookkeeping. */
export function opportunityAuditView(
  w: OpportunityWrite & { code: string; sourceActivityCode: string | null },
) {
  return {
    code: w.code,
    title: w.title,
    clientId: w.clientId,
    ownerId: w.ownerId,
    stage: w.stage,
    expectedAmountFen: w.expectedAmountFen,
    probability: w.probability,
    expectedCloseOn: w.expectedCloseOn,
    nextStep: w.nextStep,
    nextStepOn: w.nextStepOn,
    sourceActivity: w.sourceActivityCode,
    screeningScore: w.screeningScore,
    needs: w.needs,
    proposal: w.proposal,
    visitInvitedOn: w.visitInvitedOn,
    visitHeldOn: w.visitHeldOn,
    visitNotes: w.visitNotes,
    negotiationNotes: w.negotiationNotes,
    lostReason: w.lostReason,
    lostNote: w.lostNote,
    closedOn: w.closedOn,
  };
}

/** The search text: code, title, client's code and name, next step — lower-cased (any 1–2 characters match). */
export const opportunitySearchText = (o: {
  code: string;
  title: string;
  clientCode: string;
  clientName: string;
  nextStep: string | null;
}): string =>
  [o.code, o.title, o.clientCode, o.clientName, o.nextStep]
    .filter((s) => s)
    .join('\n')
    .toLowerCase();

/** The probability in force as SQL over `o` (the owner's estimate, else the stage's setting), percent. */
export function probabilitySql(book: SalesBook): Clause {
  const p = book.settings.salesStageProbability;
  return {
    sql: `(CASE WHEN o.stage = 'won' THEN 100 WHEN o.stage = 'lost' THEN 0
           WHEN o.probability IS NOT NULL THEN o.probability
           ${OPEN_STAGES.map(() => 'WHEN o.stage = ? THEN ?').join(' ')} END)`,
    params: OPEN_STAGES.flatMap((s) => [s, p[s]]),
  };
}
