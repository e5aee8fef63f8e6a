import { ListTag, type ListTagColor } from '../../components/ListTag';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, industryKey } from '../../../../shared/clients/catalog';
import { regionLabel } from '../../../../shared/clients/regionLabel';
import { PROVINCES, citiesOf, isCityOf, isProvince } from '../../../../shared/clients/regions';
import type { Client, ClientStatus, ValueTier } from '../../../../shared/clients/types';
import type { Locale } from '../../../../shared/contract/fields';

export const TIER_COLOR: Record<ValueTier, ListTagColor> = { A: 'gold', B: 'blue', C: 'cyan', D: 'default' };
export const STATUS_COLOR: Record<ClientStatus, ListTagColor> = {
  potential: 'geekblue',
  key_follow_up: 'orange',
  customer: 'green',
  dormant: 'default',
  lost: 'red',
};

export function TierTag({ tier }: { tier: ValueTier }) {
  const { t } = useTranslation();
  return <ListTag color={TIER_COLOR[tier]}>{t(`clients:tier.${tier}`)}</ListTag>;
}

export function StatusTag({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return <ListTag color={STATUS_COLOR[status]}>{t(`clients:status.${status}`)}</ListTag>;
}

/** A translation of a fixed key: i18next's t, or a remembering wrapper of it (clientColumns). */
type Translate = (key: string) => string;

export function industryLabel(t: Translate, value: string | null): string {
  const key = industryKey(value);
  return key ? t(`clients:industries.${key}`) : (value ?? '');
}

/** Province and city as one text in the language (浙江省 · 杭州市, Zhejiang · Hangzhou). */
export function regionText(locale: Locale, c: Pick<Client, 'province' | 'city'>): string {
  return [regionLabel(c.province, locale), regionLabel(c.city, locale)].filter(Boolean).join(' · ');
}

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

export function industryOptions(t: TFunction, extra?: string | null) {
  const options = INDUSTRIES.map((p) => ({ value: p.zh, label: t(`clients:industries.${p.key}`) }));
  return extra && !industryKey(extra) ? [{ value: extra, label: extra }, ...options] : options;
}
