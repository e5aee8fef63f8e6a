/**
 * Improvement measures (改进措施): one table for every source (complaint statistics, a complaint, later
 * surveys, audits and the manager's review). The cause category is a customer service category key; the
 * effect check reads that category's complaints before and after `effective_from`.
 */
export const sql = /* sql */ `
CREATE TABLE improvement_measures (
  id               TEXT PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE,
  title            TEXT NOT NULL,
  description      TEXT,
  source           TEXT NOT NULL CHECK (source IN ('statistics', 'complaint', 'survey', 'audit', 'review')),
  source_ticket_id TEXT REFERENCES service_tickets(id),
  cause_category   TEXT NOT NULL,
  owner_id         TEXT REFERENCES staff(id),
  group_id         TEXT REFERENCES groups(id),
  due_date         TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  effective_from   TEXT,
  result_note      TEXT,
  completed_at     TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT,
  updated_by       TEXT,
  deleted_at       TEXT,
  deleted_by       TEXT,
  version          INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX improvement_measures_status_due ON improvement_measures(status, due_date) WHERE deleted_at IS NULL;
CREATE INDEX improvement_measures_owner ON improvement_measures(owner_id, due_date) WHERE deleted_at IS NULL;
CREATE INDEX improvement_measures_category ON improvement_measures(cause_category) WHERE deleted_at IS NULL;
CREATE INDEX improvement_measures_ticket ON improvement_measures(source_ticket_id) WHERE source_ticket_id IS NOT NULL;
`;
