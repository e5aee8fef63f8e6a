import { FileExcelOutlined, ImportOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Spin, Table, Typography } from 'antd';
import type { ColumnType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Client, ClientPage } from '../../../../shared/clients/types';
import { errorText } from '../../api/errors';
import { ColumnChooser, ListToolbar, PAGE_SIZES, sortOfTable } from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { clientFiles } from '../../stores/clientFilesStore';
import { emptyClientFilter, type ClientFilter } from '../../../../shared/clients/channels';
import { useClients, type ClientListKey } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { useSettings } from '../../stores/settingsStore';
import { ClientFilters } from './ClientFilters';
import { ClientForm } from './ClientForm';
import {
  OPTIONAL_COLUMNS,
  SORT_FIELD_OF,
  clientColumns,
  columnLabel,
  loadColumnChoice,
  saveColumnChoice,
  type OptionalColumn,
} from './clientColumns';
import { ReassignModal } from './ReassignModal';

const SELECTION_WIDTH = 48;

type TableChange = (
  pagination: TablePaginationConfig,
  filters: unknown,
  sorter: SorterResult<Client> | SorterResult<Client>[],
) => void;

/**
 * The rows, re-rendered only when they or the columns change — not when a search starts loading: at 50 rows
 * of tags and bars, a render is what the user waits for after the last key press.
 */
const ClientTable = memo(function ClientTable({
  columns,
  data,
  page,
  pageSize,
  selected,
  onSelect,
  empty,
  onChange,
}: {
  columns: ColumnType<Client>[];
  data: ClientPage | null;
  page: number;
  pageSize: number;
  /** null: no selection column (the user may not reassign). */
  selected: string[] | null;
  onSelect: (ids: string[]) => void;
  /** What the table says when it has no rows. */
  empty: ReactNode;
  onChange: TableChange;
}) {
  const { t } = useTranslation();
  // Wider than the card (a narrow window, many columns): the table scrolls inside the card, the code stays put.
  const width = useMemo(
    () => columns.reduce((sum, c) => sum + Number(c.width ?? 0), selected ? SELECTION_WIDTH : 0),
    [columns, selected],
  );
  return (
    <Table<Client>
      rowKey="id"
      size="middle"
      // Every column has its width: fixed layout does not measure each cell's content on every redraw.
      tableLayout="fixed"
      scroll={{ x: width }}
      columns={columns}
      dataSource={data?.rows ?? []}
      onChange={onChange}
      rowSelection={
        selected
          ? {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys as string[]),
              preserveSelectedRowKeys: true,
              columnWidth: SELECTION_WIDTH,
            }
          : undefined
      }
      locale={{ emptyText: empty }}
      pagination={{
        current: data?.page ?? page,
        pageSize: data?.pageSize ?? pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (total) => t('clients:list.total', { count: total }),
      }}
    />
  );
});

