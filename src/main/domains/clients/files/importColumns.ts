import { IMPORT_COLUMNS, type ImportColumn } from '../../../../shared/clients/fileTypes';
import { translator } from '../../../i18n/translate';
import { CLIENT_ENUMS, enumLabelsBothLanguages } from './labels';

/**
 * How a header or a listed value is compared: full-width → half-width, lower case, no spaces, punctuation
 * or symbols — so "客户名称 Name", "客户名称(Name)", "*客户名称" and "client_name" all reduce to one form.
 */
export function normaliseLabel(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Other wordings people use for a column, beside the translated labels and the column's own key. */
const COLUMN_SYNONYMS: Record<ImportColumn, string[]> = {
  name: [
    '名称',
    '客户',
    '客户名',
    '公司名称',
    '企业名称',
    '单位名称',
    'client',
    'clientname',
    'company',
    'companyname',
  ],
  type: ['类型', '客户类别', 'clienttype'],
  creditCode: ['信用代码', '社会信用代码', '统一代码', 'uscc', 'unifiedsocialcreditcode', 'socialcreditcode'],
  industry: ['所属行业'],
  province: ['省', '省份地区'],
  city: ['市', '城市地区'],
  address: ['详细地址', '联系地址', '通讯地址'],
  source: ['来源', '获客来源', 'clientsource'],
  tier: ['等级', '客户等级', '分类', '客户分类', 'valuetier', 'level', 'grade'],
  status: ['状态', '生命周期', 'lifecycle', 'lifecyclestatus'],
  ownerEmployeeNo: [
    '负责人',
    '工号',
    '负责人编号',
    '业务员工号',
    'owner',
    'ownerno',
    'employeeno',
    'owneremployeeno',
  ],
  tags: ['标签', 'tag'],
  notes: ['备注说明', '说明', 'note', 'remarks', 'remark'],
  contactName: ['联系人', '联系人名称', 'contact', 'contactperson'],
  contactTitle: ['职务', '职位', '联系人职位', 'title', 'position', 'jobtitle'],
  contactMobile: [
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
    '电话',
    '联系人电话',
    'mobile',
    'phone',
    'mobilephone',
    'tel',
  ],
  contactEmail: ['邮箱', '电子邮箱', '电子邮件', 'email', 'mail'],
  contactBirthday: ['生日', '出生日期', 'birthday', 'dateofbirth'],
};

let headerAliases: Map<string, ImportColumn> | null = null;

function buildHeaderAliases(): Map<string, ImportColumn> {
  const zh = translator('zh-CN');
  const en = translator('en-US');
  const map = new Map<string, ImportColumn>();
  const add = (alias: string, column: ImportColumn) => {
    const key = normaliseLabel(alias);
    if (key && !map.has(key)) map.set(key, column);
  };
  // Translated labels first (exact wording of the template wins over a synonym of another column).
  for (const column of IMPORT_COLUMNS) {
    const z = zh(`clientFiles:columns.${column}`);
    const e = en(`clientFiles:columns.${column}`);
    for (const alias of [`${z}${e}`, `${e}${z}`, z, e, column]) add(alias, column);
  }
  for (const column of IMPORT_COLUMNS) for (const alias of COLUMN_SYNONYMS[column]) add(alias, column);
  return map;
}

/** The column a header names, in Chinese, English or both, or null when it names none. */
export function matchHeader(header: string): ImportColumn | null {
  headerAliases ??= buildHeaderAliases();
  return headerAliases.get(normaliseLabel(header)) ?? null;
}

export type ImportEnumColumn = 'type' | 'source' | 'tier' | 'status';
export const IMPORT_ENUM_COLUMNS: readonly ImportEnumColumn[] = ['type', 'source', 'tier', 'status'];

const VALUE_SYNONYMS: { [K in ImportEnumColumn]: Record<(typeof CLIENT_ENUMS)[K][number], string[]> } = {
  type: {
    enterprise: [
      '公司',
      '单位',
      '企业客户',
      'company',
      'corporate',
      'business',
      'organisation',
      'organization',
    ],
    individual: ['个人客户', '自然人', 'person', 'personal'],
  },
  source: {
    market_research: ['调研', '市场调查', 'research'],
    referral: ['推荐', '客户推荐', '转介绍', '介绍', '老客户介绍', 'recommendation'],
    exhibition: ['展览', '展会', '会展', 'tradeshow', 'fair', 'expo'],
    online: ['线上', '网络', '互联网', '网站', 'internet', 'web', 'website'],
    cold_call: ['陌拜', '电话陌拜', '陌生电话', 'coldvisit', 'coldcalling'],
    other: ['其它'],
  },
  tier: { A: [], B: [], C: [], D: [] },
  status: {
    potential: ['潜在客户', 'prospect', 'lead'],
    key_follow_up: ['重点', '重点客户', '重点跟进客户', 'keyfollowup', 'keytarget'],
    customer: ['成交客户', '已成交', 'won', 'deal'],
    dormant: ['沉睡客户', '休眠', 'inactive', 'sleeping'],
    lost: ['流失客户', '已流失', 'churned'],
  },
};

const valueAliases = new Map<ImportEnumColumn, Map<string, string>>();

function buildValueAliases(kind: ImportEnumColumn): Map<string, string> {
  const map = new Map<string, string>();
  const add = (alias: string, value: string) => {
    const key = normaliseLabel(alias);
    if (key && !map.has(key)) map.set(key, value);
  };
  const values = CLIENT_ENUMS[kind] as readonly string[];
  for (const value of values) {
    const labels = enumLabelsBothLanguages(kind, value);
    add(value, value);
    for (const a of labels) for (const b of labels) if (a !== b) add(`${a}${b}`, value);
    for (const label of labels) add(label, value);
  }
  const synonyms = VALUE_SYNONYMS[kind] as Record<string, string[]>;
  for (const value of values) for (const alias of synonyms[value] ?? []) add(alias, value);
  return map;
}

/** A tier written as "A", "A类", "A级", "Tier A", "a 类客户"… */
const TIER_PATTERN = /^(?:tier|等级|级别)?([abcd])(?:类|级|档)?(?:客户)?$/;

/** The listed value a cell names, in either language (or as the value itself), or null when it names none. */
export function matchEnumValue(kind: ImportEnumColumn, text: string): string | null {
  const key = normaliseLabel(text);
  let map = valueAliases.get(kind);
  if (!map) {
    map = buildValueAliases(kind);
    valueAliases.set(kind, map);
  }
  const found = map.get(key);
  if (found) return found;
  if (kind === 'tier') {
    const m = TIER_PATTERN.exec(key);
    if (m) return m[1]!.toUpperCase();
  }
  return null;
}
