/**
 * Performance appraisal (六(二)–(四)): cycles, one form per person per cycle, and incentives.
 *
 * A form keeps the template's indicators as they were when the cycle opened (names, method, bands, weights)
 * with what the person and the evaluator wrote against each, as JSON in its row: the form is one record,
 * edited and versioned as one (one row, one version, one sync unit). Its totals, final score and grade are
 * columns so the consolidated table and the lists read them without the JSON. Group and evaluator are fixed
 * when the cycle opens — who may read a form is decided by them (the person, the evaluator, the group's lead,
 * the deputies in charge of the group, the manager).
 *
 * An incentive keeps the person's group at proposal for the same reason; its decision is an approval.
 */
export const sql = /* sql */ `
CREATE TABLE appraisal_cycles (
  id                     TEXT PRIMARY KEY,
  code                   TEXT NOT NULL UNIQUE,
  name_zh                TEXT NOT NULL,
  name_en                TEXT,
  kind                   TEXT NOT NULL CHECK (kind IN ('monthly', 'quarterly', 'annual')),
  period_from            TEXT NOT NULL,
  period_to              TEXT NOT NULL,
  phase                  TEXT NOT NULL CHECK (phase IN ('goalSetting', 'selfAssessment', 'supervisorReview',
                           'managerReview', 'published', 'closed')),
  goal_setting_due       TEXT NOT NULL,
  self_assessment_due    TEXT NOT NULL,
  supervisor_review_due  TEXT NOT NULL,
  manager_review_due     TEXT NOT NULL,
  quarter_weight         INTEGER CHECK (quarter_weight BETWEEN 0 AND 100),
  appeal_until           TEXT,
  published_at           TEXT,
  closed_at              TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  created_by             TEXT,
  updated_by             TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  CHECK (period_from <= period_to),
  CHECK ((kind = 'annual') = (quarter_weight IS NOT NULL))
) STRICT;
CREATE INDEX appraisal_cycles_period ON appraisal_cycles(period_from DESC, code DESC);
CREATE INDEX appraisal_cycles_phase ON appraisal_cycles(phase) WHERE phase <> 'closed';

CREATE TABLE appraisal_forms (
  id                   TEXT PRIMARY KEY,
  cycle_id             TEXT NOT NULL REFERENCES appraisal_cycles(id),
  staff_id             TEXT NOT NULL REFERENCES staff(id),
  group_id             TEXT REFERENCES groups(id),
  position             TEXT,
  evaluator_id         TEXT NOT NULL REFERENCES staff(id),
  template_id          TEXT NOT NULL REFERENCES appraisal_templates(id),
  items                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items)),
  plan                 TEXT,
  plan_agreed_at       TEXT,
  plan_agreed_by       TEXT,
  achievements         TEXT,
  shortfalls           TEXT,
  next_plan            TEXT,
  self_submitted_at    TEXT,
  self_total           REAL,
  overall_comment      TEXT,
  eval_submitted_at    TEXT,
  eval_total           REAL,
  quarter_mean         REAL,
  adjusted_total       REAL CHECK (adjusted_total BETWEEN 0 AND 100),
  adjust_reason        TEXT,
  adjusted_by          TEXT,
  adjusted_at          TEXT,
  final_score          REAL CHECK (final_score BETWEEN 0 AND 100),
  grade                TEXT CHECK (grade IN ('S', 'A', 'B', 'C', 'D')),
  acknowledged_at      TEXT,
  appeal_reason        TEXT,
  appeal_filed_at      TEXT,
  appeal_status        TEXT CHECK (appeal_status IN ('open', 'upheld', 'adjusted')),
  appeal_note          TEXT,
  appeal_score_before  REAL,
  appeal_resolved_at   TEXT,
  appeal_resolved_by   TEXT,
  removed_at           TEXT,
  removed_by           TEXT,
  removed_reason       TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  created_by           TEXT,
  updated_by           TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  UNIQUE (cycle_id, staff_id),
  CHECK ((adjusted_total IS NULL) OR (adjust_reason IS NOT NULL)),
  CHECK ((appeal_status IS NULL) = (appeal_filed_at IS NULL))
) STRICT;
CREATE INDEX appraisal_forms_staff ON appraisal_forms(staff_id, cycle_id);
CREATE INDEX appraisal_forms_evaluator ON appraisal_forms(evaluator_id, cycle_id);
CREATE INDEX appraisal_forms_group ON appraisal_forms(group_id, cycle_id);

CREATE TABLE incentives (
  id              TEXT PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  staff_id        TEXT NOT NULL REFERENCES staff(id),
  group_id        TEXT REFERENCES groups(id),
  kind            TEXT NOT NULL CHECK (kind IN ('bonus', 'promotion', 'honour', 'warning', 'fine', 'demotion',
                    'specialContribution')),
  amount_fen      INTEGER CHECK (amount_fen > 0),
  title           TEXT,
  reason          TEXT NOT NULL,
  effective_on    TEXT NOT NULL,
  form_id         TEXT REFERENCES appraisal_forms(id),
  status          TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused', 'withdrawn')),
  approval_id     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  created_by      TEXT,
  updated_by      TEXT,
  version         INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX incentives_staff ON incentives(staff_id, effective_on DESC);
CREATE INDEX incentives_group ON incentives(group_id, effective_on DESC);
CREATE INDEX incentives_form ON incentives(form_id) WHERE form_id IS NOT NULL;
CREATE INDEX incentives_effective ON incentives(effective_on DESC, code DESC);
`;
