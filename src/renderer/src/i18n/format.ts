import dayjs from 'dayjs';
import type { Locale } from '../../../shared/contract/fields';

// Building an Intl formatter costs far more than using one (a list page formats hundreds of values per
// render), so each kind is built once per language and kept.
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

/** Locale-aware display of the contract's values: ISO timestamps, calendar dates, integer fen, counts. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return dateFormat(locale, 'dateTime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  return dateFormat(locale, 'date', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The local calendar day of an ISO timestamp (a time shown only as its date). */
export function formatDay(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return dateFormat(locale, 'day', { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale, 'number', {}).format(n);
}

export function formatMoneyFen(fen: number, locale: Locale): string {
  return numberFormat(locale, 'money', { style: 'currency', currency: 'CNY' }).format(fen / 100);
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v)} ${units[i]}`;
}

export const toDayjs = (date: string | null | undefined) => (date ? dayjs(date) : null);
export const fromDayjs = (d: dayjs.Dayjs | null | undefined): string | null =>
  d ? d.format('YYYY-MM-DD') : null;