/** The client list (all files, or those due for their periodic update): filtered, sorted and paged by main. */
export function ClientListPage({ listKey }: { listKey: ClientListKey }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const list = useClients((s) => s.lists[listKey]);
  const loadList = useClients((s) => s.loadList);
  const resetFilters = useClients((s) => s.resetFilters);
  const settings = useSettings((s) => s.record?.settings);
  const loadSettings = useSettings((s) => s.load);
  const canWrite = usePermission('clients.write');
  const canReassign = usePermission('clients.reassign');
  const [columns, setColumns] = useState<OptionalColumn[]>(loadColumnChoice);
  // Ticking rows is a mode for bulk reassignment: a checkbox per row costs a sixth of every search's redraw.
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const endSelecting = useCallback(() => {
    setSelecting(false);
    setSelected([]);
  }, []);
  const [formOpen, setFormOpen] = useState(false);
  const [reassigning, setReassigning] = useState(false);
  const stale = listKey === 'stale';
  const exporter = useSaveFile();
  const exportList = () =>
    void exporter.produceAndSave(() =>
      clientFiles.exportList({ ...list.filter, sort: list.sort, order: list.order, locale }),
    );

  useEffect(() => {
    void loadList(listKey);
  }, [loadList, listKey]);
  useEffect(() => {
    if (stale) void loadSettings();
  }, [stale, loadSettings]);

  const onFilter = useCallback(
    (patch: Partial<ClientFilter>) => {
      setSelected((s) => (s.length ? [] : s));
      void loadList(listKey, { filter: patch });
    },
    [loadList, listKey],
  );

  const onClearFilters = useCallback(() => {
    setSelected((s) => (s.length ? [] : s));
    void resetFilters(listKey);
  }, [resetFilters, listKey]);

  const tableColumns = useMemo(
    () => clientColumns(t, locale, columns, { field: list.sort, order: list.order }),
    [t, locale, columns, list.sort, list.order],
  );

  const { sort: currentSort, order: currentOrder, pageSize: currentPageSize } = list;
  const onTableChange = useCallback(
    (
      pagination: TablePaginationConfig,
      _filters: unknown,
      sorter: SorterResult<Client> | SorterResult<Client>[],
    ) => {
      const { sort, order } = sortOfTable(
        sorter,
        SORT_FIELD_OF,
        stale ? { sort: 'touchedAt', order: 'asc' } : { sort: 'updatedAt', order: 'desc' },
      );
      if (sort !== currentSort || order !== currentOrder)
        return void loadList(listKey, { sort, order, page: 1 });
      void loadList(listKey, {
        page: pagination.current ?? 1,
        pageSize: pagination.pageSize ?? currentPageSize,
      });
    },
    [stale, currentSort, currentOrder, currentPageSize, loadList, listKey],
  );

  // The update list's own condition (stale) is not a filter the user set.
  const filtered = useMemo(
    () =>
      (Object.keys(emptyClientFilter) as (keyof ClientFilter)[]).some(
        (k) => k !== 'stale' && JSON.stringify(list.filter[k]) !== JSON.stringify(emptyClientFilter[k]),
      ),
    [list.filter],
  );
  const empty = useMemo(
    () =>
      stale ? (
        <ListEmpty
          filtered={filtered}
          onClearFilters={onClearFilters}
          title={t('clients:list.emptyStale')}
          hint={settings && t('clients:list.emptyStaleHint', { days: settings.clientStaleDays })}
        />
      ) : (
        <ListEmpty
          filtered={filtered}
          onClearFilters={onClearFilters}
          title={t('clients:list.empty')}
          hint={t(canWrite ? 'clients:list.emptyHint' : 'clients:list.emptyHintReadOnly')}
          actions={
            canWrite && (
              <>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen(true)}>
                  {t('clients:list.new')}
                </Button>
                <Button icon={<ImportOutlined />} onClick={() => navigate('/clients/import')}>
                  {t('clientFiles:page.import')}
                </Button>
              </>
            )
          }
        />
      ),
    [stale, filtered, onClearFilters, t, settings, canWrite, navigate],
  );

  const data = list.data;
  return (
    <div data-testid={stale ? 'clients-stale-page' : 'clients-page'}>
      <PageHeader
        title={t(stale ? 'clients:list.staleTitle' : 'clients:list.title')}
        intro={
          stale
            ? settings && t('clients:list.staleIntro', { days: settings.clientStaleDays })
            : t('clients:list.intro')
        }
        extra={
          <Space>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporter.busy}
              disabled={!data?.total}
              onClick={exportList}
              data-testid="client-export"
            >
              {t('clientFiles:page.export')}
            </Button>
            {canWrite && !stale && (
              <Button
                icon={<ImportOutlined />}
                onClick={() => navigate('/clients/import')}
                data-testid="client-import"
              >
                {t('clientFiles:page.import')}
              </Button>
            )}
            {canWrite && !stale && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setFormOpen(true)}
                data-testid="client-new"
              >
                {t('clients:list.new')}
              </Button>
            )}
          </Space>
        }
      />
      {/* data-search / data-loading: which search the rows on screen answer (the UI search benchmark waits on it). */}
      <Card
        data-testid="client-list"
        data-search={list.filter.search ?? ''}
        data-loading={list.loading ? 'true' : 'false'}
      >
        <ClientFilters listKey={listKey} staleFixed={stale} onChange={onFilter} onClear={onClearFilters} />
        <ListToolbar>
          <Space>
            <Typography.Text type="secondary" data-testid="client-total">
              {data ? t('clients:list.total', { count: data.total }) : ''}
            </Typography.Text>
            {canReassign && !selecting && !!data?.total && (
              <Button
                size="small"
                icon={<SwapOutlined />}
                onClick={() => setSelecting(true)}
                data-testid="bulk-select"
              >
                {t('clients:list.bulkSelect')}
              </Button>
            )}
            {selecting && (
              <>
                <Typography.Text strong data-testid="bulk-selected">
                  {selected.length
                    ? t('clients:list.selected', { count: selected.length })
                    : t('clients:list.selectHint')}
                </Typography.Text>
                <Button
                  size="small"
                  type="primary"
                  icon={<SwapOutlined />}
                  disabled={selected.length === 0}
                  onClick={() => setReassigning(true)}
                  data-testid="bulk-reassign"
                >
                  {t('clients:list.reassign')}
                </Button>
                <Button size="small" onClick={endSelecting} data-testid="bulk-cancel">
                  {t('clients:list.cancelSelect')}
                </Button>
              </>
            )}
          </Space>
          <ColumnChooser
            title={t('clients:list.columns')}
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
        {/* Rows stay on screen while the next page or search loads; a spinner shows only if it is slow. */}
        <Spin spinning={list.loading} delay={300}>
          <ClientTable
            columns={tableColumns}
            data={data}
            page={list.page}
            pageSize={list.pageSize}
            selected={selecting ? selected : null}
            onSelect={setSelected}
            empty={data ? empty : null}
            onChange={onTableChange}
          />
        </Spin>
      </Card>
      {/* Mounted only while open: the list redraws on every search and the form need not come along. */}
      {formOpen && (
        <ClientForm
          open
          client={null}
          onClose={(saved) => {
            setFormOpen(false);
            if (!saved) return;
            message.success(t('clients:form.created', { code: saved.code }));
            navigate(`/clients/${saved.id}`);
          }}
        />
      )}
      {reassigning && (
        <ReassignModal
          ids={selected}
          onClose={(done) => {
            setReassigning(false);
            if (done) endSelecting();
          }}
        />
      )}
    </div>
  );
}
