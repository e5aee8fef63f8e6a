/**
 * Performance appraisal (六(一)): the indicator library and the templates, seeded with the rulebook's ten
 * indicators and one template for each of the rulebook's groups.
 *
 * A rated indicator's bands and a template's weighted indicators are parts of their record, edited and
 * versioned with it, so they are stored as JSON in the row (one row, one version, one sync unit). Indicators
 * are never deleted — retired ones stay on the templates that have them — so a template's indicator ids
 * always resolve. One active template per group and per position: a cycle picks a person's by position,
 * else by group.
 *
 * The seeds have fixed ids: the same rulebook indicator is the same record on every machine.
 */

interface SeedBand {
  min: number;
  max: number;
  anchorZh: string;
  anchorEn: string;
}

interface SeedIndicator {
  id: string;
  category: 'results' | 'attitude' | 'ability';
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  scoring: 'quantitative' | 'rated';
  cap: number | null;
  bands: SeedBand[];
  source: 'manual' | 'revenue' | 'newClients' | 'satisfaction';
  unit: string | null;
}

/** Four anchored bands for a rated indicator: below expectations, meets some, meets, exceeds. */
const bands = (zh: [string, string, string, string], en: [string, string, string, string]): SeedBand[] =>
  [
    [0, 59],
    [60, 74],
    [75, 89],
    [90, 100],
  ].map(([min, max], i) => ({ min: min!, max: max!, anchorZh: zh[i]!, anchorEn: en[i]! }));

