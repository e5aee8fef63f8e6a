/**
 * What minutes may hold, on screen, in storage and on paper: paragraphs, line breaks, bold, italic,
 * underline, strike-through, lists, two heading levels and quotes — no attributes, no links, no images, no
 * scripts. Main sanitises with this list on every save and again when it prints; the editor's toolbar
 * offers only these.
 */
export const MINUTES_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'blockquote',
] as const;

/** An open decision due within this many days is on its owner's to-do. */
export const DECISION_TODO_DAYS = 7;
/** The next periodic meeting shows on the manager's to-do from this many days before it is due. */
export const MEETING_DUE_TODO_DAYS = 14;

/** The calendar day `months` after `date` (YYYY-MM-DD), the last day of a shorter month when it has no such day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Whether an end time ('HH:mm') is after the start (both given), or either is missing. */
export const timesInOrder = (start: string | null, end: string | null): boolean =>
  start === null || end === null || end > start;
