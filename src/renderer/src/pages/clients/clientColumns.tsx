import { columnChoice } from '../../components/listTable';
import { Space, Tag, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { Client, ClientSortField } from '../../../../shared/clients/types';
import type { Locale } from '../../../../shared/contract/fields';
import { ListTag } from '../../components/ListTag';
import { formatDateTime, formatDay } from '../../i18n/format';
import { groupLabel } from '../org/groupLabel';
import { STATUS_COLOR, TIER_COLOR, industryLabel } from './labels';
import { clientRegionText as regionText } from '../../../../shared/clients/displayLabels';

/** Columns the user can show or hide; code and name are always shown. */
export const OPTIONAL_COLUMNS = [
  'type',
  'tier',
  'status',
  'owner',
  'group',
  'region',
  'industry',
  'source',
  'tags',
  'primaryContact',
  'completeness',
  'touchedAt',
  'createdAt',
  'updatedAt',
] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export const DEFAULT_COLUMNS: OptionalColumn[] = [
  'tier',
  'status',
  'owner',
  'primaryContact',
  'completeness',
  'touchedAt',
];

const STORAGE_KEY = 'bizops.clients.columns';
const SECONDARY: CSSProperties = { color: 'rgba(0, 0, 0, 0.45)' };

const choice = columnChoice<OptionalColumn>(STORAGE_KEY, OPTIONAL_COLUMNS, DEFAULT_COLUMNS);
export const loadColumnChoice = choice.load;
export const saveColumnChoice = choice.save;

/** The label of each column (also used by the column chooser). */
export const columnLabel = (t: TFunction, key: OptionalColumn | 'code' | 'name'): string =>
  t(`clients:fields.${key}`);

/**
 * A file's completeness as a small bar with its percentage. Plain elements, not antd's Progress: the list
 * draws one per row on every search.
 */
export function CompletenessBar({ value, width = 72 }: { value: number; width?: number }) {
  const color = value >= 80 ? '#389e0d' : value >= 50 ? '#1f5fbf' : '#d48806';
  return (
    <span
      role="progressbar"
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 8, whiteSpace: 'nowrap' }}
    >
      <span
        style={{ width, height: 6, borderRadius: 3, background: 'rgba(0, 0, 0, 0.06)', overflow: 'hidden' }}
      >
        <span style={{ display: 'block', width: `${value}%`, height: '100%', background: color }} />
      </span>
      <span>{`${value}%`}</span>
    </span>
  );
}

/**
 * t for fixed keys, each looked up once: a list draws the same few labels in every row on every search, and
 * a lookup costs more than the rest of a cell. Built with the columns, so a language switch starts afresh.
 */
function rememberedT(t: TFunction): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let text = seen.get(key);
    if (text === undefined) seen.set(key, (text = t(key)));
    return text;
  };
}

