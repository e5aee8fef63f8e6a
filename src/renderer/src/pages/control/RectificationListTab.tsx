import { Select, Space, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { emptyRectificationFilter, type RectificationOrder } from '../../../../shared/control/channels';
import {
  FINDING_SEVERITIES,
  RECTIFICATION_STATUSES,
  type Rectification,
} from '../../../../shared/control/types';
import type { Locale } from '../../../../shared/contract/locales';
import { ClearFiltersButton, MultiChoice, SwitchFilter } from '../../components/filterBar';
import { ListTag } from '../../components/ListTag';
import { sortOfTable } from '../../components/listTable';
import { SearchInput } from '../../components/SearchInput';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate } from '../../i18n/format';
import { RECTIFICATION_ORDER, control, useControl } from '../../stores/controlStore';
import { useLocale } from '../../stores/localeStore';
import { RectificationStatusTag, SeverityTag } from './labels';
import { ControlTable } from './listParts';

const SORTABLE: Partial<Record<string, RectificationOrder['sortBy']>> = {
  finding: 'findingCode',
  status: 'status',
  dueOn: 'dueOn',
};
const OVERDUE_COLOR = '#cf1322';

function columns(t: TFunction, locale: Locale, order: RectificationOrder): ColumnType<Rectification>[] {
  const sorted = (key: string) =>
    order.sortBy === SORTABLE[key] ? (order.sortDir === 'asc' ? 'ascend' : 'descend') : null;
  return [
    {
      key: 'finding',
      title: t('control:fields.findingCode'),
      width: 160,
      sorter: true,
      sortOrder: sorted('finding'),
      render: (_, r) => (
        <Link to={`/control/${r.auditId}`} data-testid="rectification-finding">
          {r.findingCode}
        </Link>
      ),
    },
    {
      key: 'severity',
      title: t('control:fields.severity'),
      width: 90,
      render: (_, r) => <SeverityTag t={t} severity={r.severity} />,
    },
    {
      key: 'requirement',
      title: t('control:fields.requirement'),
      render: (_, r) => (
        <span style={{ display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: r.requirement }} style={{ minWidth: 0 }}>
            {r.requirement}
          </Typography.Text>
          {r.overdue && <ListTag color="red">{t('control:detail.overdue')}</ListTag>}
        </span>
      ),
    },
    {
      key: 'owner',
      title: t('control:fields.owner'),
      width: 100,
      ellipsis: true,
      render: (_, r) => r.ownerName,
    },
    {
      key: 'dueOn',
      title: t('control:fields.dueOn'),
      width: 140,
      sorter: true,
      sortOrder: sorted('dueOn'),
      render: (_, r) => (
        <span style={r.overdue ? { color: OVERDUE_COLOR } : undefined}>{formatDate(r.dueOn, locale)}</span>
      ),
    },
    {
      key: 'status',
      title: t('control:fields.rectificationStatus'),
      width: 100,
      sorter: true,
      sortOrder: sorted('status'),
      render: (_, r) => <RectificationStatusTag t={t} status={r.status} />,
    },
    {
      key: 'audit',
      title: t('control:fields.auditTitle'),
      width: 180,
      ellipsis: true,
      render: (_, r) => r.auditTitle,
    },
  ];
}

/** Every rectification the user may see: theirs to do, their group's, or those of the audits they run. */
export function RectificationListTab() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const state = useControl((s) => s.rectifications);
  const load = useControl((s) => s.load);
  const people = useControl((s) => s.people);
  const loadPeople = useControl((s) => s.loadPeople);
  const { busy, produceAndSave } = useSaveFile();
  const { filter } = state;

  useEffect(() => {
    void load('rectifications');
    void loadPeople();
  }, [load, loadPeople]);

  const tableColumns = useMemo(() => columns(t, locale, state.order), [t, locale, state.order]);
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyRectificationFilter);
  const patch = (f: Partial<typeof filter>) => void load('rectifications', { filter: f });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <SearchInput
          value={filter.search}
          onSearch={(search) => patch({ search })}
          placeholder={t('control:list.searchRectifications')}
          style={{ width: 240 }}
          testId="rectification-search"
        />
        <MultiChoice
          label={t('control:list.anyStatus')}
          minWidth={130}
          value={filter.statuses}
          onChange={(statuses) => patch({ statuses })}
          options={RECTIFICATION_STATUSES.map((v) => ({
            value: v,
            label: t(`control:rectificationStatus.${v}`),
          }))}
          testId="filter-rectification-status"
        />
        <MultiChoice
          label={t('control:list.anySeverity')}
          minWidth={130}
          value={filter.severities}
          onChange={(severities) => patch({ severities })}
          options={FINDING_SEVERITIES.map((v) => ({ value: v, label: t(`control:severity.${v}`) }))}
          testId="filter-rectification-severity"
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 130 }}
          placeholder={t('control:list.anyOwner')}
          aria-label={t('control:fields.owner')}
          value={filter.ownerId ?? undefined}
          onChange={(id) => patch({ ownerId: id ?? null })}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          data-testid="filter-rectification-owner"
        />
        <SwitchFilter
          label={t('control:list.overdueOnly')}
          checked={filter.overdue}
          onChange={(overdue) => patch({ overdue })}
          testId="filter-rectification-overdue"
        />
        <SwitchFilter
          label={t('control:scope.mine')}
          checked={filter.scope === 'mine'}
          onChange={(on) => patch({ scope: on ? 'mine' : 'all' })}
          testId="filter-rectification-mine"
        />
        {filtered && (
          <ClearFiltersButton
            label={t('control:list.clear')}
            onClear={() => void load('rectifications', { filter: emptyRectificationFilter })}
          />
        )}
      </Space>
      <ControlTable<Rectification>
        testId="rectification-list"
        columns={tableColumns}
        rows={state.data?.items ?? null}
        total={state.data?.total ?? 0}
        page={state.page}
        pageSize={state.pageSize}
        loading={state.loading}
        error={state.error}
        filtered={filtered}
        empty={{
          title: t('control:list.emptyRectifications'),
          hint: t('control:list.emptyRectificationsHint'),
        }}
        exporting={busy}
        onExport={() => void produceAndSave(() => control.exportRectifications(locale))}
        onClearFilters={() => void load('rectifications', { filter: emptyRectificationFilter })}
        onPage={(page, pageSize) => void load('rectifications', { page, pageSize })}
        onSort={(sorter) =>
          void load('rectifications', {
            order: (({ sort, order }) => ({ sortBy: sort, sortDir: order }))(
              sortOfTable(sorter, SORTABLE, {
                sort: RECTIFICATION_ORDER.sortBy,
                order: RECTIFICATION_ORDER.sortDir,
              }),
            ),
          })
        }
      />
    </>
  );
}
