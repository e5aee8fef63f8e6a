/**
 * Sales profit, a computed appraisal indicator: contracts carry their cost (0023), so the profit of a person's
 * contracts signed in the period is counted from them (domains/contracts/appraisalSources.ts) instead of typed
 * in. The indicators' source list widens; SQLite cannot change a CHECK in place, so the table is rebuilt with
 * its rows and index (no table refers to it: templates and forms keep indicator ids in their JSON).
 *
 * The rulebook's profit indicator (its fixed id from 0021) becomes computed where it is still as seeded — a
 * quantitative indicator typed in — and each of its descriptions takes the new words only where it still has
 * the seed's: a manager who changed the indicator keeps their change (a rated one, or one made computed
 * otherwise, is left alone). Forms of cycles already opened keep the indicators as they were when the cycle
 * opened (their own snapshot): profit stays typed in there; cycles opened from now on compute it.
 */

export const PROFIT_INDICATOR = {
  id: '01a22ad6-0443-7382-96a7-77a9680b1ffb',
  seedDescriptionZh: '考核期内实现的销售利润，由考核人填写（合同尚未记录成本）。',
  seedDescriptionEn:
    'Sales profit made in the period, entered by the evaluator (contracts do not carry cost yet).',
  descriptionZh:
    '考核期内签订、本人当前负责的合同（已签订、执行中、已完成）的合同金额减成本合计；已终止的合同和未记录成本的合同不计入。',
  descriptionEn:
    'Contract amount minus cost of the contracts the person owns that were signed in the period (signed, in execution or completed); terminated contracts and contracts without a recorded cost do not count.',
} as const;

const quote = (v: string): string => `'${v.replace(/'/g, "''")}'`;

export const sql = /* sql */ `
PRAGMA defer_foreign_keys = ON;
CREATE TABLE appraisal_indicators_before_profit AS SELECT * FROM appraisal_indicators;
DROP TABLE appraisal_indicators;
CREATE TABLE appraisal_indicators (
  id              TEXT PRIMARY KEY,
  category        TEXT NOT NULL CHECK (category IN ('results', 'attitude', 'ability')),
  name_zh         TEXT NOT NULL,
  name_en         TEXT NOT NULL,
  description_zh  TEXT,
  description_en  TEXT,
  scoring         TEXT NOT NULL CHECK (scoring IN ('quantitative', 'rated')),
  formula         TEXT CHECK (formula IN ('ratio')),
  cap             INTEGER CHECK (cap BETWEEN 100 AND 200),
  bands           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(bands)),
  source          TEXT NOT NULL CHECK (source IN ('manual', 'revenue', 'newClients', 'satisfaction', 'profit')),
  unit            TEXT,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order      INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  created_by      TEXT,
  updated_by      TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  CHECK ((scoring = 'quantitative') = (formula IS NOT NULL AND cap IS NOT NULL))
) STRICT;
INSERT INTO appraisal_indicators SELECT * FROM appraisal_indicators_before_profit;
DROP TABLE appraisal_indicators_before_profit;
CREATE INDEX appraisal_indicators_order ON appraisal_indicators(category, sort_order);

UPDATE appraisal_indicators SET
  source = 'profit',
  description_zh = CASE WHEN description_zh = ${quote(PROFIT_INDICATOR.seedDescriptionZh)}
                        THEN ${quote(PROFIT_INDICATOR.descriptionZh)} ELSE description_zh END,
  description_en = CASE WHEN description_en = ${quote(PROFIT_INDICATOR.seedDescriptionEn)}
                        THEN ${quote(PROFIT_INDICATOR.descriptionEn)} ELSE description_en END,
  updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
  updated_by = NULL,
  version = version + 1
WHERE id = ${quote(PROFIT_INDICATOR.id)} AND source = 'manual' AND scoring = 'quantitative';
`;
