/**
 * Risk identification meetings (风险识别会议, 五(一)): the meeting with its minutes (sanitised HTML), who
 * attended, the agenda, the decisions (each with an owner, the owner's group for visibility, and a due
 * date) and the risks raised or discussed. Attendees, agenda items and risk links belong to their meeting
 * and are replaced with it while it is a draft; decisions keep their ids across edits, since their status
 * is followed up after the minutes are issued.
 */
export const sql = /* sql */ `
CREATE TABLE risk_meetings (
  id            TEXT PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  type          TEXT NOT NULL CHECK (type IN ('periodic', 'ad_hoc')),
  held_on       TEXT NOT NULL,
  start_time    TEXT,
  end_time      TEXT,
  location      TEXT,
  chair_id      TEXT NOT NULL REFERENCES staff(id),
  minutes_html  TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
  issued_at     TEXT,
  issued_by     TEXT REFERENCES users(id),
  search_text   TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  created_by    TEXT,
  updated_by    TEXT,
  deleted_at    TEXT,
  deleted_by    TEXT,
  version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX risk_meetings_held ON risk_meetings(held_on) WHERE deleted_at IS NULL;
CREATE INDEX risk_meetings_periodic ON risk_meetings(type, held_on) WHERE deleted_at IS NULL;
CREATE INDEX risk_meetings_chair ON risk_meetings(chair_id) WHERE deleted_at IS NULL;

CREATE TABLE risk_meeting_attendees (
  id          TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL REFERENCES risk_meetings(id),
  staff_id    TEXT NOT NULL REFERENCES staff(id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (meeting_id, staff_id)
) STRICT;
CREATE INDEX risk_meeting_attendees_staff ON risk_meeting_attendees(staff_id);

CREATE TABLE risk_meeting_agenda (
  id            TEXT PRIMARY KEY,
  meeting_id    TEXT NOT NULL REFERENCES risk_meetings(id),
  position      INTEGER NOT NULL,
  title         TEXT NOT NULL,
  presenter_id  TEXT REFERENCES staff(id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  created_by    TEXT,
  updated_by    TEXT,
  version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX risk_meeting_agenda_meeting ON risk_meeting_agenda(meeting_id, position);

CREATE TABLE risk_meeting_decisions (
  id          TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL REFERENCES risk_meetings(id),
  position    INTEGER NOT NULL,
  text        TEXT NOT NULL,
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
  version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX risk_meeting_decisions_meeting ON risk_meeting_decisions(meeting_id, position);
CREATE INDEX risk_meeting_decisions_owner ON risk_meeting_decisions(owner_id, status, due_on);
CREATE INDEX risk_meeting_decisions_group ON risk_meeting_decisions(group_id);

CREATE TABLE risk_meeting_risks (
  id          TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL REFERENCES risk_meetings(id),
  risk_id     TEXT NOT NULL REFERENCES risks(id),
  relation    TEXT NOT NULL CHECK (relation IN ('raised', 'discussed')),
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  TEXT,
  updated_by  TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (meeting_id, risk_id)
) STRICT;
CREATE INDEX risk_meeting_risks_risk ON risk_meeting_risks(risk_id);
`;
