/**
 * Internal control (内部控制): inspections and internal audits with their auditors, the findings they record,
 * the rectifications (整改) each finding calls for with the steps of their verification, and the evidence
 * files an owner hands in (their bytes in the data folder's content-addressed store, as client attachments').
 * A rectification carries its owner's group, so who sees it is decided from the row alone.
 */
export const sql = /* sql */ `
CREATE TABLE control_audits (
  id          TEXT PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  type        TEXT NOT NULL CHECK (type IN ('inspection', 'internal_audit')),
  title       TEXT NOT NULL,
  scope       TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to   TEXT NOT NULL,
  audit_on    TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'reported', 'closed')),
  conclusion  TEXT,
  search_text TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  deleted_at  TEXT,
  deleted_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX control_audits_audit_on ON control_audits(audit_on) WHERE deleted_at IS NULL;
CREATE INDEX control_audits_status ON control_audits(status, audit_on) WHERE deleted_at IS NULL;

CREATE TABLE control_auditors (
  id         TEXT PRIMARY KEY,
  audit_id   TEXT NOT NULL REFERENCES control_audits(id),
  staff_id   TEXT NOT NULL REFERENCES staff(id),
  lead       INTEGER NOT NULL DEFAULT 0 CHECK (lead IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (audit_id, staff_id)
) STRICT;
CREATE INDEX control_auditors_staff ON control_auditors(staff_id, audit_id);

CREATE TABLE control_findings (
  id          TEXT PRIMARY KEY,
  audit_id    TEXT NOT NULL REFERENCES control_audits(id),
  code        TEXT NOT NULL UNIQUE,
  severity    TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  title       TEXT NOT NULL,
  description TEXT,
  risk_id     TEXT REFERENCES risks(id),
  process     TEXT,
  search_text TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  deleted_at  TEXT,
  deleted_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX control_findings_audit ON control_findings(audit_id) WHERE deleted_at IS NULL;

CREATE TABLE control_rectifications (
  id             TEXT PRIMARY KEY,
  finding_id     TEXT NOT NULL REFERENCES control_findings(id),
  requirement    TEXT NOT NULL,
  owner_id       TEXT NOT NULL REFERENCES staff(id),
  group_id       TEXT REFERENCES groups(id),
  due_on         TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'verified', 'returned')),
  evidence_note  TEXT,
  submitted_at   TEXT,
  verified_by    TEXT REFERENCES staff(id),
  verified_at    TEXT,
  verify_comment TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  deleted_at     TEXT,
  deleted_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX control_rectifications_finding ON control_rectifications(finding_id) WHERE deleted_at IS NULL;
CREATE INDEX control_rectifications_owner ON control_rectifications(owner_id, status, due_on) WHERE deleted_at IS NULL;
CREATE INDEX control_rectifications_group ON control_rectifications(group_id, status) WHERE deleted_at IS NULL;
CREATE INDEX control_rectifications_status_due ON control_rectifications(status, due_on) WHERE deleted_at IS NULL;

-- Each step of a rectification's verification: submitted (with the evidence note), returned (with the
-- auditor's comment), verified.
CREATE TABLE control_rectification_steps (
  id               TEXT PRIMARY KEY,
  rectification_id TEXT NOT NULL REFERENCES control_rectifications(id),
  kind             TEXT NOT NULL CHECK (kind IN ('submitted', 'returned', 'verified')),
  note             TEXT,
  at               TEXT NOT NULL,
  actor_id         TEXT REFERENCES staff(id),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT,
  updated_by       TEXT,
  version          INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX control_rectification_steps_rect ON control_rectification_steps(rectification_id, at);

CREATE TABLE control_evidence (
  id               TEXT PRIMARY KEY,
  rectification_id TEXT NOT NULL REFERENCES control_rectifications(id),
  file_name        TEXT NOT NULL,
  mime             TEXT NOT NULL,
  size_bytes       INTEGER NOT NULL,
  sha256           TEXT NOT NULL,
  stored_name      TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  created_by       TEXT,
  deleted_at       TEXT,
  deleted_by       TEXT
) STRICT;
CREATE INDEX control_evidence_rect ON control_evidence(rectification_id, deleted_at);
CREATE INDEX control_evidence_sha ON control_evidence(sha256) WHERE deleted_at IS NULL;
`;
