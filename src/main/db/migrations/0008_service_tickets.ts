/**
 * Customer service (三(三)): inquiries and complaints (tickets), their coordinated actions, their timeline, and
 * their search.
 *
 * A ticket carries its deadlines as instants computed at intake on the working calendar (respond / resolve
 * due, with the mode each counts in), and `next_due_at`: the running deadline (the response until the first
 * response, then the resolution, NULL once resolved) — so "overdue" and "by deadline" are index ranges,
 * whatever the calendar was when the deadline was set.
 *
 * The timeline (service_ticket_events) is append-only: each step's time as the person gave it and who
 * recorded it when. The search text is keyed by the ticket's rowid like client_search (0004): tickets are
 * never removed (deletion is soft) and their rowids are never reused.
 */
export const sql = /* sql */ `
CREATE TABLE service_tickets (
  id                  TEXT PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE,
  kind                TEXT NOT NULL CHECK (kind IN ('inquiry', 'complaint')),
  channel             TEXT NOT NULL CHECK (channel IN ('hotline', 'email', 'walk_in', 'wechat', 'other')),
  status              TEXT NOT NULL CHECK (status IN ('registered', 'investigating', 'resolving', 'feedback', 'open', 'answered', 'closed')),
  client_id           TEXT REFERENCES clients(id),
  caller_name         TEXT,
  contact_id          TEXT REFERENCES client_contacts(id),
  caller_phone        TEXT,
  caller_phone_norm   TEXT,
  received_at         TEXT NOT NULL,
  sla_start_at        TEXT NOT NULL,
  content             TEXT NOT NULL,
  category            TEXT NOT NULL,
  severity            TEXT NOT NULL CHECK (severity IN ('normal', 'major', 'critical')),
  handler_id          TEXT REFERENCES staff(id),
  group_id            TEXT REFERENCES groups(id),
  response_due_at     TEXT NOT NULL,
  response_mode       TEXT NOT NULL CHECK (response_mode IN ('calendar', 'working')),
  resolution_due_at   TEXT NOT NULL,
  resolution_mode     TEXT NOT NULL CHECK (resolution_mode IN ('calendar', 'working')),
  next_due_at         TEXT,
  first_response_at   TEXT,
  first_response_note TEXT,
  answer              TEXT,
  findings            TEXT,
  root_cause          TEXT,
  responsible_dept    TEXT,
  solution            TEXT,
  resolution_summary  TEXT,
  resolved_at         TEXT,
  feedback_method     TEXT CHECK (feedback_method IN ('phone', 'visit', 'email', 'wechat', 'sms', 'other')),
  feedback_at         TEXT,
  feedback_note       TEXT,
  client_satisfied    INTEGER CHECK (client_satisfied IN (0, 1)),
  satisfaction_score  INTEGER CHECK (satisfaction_score BETWEEN 1 AND 5),
  closed_at           TEXT,
  reopen_count        INTEGER NOT NULL DEFAULT 0,
  converted_at        TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT,
  updated_by          TEXT,
  deleted_at          TEXT,
  deleted_by          TEXT,
  version             INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Lists: everyone's newest first; a handler's, a group's; by status; overdue and by deadline; a client's.
CREATE INDEX service_tickets_received ON service_tickets(received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_handler ON service_tickets(handler_id, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_creator ON service_tickets(created_by, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_group ON service_tickets(group_id, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_status ON service_tickets(status, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_due ON service_tickets(next_due_at) WHERE next_due_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX service_tickets_handler_due ON service_tickets(handler_id, next_due_at)
  WHERE next_due_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX service_tickets_group_due ON service_tickets(group_id, next_due_at)
  WHERE next_due_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX service_tickets_client ON service_tickets(client_id, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_phone ON service_tickets(caller_phone_norm) WHERE caller_phone_norm IS NOT NULL;
-- Statistics for a period: by kind and received time.
CREATE INDEX service_tickets_kind_received ON service_tickets(kind, received_at) WHERE deleted_at IS NULL;

CREATE TABLE service_ticket_actions (
  id          TEXT PRIMARY KEY,
  ticket_id   TEXT NOT NULL REFERENCES service_tickets(id),
  department  TEXT NOT NULL,
  owner_id    TEXT REFERENCES staff(id),
  description TEXT NOT NULL,
  due_date    TEXT NOT NULL,
  done_at     TEXT,
  done_note   TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  deleted_at  TEXT,
  deleted_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX service_ticket_actions_ticket ON service_ticket_actions(ticket_id) WHERE deleted_at IS NULL;
CREATE INDEX service_ticket_actions_owner_due ON service_ticket_actions(owner_id, due_date)
  WHERE done_at IS NULL AND deleted_at IS NULL;

CREATE TABLE service_ticket_events (
  id          TEXT PRIMARY KEY,
  ticket_id   TEXT NOT NULL REFERENCES service_tickets(id),
  kind        TEXT NOT NULL,
  at          TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT,
  note        TEXT,
  actor_id    TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX service_ticket_events_ticket ON service_ticket_events(ticket_id, at);

CREATE TABLE service_ticket_search (
  ticket_rowid INTEGER PRIMARY KEY,
  text         TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE service_ticket_fts USING fts5(
  text, content='service_ticket_search', content_rowid='ticket_rowid', tokenize='trigram'
);
CREATE TRIGGER service_ticket_search_ai AFTER INSERT ON service_ticket_search BEGIN
  INSERT INTO service_ticket_fts(rowid, text) VALUES (new.ticket_rowid, new.text);
END;
CREATE TRIGGER service_ticket_search_ad AFTER DELETE ON service_ticket_search BEGIN
  INSERT INTO service_ticket_fts(service_ticket_fts, rowid, text) VALUES ('delete', old.ticket_rowid, old.text);
END;
CREATE TRIGGER service_ticket_search_au AFTER UPDATE OF text ON service_ticket_search BEGIN
  INSERT INTO service_ticket_fts(service_ticket_fts, rowid, text) VALUES ('delete', old.ticket_rowid, old.text);
  INSERT INTO service_ticket_fts(rowid, text) VALUES (new.ticket_rowid, new.text);
END;
`;
