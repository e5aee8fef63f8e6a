/**
 * My to-do (我的待办): what the user should act on, from every workflow, on Home and as counts beside the
 * navigation entries. Each domain contributes its due items through one provider in main
 * (src/main/domains/todo); this is the shape they all share.
 */

/** The kinds of due item; a new workflow adds its own (deadlines, reviews, forms to fill, rectifications …). */
export const TODO_KINDS = [
  'followup',
  'ticketDeadline',
  'improvementDue',
  'approvalPending',
  'meetingDecision',
  'riskMeetingDue',
  'riskReview',
  'riskAction',
  'kriBreach',
  'rectificationDue',
  'rectificationVerify',
  'appraisalPlan',
  'appraisalSelf',
  'appraisalEvaluation',
  'appraisalAcknowledge',
  'appraisalAppeal',
  'appraisalPhase',
  'opportunityDue',
  'contractMilestone',
  'contractHandoff',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** overdue: past its due time; today: due today; soon: due within the workflow's look-ahead window. */
export const TODO_URGENCIES = ['overdue', 'today', 'soon'] as const;
export type TodoUrgency = (typeof TODO_URGENCIES)[number];

export interface TodoItem {
  /** Stable across reloads: the kind and the record it is about. */
  key: string;
  kind: TodoKind;
  urgency: TodoUrgency;
  /** When it is due: a calendar date (YYYY-MM-DD) for day-granular items … */
  dueDate: string;
  /** … and the exact time (ISO, UTC) for items due at a time of day (deadlines in hours); else null. */
  dueAt: string | null;
  /** What to do, as the user wrote it (a next action, a ticket's subject …); shown as is. */
  title: string;
  /** A reminder nobody wrote (the next periodic meeting): its words by translation key, shown instead of the title. */
  titleKey?: string;
  /** The record it concerns, shown beside the title (a client's code and name …). */
  subject: { code: string; name: string } | null;
  /** Whose item it is, when the user sees it as a lead for someone else; null for their own. */
  assigneeName: string | null;
  /** The screen that opens the record (a hash-router path). */
  link: string;
  /** The navigation entry that counts it (its path). */
  navPath: string;
}

export interface TodoList {
  /** Ordered by due time, the oldest overdue first; at most TODO_SHOWN. */
  items: TodoItem[];
  /** How many items there are in all. */
  total: number;
  /** Items overdue or due today, by navigation entry path: the counts beside the menu. */
  urgentByNavPath: Record<string, number>;
}

/** How many items todo.list returns; the total says how many more there are. */
export const TODO_SHOWN = 50;
