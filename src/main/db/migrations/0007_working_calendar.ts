/**
 * The working calendar's own days (工作日历): holidays and make-up workdays the manager sets over the
 * package's official calendar — next year's holidays before the package knows them, a company day off.
 * One live day per date; a deleted day stays for its trail rows.
 */
export const sql = /* sql */ `
CREATE TABLE calendar_days (
  id         TEXT PRIMARY KEY,
  date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  deleted_at TEXT,
  deleted_by TEXT,
  version    INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX calendar_days_live_date ON calendar_days(date) WHERE deleted_at IS NULL;
`;
