import { Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Locale } from '../../../../shared/contract/fields';
import type { Opportunity, OpportunitySortField } from '../../../../shared/sales/types';
import {
  ColumnChooser,
  PagedTable,
  columnChoice,
  sortOfTable,
  type TableChange,
} from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { formatDate, formatDateTime, formatMoneyFen } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSales } from '../../stores/salesStore';
import { STAGE_COLOR } from './stageLook';

const OPTIONAL = [
  'client',
  'owner',
  'expectedAmount',
  'probability',
  'weighted',
  'expectedCloseOn',
  'nextStep',
  'sourceActivity',
  'updatedAt',
] as const;
type Optional = (typeof OPTIONAL)[number];
const choice = columnChoice<Optional>('sales.columns', OPTIONAL, [
  'client',
  'owner',
  'expectedAmount',
  'probability',
  'expectedCloseOn',
  'nextStep',
]);

const SORT_FIELD_OF: Record<string, OpportunitySortField> = {
  code: 'code',
  title: 'title',
  stage: 'stage',
  expectedAmount: 'expectedAmountFen',
  expectedCloseOn: 'expectedCloseOn',
  updatedAt: 'updatedAt',
};
const USUAL: { sort: OpportunitySortField; order: 'asc' | 'desc' } = { sort: 'updatedAt', order: 'desc' };

function columnsOf(
  t: TFunction,
  locale: Locale,
  shown: readonly Optional[],
  sort: { field: OpportunitySortField; dir: 'asc' | 'desc' },
): ColumnType<Opportunity>[] {
  const order = (field: OpportunitySortField) =>
    sort.field === field ? (sort.dir === 'asc' ? 'ascend' : 'descend') : null;
  const all: (ColumnType<Opportunity> & { optional?: Optional })[] = [
    {
      key: 'code',
      title: t('sales:field.code'),
      width: 150,
      sorter: true,
      sortOrder: order('code'),
      render: (_v, o) => <Link to={`/sales/opportunities/${o.id}`}>{o.code}</Link>,
    },
    {
      key: 'title',
      title: t('sales:field.title'),
      sorter: true,
      sortOrder: order('title'),
      render: (_v, o) => o.title,
    },
    {
      key: 'stage',
      title: t('sales:field.stage'),
      width: 110,
      sorter: true,
      sortOrder: order('stage'),
      render: (_v, o) => <Tag color={STAGE_COLOR[o.stage]}>{t(`sales:stage.${o.stage}`)}</Tag>,
    },
    {
      key: 'client',
      optional: 'client',
      title: t('sales:field.client'),
      width: 200,
      ellipsis: true,
      render: (_v, o) => o.clientName,
    },
    {
      key: 'owner',
      optional: 'owner',
      title: t('sales:field.owner'),
      width: 100,
      render: (_v, o) => o.ownerName,
    },
    {
      key: 'expectedAmount',
      optional: 'expectedAmount',
      title: t('sales:field.expectedAmount'),
      width: 140,
      align: 'right',
      sorter: true,
      sortOrder: order('expectedAmountFen'),
      render: (_v, o) => (o.expectedAmountFen === null ? '—' : formatMoneyFen(o.expectedAmountFen, locale)),
    },
    {
      key: 'probability',
      optional: 'probability',
      title: t('sales:field.probability'),
      width: 90,
      align: 'right',
      render: (_v, o) => `${o.probability}%`,
    },
    {
      key: 'weighted',
      optional: 'weighted',
      title: t('sales:field.weighted'),
      width: 140,
      align: 'right',
      render: (_v, o) => formatMoneyFen(o.weightedFen, locale),
    },
    {
      key: 'expectedCloseOn',
      optional: 'expectedCloseOn',
      title: t('sales:field.expectedCloseOn'),
      width: 130,
      sorter: true,
      sortOrder: order('expectedCloseOn'),
      render: (_v, o) => formatDate(o.expectedCloseOn, locale),
    },
    {
      key: 'nextStep',
      optional: 'nextStep',
      title: t('sales:field.nextStep'),
      width: 180,
      ellipsis: true,
      render: (_v, o) => o.nextStep,
    },
    {
      key: 'sourceActivity',
      optional: 'sourceActivity',
      title: t('sales:field.sourceActivity'),
      width: 160,
      ellipsis: true,
      render: (_v, o) => o.sourceActivityTitle,
    },
    {
      key: 'updatedAt',
      optional: 'updatedAt',
      title: t('sales:field.updatedAt'),
      width: 160,
      sorter: true,
      sortOrder: order('updatedAt'),
      render: (_v, o) => formatDateTime(o.updatedAt, locale),
    },
  ];
  return all.filter((c) => !c.optional || shown.includes(c.optional));
}

/** The list of opportunities: filtered, searched, sorted and paged by main; optional columns by choice. */
export function OpportunityList() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const list = useSales((s) => s.list);
  const loadList = useSales((s) => s.loadList);
  const resetFilters = useSales((s) => s.resetFilters);
  const [shown, setShown] = useState<Optional[]>(choice.load);

  const columns = useMemo(
    () => columnsOf(t, locale, shown, { field: list.sortBy, dir: list.sortDir }),
    [t, locale, shown, list.sortBy, list.sortDir],
  );
  const { sortBy, sortDir, pageSize } = list;
  const onChange = useCallback<TableChange<Opportunity>>(
    (pagination, _f, sorter) => {
      const { sort, order } = sortOfTable(sorter, SORT_FIELD_OF, USUAL);
      if (sort !== sortBy || order !== sortDir)
        return void loadList({ sortBy: sort, sortDir: order, page: 1 });
      void loadList({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? pageSize });
    },
    [loadList, sortBy, sortDir, pageSize],
  );
  const f = list.filter;
  const filtered = Boolean(f.search || f.stages.length || f.overdue || f.scope !== 'all');
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}>
        <ColumnChooser
          title={t('sales:list.columns')}
          columns={OPTIONAL.map((c) => ({ value: c, label: t(`sales:field.${c}`) }))}
          value={shown}
          onChange={(v) => {
            setShown(v);
            choice.save(v);
          }}
        />
      </div>
      <PagedTable<Opportunity>
        columns={columns}
        rows={list.data?.items ?? null}
        total={list.data?.total ?? 0}
        page={list.page}
        pageSize={list.pageSize}
        onChange={onChange}
        totalText={(n) => t('sales:list.total', { count: n })}
        flexMinWidth={220}
        testId="opportunity-table"
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={() => void resetFilters()}
            title={t('sales:list.empty')}
            hint={t('sales:list.emptyHint')}
          />
        }
      />
    </>
  );
}
