/**
 * Client development and sales (三(一), 三(二), 二(二)3–4): market work, the opportunity pipeline, sales plans,
 * the price system and quotes, contracts with their review, execution, payments and hand-off.
 *
 * Every record a person works on carries its owner and the owner's group (who sees it is decided from the row,
 * as for client files and tickets). A quote's lines and a contract's review checklist are parts of their record,
 * edited and versioned with it: JSON in the row (one row, one version, one sync unit). Stage changes are rows of
 * their own, because the funnel and the days in each stage are counted from them. Files (research, proposals,
 * signed contracts) are stored by the files store and listed in sales_attachments, whatever they belong to.
 *
 * A contract's signing writes the client's transactions: they keep the contract's id, so a contract is never
 * counted twice and its revenue can be traced.
 */
export const sql = /* sql */ `
CREATE TABLE market_research (
  id             TEXT PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  topic          TEXT NOT NULL,
  target_group   TEXT,
  findings       TEXT,
  conducted_on   TEXT NOT NULL,
  owner_id       TEXT NOT NULL REFERENCES staff(id),
  group_id       TEXT REFERENCES groups(id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_by     TEXT
) STRICT;
CREATE INDEX market_research_on ON market_research(conducted_on DESC) WHERE deleted_at IS NULL;

CREATE TABLE competitors (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  products       TEXT,
  strengths      TEXT,
  weaknesses     TEXT,
  website        TEXT,
  notes          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_by     TEXT
) STRICT;
CREATE UNIQUE INDEX competitors_name ON competitors(name) WHERE deleted_at IS NULL;

-- What was seen of a competitor over time: a price for a product, a move, a note.
CREATE TABLE competitor_sightings (
  id              TEXT PRIMARY KEY,
  competitor_id   TEXT NOT NULL REFERENCES competitors(id),
  seen_on         TEXT NOT NULL,
  product         TEXT,
  price_fen       INTEGER CHECK (price_fen >= 0),
  note            TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  created_by      TEXT,
  updated_by      TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  deleted_at      TEXT,
  deleted_by      TEXT
) STRICT;
CREATE INDEX competitor_sightings_of ON competitor_sightings(competitor_id, seen_on DESC) WHERE deleted_at IS NULL;

CREATE TABLE promotion_activities (
  id             TEXT PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('exhibition', 'seminar', 'demo', 'online')),
  title          TEXT NOT NULL,
  held_on        TEXT NOT NULL,
  ends_on        TEXT,
  place          TEXT,
  cost_fen       INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
  attendees      INTEGER CHECK (attendees >= 0),
  notes          TEXT,
  owner_id       TEXT NOT NULL REFERENCES staff(id),
  group_id       TEXT REFERENCES groups(id),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_by     TEXT,
  CHECK (ends_on IS NULL OR ends_on >= held_on)
) STRICT;
CREATE INDEX promotion_activities_on ON promotion_activities(held_on DESC) WHERE deleted_at IS NULL;

CREATE TABLE opportunities (
  id                   TEXT PRIMARY KEY,
  code                 TEXT NOT NULL UNIQUE,
  title                TEXT NOT NULL,
  client_id            TEXT NOT NULL REFERENCES clients(id),
  owner_id             TEXT NOT NULL REFERENCES staff(id),
  group_id             TEXT REFERENCES groups(id),
  stage                TEXT NOT NULL CHECK (stage IN ('lead', 'screened', 'keyTarget', 'needsConfirmed', 'proposal',
                         'visit', 'negotiation', 'won', 'lost')),
  expected_amount_fen  INTEGER CHECK (expected_amount_fen >= 0),
  -- NULL: the stage's probability from the settings; else the owner's own estimate.
  probability          INTEGER CHECK (probability BETWEEN 0 AND 100),
  expected_close_on    TEXT,
  next_step            TEXT,
  -- When the next step is due: past it, the opportunity is on its owner's to-do.
  next_step_on         TEXT,
  source_activity_id   TEXT REFERENCES promotion_activities(id),
  -- Screening: the scorecard's score (0–100) and each criterion's rating, as scored.
  screening_score      INTEGER CHECK (screening_score BETWEEN 0 AND 100),
  screening            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(screening)),
  needs                TEXT,
  proposal             TEXT,
  visit_invited_on     TEXT,
  visit_held_on        TEXT,
  visit_notes          TEXT,
  negotiation_notes    TEXT,
  lost_reason          TEXT,
  lost_note            TEXT,
  closed_on            TEXT,
  stage_entered_at     TEXT NOT NULL,
  -- Derived (the stage changes' trigger below): the furthest stage ever reached, as its place in the funnel
  -- (lead 0 … won 7; lost is no place) — the funnel counts a year's cohort from an index alone.
  furthest_place       INTEGER NOT NULL DEFAULT 0,
  search_text          TEXT NOT NULL DEFAULT '',
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  created_by           TEXT,
  updated_by           TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  deleted_at           TEXT,
  deleted_by           TEXT,
  CHECK ((stage = 'lost') = (lost_reason IS NOT NULL)),
  CHECK ((stage IN ('won', 'lost')) = (closed_on IS NOT NULL))
) STRICT;
CREATE INDEX opportunities_owner_stage ON opportunities(owner_id, stage, expected_close_on) WHERE deleted_at IS NULL;
-- With the columns the list sorts them by (the code breaking ties), so a page is sorted from the index alone.
CREATE INDEX opportunities_group_stage ON opportunities(group_id, stage, expected_close_on, code)
  WHERE deleted_at IS NULL;
CREATE INDEX opportunities_stage_close ON opportunities(stage, expected_close_on, code, updated_at)
  WHERE deleted_at IS NULL;
CREATE INDEX opportunities_client ON opportunities(client_id) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_activity ON opportunities(source_activity_id) WHERE source_activity_id IS NOT NULL;
-- The list's orders on columns never empty, with the code that breaks ties (listQuery.ts#opportunityOrder).
CREATE INDEX opportunities_updated ON opportunities(updated_at, code) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_title ON opportunities(title, code) WHERE deleted_at IS NULL;
-- A lead's (their group) and a person's (their own) list in its default order, newest change first.
CREATE INDEX opportunities_group_updated ON opportunities(group_id, updated_at, code) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_owner_updated ON opportunities(owner_id, updated_at, code) WHERE deleted_at IS NULL;
-- A lead's list by code, by title and by expected close, a page read in order and the total counted from the index
-- (deleted_at in the columns: a partial index covers a count only with the columns of its condition).
CREATE INDEX opportunities_group_code ON opportunities(group_id, code, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_group_title ON opportunities(group_id, title, code) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_group_close ON opportunities(group_id, expected_close_on, updated_at, code)
  WHERE deleted_at IS NULL;
-- Overdue (listQuery.ts#overdueClause): the open ones alone, with both dates, for the list's total.
CREATE INDEX opportunities_open_due ON opportunities(group_id, next_step_on, expected_close_on, stage, deleted_at)
  WHERE deleted_at IS NULL AND stage NOT IN ('won', 'lost');
-- The funnel's cohort (created in a period) with what decides who sees it, without reading the rows (deleted_at
-- too: a partial index covers a query only with the columns of its condition).
CREATE INDEX opportunities_created
  ON opportunities(created_at, owner_id, group_id, stage, furthest_place, id, deleted_at) WHERE deleted_at IS NULL;

-- The search (domains/sales/repository/search.ts): the search text's trigrams (three characters or more), the
-- index's own list of its terms (one or two characters: the trigrams that start with them) and the last two
-- characters and the last one (characters at the end of a text, which start no trigram). Kept by the triggers
-- below.
CREATE VIRTUAL TABLE opportunity_fts USING fts5(
  search_text, content='opportunities', content_rowid='rowid', tokenize='trigram'
);
CREATE VIRTUAL TABLE opportunity_fts_terms USING fts5vocab(opportunity_fts, 'row');
CREATE TRIGGER opportunities_fts_ai AFTER INSERT ON opportunities BEGIN
  INSERT INTO opportunity_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER opportunities_fts_ad AFTER DELETE ON opportunities BEGIN
  INSERT INTO opportunity_fts(opportunity_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER opportunities_fts_au AFTER UPDATE OF search_text ON opportunities
WHEN old.search_text IS NOT new.search_text BEGIN
  INSERT INTO opportunity_fts(opportunity_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
  INSERT INTO opportunity_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE INDEX opportunities_search_tail ON opportunities(substr(search_text, -2)) WHERE deleted_at IS NULL;
CREATE INDEX opportunities_search_last ON opportunities(substr(search_text, -1)) WHERE deleted_at IS NULL;

-- Every move between stages, for the funnel (conversion) and the days spent in each stage.
CREATE TABLE opportunity_stage_changes (
  id              TEXT PRIMARY KEY,
  opportunity_id  TEXT NOT NULL REFERENCES opportunities(id),
  from_stage      TEXT,
  to_stage        TEXT NOT NULL,
  changed_at      TEXT NOT NULL,
  changed_by      TEXT,
  -- Derived (the trigger below): the days spent in to_stage, once the next change ended the stay.
  stay_days       REAL,
  -- Derived, kept in step with the opportunity by the triggers below: when it was created (its funnel cohort),
  -- and its owner, group and deletion (who sees it) — the funnel's days in stage read from one index.
  cohort_at       TEXT,
  owner_id        TEXT,
  group_id        TEXT,
  deleted_at      TEXT
) STRICT;
-- With the stage and the stay: the funnel reads a cohort's changes from the index alone.
CREATE INDEX opportunity_stage_changes_of ON opportunity_stage_changes(opportunity_id, to_stage, stay_days);
CREATE TRIGGER opportunity_stage_changes_stay AFTER INSERT ON opportunity_stage_changes BEGIN
  UPDATE opportunity_stage_changes SET stay_days = julianday(new.changed_at) - julianday(changed_at)
  WHERE opportunity_id = new.opportunity_id AND stay_days IS NULL AND rowid <> new.rowid;
END;
CREATE TRIGGER opportunity_stage_changes_furthest AFTER INSERT ON opportunity_stage_changes
WHEN new.to_stage <> 'lost' BEGIN
  UPDATE opportunities SET furthest_place = (
    CASE new.to_stage WHEN 'lead' THEN 0 WHEN 'screened' THEN 1 WHEN 'keyTarget' THEN 2 WHEN 'needsConfirmed' THEN 3
      WHEN 'proposal' THEN 4 WHEN 'visit' THEN 5 WHEN 'negotiation' THEN 6 WHEN 'won' THEN 7 END)
  WHERE id = new.opportunity_id AND furthest_place < (
    CASE new.to_stage WHEN 'lead' THEN 0 WHEN 'screened' THEN 1 WHEN 'keyTarget' THEN 2 WHEN 'needsConfirmed' THEN 3
      WHEN 'proposal' THEN 4 WHEN 'visit' THEN 5 WHEN 'negotiation' THEN 6 WHEN 'won' THEN 7 END);
END;
CREATE TRIGGER opportunity_stage_changes_cohort AFTER INSERT ON opportunity_stage_changes BEGIN
  UPDATE opportunity_stage_changes SET (cohort_at, owner_id, group_id, deleted_at) =
    (SELECT created_at, owner_id, group_id, deleted_at FROM opportunities WHERE id = new.opportunity_id)
  WHERE rowid = new.rowid;
END;
CREATE TRIGGER opportunities_stage_changes_follow AFTER UPDATE OF owner_id, group_id, deleted_at ON opportunities
WHEN old.owner_id IS NOT new.owner_id OR old.group_id IS NOT new.group_id OR old.deleted_at IS NOT new.deleted_at
BEGIN
  UPDATE opportunity_stage_changes SET owner_id = new.owner_id, group_id = new.group_id, deleted_at = new.deleted_at
  WHERE opportunity_id = new.id;
END;
CREATE INDEX opportunity_stage_changes_cohort
  ON opportunity_stage_changes(cohort_at, group_id, owner_id, deleted_at, to_stage, stay_days);
CREATE INDEX opportunity_stage_changes_at ON opportunity_stage_changes(changed_at, to_stage);

CREATE TABLE sales_plans (
  id                   TEXT PRIMARY KEY,
  period_kind          TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
  period_from          TEXT NOT NULL,
  period_to            TEXT NOT NULL,
  -- A person's plan (staff_id set, group_id their group) or a group's (staff_id NULL).
  staff_id             TEXT REFERENCES staff(id),
  group_id             TEXT REFERENCES groups(id),
  revenue_target_fen   INTEGER NOT NULL DEFAULT 0 CHECK (revenue_target_fen >= 0),
  profit_target_fen    INTEGER NOT NULL DEFAULT 0 CHECK (profit_target_fen >= 0),
  new_clients_target   INTEGER NOT NULL DEFAULT 0 CHECK (new_clients_target >= 0),
  strategy             TEXT,
  action_plan          TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  created_by           TEXT,
  updated_by           TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  deleted_at           TEXT,
  deleted_by           TEXT,
  CHECK (period_from <= period_to),
  CHECK (staff_id IS NOT NULL OR group_id IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX sales_plans_person ON sales_plans(staff_id, period_kind, period_from)
  WHERE deleted_at IS NULL AND staff_id IS NOT NULL;
CREATE UNIQUE INDEX sales_plans_group ON sales_plans(group_id, period_kind, period_from)
  WHERE deleted_at IS NULL AND staff_id IS NULL;

CREATE TABLE products (
  id               TEXT PRIMARY KEY,
  code             TEXT NOT NULL,
  name_zh          TEXT NOT NULL,
  name_en          TEXT,
  kind             TEXT NOT NULL CHECK (kind IN ('product', 'service')),
  unit             TEXT NOT NULL,
  list_price_fen   INTEGER NOT NULL CHECK (list_price_fen >= 0),
  floor_price_fen  INTEGER NOT NULL CHECK (floor_price_fen >= 0),
  valid_from       TEXT NOT NULL,
  valid_to         TEXT,
  active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT,
  updated_by       TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  CHECK (floor_price_fen <= list_price_fen),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE UNIQUE INDEX products_code ON products(code);

CREATE TABLE quotes (
  id               TEXT PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE,
  client_id        TEXT NOT NULL REFERENCES clients(id),
  opportunity_id   TEXT REFERENCES opportunities(id),
  owner_id         TEXT NOT NULL REFERENCES staff(id),
  group_id         TEXT REFERENCES groups(id),
  status           TEXT NOT NULL CHECK (status IN ('draft', 'pendingApproval', 'approved', 'refused', 'sent',
                     'accepted', 'declined')),
  quoted_on        TEXT NOT NULL,
  valid_until      TEXT NOT NULL,
  -- The lines as quoted: product, description, unit, quantity, unit price, discount, amount, below floor.
  lines            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(lines)),
  total_fen        INTEGER NOT NULL DEFAULT 0,
  terms            TEXT,
  approval_id      TEXT,
  floor_reason     TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT,
  updated_by       TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  deleted_at       TEXT,
  deleted_by       TEXT,
  CHECK (valid_until >= quoted_on)
) STRICT;
CREATE INDEX quotes_owner ON quotes(owner_id, quoted_on DESC) WHERE deleted_at IS NULL;
CREATE INDEX quotes_group ON quotes(group_id, quoted_on DESC) WHERE deleted_at IS NULL;
CREATE INDEX quotes_opportunity ON quotes(opportunity_id) WHERE opportunity_id IS NOT NULL;
CREATE INDEX quotes_on ON quotes(quoted_on DESC) WHERE deleted_at IS NULL;

CREATE TABLE contracts (
  id               TEXT PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE,
  title            TEXT NOT NULL,
  client_id        TEXT NOT NULL REFERENCES clients(id),
  opportunity_id   TEXT REFERENCES opportunities(id),
  quote_id         TEXT REFERENCES quotes(id),
  owner_id         TEXT NOT NULL REFERENCES staff(id),
  group_id         TEXT REFERENCES groups(id),
  status           TEXT NOT NULL CHECK (status IN ('draft', 'review', 'approved', 'signed', 'executing',
                     'completed', 'terminated')),
  amount_fen       INTEGER NOT NULL CHECK (amount_fen >= 0),
  -- What fulfilling it costs: with the amount, the contract's profit.
  cost_fen         INTEGER CHECK (cost_fen >= 0),
  -- The lines (from the quote, or typed in) and the terms as agreed.
  lines            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(lines)),
  subject          TEXT,
  delivery_terms   TEXT,
  payment_terms    TEXT,
  liability_terms  TEXT,
  dispute_terms    TEXT,
  -- The review 评审: each checklist item passed or commented, and the reviewers' opinions.
  checklist        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checklist)),
  reviews          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reviews)),
  -- Who approved it after the review, and when (the review form's approver line).
  approved_at      TEXT,
  approved_by      TEXT,
  signed_on        TEXT,
  completed_on     TEXT,
  terminated_on    TEXT,
  terminated_reason TEXT,
  search_text      TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT,
  updated_by       TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  deleted_at       TEXT,
  deleted_by       TEXT,
  CHECK (status NOT IN ('signed', 'executing', 'completed') OR signed_on IS NOT NULL),
  CHECK ((status = 'terminated') = (terminated_reason IS NOT NULL))
) STRICT;
CREATE INDEX contracts_owner ON contracts(owner_id, status, signed_on) WHERE deleted_at IS NULL;
CREATE INDEX contracts_group ON contracts(group_id, status, signed_on) WHERE deleted_at IS NULL;
CREATE INDEX contracts_signed ON contracts(signed_on, owner_id) WHERE signed_on IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX contracts_client ON contracts(client_id) WHERE deleted_at IS NULL;
CREATE INDEX contracts_status ON contracts(status, updated_at DESC) WHERE deleted_at IS NULL;

-- Execution: delivery, acceptance, invoice, payment received — each with its owner, due and done dates.
CREATE TABLE contract_milestones (
  id             TEXT PRIMARY KEY,
  contract_id    TEXT NOT NULL REFERENCES contracts(id),
  kind           TEXT NOT NULL CHECK (kind IN ('delivery', 'acceptance', 'invoice', 'payment')),
  title          TEXT NOT NULL,
  owner_id       TEXT NOT NULL REFERENCES staff(id),
  due_on         TEXT NOT NULL,
  done_on        TEXT,
  -- The payment plan: what is due, and what has been received.
  amount_fen     INTEGER CHECK (amount_fen > 0),
  received_fen   INTEGER NOT NULL DEFAULT 0 CHECK (received_fen >= 0),
  note           TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     TEXT,
  updated_by     TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at     TEXT,
  deleted_by     TEXT,
  CHECK ((kind = 'payment') = (amount_fen IS NOT NULL)),
  CHECK (amount_fen IS NULL OR received_fen <= amount_fen)
) STRICT;
CREATE INDEX contract_milestones_of ON contract_milestones(contract_id, due_on) WHERE deleted_at IS NULL;
CREATE INDEX contract_milestones_due ON contract_milestones(owner_id, due_on) WHERE done_on IS NULL AND deleted_at IS NULL;

-- The hand-off 合同交接 on signing: each department concerned acknowledges it.
CREATE TABLE contract_handoffs (
  id                TEXT PRIMARY KEY,
  contract_id       TEXT NOT NULL REFERENCES contracts(id),
  department        TEXT NOT NULL,
  assignee_id       TEXT REFERENCES staff(id),
  note              TEXT,
  acknowledged_at   TEXT,
  acknowledged_by   TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT,
  updated_by        TEXT,
  version           INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX contract_handoffs_of ON contract_handoffs(contract_id);
CREATE INDEX contract_handoffs_open ON contract_handoffs(assignee_id) WHERE acknowledged_at IS NULL;

-- Files of market research, opportunity proposals and contracts (the bytes are in the files store).
CREATE TABLE sales_attachments (
  id           TEXT PRIMARY KEY,
  owner_kind   TEXT NOT NULL CHECK (owner_kind IN ('research', 'proposal', 'contract')),
  owner_id     TEXT NOT NULL,
  file_name    TEXT NOT NULL,
  mime         TEXT NOT NULL,
  size_bytes   INTEGER NOT NULL,
  sha256       TEXT NOT NULL,
  stored_name  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  created_by   TEXT,
  deleted_at   TEXT,
  deleted_by   TEXT
) STRICT;
CREATE INDEX sales_attachments_of ON sales_attachments(owner_kind, owner_id, deleted_at);

-- A signed contract's revenue in the client's transactions, traced to the contract.
ALTER TABLE client_transactions ADD COLUMN contract_id TEXT REFERENCES contracts(id);
CREATE INDEX client_transactions_contract ON client_transactions(contract_id) WHERE contract_id IS NOT NULL;
`;
