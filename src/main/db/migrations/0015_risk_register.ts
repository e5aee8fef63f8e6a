/**
 * The risk register (五(一)–(三)): risks, every assessment kept (the score's history), response actions and
 * the timeline of moves. A risk's level is not stored: it comes from the manager's matrix of the moment,
 * so changing the matrix re-levels every risk at once; an assessment keeps the level it had then.
 * `review_base_on` is the last review (or first assessment): the next review is that plus the interval of
 * the current level, computed when read for the same reason.
 */
export const sql = /* sql */ `
CREATE TABLE risks (
  id                     TEXT PRIMARY KEY,
  code                   TEXT NOT NULL UNIQUE,
  title                  TEXT NOT NULL,
  category               TEXT NOT NULL,
  description            TEXT,
  cause                  TEXT,
  owner_id               TEXT NOT NULL REFERENCES staff(id),
  group_id               TEXT REFERENCES groups(id),
  client_id              TEXT REFERENCES clients(id),
  identified_on          TEXT NOT NULL,
  likelihood             INTEGER CHECK (likelihood BETWEEN 1 AND 5),
  impact                 INTEGER CHECK (impact BETWEEN 1 AND 5),
  score                  INTEGER,
  status                 TEXT NOT NULL CHECK (status IN ('identified', 'assessed', 'responding', 'monitoring', 'closed')),
  strategy               TEXT CHECK (strategy IN ('avoid', 'reduce', 'transfer', 'accept')),
  response_plan          TEXT,
  acceptance             TEXT CHECK (acceptance IN ('pending', 'approved', 'refused')),
  acceptance_reason      TEXT,
  acceptance_approval_id TEXT REFERENCES approvals(id),
  review_base_on         TEXT,
  last_reviewed_on       TEXT,
  closed_at              TEXT,
  close_note             TEXT,
  reopen_count           INTEGER NOT NULL DEFAULT 0,
  search_text            TEXT NOT NULL DEFAULT '',
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  created_by             TEXT,
  updated_by             TEXT,
  deleted_at             TEXT,
  deleted_by             TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  CHECK ((likelihood IS NULL) = (impact IS NULL))
) STRICT;
CREATE INDEX risks_status_score ON risks(status, score) WHERE deleted_at IS NULL;
CREATE INDEX risks_owner ON risks(owner_id, status) WHERE deleted_at IS NULL;
CREATE INDEX risks_group ON risks(group_id, status) WHERE deleted_at IS NULL;
CREATE INDEX risks_category ON risks(category, status) WHERE deleted_at IS NULL;
CREATE INDEX risks_cell ON risks(likelihood, impact) WHERE deleted_at IS NULL AND status <> 'closed';
CREATE INDEX risks_client ON risks(client_id) WHERE client_id IS NOT NULL;
CREATE INDEX risks_identified ON risks(identified_on) WHERE deleted_at IS NULL;

CREATE TABLE risk_assessments (
  id           TEXT PRIMARY KEY,
  risk_id      TEXT NOT NULL REFERENCES risks(id),
  likelihood   INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact       INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  score        INTEGER NOT NULL,
  level        TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'critical')),
  reason       TEXT,
  assessed_at  TEXT NOT NULL,
  assessed_by  TEXT REFERENCES users(id),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  created_by   TEXT,
  updated_by   TEXT,
  version      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX risk_assessments_risk ON risk_assessments(risk_id, assessed_at);

CREATE TABLE risk_actions (
  id          TEXT PRIMARY KEY,
  risk_id     TEXT NOT NULL REFERENCES risks(id),
  title       TEXT NOT NULL,
  owner_id    TEXT NOT NULL REFERENCES staff(id),
  group_id    TEXT REFERENCES groups(id),
  due_on      TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
  done_on     TEXT,
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  deleted_at  TEXT,
  deleted_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX risk_actions_risk ON risk_actions(risk_id, status) WHERE deleted_at IS NULL;
CREATE INDEX risk_actions_owner_due ON risk_actions(owner_id, status, due_on) WHERE deleted_at IS NULL;
CREATE INDEX risk_actions_due ON risk_actions(status, due_on) WHERE deleted_at IS NULL;

CREATE TABLE risk_events (
  id           TEXT PRIMARY KEY,
  risk_id      TEXT NOT NULL REFERENCES risks(id),
  kind         TEXT NOT NULL,
  at           TEXT NOT NULL,
  from_status  TEXT,
  to_status    TEXT,
  note         TEXT,
  actor        TEXT REFERENCES users(id),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  created_by   TEXT,
  updated_by   TEXT,
  version      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX risk_events_risk ON risk_events(risk_id, at);
CREATE INDEX risk_events_status ON risk_events(kind, at) WHERE kind IN ('closed', 'reopened', 'identified');
`;
