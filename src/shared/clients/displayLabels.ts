import { industryKey } from './catalog';
import { regionLabel } from './regionLabel';
import type { Client } from './types';
import type { Locale } from '../contract/locales';

/*
 * How a client's stored values read in a language, the same on screen, in PDFs, in Excel and in the audit
 * trail: stored as the Chinese names, shown in English where the value is from the lists.
 */

/** A translation of a fixed key: i18next's t (screen or main), or a remembering wrapper of it. */
export type Translate = (key: string) => string;

export function industryLabel(t: Translate, value: string | null | undefined): string {
  const key = industryKey(value);
  return key ? t(`clients:industries.${key}`) : (value ?? '');
}

/** Province and city as one text in the language (浙江省 · 杭州市, Zhejiang · Hangzhou). */
export function clientRegionText(locale: Locale, c: Pick<Client, 'province' | 'city'>): string {
  return [regionLabel(c.province, locale), regionLabel(c.city, locale)].filter(Boolean).join(' · ');
}
