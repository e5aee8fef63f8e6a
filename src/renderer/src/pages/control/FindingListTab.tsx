import { Space, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { emptyFindingFilter, type FindingOrder } from '../../../../shared/control/channels';
import { FINDING_SEVERITIES, type ControlFinding } from '../../../../shared/control/types';
import type { Locale } from '../../../../shared/contract/locales';
import { ClearFiltersButton, MultiChoice, SwitchFilter } from '../../components/filterBar';
import { sortOfTable } from '../../components/listTable';
import { SearchInput } from '../../components/SearchInput';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { FINDING_ORDER, control, useControl } from '../../stores/controlStore';
import { useLocale } from '../../stores/localeStore';
import { SeverityTag } from './labels';
import { ControlTable } from './listParts';

const SORTABLE: Partial<Record<string, FindingOrder['sortBy']>> = {
  code: 'code',
  severity: 'severity',
  createdAt: 'createdAt',
};

function columns(t: TFunction, locale: Locale, order: FindingOrder): ColumnType<ControlFinding>[] {
  const sorted = (key: string) =>
    order.sortBy === SORTABLE[key] ? (order.sortDir === 'asc' ? 'ascend' : 'descend') : null;
  return [
    {
      key: 'code',
      title: t('control:fields.findingCode'),
      width: 160,
      sorter: true,
      sortOrder: sorted('code'),
      render: (_, f) => (
        <Link to={`/control/${f.auditId}`} data-testid="finding-code">
          {f.code}
        </Link>
      ),
    },
    {
      key: 'severity',
      title: t('control:fields.severity'),
      width: 100,
      sorter: true,
      sortOrder: sorted('severity'),
      render: (_, f) => <SeverityTag t={t} severity={f.severity} />,
    },
    {
      key: 'title',
      title: t('control:fields.findingTitle'),
      render: (_, f) => <Typography.Text ellipsis={{ tooltip: f.title }}>{f.title}</Typography.Text>,
    },
    {
      key: 'audit',
      title: t('control:fields.auditTitle'),
      width: 200,
      ellipsis: true,
      render: (_, f) => f.auditTitle,
    },
    {
      key: 'risk',
      title: t('control:fields.relatedRisk'),
      width: 150,
      ellipsis: true,
      render: (_, f) => (f.riskCode ? `${f.riskCode} ${f.riskTitle ?? ''}` : (f.process ?? '')),
    },
    {
      key: 'open',
      title: t('control:fields.openRectifications'),
      width: 120,
      align: 'right',
      render: (_, f) => formatNumber(f.openRectifications, locale),
    },
    {
      key: 'createdAt',
      title: t('control:fields.createdAt'),
      width: 160,
      sorter: true,
      sortOrder: sorted('createdAt'),
      render: (_, f) => formatDateTime(f.createdAt, locale),
    },
  ];
}

/** Every finding the user may see, across audits. */
export function FindingListTab() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const state = useControl((s) => s.findings);
  const load = useControl((s) => s.load);
  const { busy, produceAndSave } = useSaveFile();
  const { filter } = state;

  useEffect(() => {
    void load('findings');
  }, [load]);

  const tableColumns = useMemo(() => columns(t, locale, state.order), [t, locale, state.order]);
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyFindingFilter);
  const patch = (f: Partial<typeof filter>) => void load('findings', { filter: f });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <SearchInput
          value={filter.search}
          onSearch={(search) => patch({ search })}
          placeholder={t('control:list.searchFindings')}
          style={{ width: 260 }}
          testId="finding-search"
        />
        <MultiChoice
          label={t('control:list.anySeverity')}
          minWidth={140}
          value={filter.severities}
          onChange={(severities) => patch({ severities })}
          options={FINDING_SEVERITIES.map((v) => ({ value: v, label: t(`control:severity.${v}`) }))}
          testId="filter-finding-severity"
        />
        <SwitchFilter
          label={t('control:list.openOnly')}
          checked={filter.openOnly}
          onChange={(openOnly) => patch({ openOnly })}
          testId="filter-finding-open"
        />
        <SwitchFilter
          label={t('control:scope.mine')}
          checked={filter.scope === 'mine'}
          onChange={(on) => patch({ scope: on ? 'mine' : 'all' })}
          testId="filter-finding-mine"
        />
        {filtered && (
          <ClearFiltersButton
            label={t('control:list.clear')}
            onClear={() => void load('findings', { filter: emptyFindingFilter })}
          />
        )}
      </Space>
      <ControlTable<ControlFinding>
        testId="finding-list"
        columns={tableColumns}
        rows={state.data?.items ?? null}
        total={state.data?.total ?? 0}
        page={state.page}
        pageSize={state.pageSize}
        loading={state.loading}
        error={state.error}
        filtered={filtered}
        empty={{ title: t('control:list.emptyFindings'), hint: t('control:list.emptyFindingsHint') }}
        exporting={busy}
        onExport={() => void produceAndSave(() => control.exportFindings(locale))}
        onClearFilters={() => void load('findings', { filter: emptyFindingFilter })}
        onPage={(page, pageSize) => void load('findings', { page, pageSize })}
        onSort={(sorter) =>
          void load('findings', {
            order: (({ sort, order }) => ({ sortBy: sort, sortDir: order }))(
              sortOfTable(sorter, SORTABLE, { sort: FINDING_ORDER.sortBy, order: FINDING_ORDER.sortDir }),
            ),
          })
        }
      />
    </>
  );
}
