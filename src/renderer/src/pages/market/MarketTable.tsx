import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Table, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { ListToolbar, PAGE_SIZES } from '../../components/listTable';

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
  rows: R[] | null;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  error: AppErrorShape | null;
  filtered: boolean;
  empty: { title: string; hint: string; actions?: ReactNode };
  exporting?: boolean;
  onExport?: () => void;
  onClearFilters: () => void;
  onPage: (page: number, pageSize: number) => void;
  onSort: (sorter: SorterResult<R> | SorterResult<R>[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid={p.testId}>
      <ListToolbar>
        <Typography.Text type="secondary" data-testid={`${p.testId}-total`}>
          {p.rows ? t('market:list.total', { count: p.total }) : ''}
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
      {p.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, p.error)} />}
      <Spin spinning={p.loading} delay={300}>
        <Table<R>
          rowKey="id"
          size="middle"
          tableLayout="fixed"
          scroll={{
            x: p.columns.reduce((sum, c) => sum + Number(c.width ?? 0), p.textMinWidth ?? TEXT_MIN_WIDTH),
          }}
          columns={p.columns}
          dataSource={p.rows ?? []}
          onChange={(_pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') p.onSort(sorter);
          }}
          locale={{
            emptyText: p.rows ? (
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
            current: p.page,
            pageSize: p.pageSize,
            total: p.total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('market:list.total', { count: total }),
            onChange: (page, size) => p.onPage(size !== p.pageSize ? 1 : page, size),
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
