import type { ScorecardCriterion } from './settings';
import { OPEN_STAGES, STAGES, type OpenStage, type Stage } from './stages';
import type { ScreeningRating } from './types';

/*
 * The pipeline's rules, the same on both sides: what each stage requires of an opportunity before it may
 * stand there, the screening score, the probability in force and the weighted amount. Main refuses a move
 * that misses a record; the screens use the same functions to show what is still missing.
 */

/** What the stage rules read of an opportunity. */
export interface StageRecords {
  screening: readonly ScreeningRating[];
  needs: string | null;
  proposal: string | null;
  visitInvitedOn: string | null;
  visitHeldOn: string | null;
  negotiationNotes: string | null;
  expectedAmountFen: number | null;
  lostReason?: string | null;
}

/** The record fields each stage needs, in the form's field names. */
export const STAGE_RECORD_FIELDS: Record<Stage, readonly string[]> = {
  lead: [],
  screened: ['screening'],
  keyTarget: ['screening'],
  needsConfirmed: ['needs'],
  proposal: ['proposal'],
  visit: ['visitInvitedOn', 'visitHeldOn'],
  negotiation: ['negotiationNotes'],
  won: ['expectedAmountFen'],
  lost: ['lostReason'],
};

export const stageIndex = (s: Stage): number => STAGES.indexOf(s);

/** The weighted score (0–100) of the ratings on the scorecard; null until every criterion is rated. */
export function screeningScore(
  scorecard: readonly ScorecardCriterion[],
  ratings: readonly ScreeningRating[],
): number | null {
  if (scorecard.length === 0) return null;
  let sum = 0;
  let weights = 0;
  for (const c of scorecard) {
    const r = ratings.find((x) => x.key === c.key);
    if (!r) return null;
    sum += r.rating * c.weight;
    weights += c.weight;
  }
  return Math.round(sum / weights);
}

/** A missing or failed record: the field and the translation key (under validation.) that says why. */
export interface MissingRecord {
  field: string;
  key: string;
}

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

/** What the opportunity lacks to stand at `stage` (its own record only). */
export function missingForStage(
  stage: Stage,
  o: StageRecords,
  rules: { scorecard: readonly ScorecardCriterion[]; keyTargetMinScore: number },
): MissingRecord[] {
  switch (stage) {
    case 'lead':
      return [];
    case 'screened':
      return screeningScore(rules.scorecard, o.screening) === null
        ? [{ field: 'screening', key: 'salesScreeningRequired' }]
        : [];
    case 'keyTarget': {
      const score = screeningScore(rules.scorecard, o.screening);
      if (score === null) return [{ field: 'screening', key: 'salesScreeningRequired' }];
      return score < rules.keyTargetMinScore ? [{ field: 'screening', key: 'salesScoreBelowMin' }] : [];
    }
    case 'needsConfirmed':
      return blank(o.needs) ? [{ field: 'needs', key: 'salesNeedsRequired' }] : [];
    case 'proposal':
      return blank(o.proposal) ? [{ field: 'proposal', key: 'salesProposalRequired' }] : [];
    case 'visit': {
      const out: MissingRecord[] = [];
      if (!o.visitInvitedOn) out.push({ field: 'visitInvitedOn', key: 'salesVisitInvitedRequired' });
      if (!o.visitHeldOn) out.push({ field: 'visitHeldOn', key: 'salesVisitHeldRequired' });
      return out;
    }
    case 'negotiation':
      return blank(o.negotiationNotes)
        ? [{ field: 'negotiationNotes', key: 'salesNegotiationRequired' }]
        : [];
    case 'won':
      return (o.expectedAmountFen ?? 0) > 0
        ? []
        : [{ field: 'expectedAmountFen', key: 'salesWonAmountRequired' }];
    case 'lost':
      return blank(o.lostReason) ? [{ field: 'lostReason', key: 'salesLostReasonRequired' }] : [];
  }
}

/**
 * What a move from `from` to `to` lacks: forward, the records of every stage passed on the way and of the
 * target (a stage may be skipped only when its record is there); back, nothing; lost, its reason only.
 * Each field is named once, with the first reason found.
 */
export function missingForMove(
  from: Stage,
  to: Stage,
  o: StageRecords,
  rules: { scorecard: readonly ScorecardCriterion[]; keyTargetMinScore: number },
): MissingRecord[] {
  if (to === 'lost') return missingForStage('lost', o, rules);
  const start = stageIndex(from);
  const end = stageIndex(to);
  if (end <= start) return [];
  const out: MissingRecord[] = [];
  for (const s of STAGES.slice(start + 1, end + 1)) {
    for (const m of missingForStage(s, o, rules)) if (!out.some((x) => x.field === m.field)) out.push(m);
  }
  return out;
}

/** Whether the move is one the pipeline knows: between open stages, or closing an open one. Reopening is its own step. */
export function isLegalMove(from: Stage, to: Stage): boolean {
  if (from === to) return false;
  return (OPEN_STAGES as readonly Stage[]).includes(from);
}

/** The probability in force (percent): the owner's estimate, else the stage's; won 100, lost 0. */
export function probabilityOf(
  o: { stage: Stage; probabilityOverride: number | null },
  stageProbability: Record<OpenStage, number>,
): number {
  if (o.stage === 'won') return 100;
  if (o.stage === 'lost') return 0;
  return o.probabilityOverride ?? stageProbability[o.stage];
}

/** Expected amount × probability, in whole fen. */
export const weightedFen = (amountFen: number | null, probability: number): number =>
  Math.round(((amountFen ?? 0) * probability) / 100);

/** The scorecard's weights must add up to 100. */
export const scorecardWeightTotal = (scorecard: readonly { weight: number }[]): number =>
  scorecard.reduce((n, c) => n + c.weight, 0);
