/**
 * Key risk indicators (五 early warning): the indicators and the readings typed in by hand. Computed
 * indicators store no readings: their values come from the department's data when read. A reading's state
 * (normal, warning, alarm) is not stored either — the thresholds can change, and the state follows them.
 * One live reading per indicator and date.
 */
export const sql = /* sql */ `
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
                                                     'overdue_follow_ups', 'overdue_complaint_deadlines')),
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
CREATE INDEX kris_owner ON kris(owner_id) WHERE deleted_at IS NULL;
CREATE INDEX kris_group ON kris(group_id) WHERE deleted_at IS NULL;
CREATE INDEX kris_risk ON kris(risk_id) WHERE risk_id IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE kri_readings (
  id          TEXT PRIMARY KEY,
  kri_id      TEXT NOT NULL REFERENCES kris(id),
  period_on   TEXT NOT NULL,
  value       REAL NOT NULL,
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  deleted_at  TEXT,
  deleted_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX kri_readings_date ON kri_readings(kri_id, period_on) WHERE deleted_at IS NULL;
`;
