import { normalisePhoneDigits } from '../../../shared/clients/rules';
import type { Clause } from '../../db/clause';
import { pinyinForms } from './pinyin';
import type { SearchSource, SearchTexts } from './repository/searchText';

/**
 * The version of what searchText puts in: rows written by an older one are rewritten after start
 * (searchRebuild.ts). 2: the pinyin and initials of Chinese names, in their own column.
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
 * What a client is found by. The text: name, code, credit code, and each contact's name and mobile, the
 * mobile also as bare digits ('138 1234 5678' is found by '13812345678'). The pinyin: the Chinese names' pinyin
 * and its initials (杭州 by hangzhou and hz; a contact's surname read as a surname). Lines keep the parts
 * apart, so a query never matches across the end of one part and the start of the next.
 */
export function searchText(s: SearchSource): SearchTexts {
  const text = [s.name, s.code, s.creditCode ?? ''];
  const pinyin = pinyinForms(s.name);
  for (const c of s.contacts) {
    text.push(c.name);
    pinyin.push(...pinyinForms(c.name, true));
    if (c.mobile) {
      text.push(c.mobile);
      const digits = normalisePhoneDigits(c.mobile);
      if (digits !== c.mobile) text.push(digits);
    }
  }
  const joined = (parts: string[]) => searchKey(parts.filter((p) => p !== '').join('\n'));
  return { text: joined(text), pinyin: joined(pinyin) };
}

/** Whether a query could be pinyin (letters and digits only): only then is the pinyin searched too. */
export const mayBePinyin = (key: string): boolean => /^[a-z0-9]+$/.test(key);

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
  if (mayBePinyin(key))
    return {
      sql: `(SELECT instr(s.text, ?) > 0 OR instr(s.pinyin, ?) > 0 FROM client_search s WHERE s.client_rowid = ${alias}.rowid)`,
      params: [key, key],
    };
  return {
    sql: `instr((SELECT s.text FROM client_search s WHERE s.client_rowid = ${alias}.rowid), ?) > 0`,
    params: [key],
  };
}
