/**
 * Region labels and choices for the client screens. Kept apart from labels.tsx, which Home's client figures
 * use too: the region lists (GB/T 2260, ~90 kB) load with the client pages, not with Home.
 */
import type { TFunction } from 'i18next';
import { regionLabel } from '../../../../shared/clients/regionLabel';
import { PROVINCES, citiesOf, isCityOf, isProvince } from '../../../../shared/clients/regions';
import type { Locale } from '../../../../shared/contract/fields';

export interface RegionOption {
  value: string;
  label: string;
  /** A stored value that is on no list (kept from before them): shown, marked, never dropped. */
  legacy?: boolean;
}

/** A stored value from outside the list first, marked, so the form shows what the file holds. */
function withLegacy(
  options: RegionOption[],
  t: TFunction,
  value: string | null | undefined,
  listed: boolean,
) {
  if (!value || listed) return options;
  return [{ value, label: t('clients:form.legacyRegion', { value }), legacy: true }, ...options];
}

/** The provinces to choose from, labelled in the language; a stored value off the list stays choosable. */
export function provinceOptions(t: TFunction, locale: Locale, current?: string | null): RegionOption[] {
  const options = PROVINCES.map((p) => ({ value: p.name, label: regionLabel(p.name, locale) }));
  return withLegacy(options, t, current, isProvince(current));
}

/** The cities of the chosen province; a stored city off its list stays choosable. */
export function cityOptions(
  t: TFunction,
  locale: Locale,
  province: string | null | undefined,
  current?: string | null,
): RegionOption[] {
  const options = citiesOf(province).map((c) => ({ value: c.name, label: regionLabel(c.name, locale) }));
  return withLegacy(options, t, current, isCityOf(province, current));
}
