import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { emptyRiskFilter, type RiskFilter } from '../../../../shared/risk/channels';
import type { Risk, RiskScope } from '../../../../shared/risk/types';
import { errorText } from '../../api/errors';
import {
  ColumnChooser,
  ListToolbar,
  PagedTable,
  sortOfTable,
  type TableChange as ListTableChange,
} from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { useSession } from '../../stores/sessionStore';
import { RegisterReportButton } from './RegisterReportButton';
import { RiskFilters } from './RiskFilters';
import { RiskForm } from './RiskForm';
import {
  OPTIONAL_COLUMNS,
  SORT_FIELD_OF,
  TITLE_MIN_WIDTH,
  columnLabel,
  loadColumnChoice,
  riskColumns,
  saveColumnChoice,
  type OptionalColumn,
} from './riskColumns';
import { defaultScopeOf, scopesOf, useRiskSettings } from './useRiskLists';

type TableChange = ListTableChange<Risk>;

const USUAL_ORDER = { sort: 'score', order: 'desc' } as const;

/** The risk register (风险登记册): risks by scope, filtered, searched, sorted and paged by main. */
export function RiskListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const role = useSession((s) => s.user?.role);
  const list = useRisk((s) => s.list);
  const loadList = useRisk((s) => s.loadList);
  const resetFilters = useRisk((s) => s.resetFilters);
  const exportList = useRisk((s) => s.exportList);
  const settings = useRiskSettings();
  const canWrite = usePermission('risk.write');
  const [columns, setColumns] = useState<OptionalColumn[]>(loadColumnChoice);
  const [identifying, setIdentifying] = useState(false);
  const exporter = useSaveFile();
  const scopes = scopesOf(role);

  // The first visit opens on the role's usual scope; later visits keep what the user chose.
  const [arrival] = useState(() =>
    list.data === null && !list.loading ? { filter: { scope: defaultScopeOf(role) } } : {},
  );
  useEffect(() => {
    void loadList(arrival);
  }, [loadList, arrival]);

  const onFilter = useCallback((patch: Partial<RiskFilter>) => void loadList({ filter: patch }), [loadList]);
  const onClear = useCallback(() => void resetFilters(), [resetFilters]);

  const tableColumns = useMemo(
    () =>
      riskColumns(t, locale, columns, { field: list.sortBy, order: list.sortDir }, settings?.riskCategories),
    [t, locale, columns, list.sortBy, list.sortDir, settings?.riskCategories],
  );

  const { sortBy, sortDir, pageSize: currentPageSize } = list;
  const onTableChange = useCallback<TableChange>(
    (pagination, _filters, sorter) => {
      const { sort, order } = sortOfTable(sorter, SORT_FIELD_OF, USUAL_ORDER);
      if (sort !== sortBy || order !== sortDir)
        return void loadList({ sortBy: sort, sortDir: order, page: 1 });
      void loadList({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? currentPageSize });
    },
    [sortBy, sortDir, currentPageSize, loadList],
  );

  const filtered = useMemo(
    () =>
      (Object.keys(emptyRiskFilter) as (keyof RiskFilter)[]).some(
        (k) => k !== 'scope' && JSON.stringify(list.filter[k]) !== JSON.stringify(emptyRiskFilter[k]),
      ),
    [list.filter],
  );
  const newButton = canWrite && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setIdentifying(true)}
      data-testid="risk-new"
    >
      {t('riskDesk:list.new')}
    </Button>
  );
  const empty = (
    <ListEmpty
      filtered={filtered}
      onClearFilters={onClear}
      title={t(`riskDesk:list.empty.${list.filter.scope}`)}
      hint={t(canWrite ? 'riskDesk:list.emptyHint' : 'riskDesk:list.emptyHintReadOnly')}
      actions={newButton}
    />
  );

  const data = list.data;
  return (
    <div data-testid="risks-page">
      <PageHeader
        title={t('riskDesk:list.title')}
        intro={t('riskDesk:list.intro')}
        extra={
          <Space>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporter.busy}
              disabled={!data?.total}
              onClick={() =>
                void exporter.produceAndSave(() =>
                  exportList({ ...list.filter, sortBy: list.sortBy, sortDir: list.sortDir, locale }),
                )
              }
              data-testid="risk-export"
            >
              {t('riskDesk:list.export')}
            </Button>
            <RegisterReportButton categories={list.filter.categories} />
            {newButton}
          </Space>
        }
      />
      <Card
        data-testid="risk-list"
        data-search={list.filter.search ?? ''}
        data-loading={list.loading ? 'true' : 'false'}
      >
        <Segmented<RiskScope>
          value={list.filter.scope}
          onChange={(scope) => onFilter({ scope })}
          options={scopes.map((s) => ({ value: s, label: t(`risk:scope.${s}`) }))}
          style={{ marginBottom: 12 }}
          data-testid="risk-scope"
        />
        <RiskFilters categories={settings?.riskCategories} onChange={onFilter} onClear={onClear} />
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="risk-total">
            {data ? t('riskDesk:list.total', { count: data.total }) : ''}
          </Typography.Text>
          <ColumnChooser
            title={t('riskDesk:list.columns')}
            columns={OPTIONAL_COLUMNS.map((c) => ({ value: c, label: columnLabel(t, c) }))}
            value={columns}
            onChange={(v) => {
              setColumns(v);
              saveColumnChoice(v);
            }}
          />
        </ListToolbar>
        {list.error && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, list.error)} />
        )}
        <Spin spinning={list.loading} delay={300}>
          <PagedTable<Risk>
            columns={tableColumns}
            rows={data?.items ?? null}
            total={data?.total ?? 0}
            page={list.page}
            pageSize={list.pageSize}
            empty={data ? empty : null}
            onChange={onTableChange}
            totalText={(total) => t('riskDesk:list.total', { count: total })}
            flexMinWidth={TITLE_MIN_WIDTH}
            testId="risk-table"
          />
        </Spin>
      </Card>
      {identifying && (
        <RiskForm onClose={() => setIdentifying(false)} onCreated={(r) => navigate(`/risks/${r.id}`)} />
      )}
    </div>
  );
}
