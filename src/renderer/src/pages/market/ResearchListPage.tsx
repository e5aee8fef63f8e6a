import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { emptyResearchFilter, type ResearchOrder } from '../../../../shared/market/channels';
import type { MarketResearch } from '../../../../shared/market/types';
import { ClearFiltersButton } from '../../components/filterBar';
import { sortOfTable } from '../../components/listTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatNumber, fromDayjs, toDayjs } from '../../i18n/format';
import { market, RESEARCH_ORDER, useMarket } from '../../stores/marketStore';
import { useLocale } from '../../stores/localeStore';
import { MarketTable, sortState } from './MarketTable';
import { OwnerFilter } from './parts';

const SORTABLE: Partial<Record<string, ResearchOrder['sortBy']>> = {
  code: 'code',
  topic: 'topic',
  conductedOn: 'conductedOn',
};

/** The department's market research: search, owner and date filters, sort, paging, Excel. */
export function ResearchListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canWrite = usePermission('market.write');
  const state = useMarket((s) => s.research);
  const load = useMarket((s) => s.load);
  const { busy, produceAndSave } = useSaveFile();
  const { filter } = state;

  useEffect(() => {
    void load('research');
  }, [load]);

  const columns = useMemo((): ColumnType<MarketResearch>[] => {
    const sorted = sortState(state.order, SORTABLE);
    return [
      {
        key: 'code',
        title: t('market:fields.code'),
        width: 130,
        sorter: true,
        sortOrder: sorted('code'),
        render: (_, r) => (
          <Link to={`/sales/research/${r.id}`} data-testid="research-code">
            {r.code}
          </Link>
        ),
      },
      {
        key: 'topic',
        title: t('market:fields.topic'),
        sorter: true,
        sortOrder: sorted('topic'),
        render: (_, r) => <Typography.Text ellipsis={{ tooltip: r.topic }}>{r.topic}</Typography.Text>,
      },
      {
        key: 'targetGroup',
        title: t('market:fields.targetGroup'),
        width: 200,
        ellipsis: true,
        render: (_, r) => r.targetGroup ?? '',
      },
      {
        key: 'conductedOn',
        title: t('market:fields.conductedOn'),
        width: 140,
        sorter: true,
        sortOrder: sorted('conductedOn'),
        render: (_, r) => formatDate(r.conductedOn, locale),
      },
      {
        key: 'owner',
        title: t('market:fields.owner'),
        width: 110,
        ellipsis: true,
        render: (_, r) => r.ownerName,
      },
      {
        key: 'files',
        title: t('market:fields.fileCount'),
        width: 80,
        align: 'right',
        render: (_, r) => formatNumber(r.fileCount, locale),
      },
    ];
  }, [t, locale, state.order]);

  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyResearchFilter);
  const patch = (f: Partial<typeof filter>) => void load('research', { filter: f });
  const newButton = canWrite && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => navigate('/sales/research/new')}
      data-testid="research-new"
    >
      {t('market:list.newResearch')}
    </Button>
  );

  return (
    <div data-testid="market-research-page">
      <PageHeader title={t('market:page.research.title')} intro={t('market:page.research.intro')} />
      <Card>
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <SearchInput
              value={filter.search}
              onSearch={(search) => patch({ search })}
              placeholder={t('market:list.searchResearch')}
              style={{ width: 260 }}
              testId="research-search"
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
                onClear={() => void load('research', { filter: emptyResearchFilter })}
              />
            )}
          </Space>
          {newButton}
        </Space>
        <MarketTable<MarketResearch>
          testId="research-list"
          columns={columns}
          list={state}
          filtered={filtered}
          empty={{
            title: t('market:list.emptyResearch'),
            hint: t('market:list.emptyResearchHint'),
            actions: newButton,
          }}
          exporting={busy}
          onExport={() => void produceAndSave(() => market.exportResearch(locale))}
          onClearFilters={() => void load('research', { filter: emptyResearchFilter })}
          onPage={(page, pageSize) => void load('research', { page, pageSize })}
          onSort={(sorter) => {
            const { sort, order } = sortOfTable(sorter, SORTABLE, {
              sort: RESEARCH_ORDER.sortBy,
              order: RESEARCH_ORDER.sortDir,
            });
            void load('research', { order: { sortBy: sort, sortDir: order } });
          }}
        />
      </Card>
    </div>
  );
}
