import type { Locale } from '../../shared/contract/fields';

/**
 * A text cell that Excel (or a program the sheet is saved to CSV for) could take for a formula — it starts
 * with = + - @, a tab or a carriage return — gets a leading single quote, so it is shown as the text it is
 * (OWASP "CSV injection"). Every text cell of every export goes through here.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * What neutraliseFormula wrote, read back: a cell of an exported file ('+86 138…, '=SUM…) imports as the text
 * it stood for, so an export can be imported again. Only the quote before a formula character goes.
 */
export function restoreNeutralised(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * An ISO timestamp as an Excel date showing the machine's wall-clock time: Excel dates have no time zone,
 * and the screens show local time too.
 */
export function excelLocalDateTime(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

/** A calendar day (YYYY-MM-DD) as an Excel date. */
export function excelDate(day: string | null | undefined): Date | null {
  if (!day) return null;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Number formats of real date and money cells, in the order people of that language read them. */
export const NUM_FMT = {
  dateTime: { 'zh-CN': 'yyyy-mm-dd hh:mm', 'en-US': 'mm/dd/yyyy hh:mm' } satisfies Record<Locale, string>,
  date: { 'zh-CN': 'yyyy-mm-dd', 'en-US': 'mm/dd/yyyy' } satisfies Record<Locale, string>,
  money: '"¥"#,##0.00;-"¥"#,##0.00',
  integer: '#,##0',
} as const;
