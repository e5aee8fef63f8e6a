import { z } from 'zod';
import { LOCALES } from './locales';
import { LIMITS } from './limits';

/**
 * Building blocks for input schemas. Custom checks carry a translation key under `validation.`
 * as their message; `zodIssuesToFields` turns every issue into a field error with such a key.
 */
export const id = () => z.string().uuid();
export const version = () => z.number().int().min(1);

export const requiredText = (max: number = LIMITS.name) => z.string().trim().min(1).max(max);
export const optionalText = (max: number = LIMITS.text) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The years a business date or time may fall in. Outside them a date is a slip of the keyboard or a
 * placeholder (0001-01-01, 9999-12-31), never a real birthday, contract or follow-up — and it would sort,
 * age and count as if it were.
 */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;
const FIRST_DAY = `${DATE_YEARS.min}-01-01`;
const LAST_DAY = `${DATE_YEARS.max}-12-31`;
const inDateYears = (isoDate: string) => isoDate >= FIRST_DAY && isoDate <= LAST_DAY;
/** Later checks pass what is not a date at all: the 'date' error says it, once. */
const unlessNotADate = (check: (isoDate: string) => boolean) => (s: string) => !isCalendarDate(s) || check(s);
const yearsRefusal = { message: 'dateRange', params: { ...DATE_YEARS } };

/** Today's date where the app runs (main runs on the user's own computer), as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// No `abort` on the first check: a union (optionalDate) reports the issues of an option only when they are
// not aborted, and would otherwise answer a bare "invalid".
export const calendarDate = () =>
  z.string().refine(isCalendarDate, { message: 'date' }).refine(unlessNotADate(inDateYears), yearsRefusal);

const optional = <T extends z.ZodType<string>>(date: T) =>
  z
    .union([date, z.literal(''), z.null()])
    .optional()
    .transform((s) => (s ? s : null));

export const optionalDate = () => optional(calendarDate());

/** A date that has already come (a birthday): today at the latest. `today` is for tests. */
export const optionalPastDate = (today: () => string = localToday) =>
  optional(
    calendarDate().refine(
      unlessNotADate((s) => s <= today()),
      { message: 'dateFuture' },
    ),
  );

/** An ISO-8601 UTC timestamp within the same years as dates. */
export const isoTimestamp = () =>
  z
    .string()
    .datetime()
    .refine((s) => inDateYears(s.slice(0, 10)), yearsRefusal);

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
/** International numbers: optional +, digits with spaces or dashes, 6–20 digits in all. */
const INTERNATIONAL_PHONE = /^\+?[0-9][0-9 -]{4,30}$/;
export function normalisePhone(s: string): string {
  return s.replace(/[\s-]/g, '');
}
export function isValidPhone(s: string): boolean {
  const compact = normalisePhone(s);
  // A number starting with 1 and no country code is a mainland mobile: it must have all 11 digits.
  if (/^1/.test(compact)) return MAINLAND_MOBILE.test(compact);
  const digits = compact.replace(/\D/g, '');
  return INTERNATIONAL_PHONE.test(s) && digits.length >= 6 && digits.length <= 20;
}
export const optionalPhone = () =>
  optionalText(LIMITS.phone).refine((s) => s === null || isValidPhone(s), { message: 'phone' });

export const optionalEmail = () =>
  optionalText(LIMITS.email).refine((s) => s === null || z.string().email().safeParse(s).success, {
    message: 'email',
  });

export const password = () => z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);

export const username = () =>
  z
    .string()
    .trim()
    .min(2)
    .max(LIMITS.username)
    .regex(/^[A-Za-z0-9._-]+$/, { message: 'username' });

export { LOCALES, type Locale } from './locales';
export const locale = () => z.enum(LOCALES);

export const page = () => z.number().int().min(1).max(1_000_000).default(1);
export const pageSize = () => z.number().int().min(1).max(LIMITS.pageSizeMax).default(50);

export const empty = () => z.strictObject({});

/**
 * What an object of these fields holds once parsed (defaults applied, text trimmed): the type main works
 * with, derived from the schema so the shape is written once.
 */
export type FieldsOutput<S extends z.core.$ZodShape> = z.output<z.ZodObject<S>>;

/** A file produced in main (export, report) for the shell to save. */
export interface FilePayload {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}
