import { normalisePhoneDigits } from '../../../shared/clients/rules';
import type { Clause } from '../../db/clause';
import { pinyinForms } from './pinyin';
import type { SearchSource } from './repository/searchText';

/**
 * The version of what searchText puts in: rows written by an older one are rewritten after start
 * (searchRebuild.ts). 2: pinyin and initials of Chinese names.
 */
export const SEARCH_TEXT_VERSION = 2;

/**
 * The form both the stored search text and a query take: full-width → half-width and Latin letters in
 * lower case, so 'ＡＢＣ', 'ABC' and 'abc' find each other by either path (FTS or instr).
 */
export function searchKey(raw: string): string {
  return raw.normalize('NFKC').toLowerCase();
}

/**
 * What a client is found by: name, code, credit code, and each contact's name and mobile, the mobile also
 * as bare digits ('138 1234 5678' is found by '13812345678'); Chinese names also by their pinyin and its
 * initials (杭州 by hangzhou and hz; a contact's surname read as a surname). Lines keep the parts apart, so a
 * query never matches across the end of one part and the start of the next.
 */
export function searchText(s: SearchSource): string {
  const parts = [s.name, s.code, s.creditCode ?? '', ...pinyinForms(s.name)];
  for (const c of s.contacts) {
    parts.push(c.name, ...pinyinForms(c.name, true));
    if (c.mobile) {
      parts.push(c.mobile);
      const digits = normalisePhoneDigits(c.mobile);
      if (digits !== c.mobile) parts.push(digits);
    }
  }
  return searchKey(parts.filter((p) => p !== '').join('\n'));
}

/** The query as it is matched (searchKey, trimmed); null when there is nothing to search for. */
export function queryKey(raw: string | null): string | null {
  const key = raw === null ? '' : searchKey(raw).trim();
  return key === '' ? null : key;
}

/**
 * The same match as a condition on one client, for lists already narrowed to a person's own files (about a
 * hundred): looking at those few search texts beats scanning all of them or reading every hit of a common
 * word. instr over the lower-cased text finds exactly what the trigram index finds, at any length.
 */
export function searchProbe(key: string, alias = 'c'): Clause {
  return {
    sql: `instr((SELECT s.text FROM client_search s WHERE s.client_rowid = ${alias}.rowid), ?) > 0`,
    params: [key],
  };
}
