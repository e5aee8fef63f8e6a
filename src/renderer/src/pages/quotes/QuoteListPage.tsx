import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Space, Spin, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { emptyQuoteFilter, type QuoteFilter } from '../../../../shared/pricing/channels';
import { QUOTE_STATUSES, type Quote } from '../../../../shared/pricing/types';
import { errorText } from '../../api/errors';
import { pageTestId } from '../../app/navItems';
import { ClearFiltersButton, MultiChoice, activeFilterCount } from '../../components/filterBar';
import { ListToolbar, PagedTable, sortOfTable, type TableChange } from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatMoneyFen, fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useQuotes } from '../../stores/quotesStore';
import { BelowFloorTag, QuoteStatusTag } from './labels';

const FILTER_KEYS: (keyof QuoteFilter)[] = ['search', 'statuses', 'clientId', 'from', 'to'];
const SORTABLE = {
  code: 'code',
  quotedOn: 'quotedOn',
  validUntil: 'validUntil',
  totalFen: 'totalFen',
} as const;

/** The quotes the user may see (main scopes them), searched, filtered, sorted and paged; exported as read. */
export function QuoteListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { filter, page, pageSize, data, loading, error, load, resetFilters, exportList } = useQuotes();
  const canWrite = usePermission('quotes.write');
  const exporter = useSaveFile();

  useEffect(() => {
    void load();
  }, [load]);

  const onFilter = useCallback((patch: Partial<QuoteFilter>) => void load({ filter: patch }), [load]);
  const onTableChange = useCallback<TableChange<Quote>>(
    (p, _f, sorter) => {
      const s = sortOfTable(sorter, SORTABLE, {
        sort: emptyQuoteFilter.sort,
        order: emptyQuoteFilter.order,
      });
      if (s.sort !== filter.sort || s.order !== filter.order)
        return void load({ filter: { sort: s.sort, order: s.order } });
      void load({ page: p.current ?? 1, pageSize: p.pageSize ?? pageSize });
    },
    [load, filter.sort, filter.order, pageSize],
  );

  const columns = useMemo<ColumnType<Quote>[]>(() => {
    const f = (k: string) => t(`pricing:field.${k}`);
    const sorted = (key: keyof typeof SORTABLE) =>
      filter.sort === SORTABLE[key] ? (filter.order === 'asc' ? 'ascend' : 'descend') : null;
    return [
      {
        key: 'code',
        title: t('pricing:quotes.code'),
        width: 130,
        sorter: true,
        sortOrder: sorted('code'),
        render: (_v, q) => (
          <Link to={`/quotes/${q.id}`} data-testid="quote-link">
            {q.code}
          </Link>
        ),
      },
      {
        key: 'client',
        title: f('client'),
        ellipsis: true,
        render: (_v, q) => (
          <Space orientation="vertical" size={0} style={{ minWidth: 0, maxWidth: '100%' }}>
            <Typography.Text ellipsis={{ tooltip: q.clientName }}>{q.clientName}</Typography.Text>
            {q.opportunityCode && (
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                ellipsis={{ tooltip: q.opportunityTitle }}
              >
                {`${q.opportunityCode} ${q.opportunityTitle ?? ''}`}
              </Typography.Text>
            )}
          </Space>
        ),
      },
      { key: 'owner', title: f('owner'), dataIndex: 'ownerName', width: 110, ellipsis: true },
      {
        key: 'status',
        title: f('status'),
        width: 150,
        render: (_v, q) => (
          <Space size={4} wrap>
            <QuoteStatusTag status={q.status} t={t} />
            {q.belowFloor && q.status === 'draft' && <BelowFloorTag t={t} />}
          </Space>
        ),
      },
      {
        key: 'quotedOn',
        title: f('quotedOn'),
        width: 120,
        sorter: true,
        sortOrder: sorted('quotedOn'),
        render: (_v, q) => formatDate(q.quotedOn, locale),
      },
      {
        key: 'validUntil',
        title: f('validUntil'),
        width: 120,
        sorter: true,
        sortOrder: sorted('validUntil'),
        render: (_v, q) => formatDate(q.validUntil, locale),
      },
      {
        key: 'totalFen',
        title: f('total'),
        width: 140,
        align: 'right',
        sorter: true,
        sortOrder: sorted('totalFen'),
        render: (_v, q) => formatMoneyFen(q.totalFen, locale),
      },
    ];
  }, [t, locale, filter.sort, filter.order]);

  const filtered = activeFilterCount(filter, FILTER_KEYS) > 0;
  const newButton = canWrite ? (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => navigate('/quotes/new')}
      data-testid="quote-new"
    >
      {t('pricing:quotes.new')}
    </Button>
  ) : undefined;

  return (
    <div data-testid={pageTestId('quotes')}>
      <PageHeader
        title={t('pricing:quotes.title')}
        intro={t('pricing:quotes.intro')}
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporter.busy}
              disabled={!data?.total}
              onClick={() => void exporter.produceAndSave(() => exportList({ ...filter, locale }))}
              data-testid="quote-export"
            >
              {t('pricing:quotes.export')}
            </Button>
            {newButton}
          </>
        }
      />
      <Card data-testid="quote-list" data-loading={loading ? 'true' : 'false'}>
        <Space wrap style={{ marginBottom: 12 }}>
          <SearchInput
            value={filter.search}
            onSearch={(search) => onFilter({ search })}
            placeholder={t('pricing:quotes.search')}
            style={{ width: 300 }}
            testId="quote-search"
          />
          <MultiChoice
            label={t('pricing:quotes.statuses')}
            minWidth={150}
            value={filter.statuses}
            onChange={(statuses) => onFilter({ statuses })}
            options={QUOTE_STATUSES.map((v) => ({ value: v, label: t(`pricing:status.${v}`) }))}
            popupMatchSelectWidth={false}
            testId="filter-statuses"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            onChange={(range) => onFilter({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            placeholder={[t('pricing:quotes.from'), t('pricing:quotes.to')]}
            data-testid="filter-quoted"
          />
          {filtered && (
            <ClearFiltersButton label={t('common:empty.clearFilters')} onClear={() => void resetFilters()} />
          )}
        </Space>
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="quote-total">
            {data ? t('pricing:quotes.total', { count: data.total }) : ''}
          </Typography.Text>
        </ListToolbar>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <PagedTable<Quote>
            columns={columns}
            rows={data?.items ?? null}
            total={data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            empty={
              data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void resetFilters()}
                  title={t('pricing:quotes.empty')}
                  hint={t('pricing:quotes.emptyHint')}
                  actions={newButton}
                />
              ) : null
            }
            onChange={onTableChange}
            totalText={(total) => t('pricing:quotes.total', { count: total })}
            flexMinWidth={200}
            testId="quote-table"
          />
        </Spin>
      </Card>
    </div>
  );
}
