import { TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Table } from 'antd';
import type { ColumnType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { memo, useMemo, type ReactNode } from 'react';

/** The page sizes every list offers. */
export const PAGE_SIZES = [20, 50, 100, 200];

/**
 * Where a list keeps the optional columns the person chose (this computer only): `load` falls back to the
 * defaults when nothing, or something damaged, is kept; unknown names are dropped, the list's order kept.
 */
export function columnChoice<C extends string>(storageKey: string, optional: readonly C[], defaults: C[]) {
  return {
    load(): C[] {
      try {
        const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as unknown;
        if (Array.isArray(saved)) return optional.filter((c) => (saved as unknown[]).includes(c));
      } catch {
        // A damaged choice falls back to the default columns.
      }
      return defaults;
    },
    save(columns: C[]): void {
      localStorage.setItem(storageKey, JSON.stringify(columns));
    },
  };
}

/** The list's optional columns, ticked on and off in a popover; the caller keeps the choice. */
export function ColumnChooser<C extends string>({
  title,
  columns,
  value,
  onChange,
}: {
  title: string;
  columns: { value: C; label: string }[];
  value: C[];
  onChange: (v: C[]) => void;
}) {
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={title}
      content={
        <Checkbox.Group<C>
          value={value}
          onChange={onChange}
          style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px 16px' }}
          options={columns}
          data-testid="column-chooser"
        />
      }
    >
      <Button icon={<TableOutlined />} data-testid="columns-button">
        {title}
      </Button>
    </Popover>
  );
}

/**
 * The sort main is asked for after a click on a column header: the column's field and direction, or the
 * list's usual order once the user clears the sort (or sorts a column main cannot sort by).
 */
export function sortOfTable<R, F extends string>(
  sorter: SorterResult<R> | SorterResult<R>[],
  fieldOf: Partial<Record<string, F>>,
  usual: { sort: F; order: 'asc' | 'desc' },
): { sort: F; order: 'asc' | 'desc' } {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = s?.order ? fieldOf[String(s.columnKey)] : undefined;
  if (!field) return usual;
  return { sort: field, order: s!.order === 'ascend' ? 'asc' : 'desc' };
}

/** The line between the filters and the rows: the count (and its actions) left, the column chooser right. */
export function ListToolbar({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        gap: 12,
        marginBottom: 12,
        minHeight: 32,
      }}
    >
      {children}
    </div>
  );
}

/** What a list's table tells its page: the page asked for and the column sorted by. */
export type TableChange<R> = (
  pagination: TablePaginationConfig,
  filters: unknown,
  sorter: SorterResult<R> | SorterResult<R>[],
) => void;

interface PagedTableProps<R> {
  columns: ColumnType<R>[];
  rows: readonly R[] | null;
  total: number;
  page: number;
  pageSize: number;
  /** What the table says when it has no rows. */
  empty: ReactNode;
  onChange: TableChange<R>;
  /** The count under the table, in the list's own words ("79 risks"). */
  totalText: (total: number) => string;
  /** The width a column without one (the title, the summary) gets at the least. */
  flexMinWidth: number;
  testId: string;
}

function PagedTableRows<R extends { id: string }>({
  columns,
  rows,
  total,
  page,
  pageSize,
  empty,
  onChange,
  totalText,
  flexMinWidth,
  testId,
}: PagedTableProps<R>) {
  // Wider than the card (a narrow window, many columns): the table scrolls inside the card, the code stays put.
  const width = useMemo(
    () => columns.reduce((sum, c) => sum + (c.width === undefined ? flexMinWidth : Number(c.width)), 0),
    [columns, flexMinWidth],
  );
  return (
    <Table<R>
      rowKey="id"
      size="middle"
      // Every column has its width but one: fixed layout does not measure each cell on every redraw.
      tableLayout="fixed"
      scroll={{ x: width }}
      columns={columns}
      dataSource={rows ?? []}
      onChange={onChange}
      locale={{ emptyText: empty }}
      data-testid={testId}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: totalText,
      }}
    />
  );
}

/**
 * A list's rows, paged and sorted by main; re-rendered only when they or the columns change, not while a
 * search is loading (at 50 rows of tags, a render is what the user waits for after the last key press).
 */
export const PagedTable = memo(PagedTableRows) as typeof PagedTableRows;
