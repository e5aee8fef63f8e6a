/**
 * Approvals (审批): one table for every request the manager decides (risk acceptance now; price floors,
 * incentives and score adjustments later). The subject is named by kind and id, with its code and title as
 * they were when asked, so the list reads without joining every subject's table.
 */
export const sql = /* sql */ `
CREATE TABLE approvals (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL,
  subject_id     TEXT NOT NULL,
  subject_code   TEXT NOT NULL,
  subject_title  TEXT NOT NULL,
  subject_link   TEXT NOT NULL,
  summary        TEXT,
  reason         TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused', 'withdrawn')),
  group_id       TEXT REFERENCES groups(id),
  requested_by   TEXT NOT NULL REFERENCES users(id),
  requested_at   TEXT NOT NULL,
  decided_by     TEXT REFERENCES users(id),
  decided_at     TEXT,
  comment        TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX approvals_status ON approvals(status, requested_at);
CREATE INDEX approvals_subject ON approvals(subject_id, requested_at);
CREATE INDEX approvals_requester ON approvals(requested_by, requested_at);
`;
