import { type AppraisalCycle, type CyclePhase, type FormStep } from '../../../shared/appraisal/cycles';
import type { FormRow } from './repository/forms';

/*
 * What each phase waits for on every form, and whose move it is — one rule for the progress view, the "move
 * the cycle on" refusal and the to-dos. Goal setting waits for the plan to be agreed (written by the person,
 * agreed by the evaluator), the self-assessment for the person's submission, the supervisor review for the
 * evaluation; after publication each person acknowledges their result and the manager resolves appeals.
 */

/** The step a form still owes in this phase, or null when it has done its part. */
export function stepOwed(phase: CyclePhase, f: FormRow): FormStep | null {
  if (f.removedAt) return null;
  switch (phase) {
    case 'goalSetting':
      return f.planAgreedAt ? null : 'plan';
    case 'selfAssessment':
      return f.selfSubmittedAt ? null : 'self';
    case 'supervisorReview':
      return f.evalSubmittedAt ? null : 'evaluation';
    case 'published':
      if (f.appealStatus === 'open') return 'appeal';
      return f.acknowledgedAt ? null : 'acknowledge';
    default:
      return null;
  }
}

/** The step that must be done on every form before the cycle leaves this phase (null: none per form). */
export function gatingStep(phase: CyclePhase): FormStep | null {
  if (phase === 'goalSetting') return 'plan';
  if (phase === 'selfAssessment') return 'self';
  if (phase === 'supervisorReview') return 'evaluation';
  return null;
}

/**
 * Who must act on the step: the person writes the plan (the evaluator agrees it once written), submits the
 * self-assessment and acknowledges the result; the evaluator evaluates; the manager (managerId) resolves appeals.
 */
export function actorOf(step: FormStep, f: FormRow, managerId: string): { id: string; name: string | null } {
  if (step === 'plan') return f.plan ? { id: f.evaluatorId, name: f.evaluatorName } : self(f);
  if (step === 'evaluation') return { id: f.evaluatorId, name: f.evaluatorName };
  if (step === 'appeal') return { id: managerId, name: null };
  return self(f);
}
const self = (f: FormRow) => ({ id: f.staffId, name: f.staffName });

/** When the step is due: the deadline of the cycle's current phase; after publication, the appeal window's end. */
export function dueOf(cycle: AppraisalCycle): string | null {
  switch (cycle.phase) {
    case 'goalSetting':
    case 'selfAssessment':
    case 'supervisorReview':
    case 'managerReview':
      return cycle.deadlines[cycle.phase];
    case 'published':
      return cycle.appealUntil;
    default:
      return null;
  }
}
