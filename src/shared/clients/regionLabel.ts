/**
 * The label of a region — a province or city, by its official Chinese name — in a language: Chinese shows
 * the name itself, English the region's English name (浙江省 → Zhejiang, 杭州市 → Hangzhou, 内蒙古自治区 →
 * Inner Mongolia). A value on no list (kept from before the lists) shows as stored, in either language.
 * Screens, PDFs and Excel exports all call this, so a region reads the same everywhere.
 */
import type { Locale } from '../contract/fields';
import { REGION_ENGLISH_NAMES } from './regionEnglishNames';

const ENGLISH = new Map(Object.entries(REGION_ENGLISH_NAMES));

export function regionLabel(name: string | null | undefined, locale: Locale): string {
  if (!name) return '';
  return locale === 'en-US' ? (ENGLISH.get(name) ?? name) : name;
}
