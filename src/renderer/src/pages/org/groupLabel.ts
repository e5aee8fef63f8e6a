import type { Locale } from '../../../../shared/contract/fields';

/** Groups carry a Chinese name and an optional English one; English screens prefer the latter. */
export const groupLabel = (
  g: { name: string | null; nameEn: string | null } | undefined,
  locale: Locale,
): string => (g ? (locale === 'en-US' ? (g.nameEn ?? g.name) : g.name) : null) ?? '';
