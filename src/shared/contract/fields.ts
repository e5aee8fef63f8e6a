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
export const calendarDate = () => z.string().refine(isCalendarDate, { message: 'date' });
export const optionalDate = () =>
  z
    .union([calendarDate(), z.literal(''), z.null()])
    .optional()
    .transform((s) => (s ? s : null));

export const isoTimestamp = () => z.string().datetime();

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
