import { columnChoice } from '../../components/listTable';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import type { Locale } from '../../../../shared/contract/fields';
import type { ListEntry } from '../../../../shared/service/settings';
import type { TicketRow, TicketSortField } from '../../../../shared/service/types';
import { ListTag } from '../../components/ListTag';
import { formatDateTime } from '../../i18n/format';
import { ClockText, KIND_COLOR, SEVERITY_COLOR, STATUS_COLOR, entryName } from './labels';

/** Columns the user can show or hide; the code and the client are always shown. */
export const OPTIONAL_COLUMNS = [
  'kind',
  'status',
  'summary',
  'category',
  'severity',
  'channel',
  'handler',
  'receivedAt',
  'clock',
  'responsibleDept',
  'callerPhone',
  'reopenCount',
  'updatedAt',
] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export const DEFAULT_COLUMNS: OptionalColumn[] = [
  'kind',
  'status',
  'summary',
  'category',
  'severity',
  'handler',
  'clock',
];

const choice = columnChoice<OptionalColumn>('bizops.service.columns', OPTIONAL_COLUMNS, DEFAULT_COLUMNS);
export const loadColumnChoice = choice.load;
export const saveColumnChoice = choice.save;

export const columnLabel = (t: TFunction, key: OptionalColumn | 'code' | 'client') =>
  t(`serviceDesk:columns.${key}`);

/** The sort field behind a column key, for the table's sort events. */
export const SORT_FIELD_OF: Partial<Record<string, TicketSortField>> = {
  code: 'code',
  severity: 'severity',
  receivedAt: 'receivedAt',
  clock: 'dueAt',
  updatedAt: 'updatedAt',
};

/** The least the summary column gets when the table is wider than its card and scrolls. */
export const SUMMARY_MIN_WIDTH = 140;

const SECONDARY: CSSProperties = { color: 'rgba(0,0,0,0.45)', fontSize: 12, display: 'block' };

interface Lists {
  categories: readonly ListEntry[] | undefined;
  departments: readonly ListEntry[] | undefined;
}

/**
 * The list's columns. Plain render functions and spans (ListTag), no component per cell: the whole page of
 * rows redraws on every search.
 */
export function ticketColumns(
  t: TFunction,
  locale: Locale,
  visible: readonly OptionalColumn[],
  sort: { field: TicketSortField; order: 'asc' | 'desc' },
  lists: Lists,
): ColumnType<TicketRow>[] {
  const none = <span style={{ color: 'rgba(0,0,0,0.25)' }}>{t('serviceDesk:none')}</span>;
  const sortable = (field: TicketSortField) => ({
    sorter: true,
    sortOrder:
      sort.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  });
  const all: Record<OptionalColumn | 'code' | 'client', ColumnType<TicketRow>> = {
    code: {
      key: 'code',
      title: columnLabel(t, 'code'),
      dataIndex: 'code',
      width: 136,
      fixed: 'left',
      ...sortable('code'),
      render: (code: string, r) => (
        <a href={`#/service/${r.id}`} style={{ whiteSpace: 'nowrap' }}>
          {code}
        </a>
      ),
    },
    client: {
      key: 'client',
      title: columnLabel(t, 'client'),
      width: 162,
      ellipsis: true,
      render: (_v, r) => (
        <span>
          {r.clientName ? (
            <span style={{ fontWeight: 500 }}>{r.clientName}</span>
          ) : (
            <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('serviceDesk:unknownCaller')}</span>
          )}
          {!r.clientId && r.clientName && (
            <span style={{ color: 'rgba(0,0,0,0.45)' }}> {t('serviceDesk:noFile')}</span>
          )}
          {(r.contactName || r.callerPhone) && (
            <span style={SECONDARY}>{[r.contactName, r.callerPhone].filter(Boolean).join(' · ')}</span>
          )}
        </span>
      ),
    },
    kind: {
      key: 'kind',
      title: columnLabel(t, 'kind'),
      dataIndex: 'kind',
      width: 84,
      render: (v: TicketRow['kind']) => <ListTag color={KIND_COLOR[v]}>{t(`service:kind.${v}`)}</ListTag>,
    },
    status: {
      key: 'status',
      title: columnLabel(t, 'status'),
      dataIndex: 'status',
      width: 110,
      render: (v: TicketRow['status'], r) => (
        <span>
          <ListTag color={STATUS_COLOR[v]}>{t(`service:status.${v}`)}</ListTag>
          {r.reopenCount > 0 && (
            <span style={SECONDARY}>{t('serviceDesk:list.reopened', { count: r.reopenCount })}</span>
          )}
        </span>
      ),
    },
    // No width: the summary takes what the other columns leave (the table's scroll width counts it at
    // SUMMARY_MIN_WIDTH).
    summary: {
      key: 'summary',
      title: columnLabel(t, 'summary'),
      dataIndex: 'summary',
      ellipsis: true,
    },
    category: {
      key: 'category',
      title: columnLabel(t, 'category'),
      dataIndex: 'category',
      width: 100,
      ellipsis: true,
      render: (v: string) => entryName(lists.categories, v, locale),
    },
    severity: {
      key: 'severity',
      title: columnLabel(t, 'severity'),
      dataIndex: 'severity',
      width: 90,
      ...sortable('severity'),
      render: (v: TicketRow['severity']) => (
        <ListTag color={SEVERITY_COLOR[v]}>{t(`service:severity.${v}`)}</ListTag>
      ),
    },
    channel: {
      key: 'channel',
      title: columnLabel(t, 'channel'),
      dataIndex: 'channel',
      width: 90,
      render: (v: TicketRow['channel']) => t(`service:channel.${v}`),
    },
    handler: {
      key: 'handler',
      title: columnLabel(t, 'handler'),
      dataIndex: 'handlerName',
      width: 88,
      ellipsis: true,
      render: (v: string | null) => v ?? none,
    },
    receivedAt: {
      key: 'receivedAt',
      title: columnLabel(t, 'receivedAt'),
      dataIndex: 'receivedAt',
      width: 160,
      ...sortable('receivedAt'),
      render: (v: string) => formatDateTime(v, locale),
    },
    clock: {
      key: 'clock',
      title: columnLabel(t, 'clock'),
      dataIndex: 'clock',
      width: 150,
      ...sortable('dueAt'),
      render: (v: TicketRow['clock']) => <ClockText clock={v} t={t} />,
    },
    responsibleDept: {
      key: 'responsibleDept',
      title: columnLabel(t, 'responsibleDept'),
      dataIndex: 'responsibleDept',
      width: 120,
      ellipsis: true,
      render: (v: string | null) => (v ? entryName(lists.departments, v, locale) : none),
    },
    callerPhone: {
      key: 'callerPhone',
      title: columnLabel(t, 'callerPhone'),
      dataIndex: 'callerPhone',
      width: 130,
      render: (v: string | null) => v ?? none,
    },
    reopenCount: {
      key: 'reopenCount',
      title: columnLabel(t, 'reopenCount'),
      dataIndex: 'reopenCount',
      width: 90,
      align: 'right',
    },
    updatedAt: {
      key: 'updatedAt',
      title: columnLabel(t, 'updatedAt'),
      dataIndex: 'updatedAt',
      width: 160,
      ...sortable('updatedAt'),
      render: (v: string) => formatDateTime(v, locale),
    },
  };
  return [all.code, all.client, ...OPTIONAL_COLUMNS.filter((c) => visible.includes(c)).map((c) => all[c])];
}
