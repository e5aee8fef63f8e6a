/** Foundation: app metadata, settings, org chart (groups, staff, deputies), accounts, audit trail. */
export const sql = /* sql */ `
CREATE TABLE app_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  data       TEXT NOT NULL CHECK (json_valid(data)),
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  version    INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE groups (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  name_en        TEXT,
  builtin        TEXT UNIQUE CHECK (builtin IN ('market', 'sales', 'service')),
  lead_staff_id  TEXT REFERENCES staff(id),
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order     INTEGER NOT NULL DEFAULT 100,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX groups_name ON groups(name);

CREATE TABLE staff (
  id             TEXT PRIMARY KEY,
  employee_no    TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name           TEXT NOT NULL,
  position       TEXT,
  group_id       TEXT REFERENCES groups(id),
  supervisor_id  TEXT REFERENCES staff(id),
  hire_date      TEXT,
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_leave', 'left')),
  phone          TEXT,
  email          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX staff_group ON staff(group_id);
CREATE INDEX staff_supervisor ON staff(supervisor_id);

-- Deputy managers (副经理) and the groups in their charge (分管).
CREATE TABLE staff_charge_groups (
  staff_id TEXT NOT NULL REFERENCES staff(id),
  group_id TEXT NOT NULL REFERENCES groups(id),
  PRIMARY KEY (staff_id, group_id)
) STRICT;
CREATE INDEX staff_charge_groups_group ON staff_charge_groups(group_id);

CREATE TABLE users (
  id                   TEXT PRIMARY KEY,
  staff_id             TEXT NOT NULL UNIQUE REFERENCES staff(id),
  username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash        TEXT NOT NULL,
  role                 TEXT NOT NULL CHECK (role IN ('manager', 'deputy', 'group_lead', 'staff')),
  active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts      INTEGER NOT NULL DEFAULT 0,
  locked_until         TEXT,
  last_login_at        TEXT,
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  created_by           TEXT,
  updated_by           TEXT,
  version              INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE audit_log (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  at            TEXT NOT NULL,
  actor_user_id TEXT,
  actor_name    TEXT,
  entity        TEXT NOT NULL,
  entity_id     TEXT,
  action        TEXT NOT NULL,
  changes       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes))
) STRICT;
CREATE INDEX audit_at ON audit_log(at);
CREATE INDEX audit_actor_at ON audit_log(actor_user_id, at);
CREATE INDEX audit_entity_at ON audit_log(entity, at);
CREATE INDEX audit_entity_id ON audit_log(entity_id);
`;
