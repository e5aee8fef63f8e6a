/**
 * Overdue receivables, a computed key risk indicator fed by the contracts' payment plans: the indicators'
 * source list widens. SQLite cannot change a CHECK in place, so the table is rebuilt with its rows and
 * indexes; the readings keep pointing at the same ids (the foreign keys are checked once, at commit).
 */
export const sql = /* sql */ `
PRAGMA defer_foreign_keys = ON;
CREATE TABLE kris_before_receivables AS SELECT * FROM kris;
DROP TABLE kris;
CREATE TABLE kris (
  id                 TEXT PRIMARY KEY,
  code               TEXT NOT NULL UNIQUE,
  name               TEXT NOT NULL,
  description        TEXT,
  unit               TEXT,
  direction          TEXT NOT NULL CHECK (direction IN ('higher_worse', 'lower_worse')),
  warning_threshold  REAL NOT NULL,
  alarm_threshold    REAL NOT NULL,
  risk_id            TEXT REFERENCES risks(id),
  owner_id           TEXT NOT NULL REFERENCES staff(id),
  group_id           TEXT REFERENCES groups(id),
  frequency          TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly')),
  source             TEXT NOT NULL CHECK (source IN ('manual', 'complaints_per_month', 'clients_lost',
                                                     'overdue_follow_ups', 'overdue_complaint_deadlines',
                                                     'overdue_receivables')),
  active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  search_text        TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  created_by         TEXT,
  updated_by         TEXT,
  deleted_at         TEXT,
  deleted_by         TEXT,
  version            INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO kris SELECT * FROM kris_before_receivables;
DROP TABLE kris_before_receivables;
CREATE INDEX kris_owner ON kris(owner_id) WHERE deleted_at IS NULL;
CREATE INDEX kris_group ON kris(group_id) WHERE deleted_at IS NULL;
CREATE INDEX kris_risk ON kris(risk_id) WHERE risk_id IS NOT NULL AND deleted_at IS NULL;
`;
