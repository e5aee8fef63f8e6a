import type { RiskAction } from '../../../shared/risk/types';
import type { ActionRow } from './repository/actions';

/** An open action is overdue once its due day has passed (`today`, a China calendar date). */
export const isActionOverdue = (a: { status: string; dueOn: string }, today: string): boolean =>
  a.status === 'open' && a.dueOn < today;

export function toAction(a: ActionRow, today: string): RiskAction {
  return {
    id: a.id,
    riskId: a.riskId,
    riskCode: a.riskCode,
    riskTitle: a.riskTitle,
    title: a.title,
    ownerId: a.ownerId,
    ownerName: a.ownerName,
    dueOn: a.dueOn,
    status: a.status,
    doneOn: a.doneOn,
    note: a.note,
    overdue: isActionOverdue(a, today),
    version: a.version,
  };
}

/** An action as the audit trail shows it: its risk by id, no joined names. */
export function actionAuditView(a: ActionRow) {
  return {
    riskId: a.riskId,
    title: a.title,
    ownerId: a.ownerId,
    groupId: a.groupId,
    dueOn: a.dueOn,
    status: a.status,
    doneOn: a.doneOn,
    note: a.note,
  };
}
