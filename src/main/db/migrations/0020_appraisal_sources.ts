/**
 * The appraisal's computed indicators (六) read a period's records for a whole cycle at once — 500 people
 * owning 100,000 client files — so each source is one range over the period's own rows, never a walk over
 * every file of every person:
 *
 * - revenue: the live transactions of the period by date, carrying the client and the amount (and
 *   deleted_at: SQLite answers from an index alone only when it holds every column a query names);
 * - new customers: the changes to 'customer', by time (the period's) and by file (whether the file had been a
 *   customer before) — a few rows of the status history, so the two indexes are small;
 * - satisfaction: closed complaints' feedback scores by the client's owner and feedback time, carrying what
 *   is counted, so a cycle's 500 owners (or one person's form) read only their own scores.
 */
export const sql = /* sql */ `
CREATE INDEX client_transactions_live_date ON client_transactions(date, client_id, amount_fen, deleted_at)
  WHERE deleted_at IS NULL;
CREATE INDEX client_status_changes_customer_at ON client_status_changes(changed_at, client_id, to_status)
  WHERE to_status = 'customer';
CREATE INDEX client_status_changes_customer_client ON client_status_changes(client_id, changed_at, to_status)
  WHERE to_status = 'customer';
CREATE INDEX service_tickets_owner_feedback ON service_tickets(client_owner_id, feedback_at, satisfaction_score,
  kind, status, deleted_at)
  WHERE kind = 'complaint' AND status = 'closed' AND satisfaction_score IS NOT NULL AND deleted_at IS NULL;
`;