export const SEEDED_INDICATORS: readonly SeedIndicator[] = [
  {
    id: '01a22ad6-043b-74e6-83dc-1220b74c45f6',
    category: 'results',
    nameZh: '销售额',
    nameEn: 'Sales revenue',
    descriptionZh: '考核期内本人名下客户的交易金额合计。',
    descriptionEn: 'Total transaction amount of the clients the person owns, in the period.',
    scoring: 'quantitative',
    cap: 120,
    bands: [],
    source: 'revenue',
    unit: '元',
  },
  {
    id: '01a22ad6-0443-7382-96a7-77a9680b1ffb',
    category: 'results',
    nameZh: '销售利润',
    nameEn: 'Sales profit',
    descriptionZh: '考核期内实现的销售利润，由考核人填写（合同尚未记录成本）。',
    descriptionEn:
      'Sales profit made in the period, entered by the evaluator (contracts do not carry cost yet).',
    scoring: 'quantitative',
    cap: 120,
    bands: [],
    source: 'manual',
    unit: '元',
  },
  {
    id: '01a22ad6-0443-7382-96a7-79df5b5b47c1',
    category: 'results',
    nameZh: '新客户开发数量',
    nameEn: 'New clients',
    descriptionZh: '考核期内以本人为负责人、状态转为成交客户的客户档案数。',
    descriptionEn: 'Client files that became customers in the period with the person as owner.',
    scoring: 'quantitative',
    cap: 150,
    bands: [],
    source: 'newClients',
    unit: '个',
  },
  {
    id: '01a22ad6-0443-7382-96a7-7e8c1e93603b',
    category: 'results',
    nameZh: '客户满意度',
    nameEn: 'Client satisfaction',
    descriptionZh: '考核期内本人客户已结案投诉的回访满意度平均分（1–5 分）× 20，与目标值比较。',
    descriptionEn:
      "Mean feedback score (1–5) of the closed complaints of the person's clients in the period, × 20, against the target.",
    scoring: 'quantitative',
    cap: 110,
    bands: [],
    source: 'satisfaction',
    unit: '分',
  },
  {
    id: '01a22ad6-0443-7382-96a7-833efa6c7be9',
    category: 'attitude',
    nameZh: '工作责任心',
    nameEn: 'Responsibility',
    descriptionZh: '对本职工作和所负责客户的尽责程度，按时保质完成任务。',
    descriptionEn: 'How fully the person answers for their work and their clients, on time and to standard.',
    scoring: 'rated',
    cap: null,
    bands: bands(
      [
        '经常推诿或拖延，需反复督促',
        '基本完成任务，偶有疏漏',
        '认真负责，按时保质完成',
        '主动担当，结果超出预期',
      ],
      [
        'Often shifts or delays work; needs repeated reminders',
        'Mostly completes tasks, with occasional lapses',
        'Conscientious; delivers on time and to standard',
        'Takes ownership; results beyond expectations',
      ],
    ),
    source: 'manual',
    unit: null,
  },
  {
    id: '01a22ad6-0443-7382-96a7-85ebf305414e',
    category: 'attitude',
    nameZh: '团队合作精神',
    nameEn: 'Teamwork',
    descriptionZh: '与同事、其他小组协作配合，分享信息和客户资源。',
    descriptionEn: 'Works with colleagues and other groups, shares information and client knowledge.',
    scoring: 'rated',
    cap: null,
    bands: bands(
      ['各自为战，配合困难', '需要时能够配合', '积极配合，主动分享', '带动团队协作，帮助他人成长'],
      [
        'Works alone; hard to cooperate with',
        'Cooperates when asked',
        'Cooperates readily and shares on own initiative',
        'Drives teamwork and helps others grow',
      ],
    ),
    source: 'manual',
    unit: null,
  },
  {
    id: '01a22ad6-0443-7382-96a7-8894ac5a78c6',
    category: 'attitude',
    nameZh: '工作积极性',
    nameEn: 'Initiative',
    descriptionZh: '主动发现并承担工作，提出改进建议。',
    descriptionEn: 'Finds and takes on work unprompted, proposes improvements.',
    scoring: 'rated',
    cap: null,
    bands: bands(
      ['被动等待安排', '完成安排的工作', '主动承担额外工作', '持续提出并落实改进'],
      [
        'Waits to be told',
        'Does the work assigned',
        'Takes on extra work unprompted',
        'Keeps proposing and carrying out improvements',
      ],
    ),
    source: 'manual',
    unit: null,
  },
  {
    id: '01a22ad6-0443-7382-96a7-8f4315f9c476',
    category: 'ability',
    nameZh: '专业知识和技能',
    nameEn: 'Knowledge and skills',
    descriptionZh: '掌握产品、业务流程和岗位所需技能的程度。',
    descriptionEn: 'Command of the products, the business processes and the skills of the position.',
    scoring: 'rated',
    cap: null,
    bands: bands(
      [
        '知识不足，常需他人指导',
        '掌握基本知识，能处理常规工作',
        '熟练掌握，能独立处理复杂问题',
        '精通业务，能指导他人',
      ],
      [
        'Gaps in knowledge; often needs guidance',
        'Knows the basics; handles routine work',
        'Proficient; handles complex cases alone',
        'Expert; coaches others',
      ],
    ),
    source: 'manual',
    unit: null,
  },
  {
    id: '01a22ad6-0443-7382-96a7-9136d558665f',
    category: 'ability',
    nameZh: '沟通能力',
    nameEn: 'Communication',
    descriptionZh: '与客户、同事清楚有效地沟通，书面和口头表达。',
    descriptionEn: 'Clear, effective communication with clients and colleagues, spoken and written.',
    scoring: 'rated',
    cap: null,
    bands: bands(
      ['表达不清，常引起误解', '能表达基本意思', '表达清楚，善于倾听', '沟通出色，能化解分歧'],
      [
        'Unclear; often misunderstood',
        'Gets the basic message across',
        'Clear and a good listener',
        'Excellent; resolves disagreements',
      ],
    ),
    source: 'manual',
    unit: null,
  },
  {
    id: '01a22ad6-0443-7382-96a7-97325a3ed5cd',
    category: 'ability',
    nameZh: '问题解决能力',
    nameEn: 'Problem solving',
    descriptionZh: '分析问题原因，提出并落实有效的解决办法。',
    descriptionEn: 'Finds the causes of problems, proposes and carries out solutions that work.',
    scoring: 'rated',
    cap: null,
    bands: bands(
      ['遇到问题依赖他人解决', '能解决常见问题', '能独立分析并解决复杂问题', '能预防问题并改进流程'],
      [
        'Relies on others to solve problems',
        'Solves common problems',
        'Analyses and solves complex problems alone',
        'Prevents problems and improves processes',
      ],
    ),
    source: 'manual',
    unit: null,
  },
];

const [
  revenue,
  profit,
  newClients,
  satisfaction,
  responsibility,
  teamwork,
  initiative,
  knowledge,
  communication,
  problemSolving,
] = SEEDED_INDICATORS.map((i) => i.id) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

export interface SeedTemplate {
  /** The id in databases that already had the group when this migration ran. */
  id: string;
  builtinGroup: 'sales' | 'market' | 'service';
  nameZh: string;
  nameEn: string;
  items: { indicatorId: string; weight: number }[];
}

