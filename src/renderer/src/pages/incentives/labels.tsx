import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/contract/locales';
import type { Incentive, IncentiveStatus, IncentiveType } from '../../../../shared/incentives/types';

const STATUS_COLORS: Record<IncentiveStatus, string> = {
  pending: 'gold',
  approved: 'green',
  refused: 'red',
  withdrawn: 'default',
};

const TYPE_COLORS: Record<IncentiveType, string> = { reward: 'blue', penalty: 'volcano', special: 'purple' };

export function StatusTag({ status }: { status: IncentiveStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="incentive-status">
      {t(`incentives:status.${status}`)}
    </Tag>
  );
}

/** The kind, coloured by its type (reward, penalty, special contribution). */
export function KindTag({ incentive }: { incentive: Pick<Incentive, 'kind' | 'type'> }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={TYPE_COLORS[incentive.type]}
      style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}
    >
      {t(`incentives:kind.${incentive.kind}`)}
    </Tag>
  );
}

export const groupNameOf = (i: Pick<Incentive, 'groupName' | 'groupNameEn'>, locale: Locale): string =>
  (locale === 'zh-CN' ? i.groupName : (i.groupNameEn ?? i.groupName)) ?? '';

export const cycleNameOf = (
  i: { cycleNameZh: string | null; cycleNameEn: string | null },
  locale: Locale,
): string => (locale === 'zh-CN' ? i.cycleNameZh : (i.cycleNameEn ?? i.cycleNameZh)) ?? '';
