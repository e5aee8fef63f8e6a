import type ExcelJS from 'exceljs';
import { restoreNeutralised } from '../../../excel/cells';

/** A cell read as text, or the Excel error it holds (#N/A, #REF! …, e.g. a formula that failed). */
export type CellText = { text: string } | { error: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * exceljs gives date cells as a Date whose UTC fields are the wall-clock date and time typed in Excel
 * (Excel dates carry no time zone); read them back with the UTC getters.
 */
function excelDateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hasTime = d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0 || d.getUTCSeconds() !== 0;
  return hasTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

/** Numbers keep every digit a person typed: 13812345678 stays "13812345678", never "1.38e10". */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

function richText(value: { richText: { text: string }[] }): string {
  return value.richText.map((r) => r.text ?? '').join('');
}

/**
 * One cell's value as text, whatever Excel stored: shared strings (a quote our exports put before a formula
 * character taken off again), inline and rich text, numbers, booleans, dates, hyperlinks (their shown text)
 * and formulas (their cached result, never the formula).
 */
export function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: restoreNeutralised(value) };
  if (typeof value === 'number') return { text: numberText(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: excelDateText(value) };
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { error: value.error };
    if ('richText' in value && Array.isArray(value.richText)) return { text: richText(value) };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return result === undefined ? { text: '' } : cellText(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      if (typeof text === 'string') return { text };
      if (text && typeof text === 'object' && 'richText' in text)
        return { text: richText(text as { richText: { text: string }[] }) };
      return { text: String((value as { hyperlink: unknown }).hyperlink ?? '') };
    }
  }
  return { text: '' };
}

/** Days from Excel's day zero (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A calendar date from what a cell gave: an Excel date (already "YYYY-MM-DD" from cellText), an Excel
 * serial number typed in a cell without a date format, or text such as 2026/3/5, 2026.03.05, 2026年3月5日
 * or 20260305. Anything else is returned as it came, for the date rule to reject.
 */
export function calendarDateText(text: string): string {
  const s = text.trim();
  if (s === '') return '';
  const dateTime = /^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}$/.exec(s);
  if (dateTime) return dateTime[1]!;
  const parts =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (parts) return `${parts[1]}-${pad(Number(parts[2]))}-${pad(Number(parts[3]))}`;
  if (/^\d{1,6}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial >= 1 && serial < 2_958_466) {
      const d = new Date((serial - EXCEL_EPOCH_OFFSET) * 86_400_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
  }
  return s;
}
