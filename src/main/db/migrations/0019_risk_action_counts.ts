/**
 * A risk's open and overdue action counts (every list row shows them) read its own actions: with the due
 * date in the per-risk index, the overdue count is one range within the risk, never a walk over every
 * overdue action of the register (which the planner chose with the status-and-due index alone).
 */
export const sql = /* sql */ `
DROP INDEX risk_actions_risk;
CREATE INDEX risk_actions_risk ON risk_actions(risk_id, status, due_on) WHERE deleted_at IS NULL;
`;
