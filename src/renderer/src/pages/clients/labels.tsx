import { ListTag, type ListTagColor } from '../../components/ListTag';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, PROVINCES, industryKey, provinceKey } from '../../../../shared/clients/catalog';
import type { Client, ClientStatus, ValueTier } from '../../../../shared/clients/types';

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

/** Stored as the Chinese name; English screens show the English one when the value is from the list. */
export function provinceLabel(t: Translate, value: string | null): string {
  const key = provinceKey(value);
  return key ? t(`clients:provinces.${key}`) : (value ?? '');
}

export function industryLabel(t: Translate, value: string | null): string {
  const key = industryKey(value);
  return key ? t(`clients:industries.${key}`) : (value ?? '');
}

export function regionText(t: Translate, c: Pick<Client, 'province' | 'city'>): string {
  return [provinceLabel(t, c.province), c.city].filter(Boolean).join(' · ');
}

/** Options for a province / industry select; a value from outside the list (imported) stays choosable. */
export function provinceOptions(t: TFunction, extra?: string | null) {
  const options = PROVINCES.map((p) => ({ value: p.zh, label: t(`clients:provinces.${p.key}`) }));
  return extra && !provinceKey(extra) ? [{ value: extra, label: extra }, ...options] : options;
}

export function industryOptions(t: TFunction, extra?: string | null) {
  const options = INDUSTRIES.map((p) => ({ value: p.zh, label: t(`clients:industries.${p.key}`) }));
  return extra && !industryKey(extra) ? [{ value: extra, label: extra }, ...options] : options;
}
