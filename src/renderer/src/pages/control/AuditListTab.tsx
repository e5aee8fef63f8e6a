import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { emptyAuditFilter, type AuditOrder } from '../../../../shared/control/channels';
import { AUDIT_STATUSES, AUDIT_TYPES, type ControlAudit } from '../../../../shared/control/types';
import type { Locale } from '../../../../shared/contract/locales';
import { ClearFiltersButton, MultiChoice, SwitchFilter } from '../../components/filterBar';
import { sortOfTable } from '../../components/listTable';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatNumber, fromDayjs, toDayjs } from '../../i18n/format';
import { AUDIT_ORDER, control, useControl } from '../../stores/controlStore';
import { useLocale } from '../../stores/localeStore';
import { AuditStatusTag } from './labels';
import { ControlTable } from './listParts';

const SORTABLE: Partial<Record<string, AuditOrder['sortBy']>> = {
  code: 'code',
  title: 'title',
  status: 'status',
  auditOn: 'auditOn',
};

function columns(t: TFunction, locale: Locale, order: AuditOrder): ColumnType<ControlAudit>[] {
  const sorted = (key: string) =>
    order.sortBy === SORTABLE[key] ? (order.sortDir === 'asc' ? 'ascend' : 'descend') : null;
  const num = (n: number) => formatNumber(n, locale);
  return [
    {
      key: 'code',
      title: t('control:fields.code'),
      width: 130,
      sorter: true,
      sortOrder: sorted('code'),
      render: (_, a) => (
        <Link to={`/control/${a.id}`} data-testid="audit-code">
          {a.code}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('control:fields.title'),
      sorter: true,
      sortOrder: sorted('title'),
      render: (_, a) => <Typography.Text ellipsis={{ tooltip: a.title }}>{a.title}</Typography.Text>,
    },
    {
      key: 'type',
      title: t('control:fields.type'),
      width: 110,
      render: (_, a) => t(`control:auditType.${a.type}`),
    },
    {
      key: 'status',
      title: t('control:fields.status'),
      width: 100,
      sorter: true,
      sortOrder: sorted('status'),
      render: (_, a) => <AuditStatusTag t={t} status={a.status} />,
    },
    {
      key: 'auditOn',
      title: t('control:fields.auditOn'),
      width: 140,
      sorter: true,
      sortOrder: sorted('auditOn'),
      render: (_, a) => formatDate(a.auditOn, locale),
    },
    {
      key: 'lead',
      title: t('control:fields.leadAuditor'),
      width: 110,
      ellipsis: true,
      render: (_, a) => a.auditors.find((x) => x.lead)?.name ?? '',
    },
    {
      key: 'findings',
      title: t('control:fields.findingCount'),
      width: 90,
      align: 'right',
      render: (_, a) => num(a.findingCount),
    },
    {
      key: 'open',
      title: t('control:fields.openRectifications'),
      width: 120,
      align: 'right',
      render: (_, a) => num(a.openRectifications),
    },
  ];
}

/** The audits the user takes part in or oversees: search, filters, sort, paging, Excel. */
export function AuditListTab() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canPlan = usePermission('control.manage');
  const state = useControl((s) => s.audits);
  const load = useControl((s) => s.load);
  const { busy, produceAndSave } = useSaveFile();
  const { filter } = state;

  useEffect(() => {
    void load('audits');
  }, [load]);

  const tableColumns = useMemo(() => columns(t, locale, state.order), [t, locale, state.order]);
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyAuditFilter);
  const patch = (f: Partial<typeof filter>) => void load('audits', { filter: f });
  const newButton = canPlan && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => navigate('/control/new')}
      data-testid="audit-new"
    >
      {t('control:list.new')}
    </Button>
  );

  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <SearchInput
            value={filter.search}
            onSearch={(search) => patch({ search })}
            placeholder={t('control:list.searchAudits')}
            style={{ width: 240 }}
            testId="audit-search"
          />
          <MultiChoice
            label={t('control:list.anyType')}
            minWidth={130}
            value={filter.types}
            onChange={(types) => patch({ types })}
            options={AUDIT_TYPES.map((v) => ({ value: v, label: t(`control:auditType.${v}`) }))}
            testId="filter-audit-type"
          />
          <MultiChoice
            label={t('control:list.anyStatus')}
            minWidth={130}
            value={filter.statuses}
            onChange={(statuses) => patch({ statuses })}
            options={AUDIT_STATUSES.map((v) => ({ value: v, label: t(`control:auditStatus.${v}`) }))}
            testId="filter-audit-status"
          />
          <DatePicker.RangePicker
            aria-label={t('control:list.dateRange')}
            placeholder={[t('control:list.dateRange'), t('control:list.dateRange')]}
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            allowEmpty={[true, true]}
            onChange={(v) => patch({ from: fromDayjs(v?.[0]), to: fromDayjs(v?.[1]) })}
          />
          <SwitchFilter
            label={t('control:scope.mine')}
            checked={filter.scope === 'mine'}
            onChange={(on) => patch({ scope: on ? 'mine' : 'all' })}
            testId="filter-audit-mine"
          />
          {filtered && (
            <ClearFiltersButton
              label={t('control:list.clear')}
              onClear={() => void load('audits', { filter: emptyAuditFilter })}
            />
          )}
        </Space>
        {newButton}
      </Space>
      <ControlTable<ControlAudit>
        testId="audit-list"
        columns={tableColumns}
        rows={state.data?.items ?? null}
        total={state.data?.total ?? 0}
        page={state.page}
        pageSize={state.pageSize}
        loading={state.loading}
        error={state.error}
        filtered={filtered}
        empty={{
          title: t('control:list.emptyAudits'),
          hint: t(canPlan ? 'control:list.emptyAuditsHint' : 'control:list.emptyAuditsHintReadOnly'),
          actions: newButton,
        }}
        exporting={busy}
        onExport={() => void produceAndSave(() => control.exportAudits(locale))}
        onClearFilters={() => void load('audits', { filter: emptyAuditFilter })}
        onPage={(page, pageSize) => void load('audits', { page, pageSize })}
        onSort={(sorter) =>
          void load('audits', {
            order: (({ sort, order }) => ({ sortBy: sort, sortDir: order }))(
              sortOfTable(sorter, SORTABLE, { sort: AUDIT_ORDER.sortBy, order: AUDIT_ORDER.sortDir }),
            ),
          })
        }
      />
    </>
  );
}