/** One template per rulebook group, 60/20/20, the results weighted by what the group is there to do. */
export const SEEDED_TEMPLATES: readonly SeedTemplate[] = [
  {
    id: '01a22ad6-0443-7382-96a7-9a9fddc71f07',
    builtinGroup: 'sales',
    nameZh: '销售组考核模板',
    nameEn: 'Sales group template',
    items: [
      { indicatorId: revenue, weight: 30 },
      { indicatorId: profit, weight: 15 },
      { indicatorId: newClients, weight: 10 },
      { indicatorId: satisfaction, weight: 5 },
      { indicatorId: responsibility, weight: 7 },
      { indicatorId: teamwork, weight: 7 },
      { indicatorId: initiative, weight: 6 },
      { indicatorId: knowledge, weight: 7 },
      { indicatorId: communication, weight: 7 },
      { indicatorId: problemSolving, weight: 6 },
    ],
  },
  {
    id: '01a22ad6-0443-7382-96a7-9dd83cbc6936',
    builtinGroup: 'market',
    nameZh: '市场拓展组考核模板',
    nameEn: 'Market expansion group template',
    items: [
      { indicatorId: newClients, weight: 30 },
      { indicatorId: revenue, weight: 15 },
      { indicatorId: profit, weight: 5 },
      { indicatorId: satisfaction, weight: 10 },
      { indicatorId: responsibility, weight: 6 },
      { indicatorId: teamwork, weight: 7 },
      { indicatorId: initiative, weight: 7 },
      { indicatorId: knowledge, weight: 6 },
      { indicatorId: communication, weight: 8 },
      { indicatorId: problemSolving, weight: 6 },
    ],
  },
  {
    id: '01a22ad6-0443-7382-96a7-a33202fd1913',
    builtinGroup: 'service',
    nameZh: '客户服务组考核模板',
    nameEn: 'Customer service group template',
    items: [
      { indicatorId: satisfaction, weight: 45 },
      { indicatorId: revenue, weight: 15 },
      { indicatorId: responsibility, weight: 8 },
      { indicatorId: teamwork, weight: 6 },
      { indicatorId: initiative, weight: 6 },
      { indicatorId: knowledge, weight: 4 },
      { indicatorId: communication, weight: 8 },
      { indicatorId: problemSolving, weight: 8 },
    ],
  },
];

const quote = (v: string | number | null): string =>
  v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`;

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

const indicatorRows = SEEDED_INDICATORS.map(
  (i, n) =>
    `(${[
      quote(i.id),
      quote(i.category),
      quote(i.nameZh),
      quote(i.nameEn),
      quote(i.descriptionZh),
      quote(i.descriptionEn),
      quote(i.scoring),
      quote(i.scoring === 'quantitative' ? 'ratio' : null),
      quote(i.cap),
      quote(JSON.stringify(i.bands)),
      quote(i.source),
      quote(i.unit),
      String((n + 1) * 10),
      NOW,
      NOW,
    ].join(', ')})`,
).join(',\n  ');

// Databases set up before this version already have the rulebook's groups: they get their templates here.
// A department set up later gets them with its groups (domains/appraisal/defaultTemplates.ts).
const templateInserts = SEEDED_TEMPLATES.map(
  (t) => `INSERT INTO appraisal_templates (id, name_zh, name_en, group_id, position, results_weight,
  attitude_weight, ability_weight, items, active, created_at, updated_at)
SELECT ${quote(t.id)}, ${quote(t.nameZh)}, ${quote(t.nameEn)}, g.id, NULL, 60, 20, 20,
  ${quote(JSON.stringify(t.items))}, 1, ${NOW}, ${NOW}
FROM groups g WHERE g.builtin = ${quote(t.builtinGroup)};`,
).join('\n');

export const sql = /* sql */ `
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
  source          TEXT NOT NULL CHECK (source IN ('manual', 'revenue', 'newClients', 'satisfaction')),
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
CREATE INDEX appraisal_indicators_order ON appraisal_indicators(category, sort_order);

CREATE TABLE appraisal_templates (
  id               TEXT PRIMARY KEY,
  name_zh          TEXT NOT NULL,
  name_en          TEXT,
  group_id         TEXT REFERENCES groups(id),
  position         TEXT,
  results_weight   INTEGER NOT NULL,
  attitude_weight  INTEGER NOT NULL,
  ability_weight   INTEGER NOT NULL,
  items            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items)),
  active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT,
  updated_by       TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  CHECK ((group_id IS NULL) <> (position IS NULL))
) STRICT;
CREATE UNIQUE INDEX appraisal_templates_group ON appraisal_templates(group_id)
  WHERE active = 1 AND group_id IS NOT NULL;
CREATE UNIQUE INDEX appraisal_templates_position ON appraisal_templates(position)
  WHERE active = 1 AND position IS NOT NULL;

INSERT INTO appraisal_indicators (id, category, name_zh, name_en, description_zh, description_en, scoring,
  formula, cap, bands, source, unit, sort_order, created_at, updated_at)
VALUES
  ${indicatorRows};

${templateInserts}
`;
