import { Button, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/contract/locales';
import type { Incentive } from '../../../../shared/incentives/types';
import { columnChoice } from '../../components/listTable';
import { formatDate, formatDateTime, formatMoneyFen } from '../../i18n/format';
import { KindTag, StatusTag, cycleNameOf, groupNameOf } from './labels';

/** The columns a person may show or hide; the others are always there. */
export const OPTIONAL_COLUMNS = ['group', 'title', 'cycle', 'proposedBy', 'proposedAt', 'decidedAt'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

// The title (an honour, a new position) shows under the kind unless its own column is chosen.
const choice = columnChoice<OptionalColumn>('incentives.columns', OPTIONAL_COLUMNS, ['group']);
export const loadColumnChoice = choice.load;
export const saveColumnChoice = choice.save;

const LABEL_OF: Record<OptionalColumn, string> = {
  group: 'group',
  title: 'title',
  cycle: 'cycle',
  proposedBy: 'proposedBy',
  proposedAt: 'proposedAt',
  decidedAt: 'decidedAt',
};
export const columnLabel = (t: TFunction, c: OptionalColumn) => t(`incentives:field.${LABEL_OF[c]}`);

/** The reason column takes what the others leave. */
export const REASON_MIN_WIDTH = 200;

export function incentiveColumns(
  t: TFunction,
  locale: Locale,
  shown: readonly OptionalColumn[],
  actions: { open: (i: Incentive) => void; person: (i: Incentive) => void; cycle: (i: Incentive) => void },
): ColumnType<Incentive>[] {
  const optional: Record<OptionalColumn, ColumnType<Incentive>> = {
    group: {
      key: 'group',
      title: t('incentives:field.group'),
      width: 100,
      ellipsis: true,
      render: (_, i) => groupNameOf(i, locale),
    },
    title: {
      key: 'title',
      title: t('incentives:field.title'),
      width: 130,
      ellipsis: true,
      render: (_, i) => i.title,
    },
    cycle: {
      key: 'cycle',
      title: t('incentives:field.cycle'),
      width: 170,
      ellipsis: true,
      render: (_, i) =>
        i.cycleCode && (
          <Typography.Link onClick={() => actions.cycle(i)} title={cycleNameOf(i, locale)}>
            {i.cycleCode}
            {i.grade ? ` · ${i.grade}` : ''}
          </Typography.Link>
        ),
    },
    proposedBy: {
      key: 'proposedBy',
      title: t('incentives:field.proposedBy'),
      width: 100,
      ellipsis: true,
      render: (_, i) => i.proposedByName,
    },
    proposedAt: {
      key: 'proposedAt',
      title: t('incentives:field.proposedAt'),
      width: 150,
      render: (_, i) => formatDateTime(i.proposedAt, locale),
    },
    decidedAt: {
      key: 'decidedAt',
      title: t('incentives:field.decidedAt'),
      width: 150,
      render: (_, i) => formatDateTime(i.decidedAt, locale),
    },
  };
  return [
    {
      key: 'code',
      title: t('incentives:field.code'),
      width: 120,
      fixed: 'left',
      render: (_, i) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => actions.open(i)}
          data-testid="incentive-open"
        >
          {i.code}
        </Button>
      ),
    },
    {
      key: 'staff',
      title: t('incentives:field.staff'),
      width: 100,
      ellipsis: true,
      render: (_, i) => (
        <Typography.Link onClick={() => actions.person(i)} data-testid="incentive-person">
          {i.staffName}
        </Typography.Link>
      ),
    },
    ...(shown.includes('group') ? [optional.group] : []),
    {
      key: 'kind',
      title: t('incentives:field.kind'),
      width: 190,
      render: (_, i) => (
        <div style={{ minWidth: 0 }}>
          <KindTag incentive={i} />
          {i.title && !shown.includes('title') && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: i.title }} style={{ display: 'block' }}>
              {i.title}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      key: 'amount',
      title: t('incentives:field.amount'),
      width: 120,
      align: 'right',
      render: (_, i) => (i.amountFen === null ? '' : formatMoneyFen(i.amountFen, locale)),
    },
    ...(shown.includes('title') ? [optional.title] : []),
    {
      key: 'reason',
      title: t('incentives:field.reason'),
      render: (_, i) => (
        <Typography.Text ellipsis={{ tooltip: i.reason }} style={{ maxWidth: '100%' }}>
          {i.reason}
        </Typography.Text>
      ),
    },
    {
      key: 'effectiveOn',
      title: t('incentives:field.effectiveOn'),
      width: 110,
      render: (_, i) => formatDate(i.effectiveOn, locale),
    },
    ...OPTIONAL_COLUMNS.filter((c) => c !== 'group' && c !== 'title' && shown.includes(c)).map(
      (c) => optional[c],
    ),
    {
      key: 'status',
      title: t('incentives:field.status'),
      width: 100,
      render: (_, i) => <StatusTag status={i.status} />,
    },
  ];
}
