import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { emptyActivityFilter, type ActivityOrder } from '../../../../shared/market/channels';
import { costPer } from '../../../../shared/market/rules';
import { ACTIVITY_KINDS, type PromotionActivity } from '../../../../shared/market/types';
import { ClearFiltersButton, MultiChoice } from '../../components/filterBar';
import { sortOfTable } from '../../components/listTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatMoneyFen, formatNumber, fromDayjs, toDayjs } from '../../i18n/format';
import { ACTIVITY_ORDER, market, useMarket } from '../../stores/marketStore';
import { useLocale } from '../../stores/localeStore';
import { activityDates } from './activityParts';
import { MarketTable, sortState } from './MarketTable';
import { OwnerFilter } from './parts';

const SORTABLE: Partial<Record<string, ActivityOrder['sortBy']>> = {
  code: 'code',
  title: 'title',
  kind: 'kind',
  dates: 'heldOn',
  cost: 'costFen',
  leads: 'leadCount',
};

/**
 * Promotion activities: search, kind, owner and date filters, sort, paging, Excel; leads and cost per lead (won
 * deals and their cost on the activity's page and in the export).
 */
export function ActivityListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canWrite = usePermission('market.write');
  const state = useMarket((s) => s.activities);
  const load = useMarket((s) => s.load);
  const { busy, produceAndSave } = useSaveFile();
  const { filter } = state;

  useEffect(() => {
    void load('activities');
  }, [load]);

  const columns = useMemo((): ColumnType<PromotionActivity>[] => {
    const sorted = sortState(state.order, SORTABLE);
    const money = (fen: number | null) => (fen === null ? '' : formatMoneyFen(fen, locale));
    return [
      {
        key: 'code',
        title: t('market:fields.code'),
        width: 120,
        sorter: true,
        sortOrder: sorted('code'),
        render: (_, a) => (
          <Link to={`/sales/activities/${a.id}`} data-testid="activity-code">
            {a.code}
          </Link>
        ),
      },
      {
        key: 'title',
        title: t('market:fields.title'),
        sorter: true,
        sortOrder: sorted('title'),
        render: (_, a) => <Typography.Text ellipsis={{ tooltip: a.title }}>{a.title}</Typography.Text>,
      },
      {
        key: 'kind',
        title: t('market:fields.kind'),
        width: 100,
        sorter: true,
        sortOrder: sorted('kind'),
        render: (_, a) => t(`market:kind.${a.kind}`),
      },
      {
        key: 'dates',
        title: t('market:fields.dates'),
        width: 210,
        sorter: true,
        sortOrder: sorted('dates'),
        render: (_, a) => activityDates(a, locale),
      },
      {
        key: 'owner',
        title: t('market:fields.owner'),
        width: 90,
        ellipsis: true,
        render: (_, a) => a.ownerName,
      },
      {
        key: 'cost',
        title: t('market:fields.cost'),
        width: 120,
        align: 'right',
        sorter: true,
        sortOrder: sorted('cost'),
        render: (_, a) => money(a.costFen),
      },
      {
        key: 'leads',
        title: t('market:fields.leadCount'),
        width: 80,
        align: 'right',
        sorter: true,
        sortOrder: sorted('leads'),
        render: (_, a) => formatNumber(a.leadCount, locale),
      },
      {
        key: 'costPerLead',
        title: t('market:fields.costPerLead'),
        width: 120,
        align: 'right',
        render: (_, a) => money(costPer(a.costFen, a.leadCount)),
      },
    ];
  }, [t, locale, state.order]);

  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyActivityFilter);
  const patch = (f: Partial<typeof filter>) => void load('activities', { filter: f });
  const newButton = canWrite && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => navigate('/sales/activities/new')}
      data-testid="activity-new"
    >
      {t('market:list.newActivity')}
    </Button>
  );

  return (
    <div data-testid="promotion-activities-page">
      <PageHeader title={t('market:page.activities.title')} intro={t('market:page.activities.intro')} />
      <Card>
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <SearchInput
              value={filter.search}
              onSearch={(search) => patch({ search })}
              placeholder={t('market:list.searchActivities')}
              style={{ width: 260 }}
              testId="activity-search"
            />
            <MultiChoice
              label={t('market:list.anyKind')}
              minWidth={140}
              value={filter.kinds}
              onChange={(kinds) => patch({ kinds })}
              options={ACTIVITY_KINDS.map((v) => ({ value: v, label: t(`market:kind.${v}`) }))}
              testId="filter-activity-kind"
            />
            <OwnerFilter
              label={t('market:list.anyOwner')}
              value={filter.ownerId}
              onChange={(ownerId) => patch({ ownerId })}
            />
            <DatePicker.RangePicker
              aria-label={t('market:list.dateRange')}
              value={[toDayjs(filter.from), toDayjs(filter.to)]}
              allowEmpty={[true, true]}
              onChange={(v) => patch({ from: fromDayjs(v?.[0]), to: fromDayjs(v?.[1]) })}
            />
            {filtered && (
              <ClearFiltersButton
                label={t('market:list.clear')}
                onClear={() => void load('activities', { filter: emptyActivityFilter })}
              />
            )}
          </Space>
          {newButton}
        </Space>
        <MarketTable<PromotionActivity>
          testId="activity-list"
          columns={columns}
          list={state}
          filtered={filtered}
          empty={{
            title: t('market:list.emptyActivities'),
            hint: t('market:list.emptyActivitiesHint'),
            actions: newButton,
          }}
          textMinWidth={180}
          exporting={busy}
          onExport={() => void produceAndSave(() => market.exportActivities(locale))}
          onClearFilters={() => void load('activities', { filter: emptyActivityFilter })}
          onPage={(page, pageSize) => void load('activities', { page, pageSize })}
          onSort={(sorter) => {
            const { sort, order } = sortOfTable(sorter, SORTABLE, {
              sort: ACTIVITY_ORDER.sortBy,
              order: ACTIVITY_ORDER.sortDir,
            });
            void load('activities', { order: { sortBy: sort, sortDir: order } });
          }}
        />
      </Card>
    </div>
  );
}
