/** Client files (客户档案): clients, contacts, communication and transaction records, status history, attachments, search. */
export const sql = /* sql */ `
CREATE TABLE code_counters (
  prefix TEXT NOT NULL,
  period TEXT NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, period)
) STRICT;

CREATE TABLE clients (
  id                TEXT PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE,
  type              TEXT NOT NULL CHECK (type IN ('enterprise', 'individual')),
  name              TEXT NOT NULL,
  name_norm         TEXT NOT NULL,
  credit_code       TEXT,
  industry          TEXT,
  province          TEXT,
  city              TEXT,
  address           TEXT,
  source            TEXT NOT NULL CHECK (source IN ('market_research', 'referral', 'exhibition', 'online', 'cold_call', 'other')),
  tier              TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C', 'D')),
  status            TEXT NOT NULL CHECK (status IN ('potential', 'key_follow_up', 'customer', 'dormant', 'lost')),
  status_changed_at TEXT NOT NULL,
  owner_id          TEXT REFERENCES staff(id),
  group_id          TEXT REFERENCES groups(id),
  tags              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  notes             TEXT,
  touched_at        TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT,
  updated_by        TEXT,
  deleted_at        TEXT,
  deleted_by        TEXT,
  merged_into       TEXT REFERENCES clients(id),
  version           INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX clients_live_updated ON clients(deleted_at, updated_at DESC);
CREATE INDEX clients_owner ON clients(owner_id, deleted_at, updated_at DESC);
CREATE INDEX clients_group ON clients(group_id, deleted_at, updated_at DESC);
CREATE INDEX clients_name_norm ON clients(name_norm);
CREATE INDEX clients_credit_code ON clients(credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX clients_touched ON clients(deleted_at, touched_at);
CREATE INDEX clients_status ON clients(status, deleted_at);
CREATE INDEX clients_tier ON clients(tier, deleted_at);

CREATE TABLE client_contacts (
  id          TEXT PRIMARY KEY,
  client_id   TEXT NOT NULL REFERENCES clients(id),
  name        TEXT NOT NULL,
  title       TEXT,
  mobile      TEXT,
  mobile_norm TEXT,
  email       TEXT,
  wechat      TEXT,
  is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  birthday    TEXT,
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX client_contacts_client ON client_contacts(client_id);
CREATE INDEX client_contacts_mobile ON client_contacts(mobile_norm) WHERE mobile_norm IS NOT NULL;
CREATE UNIQUE INDEX client_contacts_one_primary ON client_contacts(client_id) WHERE is_primary = 1;

CREATE TABLE client_communications (
  id                TEXT PRIMARY KEY,
  client_id         TEXT NOT NULL REFERENCES clients(id),
  contact_id        TEXT REFERENCES client_contacts(id),
  at                TEXT NOT NULL,
  channel           TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'wechat', 'email', 'meeting', 'other')),
  staff_id          TEXT REFERENCES staff(id),
  content           TEXT NOT NULL,
  next_action       TEXT,
  next_action_date  TEXT,
  next_action_done  INTEGER NOT NULL DEFAULT 0 CHECK (next_action_done IN (0, 1)),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT,
  updated_by        TEXT,
  version           INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX client_communications_client_at ON client_communications(client_id, at DESC);
-- My follow-ups: open next actions by person and date.
CREATE INDEX client_communications_due ON client_communications(staff_id, next_action_date)
  WHERE next_action_date IS NOT NULL AND next_action_done = 0;

CREATE TABLE client_transactions (
  id           TEXT PRIMARY KEY,
  client_id    TEXT NOT NULL REFERENCES clients(id),
  date         TEXT NOT NULL,
  item         TEXT NOT NULL,
  quantity     REAL NOT NULL,
  amount_fen   INTEGER NOT NULL,
  contract_ref TEXT,
  notes        TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  created_by   TEXT,
  updated_by   TEXT,
  version      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX client_transactions_client_date ON client_transactions(client_id, date DESC);

CREATE TABLE client_status_changes (
  id          TEXT PRIMARY KEY,
  client_id   TEXT NOT NULL REFERENCES clients(id),
  from_status TEXT,
  to_status   TEXT NOT NULL,
  reason      TEXT,
  changed_at  TEXT NOT NULL,
  changed_by  TEXT
) STRICT;
CREATE INDEX client_status_changes_client ON client_status_changes(client_id, changed_at);

CREATE TABLE client_attachments (
  id          TEXT PRIMARY KEY,
  client_id   TEXT NOT NULL REFERENCES clients(id),
  file_name   TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL,
  sha256      TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT,
  deleted_at  TEXT,
  deleted_by  TEXT
) STRICT;
CREATE INDEX client_attachments_client ON client_attachments(client_id, deleted_at);

-- Search text per client (name, code, credit code, contacts' names and phones), kept by the service.
-- FTS5 trigram answers 3+ character queries; 1–2 character queries (common Chinese names) scan search_text.
CREATE TABLE client_search (
  client_id TEXT PRIMARY KEY REFERENCES clients(id),
  text      TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE client_search_fts USING fts5(text, content='client_search', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER client_search_ai AFTER INSERT ON client_search BEGIN
  INSERT INTO client_search_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER client_search_ad AFTER DELETE ON client_search BEGIN
  INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER client_search_au AFTER UPDATE ON client_search BEGIN
  INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO client_search_fts(rowid, text) VALUES (new.rowid, new.text);
END;
`;
