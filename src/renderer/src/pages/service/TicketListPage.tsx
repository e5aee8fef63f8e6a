import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Role } from '../../../../shared/contract/roles';
import { emptyTicketFilter, type TicketFilter } from '../../../../shared/service/channels';
import type { TicketRow, TicketScope } from '../../../../shared/service/types';
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
import { useService } from '../../stores/serviceStore';
import { useSession } from '../../stores/sessionStore';
import { TicketFilters } from './TicketFilters';
import {
  OPTIONAL_COLUMNS,
  SORT_FIELD_OF,
  SUMMARY_MIN_WIDTH,
  columnLabel,
  loadColumnChoice,
  saveColumnChoice,
  ticketColumns,
  type OptionalColumn,
} from './ticketColumns';
import { useServiceSettings } from './useServiceLists';

/**
 * The scopes a role has: everyone their own tickets (handled or registered) and all they may see; leads and
 * deputies their group's (the groups in their charge) as well. The manager's "all" is the department.
 */
export function scopesOf(role: Role | undefined): TicketScope[] {
  if (role === 'group_lead' || role === 'deputy') return ['mine', 'group', 'all'];
  return ['mine', 'all'];
}

/** Where a role's desk opens: the manager on everything, leads and deputies on their groups, staff on their own. */
export function defaultScopeOf(role: Role | undefined): TicketScope {
  if (role === 'manager') return 'all';
  if (role === 'group_lead' || role === 'deputy') return 'group';
  return 'mine';
}

type TableChange = ListTableChange<TicketRow>;

/** The service desk (客户服务): tickets by scope, filtered, searched, sorted and paged by main. */
export function TicketListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const role = useSession((s) => s.user?.role);
  const list = useService((s) => s.list);
  const loadList = useService((s) => s.loadList);
  const resetFilters = useService((s) => s.resetFilters);
  const exportList = useService((s) => s.exportList);
  const settings = useServiceSettings();
  const canWrite = usePermission('service.write');
  const [columns, setColumns] = useState<OptionalColumn[]>(loadColumnChoice);
  const exporter = useSaveFile();
  const scopes = scopesOf(role);

  // The first visit opens on the role's usual scope; later visits keep what the user chose.
  const [arrival] = useState(() =>
    list.data === null && !list.loading ? { filter: { scope: defaultScopeOf(role) } } : {},
  );
  useEffect(() => {
    void loadList(arrival);
  }, [loadList, arrival]);

  const onFilter = useCallback(
    (patch: Partial<TicketFilter>) => void loadList({ filter: patch }),
    [loadList],
  );
  const onClear = useCallback(() => void resetFilters(), [resetFilters]);

  const tableColumns = useMemo(
    () =>
      ticketColumns(
        t,
        locale,
        columns,
        { field: list.sort, order: list.order },
        { categories: settings?.serviceCategories, departments: settings?.serviceDepartments },
      ),
    [t, locale, columns, list.sort, list.order, settings?.serviceCategories, settings?.serviceDepartments],
  );

  const { sort: currentSort, order: currentOrder, pageSize: currentPageSize } = list;
  const onTableChange = useCallback<TableChange>(
    (pagination, _filters, sorter) => {
      const { sort, order } = sortOfTable(sorter, SORT_FIELD_OF, { sort: 'receivedAt', order: 'desc' });
      if (sort !== currentSort || order !== currentOrder) return void loadList({ sort, order, page: 1 });
      void loadList({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? currentPageSize });
    },
    [currentSort, currentOrder, currentPageSize, loadList],
  );

  const filtered = useMemo(
    () =>
      (Object.keys(emptyTicketFilter) as (keyof TicketFilter)[]).some(
        (k) => k !== 'scope' && JSON.stringify(list.filter[k]) !== JSON.stringify(emptyTicketFilter[k]),
      ),
    [list.filter],
  );
  const empty = useMemo(
    () => (
      <ListEmpty
        filtered={filtered}
        onClearFilters={onClear}
        title={t(`serviceDesk:list.empty.${list.filter.scope}`)}
        hint={t(canWrite ? 'serviceDesk:list.emptyHint' : 'serviceDesk:list.emptyHintReadOnly')}
        actions={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/service/new')}>
              {t('serviceDesk:list.new')}
            </Button>
          )
        }
      />
    ),
    [filtered, onClear, t, list.filter.scope, canWrite, navigate],
  );

  const data = list.data;
  return (
    <div data-testid="service-page">
      <PageHeader
        title={t('serviceDesk:list.title')}
        intro={t('serviceDesk:list.intro')}
        extra={
          <Space>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporter.busy}
              disabled={!data?.total}
              onClick={() =>
                void exporter.produceAndSave(() =>
                  exportList({ ...list.filter, sort: list.sort, order: list.order, locale }),
                )
              }
              data-testid="ticket-export"
            >
              {t('serviceDesk:list.export')}
            </Button>
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/service/new')}
                data-testid="ticket-new"
              >
                {t('serviceDesk:list.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Card
        data-testid="ticket-list"
        data-search={list.filter.search ?? ''}
        data-loading={list.loading ? 'true' : 'false'}
      >
        <Segmented<TicketScope>
          value={list.filter.scope}
          onChange={(scope) => onFilter({ scope })}
          options={scopes.map((s) => ({ value: s, label: t(`serviceDesk:list.scope.${s}`) }))}
          style={{ marginBottom: 12 }}
          data-testid="ticket-scope"
        />
        <TicketFilters
          categories={settings?.serviceCategories}
          departments={settings?.serviceDepartments}
          onChange={onFilter}
          onClear={onClear}
        />
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="ticket-total">
            {data ? t('serviceDesk:list.total', { count: data.total }) : ''}
          </Typography.Text>
          <ColumnChooser
            title={t('serviceDesk:list.columns')}
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
          <PagedTable<TicketRow>
            columns={tableColumns}
            rows={data?.rows ?? null}
            total={data?.total ?? 0}
            page={list.page}
            pageSize={list.pageSize}
            empty={data ? empty : null}
            onChange={onTableChange}
            totalText={(total) => t('serviceDesk:list.total', { count: total })}
            flexMinWidth={SUMMARY_MIN_WIDTH}
            testId="ticket-table"
          />
        </Spin>
      </Card>
    </div>
  );
}
