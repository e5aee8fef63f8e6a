import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Table, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { ListToolbar, PAGE_SIZES } from '../../components/listTable';
import type { ListState } from '../../stores/marketStore';

/** The width the wrapping column keeps when the window is too narrow for every column. */
const TEXT_MIN_WIDTH = 220;

/**
 * The table part every market list shares: the count (and the export, where the list has one) above the
 * rows, the rows sorted and paged by main, and an empty state that tells "nothing yet" from "no match".
 */
export function MarketTable<R extends { id: string }>(p: {
  testId: string;
  columns: ColumnType<R>[];
  /** The width the column without one keeps at the least (TEXT_MIN_WIDTH unless given). */
  textMinWidth?: number;
  /** The list as the store keeps it: its page, the last answer (rows and total), loading, error. */
  list: Pick<
    ListState<unknown, unknown, { items: R[]; total: number }>,
    'page' | 'pageSize' | 'data' | 'loading' | 'error'
  >;
  filtered: boolean;
  empty: { title: string; hint: string; actions?: ReactNode };
  exporting?: boolean;
  onExport?: () => void;
  onClearFilters: () => void;
  onPage: (page: number, pageSize: number) => void;
  onSort: (sorter: SorterResult<R> | SorterResult<R>[]) => void;
}) {
  const { t } = useTranslation();
  const { page, pageSize, loading, error } = p.list;
  const rows = p.list.data?.items ?? null;
  const total = p.list.data?.total ?? 0;
  return (
    <div data-testid={p.testId}>
      <ListToolbar>
        <Typography.Text type="secondary" data-testid={`${p.testId}-total`}>
          {rows ? t('market:list.total', { count: total }) : ''}
        </Typography.Text>
        {p.onExport && (
          <Button
            icon={<DownloadOutlined />}
            loading={p.exporting}
            onClick={p.onExport}
            data-testid={`${p.testId}-export`}
          >
            {t('market:export.button')}
          </Button>
        )}
      </ListToolbar>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
      <Spin spinning={loading} delay={300}>
        <Table<R>
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          scroll={{
            x: p.columns.reduce((sum, c) => sum + Number(c.width ?? 0), p.textMinWidth ?? TEXT_MIN_WIDTH),
          }}
          columns={p.columns}
          dataSource={rows ?? []}
          onChange={(_pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') p.onSort(sorter);
          }}
          locale={{
            emptyText: rows ? (
              <ListEmpty
                filtered={p.filtered}
                onClearFilters={p.onClearFilters}
                title={p.empty.title}
                hint={p.empty.hint}
                actions={p.empty.actions}
              />
            ) : null,
          }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('market:list.total', { count: total }),
            onChange: (page, size) => p.onPage(size !== pageSize ? 1 : page, size),
          }}
        />
      </Spin>
    </div>
  );
}

/** antd's sort state of a column, from the list's order. */
export const sortState =
  <F extends string>(order: { sortBy: F; sortDir: 'asc' | 'desc' }, fieldOf: Partial<Record<string, F>>) =>
  (key: string): 'ascend' | 'descend' | null =>
    order.sortBy === fieldOf[key] ? (order.sortDir === 'asc' ? 'ascend' : 'descend') : null;
