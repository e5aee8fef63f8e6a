import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Select, Space, Spin, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskActionFilter } from '../../../../shared/risk/channels';
import { RISK_ACTION_STATUSES, type RiskAction, type RiskScope } from '../../../../shared/risk/types';
import { errorText } from '../../api/errors';
import { ClearFiltersButton, MultiChoice, SwitchFilter, activeFilterCount } from '../../components/filterBar';
import { ListToolbar, PAGE_SIZES } from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { ListTag } from '../../components/ListTag';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { useSession } from '../../stores/sessionStore';
import { staffOption } from '../clients/owners';
import { ACTION_STATUS_COLOR } from './labels';
import { defaultScopeOf, scopesOf, useRiskStaff } from './useRiskLists';

const FILTER_KEYS: (keyof RiskActionFilter)[] = ['search', 'statuses', 'ownerId', 'overdue'];

/**
 * Every risk's actions in one list (风险应对措施): who does what by when, the overdue ones flagged, each with
 * its risk; filtered and exported to Excel.
 */
export function ActionsPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const role = useSession((s) => s.user?.role);
  const actions = useRisk((s) => s.actions);
  const load = useRisk((s) => s.loadActions);
  const reset = useRisk((s) => s.resetActionFilters);
  const exportActions = useRisk((s) => s.exportActions);
  const staff = useRiskStaff();
  const exporter = useSaveFile();
  const scopes = scopesOf(role);

  // The first visit opens on the role's usual scope; later visits keep what the user chose.
  const [arrival] = useState(() =>
    actions.data === null && !actions.loading ? { filter: { scope: defaultScopeOf(role) } } : {},
  );
  useEffect(() => {
    void load(arrival);
  }, [load, arrival]);

  const onFilter = useCallback((patch: Partial<RiskActionFilter>) => void load({ filter: patch }), [load]);
  const onSearch = useCallback((search: string | null) => onFilter({ search }), [onFilter]);
  const { filter, data } = actions;
  const filtered = activeFilterCount(filter, FILTER_KEYS) > 0;

  const columns = useMemo(
    () => [
      {
        key: 'risk',
        title: t('riskDesk:actionsList.risk'),
        width: 220,
        ellipsis: true,
        render: (_v: unknown, a: RiskAction) => (
          <span>
            <a href={`#/risks/${a.riskId}`} data-testid="action-risk-link">
              {a.riskCode}
            </a>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
              {a.riskTitle}
            </Typography.Text>
          </span>
        ),
      },
      {
        key: 'title',
        title: t('riskDesk:actions.fields.title'),
        dataIndex: 'title',
        render: (v: string, a: RiskAction) => (
          <span>
            <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>
            {a.note && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {a.note}
              </Typography.Text>
            )}
          </span>
        ),
      },
      {
        key: 'owner',
        title: t('riskDesk:actions.fields.owner'),
        dataIndex: 'ownerName',
        width: 110,
        ellipsis: true,
      },
      {
        key: 'dueOn',
        title: t('riskDesk:actions.fields.dueOn'),
        dataIndex: 'dueOn',
        width: 140,
        render: (v: string, a: RiskAction) => (
          <span>
            {formatDate(v, locale)}
            {a.overdue && (
              <span style={{ display: 'block' }}>
                <ListTag color="red">{t('riskDesk:actions.overdue')}</ListTag>
              </span>
            )}
          </span>
        ),
      },
      {
        key: 'status',
        title: t('risk:field.actionStatus'),
        dataIndex: 'status',
        width: 130,
        render: (v: RiskAction['status'], a: RiskAction) => (
          <span>
            <ListTag color={ACTION_STATUS_COLOR[v]}>{t(`risk:actionStatus.${v}`)}</ListTag>
            {a.doneOn && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {formatDate(a.doneOn, locale)}
              </Typography.Text>
            )}
          </span>
        ),
      },
    ],
    [t, locale],
  );

  return (
    <div data-testid="risks-actions-page">
      <PageHeader
        title={t('riskDesk:actionsList.title')}
        intro={t('riskDesk:actionsList.intro')}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            loading={exporter.busy}
            disabled={!data?.total}
            onClick={() => void exporter.produceAndSave(() => exportActions({ ...filter, locale }))}
            data-testid="actions-export"
          >
            {t('riskDesk:list.export')}
          </Button>
        }
      />
      <Card data-testid="actions-list" data-loading={actions.loading ? 'true' : 'false'}>
        <Segmented<RiskScope>
          value={filter.scope}
          onChange={(scope) => onFilter({ scope })}
          options={scopes.map((s) => ({ value: s, label: t(`risk:scope.${s}`) }))}
          style={{ marginBottom: 12 }}
          data-testid="actions-scope"
        />
        <Space wrap style={{ marginBottom: 12 }}>
          <SearchInput
            value={filter.search}
            onSearch={onSearch}
            placeholder={t('riskDesk:actionsList.search')}
            style={{ width: 260 }}
            testId="actions-search"
          />
          <MultiChoice
            label={t('riskDesk:list.filters.statuses')}
            minWidth={120}
            value={filter.statuses}
            onChange={(statuses) => onFilter({ statuses })}
            options={RISK_ACTION_STATUSES.map((s) => ({ value: s, label: t(`risk:actionStatus.${s}`) }))}
            popupMatchSelectWidth={false}
            testId="actions-statuses"
          />
          <Select<string | null>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 150 }}
            placeholder={t('riskDesk:actions.fields.owner')}
            aria-label={t('riskDesk:actions.fields.owner')}
            value={filter.ownerId}
            onChange={(ownerId) => onFilter({ ownerId: ownerId ?? null })}
            options={staff.map(staffOption)}
            popupMatchSelectWidth={false}
            data-testid="actions-owner"
          />
          <SwitchFilter
            label={t('riskDesk:actionsList.overdueOnly')}
            checked={filter.overdue}
            onChange={(overdue) => onFilter({ overdue })}
            testId="actions-overdue"
          />
          {filtered && (
            <ClearFiltersButton label={t('riskDesk:list.filters.clear')} onClear={() => void reset()} />
          )}
        </Space>
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="actions-total">
            {data ? t('riskDesk:actionsList.total', { count: data.total }) : ''}
          </Typography.Text>
        </ListToolbar>
        {actions.error && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, actions.error)} />
        )}
        <Spin spinning={actions.loading} delay={300}>
          <Table<RiskAction>
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 860 }}
            columns={columns}
            dataSource={data?.items ?? []}
            data-testid="actions-table"
            locale={{
              emptyText: data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void reset()}
                  title={t('riskDesk:actionsList.empty')}
                  hint={t('riskDesk:actionsList.emptyHint')}
                />
              ) : null,
            }}
            onChange={(p) => void load({ page: p.current ?? 1, pageSize: p.pageSize ?? actions.pageSize })}
            pagination={{
              current: actions.page,
              pageSize: actions.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t('riskDesk:actionsList.total', { count: total }),
            }}
          />
        </Spin>
      </Card>
    </div>
  );
}

export default ActionsPage;