/** The list's columns: sortable ones are sorted by main (the list is paged there). */
export function clientColumns(
  t: TFunction,
  locale: Locale,
  visible: OptionalColumn[],
  sort: { field: ClientSortField; order: 'asc' | 'desc' },
): ColumnType<Client>[] {
  const sortable = (field: ClientSortField) => ({
    sorter: true,
    sortOrder:
      sort.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
    sortDirections: ['ascend', 'descend'] as ('ascend' | 'descend')[],
  });
  // Plain spans rather than Typography: cheaper per cell, and a list page redraws every cell on each search.
  const none = <span style={SECONDARY}>{t('clients:none')}</span>;
  const label = rememberedT(t);
  const all: Record<OptionalColumn | 'code' | 'name', ColumnType<Client>> = {
    code: {
      key: 'code',
      title: columnLabel(t, 'code'),
      dataIndex: 'code',
      width: 130,
      fixed: 'left',
      ...sortable('code'),
      // Plain links (the router follows the hash): cheaper than a router Link per row, on every search.
      render: (code: string, c) => <a href={`#/clients/${c.id}`}>{code}</a>,
    },
    name: {
      key: 'name',
      title: columnLabel(t, 'name'),
      dataIndex: 'name',
      width: 220,
      ...sortable('name'),
      render: (name: string, c) => (
        <a href={`#/clients/${c.id}`} style={{ fontWeight: 500 }}>
          {name}
        </a>
      ),
    },
    type: {
      key: 'type',
      title: columnLabel(t, 'type'),
      dataIndex: 'type',
      width: 90,
      render: (v: Client['type']) => label(`clients:type.${v}`),
    },
    tier: {
      key: 'tier',
      title: columnLabel(t, 'tier'),
      dataIndex: 'tier',
      width: 100,
      ...sortable('tier'),
      render: (v: Client['tier']) => <ListTag color={TIER_COLOR[v]}>{label(`clients:tier.${v}`)}</ListTag>,
    },
    status: {
      key: 'status',
      title: columnLabel(t, 'status'),
      dataIndex: 'status',
      width: 100,
      ...sortable('status'),
      render: (v: Client['status']) => (
        <ListTag color={STATUS_COLOR[v]}>{label(`clients:status.${v}`)}</ListTag>
      ),
    },
    owner: {
      key: 'owner',
      title: columnLabel(t, 'owner'),
      dataIndex: 'ownerName',
      width: 90,
      render: (v: string | null) => v ?? <span style={SECONDARY}>{label('clients:noOwner')}</span>,
    },
    group: {
      key: 'group',
      title: columnLabel(t, 'group'),
      width: 130,
      render: (_v, c) =>
        c.groupId ? groupLabel({ name: c.groupName, nameEn: c.groupNameEn }, locale) : none,
    },
    region: {
      key: 'region',
      title: columnLabel(t, 'region'),
      width: 130,
      render: (_v, c) => regionText(locale, c) || none,
    },
    industry: {
      key: 'industry',
      title: columnLabel(t, 'industry'),
      dataIndex: 'industry',
      width: 160,
      ellipsis: true,
      render: (v: string | null) => industryLabel(label, v) || none,
    },
    source: {
      key: 'source',
      title: columnLabel(t, 'source'),
      dataIndex: 'source',
      width: 110,
      render: (v: Client['source']) => label(`clients:source.${v}`),
    },
    tags: {
      key: 'tags',
      title: columnLabel(t, 'tags'),
      dataIndex: 'tags',
      width: 180,
      render: (tags: string[]) =>
        tags.length === 0 ? (
          none
        ) : (
          <Space size={[4, 4]} wrap>
            {tags.slice(0, 3).map((tag) => (
              <ListTag key={tag}>{tag}</ListTag>
            ))}
            {tags.length > 3 && (
              <Tooltip title={tags.slice(3).join(t('clients:listSeparator'))}>
                <span>
                  <ListTag>{`+${tags.length - 3}`}</ListTag>
                </span>
              </Tooltip>
            )}
          </Space>
        ),
    },
    primaryContact: {
      key: 'primaryContact',
      title: columnLabel(t, 'primaryContact'),
      width: 130,
      render: (_v, c) =>
        c.primaryContactName ? (
          <span>
            {c.primaryContactName}
            {c.primaryContactMobile && (
              <span style={{ ...SECONDARY, display: 'block', fontSize: 12 }}>{c.primaryContactMobile}</span>
            )}
          </span>
        ) : (
          none
        ),
    },
    completeness: {
      key: 'completeness',
      title: columnLabel(t, 'completeness'),
      dataIndex: 'completeness',
      width: 110,
      render: (v: number) => <CompletenessBar value={v} width={56} />,
    },
    touchedAt: {
      key: 'touchedAt',
      title: columnLabel(t, 'touchedAt'),
      dataIndex: 'touchedAt',
      width: 130,
      ...sortable('touchedAt'),
      render: (v: string, c) =>
        c.stale ? (
          <Space size={4} wrap>
            <span>{formatDay(v, locale)}</span>
            <Tooltip title={t('clients:list.staleTip', { date: formatDateTime(v, locale) })}>
              <Tag color="warning" data-testid="stale-flag">
                {label('clients:list.stale')}
              </Tag>
            </Tooltip>
          </Space>
        ) : (
          formatDay(v, locale)
        ),
    },
    createdAt: {
      key: 'createdAt',
      title: columnLabel(t, 'createdAt'),
      dataIndex: 'createdAt',
      width: 130,
      ...sortable('createdAt'),
      render: (v: string) => formatDay(v, locale),
    },
    updatedAt: {
      key: 'updatedAt',
      title: columnLabel(t, 'updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      ...sortable('updatedAt'),
      render: (v: string) => formatDay(v, locale),
    },
  };
  return [all.code, all.name, ...OPTIONAL_COLUMNS.filter((c) => visible.includes(c)).map((c) => all[c])];
}

/** The sort field behind a column key, for the table's sort events. */
export const SORT_FIELD_OF: Partial<Record<string, ClientSortField>> = {
  code: 'code',
  name: 'name',
  tier: 'tier',
  status: 'status',
  touchedAt: 'touchedAt',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
};
