import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, periodStartOf } from '../../../../shared/salesPlans/rules';
import type { SalesPlan } from '../../../../shared/salesPlans/types';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { useSaveFile } from '../../components/useSaveFile';
import { useLocale } from '../../stores/localeStore';
import { useSalesPlans } from '../../stores/salesPlansStore';
import { periodName } from './PeriodPicker';
import { METRICS, MetricProgress } from './PlanProgress';

/**
 * Every plan the reader may see, newest period first, filtered by period (kind and start), group and person,
 * with its progress; exported to Excel with the same scope and filters.
 */
export function PlanList() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const zh = locale === 'zh-CN';
  const { filter, page, pageSize, list, listLoading, listError, loadList, exportList, board } =
    useSalesPlans();
  const exporter = useSaveFile();

  useEffect(() => {
    void loadList();
  }, [loadList]);

  const filtered = Object.values(filter).some((v) => v !== null);
  const groups = board?.groups ?? [];
  const people = board?.people ?? [];
  return (
    <div data-testid="plan-list" data-loading={listLoading ? 'true' : 'false'}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('salesPlans:list.allKinds')}
          value={filter.periodKind}
          style={{ minWidth: 130 }}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`salesPlans:periodKind.${k}`) }))}
          onChange={(periodKind) =>
            void loadList({
              filter: {
                periodKind: periodKind ?? null,
                periodFrom:
                  periodKind && filter.periodFrom ? periodStartOf(periodKind, filter.periodFrom) : null,
              },
            })
          }
          data-testid="list-kind"
        />
        {filter.periodKind && (
          <DatePicker
            picker={filter.periodKind}
            placeholder={t('salesPlans:list.anyPeriod')}
            value={filter.periodFrom ? dayjs(filter.periodFrom) : null}
            onChange={(d) =>
              void loadList({
                filter: { periodFrom: d ? periodStartOf(filter.periodKind!, d.format('YYYY-MM-DD')) : null },
              })
            }
            data-testid="list-period"
          />
        )}
        {groups.length > 1 && (
          <Select
            allowClear
            placeholder={t('salesPlans:list.anyGroup')}
            value={filter.groupId}
            style={{ minWidth: 140 }}
            options={groups.map((g) => ({ value: g.id, label: zh ? g.name : (g.nameEn ?? g.name) }))}
            onChange={(groupId) => void loadList({ filter: { groupId: groupId ?? null } })}
            data-testid="list-group"
          />
        )}
        {people.length > 1 && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('salesPlans:list.anyPerson')}
            value={filter.staffId}
            style={{ minWidth: 140 }}
            options={people.map((p) => ({ value: p.staffId, label: p.staffName }))}
            onChange={(staffId) => void loadList({ filter: { staffId: staffId ?? null } })}
            data-testid="list-person"
          />
        )}
        {filtered && (
          <Button
            type="link"
            onClick={() =>
              void loadList({ filter: { periodKind: null, periodFrom: null, groupId: null, staffId: null } })
            }
          >
            {t('salesPlans:list.clear')}
          </Button>
        )}
        <Button
          icon={<FileExcelOutlined />}
          loading={exporter.busy}
          disabled={!list?.total}
          onClick={() => void exporter.produceAndSave(() => exportList({ ...filter, locale }))}
          data-testid="plan-export"
        >
          {t('salesPlans:list.export')}
        </Button>
        <Typography.Text type="secondary" data-testid="plan-total">
          {list ? t('salesPlans:list.total', { count: list.total }) : ''}
        </Typography.Text>
      </Space>
      {listError && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, listError)} />
      )}
      <Table<SalesPlan>
        rowKey="id"
        size="middle"
        loading={listLoading}
        dataSource={list?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <ListEmpty
              filtered={filtered}
              onClearFilters={() =>
                void loadList({
                  filter: { periodKind: null, periodFrom: null, groupId: null, staffId: null },
                })
              }
              title={t('salesPlans:list.empty')}
              hint={t('salesPlans:list.emptyHint')}
            />
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: list?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => void loadList({ page: p, pageSize: s }),
        }}
        columns={[
          {
            key: 'period',
            title: t('salesPlans:field.periodKind'),
            render: (_, p) => (
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>
                {periodName(t, locale, p.periodKind, p.periodFrom)}
              </Typography.Text>
            ),
          },
          {
            key: 'group',
            title: t('salesPlans:field.group'),
            render: (_, p) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {(zh ? p.groupName : (p.groupNameEn ?? p.groupName)) ?? ''}
              </span>
            ),
          },
          {
            key: 'person',
            title: t('salesPlans:field.person'),
            render: (_, p) =>
              p.staffName ? (
                <span style={{ whiteSpace: 'nowrap' }}>{p.staffName}</span>
              ) : (
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {t('salesPlans:list.groupPlan')}
                </Typography.Text>
              ),
          },
          ...METRICS.map((m) => ({
            key: m,
            title: t(`salesPlans:metric.${m}`),
            render: (_: unknown, p: SalesPlan) => (
              <MetricProgress metric={m} actual={p.actual} targets={p} compact />
            ),
          })),
        ]}
      />
    </div>
  );
}
