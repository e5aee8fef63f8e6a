import { z } from 'zod';
import { LIMITS } from '../contract/limits';

/**
 * A list the manager keeps in settings (service categories, responsible departments, risk categories …):
 * stable keys stored on records, a name in each language, and retiring instead of deleting.
 */

/** An entry of a settings list: a stable key stored on records, and its name in each language. */
export const listEntry = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.tag)
    .regex(/^[a-z0-9_]+$/, { message: 'listKey' }),
  nameZh: z.string().trim().min(1).max(LIMITS.name),
  nameEn: z.string().trim().min(1).max(LIMITS.name),
  /** A retired entry stays readable on old records but is no longer offered. */
  active: z.boolean().default(true),
});
export type ListEntry = z.output<typeof listEntry>;

export const settingsList = () =>
  z
    .array(listEntry)
    .min(1)
    .max(50)
    .refine((l) => new Set(l.map((e) => e.key)).size === l.length, { message: 'listKeyDuplicate' })
    .refine((l) => l.some((e) => e.active), { message: 'listNoneActive' });

/** The name of a list entry in the reader's language; an unknown key (a record older than the list) as is. */
export function listEntryName(list: readonly ListEntry[], key: string | null, locale: string): string {
  if (key === null) return '';
  const entry = list.find((e) => e.key === key);
  if (!entry) return key;
  return locale.startsWith('zh') ? entry.nameZh : entry.nameEn;
}
