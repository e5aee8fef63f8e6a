import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Spin, Table, Typography } from 'antd';
import type { ColumnType, TableProps } from 'antd/es/table';
import type { SortOrder } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Locale } from '../../../../shared/contract/locales';
import { emptyKriFilter, type KriFilter, type KriSort } from '../../../../shared/kri/channels';
import { KRI_LIST_STATES, KRI_SOURCES, type Kri, type KriSortField } from '../../../../shared/kri/types';
import { errorText } from '../../api/errors';
import { ClearFiltersButton, MultiChoice, SwitchFilter } from '../../components/filterBar';
import { ListEmpty } from '../../components/ListEmpty';
import { ListTag } from '../../components/ListTag';
import { ListToolbar, PAGE_SIZES, sortOfTable } from '../../components/listTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { USUAL_KRI_SORT, useKris } from '../../stores/kriStore';
import { useLocale } from '../../stores/localeStore';
import { StateTag, readingWhen, thresholdsText, valueText } from './labels';

/** The columns main sorts by, by column key. */
const SORT_FIELD_OF: Partial<Record<string, KriSortField>> = {
  code: 'code',
  name: 'name',
  state: 'state',
  latest: 'latestOn',
};

function columns(t: TFunction, locale: Locale, sort: KriSort): ColumnType<Kri>[] {
  const sorted = (key: string): { sorter: true; sortOrder: SortOrder } => ({
    sorter: true,
    sortOrder: SORT_FIELD_OF[key] === sort.sortBy ? (sort.sortDir === 'asc' ? 'ascend' : 'descend') : null,
  });
  return [
    {
      key: 'code',
      title: t('kri:fields.code'),
      width: 90,
      ...sorted('code'),
      render: (_, k) => (
        <Link to={`/kris/${k.id}`} data-testid="kri-code">
          {k.code}
        </Link>
      ),
    },
    {
      key: 'name',
      title: t('kri:fields.name'),
      ...sorted('name'),
      render: (_, k) => (
        <span style={{ display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: k.name }} style={{ minWidth: 0 }}>
            <Link to={`/kris/${k.id}`} style={{ color: 'inherit' }}>
              {k.name}
            </Link>
          </Typography.Text>
          {!k.active && <ListTag>{t('kri:list.inactive')}</ListTag>}
        </span>
      ),
    },
    {
      key: 'state',
      title: t('kri:fields.state'),
      width: 105,
      ...sorted('state'),
      render: (_, k) => <StateTag t={t} state={k.state} />,
    },
    {
      key: 'latest',
      title: t('kri:fields.latestValue'),
      width: 200,
      ...sorted('latest'),
      render: (_, k) =>
        k.latest ? (
          <span>
            <Typography.Text strong>{valueText(k.latest.value, k.unit, locale)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
              {readingWhen(t, k.latest, locale)}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('kri:list.noReading')}</Typography.Text>
        ),
    },
    {
      key: 'thresholds',
      title: t('kri:list.thresholds'),
      width: 140,
      render: (_, k) => {
        const th = thresholdsText(k, locale);
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            <span style={{ color: '#d48806' }}>{th.warning}</span>
            {' / '}
            <span style={{ color: '#cf1322' }}>{th.alarm}</span>
          </span>
        );
      },
    },
    {
      key: 'risk',
      title: t('kri:fields.riskId'),
      width: 180,
      ellipsis: true,
      render: (_, k) => (k.riskCode ? `${k.riskCode} ${k.riskTitle ?? ''}` : ''),
    },
    {
      key: 'owner',
      title: t('kri:fields.ownerId'),
      width: 100,
      ellipsis: true,
      render: (_, k) => k.ownerName,
    },
    {
      key: 'source',
      title: t('kri:fields.source'),
      width: 160,
      ellipsis: true,
      render: (_, k) => `${t(`kri:source.${k.source}`)} · ${t(`kri:frequency.${k.frequency}`)}`,
    },
  ];
}

/** The name column's least width, when the window is too narrow for every column. */
const NAME_MIN_WIDTH = 200;

