import type { Locale } from '../contract/fields';

/**
 * How the contract's values read to a person, per language: ISO timestamps, calendar dates, integer fen,
 * counts, sizes. The one formatting module of the app: the screens (renderer) and the printed reports and
 * exports (main) both use it, so a date or an amount reads the same on screen and on paper.
 *
 * Timestamps are shown in the machine's own time zone, as everywhere else on the user's desktop; calendar
 * dates (YYYY-MM-DD) are days, never shifted by a zone.
 */

// Building an Intl formatter costs far more than using one (a list page formats hundreds of values per
// render, an export thousands), so each kind is built once per language and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}
function numberFormat(locale: Locale, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** A moment (ISO timestamp) as local date and time: "2026年11月27日 10:00" / "Nov 27, 2026, 10:00 AM". */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return dateFormat(locale, 'dateTime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD): "2026年11月27日" / "Nov 27, 2026". */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  return dateFormat(locale, 'date', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The weekday of a calendar day (YYYY-MM-DD): "周六" / "Sat". */
export function formatWeekday(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  return dateFormat(locale, 'weekday', { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The local calendar day of an ISO timestamp (a moment shown only as its date). */
export function formatDay(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return dateFormat(locale, 'day', { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale, 'number', {}).format(n);
}

/** Integer fen as yuan: "¥1,234.50" / "CN¥1,234.50". */
export function formatMoneyFen(fen: number, locale: Locale): string {
  return numberFormat(locale, 'money', { style: 'currency', currency: 'CNY' }).format(fen / 100);
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB'] as const;

export function formatBytes(bytes: number, locale: Locale): string {
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < BYTE_UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = i === 0 ? 0 : 1;
  return `${numberFormat(locale, `bytes${digits}`, { maximumFractionDigits: digits }).format(v)} ${BYTE_UNITS[i]}`;
}

/** A month (YYYY-MM): "2026年10月" / "Oct 2026"; without the year, "10月" / "Oct". */
export function formatMonth(month: string, locale: Locale, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = withYear
    ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
    : { month: 'short', timeZone: 'UTC' };
  return dateFormat(locale, withYear ? 'month' : 'monthOnly', options).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A percentage given as 0–100, to one decimal at most: "57.1%". */
export function formatPercent(pct: number, locale: Locale): string {
  return numberFormat(locale, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(pct / 100);
}
