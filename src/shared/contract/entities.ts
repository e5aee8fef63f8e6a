/**
 * What the app's records are, by kind: the audit trail names the entity of every change with one of these,
 * and each mutation channel declares the ones it changes (its `changes`), so that after a successful call the
 * renderer can tell every store showing them to reload (docs/architecture.md, "Change events").
 * 'database' is a restore: everything may have changed.
 */
export const ENTITIES = [
  'session',
  'account',
  'staff',
  'group',
  'settings',
  'backup',
  'database',
  'client',
  'contact',
  'communication',
  'transaction',
  'attachment',
  'calendarDay',
  'ticket',
  'ticketAction',
  'improvement',
  'approval',
  'risk',
  'riskAction',
  'riskMeeting',
  'kri',
  'kriReading',
  'controlAudit',
  'controlFinding',
  'rectification',
  'appraisalIndicator',
  'appraisalTemplate',
  'appraisalCycle',
  'appraisalForm',
  'incentive',
  'contract',
  'contractMilestone',
  'contractHandoff',
] as const;

export type Entity = (typeof ENTITIES)[number];
