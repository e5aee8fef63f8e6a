/** Pure rules for client files, shared by main (validation, duplicates) and the renderer (hints). */

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet (no I, O, S, V, Z); the last one
 * is a check character computed from the first 17 with fixed weights, modulo 31.
 */
export function isValidCreditCode(raw: string): boolean {
  const code = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS[check] === code[17];
}

export function normaliseCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Company-form suffixes that name the same kind of company; compared in one spelling. */
const COMPANY_FORMS: [RegExp, string][] = [
  [/有限责任公司$/u, '有限公司'],
  [/股份有限公司$/u, '有限公司'],
  [/(co\.?,?)?ltd\.?$/u, '有限公司'],
  [/limited$/u, '有限公司'],
  [/(company|co\.?)$/u, '公司'],
];

/**
 * The form of a client name used to spot duplicates: full-width → half-width (NFKC), lower case, no spaces
 * or punctuation, and 有限责任公司 / 股份有限公司 / Ltd. read as 有限公司.
 */
export function normaliseClientName(raw: string): string {
  let s = raw.normalize('NFKC').toLowerCase();
  s = s.replace(/[\s\u3000]+/gu, '');
  for (const [re, to] of COMPANY_FORMS) s = s.replace(re, to);
  return s.replace(/[\p{P}\p{S}]/gu, '');
}

/** Phone numbers compared by their digits (spaces, dashes and a leading +86 ignored). */
export function normalisePhoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

export interface CompletenessInput {
  type: 'enterprise' | 'individual';
  creditCode: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  ownerId: string | null;
  hasPrimaryContact: boolean;
  primaryContactReachable: boolean;
  hasCommunication: boolean;
}

/** What a complete file holds, with weights; enterprises also need their credit code. */
const COMPLETENESS_ITEMS: {
  key: string;
  weight: number;
  filled: (c: CompletenessInput) => boolean;
  applies?: (c: CompletenessInput) => boolean;
}[] = [
  { key: 'creditCode', weight: 15, filled: (c) => !!c.creditCode, applies: (c) => c.type === 'enterprise' },
  { key: 'industry', weight: 10, filled: (c) => !!c.industry },
  { key: 'region', weight: 10, filled: (c) => !!c.province && !!c.city },
  { key: 'address', weight: 10, filled: (c) => !!c.address },
  { key: 'owner', weight: 10, filled: (c) => !!c.ownerId },
  { key: 'primaryContact', weight: 20, filled: (c) => c.hasPrimaryContact },
  { key: 'contactReachable', weight: 15, filled: (c) => c.primaryContactReachable },
  { key: 'communication', weight: 10, filled: (c) => c.hasCommunication },
];

export function clientCompleteness(c: CompletenessInput): { score: number; missing: string[] } {
  let total = 0;
  let got = 0;
  const missing: string[] = [];
  for (const item of COMPLETENESS_ITEMS) {
    if (item.applies && !item.applies(c)) continue;
    total += item.weight;
    if (item.filled(c)) got += item.weight;
    else missing.push(item.key);
  }
  return { score: total === 0 ? 100 : Math.round((got / total) * 100), missing };
}
