import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { QuoteStatus } from '../../../../shared/pricing/types';

const STATUS_COLORS: Record<QuoteStatus, string> = {
  draft: 'default',
  pendingApproval: 'gold',
  approved: 'cyan',
  refused: 'red',
  sent: 'blue',
  accepted: 'success',
  declined: 'default',
};

export function QuoteStatusTag({ status, t }: { status: QuoteStatus; t: TFunction }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="quote-status">
      {t(`pricing:status.${status}`)}
    </Tag>
  );
}

export function BelowFloorTag({ t }: { t: TFunction }) {
  return (
    <Tag color="orange" data-testid="quote-below-floor">
      {t('pricing:quotes.belowFloorTag')}
    </Tag>
  );
}
