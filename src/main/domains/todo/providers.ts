import type { TodoItem, TodoKind } from '../../../shared/todo/types';
import type { UserCtx } from '../../core/context';
import { followUpTodos } from '../clients/todos';
import { ticketDeadlineTodos } from '../service/todos';
import { improvementTodos } from '../improvement/todos';
import { meetingDecisionTodos, meetingDueTodos } from '../meetings/todos';
import { riskActionTodos, riskReviewTodos } from '../risk/todos';
import { approvalTodos } from '../approvals/todos';
import { kriBreachTodos } from '../kri/todos';
import { rectificationDueTodos, rectificationVerifyTodos } from '../control/todos';
import { appraisalManagerTodos, appraisalStepTodos } from '../appraisal/todos';
import { opportunityTodos } from '../sales/todos';
import { handoffTodos, milestoneTodos } from '../contracts/todos';

/**
 * One workflow's contribution to My to-do: its due items for the calling user (their own, and — where the
 * workflow says a lead must act — their team's). A provider only reads, and sees what the user may see.
 */
export interface TodoProvider {
  kind: TodoKind;
  list(ctx: UserCtx): TodoItem[];
}

/** Every workflow with due items; a new one adds its provider here (deadlines, reviews, forms to fill …). */
export const TODO_PROVIDERS: readonly TodoProvider[] = [
  { kind: 'followup', list: followUpTodos },
  { kind: 'ticketDeadline', list: ticketDeadlineTodos },
  { kind: 'improvementDue', list: improvementTodos },
  { kind: 'approvalPending', list: approvalTodos },
  { kind: 'meetingDecision', list: meetingDecisionTodos },
  { kind: 'riskMeetingDue', list: meetingDueTodos },
  { kind: 'riskReview', list: riskReviewTodos },
  { kind: 'riskAction', list: riskActionTodos },
  { kind: 'kriBreach', list: kriBreachTodos },
  { kind: 'rectificationDue', list: rectificationDueTodos },
  { kind: 'rectificationVerify', list: rectificationVerifyTodos },
  // One provider for the form steps (every step's kind), one for the manager's (appeals, phase deadlines).
  { kind: 'appraisalSelf', list: appraisalStepTodos },
  { kind: 'appraisalPhase', list: appraisalManagerTodos },
  { kind: 'opportunityDue', list: opportunityTodos },
  { kind: 'contractMilestone', list: milestoneTodos },
  { kind: 'contractHandoff', list: handoffTodos },
];
