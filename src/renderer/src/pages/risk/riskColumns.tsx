import { columnChoice } from '../../components/listTable';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import type { Locale } from '../../../../shared/contract/fields';
import type { Risk, RiskSortField } from '../../../../shared/risk/types';
import type { ListEntry } from '../../../../shared/settings/lists';
import { ListTag } from '../../components/ListTag';
import { formatDate, formatDateTime } from '../../i18n/format';
import { ACCEPTANCE_COLOR, STATUS_COLOR, entryName, levelChip } from './labels';

/** Columns the user can show or hide; the code and the title are always shown. */
export const OPTIONAL_COLUMNS = [
  'level',
  'status',
  'category',
  'owner',
  'strategy',
  'acceptance',
  'client',
  'identifiedOn',
  'nextReviewOn',
  'actions',
  'updatedAt',
] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export const DEFAULT_COLUMNS: OptionalColumn[] = [
  'level',
  'status',
  'category',
  'owner',
  'strategy',
  'nextReviewOn',
  'actions',
];

const choice = columnChoice<OptionalColumn>('bizops.risk.columns', OPTIONAL_COLUMNS, DEFAULT_COLUMNS);
export const loadColumnChoice = choice.load;
export const saveColumnChoice = choice.save;

export const columnLabel = (t: TFunction, key: OptionalColumn | 'code' | 'title') =>
  t(`riskDesk:columns.${key}`);

/** The sort field behind a column key, for the table's sort events. */
export const SORT_FIELD_OF: Partial<Record<string, RiskSortField>> = {
  code: 'code',
  title: 'title',
  level: 'score',
  identifiedOn: 'identifiedOn',
  nextReviewOn: 'nextReviewOn',
  updatedAt: 'updatedAt',
};

/** The least the title column gets when the table is wider than its card and scrolls. */
export const TITLE_MIN_WIDTH = 200;

const SECONDARY: CSSProperties = { color: 'rgba(0,0,0,0.45)', fontSize: 12, display: 'block' };
const WARN: CSSProperties = { color: '#cf1322', fontSize: 12, display: 'block', fontWeight: 500 };

/** The register's columns: plain render functions and spans, no component per cell (every search redraws). */
export function riskColumns(
  t: TFunction,
  locale: Locale,
  visible: readonly OptionalColumn[],
  sort: { field: RiskSortField; order: 'asc' | 'desc' },
  categories: readonly ListEntry[] | undefined,
): ColumnType<Risk>[] {
  const none = <span style={{ color: 'rgba(0,0,0,0.25)' }}>{t('riskDesk:none')}</span>;
  const sortable = (field: RiskSortField) => ({
    sorter: true,
    sortOrder:
      sort.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  });
  const all: Record<OptionalColumn | 'code' | 'title', ColumnType<Risk>> = {
    code: {
      key: 'code',
      title: columnLabel(t, 'code'),
      dataIndex: 'code',
      width: 124,
      fixed: 'left',
      ...sortable('code'),
      render: (code: string, r) => (
        <a href={`#/risks/${r.id}`} style={{ whiteSpace: 'nowrap' }} data-testid="risk-code">
          {code}
        </a>
      ),
    },
    // No width: the title takes what the other columns leave.
    title: {
      key: 'title',
      title: columnLabel(t, 'title'),
      dataIndex: 'title',
      ellipsis: true,
      ...sortable('title'),
      render: (title: string, r) => (
        <span title={title}>
          <span style={{ fontWeight: 500 }}>{title}</span>
          {r.description && (
            <span style={{ ...SECONDARY, overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {r.description}
            </span>
          )}
        </span>
      ),
    },
    level: {
      key: 'level',
      title: columnLabel(t, 'level'),
      dataIndex: 'level',
      width: 128,
      ...sortable('score'),
      render: (_v, r) => (
        <span>
          {levelChip(t, r.level)}
          {r.score !== null && (
            <span style={SECONDARY}>
              {t('riskDesk:cellShort', { likelihood: r.likelihood, impact: r.impact, score: r.score })}
            </span>
          )}
        </span>
      ),
    },
    status: {
      key: 'status',
      title: columnLabel(t, 'status'),
      dataIndex: 'status',
      width: 100,
      render: (v: Risk['status'], r) => (
        <span>
          <ListTag color={STATUS_COLOR[v]}>{t(`risk:status.${v}`)}</ListTag>
          {r.reopenCount > 0 && (
            <span style={SECONDARY}>{t('riskDesk:list.reopened', { count: r.reopenCount })}</span>
          )}
        </span>
      ),
    },
    category: {
      key: 'category',
      title: columnLabel(t, 'category'),
      dataIndex: 'category',
      width: 108,
      ellipsis: true,
      render: (v: string) => entryName(categories, v, locale),
    },
    owner: {
      key: 'owner',
      title: columnLabel(t, 'owner'),
      dataIndex: 'ownerName',
      width: 92,
      ellipsis: true,
    },
    strategy: {
      key: 'strategy',
      title: columnLabel(t, 'strategy'),
      dataIndex: 'strategy',
      width: 96,
      render: (v: Risk['strategy']) => (v ? t(`risk:strategy.${v}`) : none),
    },
    acceptance: {
      key: 'acceptance',
      title: columnLabel(t, 'acceptance'),
      dataIndex: 'acceptance',
      width: 136,
      render: (v: Risk['acceptance']) =>
        v ? <ListTag color={ACCEPTANCE_COLOR[v]}>{t(`risk:acceptance.${v}`)}</ListTag> : none,
    },
    client: {
      key: 'client',
      title: columnLabel(t, 'client'),
      dataIndex: 'clientName',
      width: 160,
      ellipsis: true,
      render: (v: string | null) => v ?? none,
    },
    identifiedOn: {
      key: 'identifiedOn',
      title: columnLabel(t, 'identifiedOn'),
      dataIndex: 'identifiedOn',
      width: 132,
      ...sortable('identifiedOn'),
      render: (v: string) => formatDate(v, locale),
    },
    nextReviewOn: {
      key: 'nextReviewOn',
      title: columnLabel(t, 'nextReviewOn'),
      dataIndex: 'nextReviewOn',
      width: 132,
      ...sortable('nextReviewOn'),
      render: (v: string | null, r) =>
        v ? (
          <span>
            {formatDate(v, locale)}
            {r.reviewDue && <span style={WARN}>{t('riskDesk:list.reviewDue')}</span>}
          </span>
        ) : (
          none
        ),
    },
    actions: {
      key: 'actions',
      title: columnLabel(t, 'actions'),
      width: 112,
      render: (_v, r) =>
        r.openActions === 0 ? (
          none
        ) : (
          <span>
            {t('riskDesk:list.openActions', { count: r.openActions })}
            {r.overdueActions > 0 && (
              <span style={WARN}>{t('riskDesk:list.overdueActions', { count: r.overdueActions })}</span>
            )}
          </span>
        ),
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
  return [all.code, all.title, ...OPTIONAL_COLUMNS.filter((c) => visible.includes(c)).map((c) => all[c])];
}
