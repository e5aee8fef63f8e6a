import type { Locale } from '../contract/locales';
import { formatNumber } from '../i18n/format';

/** The library's units (kept as the rulebook writes them), in English on an English screen or page. */
const UNITS_EN: Record<string, string> = { 元: 'yuan', 个: '', 分: 'pts' };

/** A target or actual with the indicator's unit in the reader's language; null when there is no figure. */
export function formatFigure(n: number | null, unit: string | null, locale: Locale): string | null {
  if (n === null) return null;
  const word = unit && locale === 'en-US' ? (UNITS_EN[unit] ?? unit) : unit;
  return word ? `${formatNumber(n, locale)} ${word}` : formatNumber(n, locale);
}
