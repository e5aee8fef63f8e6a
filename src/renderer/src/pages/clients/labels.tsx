import { ListTag, type ListTagColor } from '../../components/ListTag';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, industryKey } from '../../../../shared/clients/catalog';
import type { ClientStatus, ValueTier } from '../../../../shared/clients/types';

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

export { industryLabel } from '../../../../shared/clients/displayLabels';

export function industryOptions(t: TFunction, extra?: string | null) {
  const options = INDUSTRIES.map((p) => ({ value: p.zh, label: t(`clients:industries.${p.key}`) }));
  return extra && !industryKey(extra) ? [{ value: extra, label: extra }, ...options] : options;
}