/** The key risk indicators the user sees: filtered, searched, ordered worst first, exported. */
export function KriListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canManage = usePermission('kri.manage');
  const { filter, sort, page, pageSize, data, loading, error } = useKris();
  const loadList = useKris((s) => s.loadList);
  const resetFilters = useKris((s) => s.resetFilters);
  const exportList = useKris((s) => s.exportList);
  const people = useKris((s) => s.people);
  const loadPeople = useKris((s) => s.loadPeople);
  const exporter = useSaveFile();

  useEffect(() => {
    void loadList();
    void loadPeople();
  }, [loadList, loadPeople]);

  const tableColumns = useMemo(() => columns(t, locale, sort), [t, locale, sort]);
  const onFilter = useCallback((patch: Partial<KriFilter>) => void loadList({ filter: patch }), [loadList]);
  const onSearch = useCallback((search: string | null) => onFilter({ search }), [onFilter]);
  const onTableChange = useCallback<NonNullable<TableProps<Kri>['onChange']>>(
    (pagination, _filters, sorter) => {
      const next = sortOfTable(sorter, SORT_FIELD_OF, {
        sort: USUAL_KRI_SORT.sortBy,
        order: USUAL_KRI_SORT.sortDir,
      });
      if (next.sort !== sort.sortBy || next.order !== sort.sortDir)
        return void loadList({ sort: { sortBy: next.sort, sortDir: next.order } });
      void loadList({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? pageSize });
    },
    [loadList, sort, pageSize],
  );
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyKriFilter);
  const newButton = canManage && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => navigate('/kris/new')}
      data-testid="kri-new"
    >
      {t('kri:list.new')}
    </Button>
  );

  return (
    <div data-testid="kris-page">
      <PageHeader
        title={t('kri:list.title')}
        intro={t('kri:list.intro')}
        extra={
          <Space>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporter.busy}
              disabled={!data?.total}
              onClick={() => void exporter.produceAndSave(() => exportList({ ...filter, ...sort, locale }))}
              data-testid="kri-export"
            >
              {t('kri:list.export')}
            </Button>
            {newButton}
          </Space>
        }
      />
      <Card data-testid="kri-list" data-loading={loading ? 'true' : 'false'}>
        <Space wrap style={{ marginBottom: 12 }}>
          <SearchInput
            value={filter.search}
            onSearch={onSearch}
            placeholder={t('kri:list.search')}
            style={{ width: 220 }}
            testId="kri-search"
          />
          <MultiChoice
            label={t('kri:list.anyState')}
            minWidth={140}
            value={filter.states}
            onChange={(states) => onFilter({ states })}
            options={KRI_LIST_STATES.map((s) => ({ value: s, label: t(`kri:state.${s}`) }))}
            testId="filter-state"
          />
          <MultiChoice
            label={t('kri:list.anySource')}
            minWidth={150}
            value={filter.sources}
            onChange={(sources) => onFilter({ sources })}
            options={KRI_SOURCES.map((s) => ({ value: s, label: t(`kri:source.${s}`) }))}
            popupMatchSelectWidth={false}
            testId="filter-source"
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 130 }}
            placeholder={t('kri:list.anyOwner')}
            aria-label={t('kri:fields.ownerId')}
            value={filter.ownerId ?? undefined}
            onChange={(id) => onFilter({ ownerId: id ?? null })}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
            data-testid="filter-owner"
          />
          <SwitchFilter
            label={t('kri:list.includeInactive')}
            checked={filter.includeInactive}
            onChange={(includeInactive) => onFilter({ includeInactive })}
            testId="filter-inactive"
          />
          {filtered && <ClearFiltersButton label={t('kri:list.clear')} onClear={() => void resetFilters()} />}
        </Space>
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="kri-total">
            {data ? t('kri:list.total', { count: data.total }) : ''}
          </Typography.Text>
        </ListToolbar>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <Table<Kri>
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: tableColumns.reduce((sum, c) => sum + Number(c.width ?? 0), NAME_MIN_WIDTH) }}
            columns={tableColumns}
            dataSource={data?.items ?? []}
            onChange={onTableChange}
            locale={{
              emptyText: data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void resetFilters()}
                  title={t('kri:list.empty')}
                  hint={t(canManage ? 'kri:list.emptyHint' : 'kri:list.emptyHintReadOnly')}
                  actions={newButton}
                />
              ) : null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t('kri:list.total', { count: total }),
            }}
          />
        </Spin>
      </Card>
    </div>
  );
}
