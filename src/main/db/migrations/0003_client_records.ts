/**
 * Client files, second step.
 *
 * Contacts, communication and transaction records are deleted softly: a stale delete is then a CONFLICT
 * like any other stale write, a merge moves deleted rows along with their file, and what was there stays
 * readable next to its trail rows.
 *
 * The list indexes are rebuilt as partial indexes over live files (WHERE deleted_at IS NULL). With
 * deleted_at as an index column, the planner (which has no statistics) takes "deleted_at IS NULL" for a
 * selective equality, prefers those indexes and then reads every row; over live files only, each filter
 * has one index that both counts it and yields its first page already sorted by updated time.
 */
export const sql = /* sql */ `
ALTER TABLE client_contacts ADD COLUMN deleted_at TEXT;
ALTER TABLE client_contacts ADD COLUMN deleted_by TEXT;
ALTER TABLE client_communications ADD COLUMN deleted_at TEXT;
ALTER TABLE client_communications ADD COLUMN deleted_by TEXT;
ALTER TABLE client_transactions ADD COLUMN deleted_at TEXT;
ALTER TABLE client_transactions ADD COLUMN deleted_by TEXT;

DROP INDEX clients_live_updated;
DROP INDEX clients_owner;
DROP INDEX clients_group;
DROP INDEX clients_touched;
DROP INDEX clients_status;
DROP INDEX clients_tier;

-- No filter: the newest first. Stale and tag filters are checked from the index alone while it is walked.
CREATE INDEX clients_live_updated ON clients(updated_at, touched_at, tags) WHERE deleted_at IS NULL;
-- The scopes (a staff member's own files, a lead's or deputy's groups), carrying the filter columns so that
-- a scope with a filter is counted and paged without reading the rows.
CREATE INDEX clients_live_owner
  ON clients(owner_id, updated_at, group_id, tier, status, source, province, industry, touched_at, tags)
  WHERE deleted_at IS NULL;
CREATE INDEX clients_live_group
  ON clients(group_id, updated_at, tier, status, source, province, industry, touched_at, tags)
  WHERE deleted_at IS NULL;
-- One filter, the manager's view: counted by range, the first page read in updated-time order.
-- Sorting by tier (A first) or status (potential first) shows the newest first within each: these orders.
CREATE INDEX clients_live_tier ON clients(tier, updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_status ON clients(status, updated_at) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_status_rank ON clients(
  (CASE status WHEN 'potential' THEN 0 WHEN 'key_follow_up' THEN 1 WHEN 'customer' THEN 2 WHEN 'dormant' THEN 3 ELSE 4 END),
  updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_province ON clients(province, updated_at) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_industry ON clients(industry, updated_at) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_source ON clients(source, updated_at) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_touched ON clients(touched_at, updated_at) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_name ON clients(name) WHERE deleted_at IS NULL;
CREATE INDEX clients_live_created ON clients(created_at) WHERE deleted_at IS NULL;
CREATE INDEX clients_recycle_bin ON clients(deleted_at) WHERE deleted_at IS NOT NULL;

-- Follow-ups: open, live next actions by person and date (mine, a team), and by date alone (everyone).
DROP INDEX client_communications_due;
CREATE INDEX client_communications_due ON client_communications(staff_id, next_action_date)
  WHERE next_action_date IS NOT NULL AND next_action_done = 0 AND deleted_at IS NULL;
CREATE INDEX client_communications_due_date ON client_communications(next_action_date)
  WHERE next_action_date IS NOT NULL AND next_action_done = 0 AND deleted_at IS NULL;
`;
