import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { emptyCompetitorFilter, type CompetitorOrder } from '../../../../shared/market/channels';
import type { Competitor } from '../../../../shared/market/types';
import { ClearFiltersButton } from '../../components/filterBar';
import { sortOfTable } from '../../components/listTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { formatDate, formatMoneyFen, formatNumber } from '../../i18n/format';
import { COMPETITOR_ORDER, useMarket } from '../../stores/marketStore';
import { useLocale } from '../../stores/localeStore';
import { MarketTable, sortState } from './MarketTable';

const SORTABLE: Partial<Record<string, CompetitorOrder['sortBy']>> = {
  name: 'name',
  lastSeenOn: 'lastSeenOn',
};

/** The competitor files: search, sort, paging; each with when it was last seen and at what price. */
export function CompetitorListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canWrite = usePermission('market.write');
  const state = useMarket((s) => s.competitors);
  const load = useMarket((s) => s.load);
  const { filter } = state;

  useEffect(() => {
    void load('competitors');
  }, [load]);

  const columns = useMemo((): ColumnType<Competitor>[] => {
    const sorted = sortState(state.order, SORTABLE);
    return [
      {
        key: 'name',
        title: t('market:fields.name'),
        width: 200,
        sorter: true,
        sortOrder: sorted('name'),
        render: (_, c) => (
          <Link to={`/sales/competitors/${c.id}`} data-testid="competitor-name">
            {c.name}
          </Link>
        ),
      },
      {
        key: 'products',
        title: t('market:fields.products'),
        render: (_, c) => (
          <Typography.Text ellipsis={{ tooltip: c.products }}>{c.products ?? ''}</Typography.Text>
        ),
      },
      {
        key: 'lastSeenOn',
        title: t('market:fields.lastSeenOn'),
        width: 140,
        sorter: true,
        sortOrder: sorted('lastSeenOn'),
        render: (_, c) => formatDate(c.lastSeenOn, locale),
      },
      {
        key: 'lastPrice',
        title: t('market:fields.lastPrice'),
        width: 150,
        align: 'right',
        render: (_, c) => (c.lastPriceFen === null ? '' : formatMoneyFen(c.lastPriceFen, locale)),
      },
      {
        key: 'sightings',
        title: t('market:fields.sightingCount'),
        width: 100,
        align: 'right',
        render: (_, c) => formatNumber(c.sightingCount, locale),
      },
    ];
  }, [t, locale, state.order]);

  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyCompetitorFilter);
  const newButton = canWrite && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => navigate('/sales/competitors/new')}
      data-testid="competitor-new"
    >
      {t('market:list.newCompetitor')}
    </Button>
  );

  return (
    <div data-testid="competitors-page">
      <PageHeader title={t('market:page.competitors.title')} intro={t('market:page.competitors.intro')} />
      <Card>
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <SearchInput
              value={filter.search}
              onSearch={(search) => void load('competitors', { filter: { search } })}
              placeholder={t('market:list.searchCompetitors')}
              style={{ width: 260 }}
              testId="competitor-search"
            />
            {filtered && (
              <ClearFiltersButton
                label={t('market:list.clear')}
                onClear={() => void load('competitors', { filter: emptyCompetitorFilter })}
              />
            )}
          </Space>
          {newButton}
        </Space>
        <MarketTable<Competitor>
          testId="competitor-list"
          columns={columns}
          list={state}
          filtered={filtered}
          empty={{
            title: t('market:list.emptyCompetitors'),
            hint: t('market:list.emptyCompetitorsHint'),
            actions: newButton,
          }}
          onClearFilters={() => void load('competitors', { filter: emptyCompetitorFilter })}
          onPage={(page, pageSize) => void load('competitors', { page, pageSize })}
          onSort={(sorter) => {
            const { sort, order } = sortOfTable(sorter, SORTABLE, {
              sort: COMPETITOR_ORDER.sortBy,
              order: COMPETITOR_ORDER.sortDir,
            });
            void load('competitors', { order: { sortBy: sort, sortDir: order } });
          }}
        />
      </Card>
    </div>
  );
}
