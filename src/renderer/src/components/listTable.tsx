import { TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import type { ReactNode } from 'react';

/** The page sizes every list offers. */
export const PAGE_SIZES = [20, 50, 100, 200];

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
