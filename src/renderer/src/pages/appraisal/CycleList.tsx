import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Result, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CYCLE_KINDS, CYCLE_PHASES, type AppraisalCycle } from '../../../../shared/appraisal/cycles';
import { errorText } from '../../api/errors';
import { ClearFiltersButton, MultiChoice, activeFilterCount } from '../../components/filterBar';
import { pageTestId } from '../../app/navItems';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { formatDate, formatNumber } from '../../i18n/format';
import { EMPTY_CYCLE_FILTER, useAppraisalCycles } from '../../stores/appraisalCycleStore';
import { useLocale } from '../../stores/localeStore';
import { PhaseTag } from './cycleWords';
import { localName } from './words';

/** The appraisal cycles the reader has a form in (the manager: all), newest period first. */
export function CycleListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canOpen = usePermission('appraisal.cycles');
  const { cycles, filter, loaded, loading, error, load, setFilter } = useAppraisalCycles();

  useEffect(() => {
    void load();
  }, [load]);

  const filtered = activeFilterCount(filter, ['kinds', 'phases', 'year']) > 0;
  return (
    <div data-testid={pageTestId('appraisal-cycles')}>
      <PageHeader
        title={t('appraisal:cycles.title')}
        intro={t('appraisal:cycles.intro')}
        extra={
          canOpen && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('new')}
              data-testid="cycle-open"
            >
              {t('appraisal:cycles.open')}
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <MultiChoice
            label={t('appraisal:cycles.kind')}
            minWidth={140}
            value={filter.kinds}
            onChange={(kinds) => void setFilter({ kinds })}
            options={CYCLE_KINDS.map((k) => ({ value: k, label: t(`appraisal:cycleKind.${k}`) }))}
            testId="cycle-filter-kind"
          />
          <MultiChoice
            label={t('appraisal:cycles.phase')}
            minWidth={180}
            value={filter.phases}
            onChange={(phases) => void setFilter({ phases })}
            options={CYCLE_PHASES.map((p) => ({ value: p, label: t(`appraisal:phase.${p}`) }))}
            popupMatchSelectWidth={false}
            testId="cycle-filter-phase"
          />
          <InputNumber<number>
            placeholder={t('appraisal:cycles.year')}
            aria-label={t('appraisal:cycles.year')}
            min={2000}
            max={2100}
            precision={0}
            value={filter.year}
            onChange={(year) => void setFilter({ year: year ?? null })}
            data-testid="cycle-filter-year"
          />
          {filtered && (
            <ClearFiltersButton
              label={t('common:empty.clearFilters')}
              onClear={() => void setFilter(EMPTY_CYCLE_FILTER)}
            />
          )}
        </Space>
        {error ? (
          <Result status="warning" title={errorText(t, error)} />
        ) : (
          <Table<AppraisalCycle>
            rowKey="id"
            size="middle"
            loading={loading && !loaded}
            dataSource={cycles}
            pagination={false}
            data-testid="cycle-table"
            locale={{
              emptyText: (
                <Typography.Text type="secondary">
                  {filtered ? t('appraisal:cycles.noMatch') : t('appraisal:cycles.none')}
                </Typography.Text>
              ),
            }}
            columns={[
              { title: t('appraisal:cycles.code'), dataIndex: 'code', width: 130 },
              {
                title: t('appraisal:cycles.name'),
                key: 'name',
                render: (_, c) => <Link to={c.id}>{localName(c, locale)}</Link>,
              },
              {
                title: t('appraisal:cycles.kind'),
                key: 'kind',
                width: 100,
                render: (_, c) => t(`appraisal:cycleKind.${c.kind}`),
              },
              {
                title: t('appraisal:cycles.period'),
                key: 'period',
                render: (_, c) =>
                  t('appraisal:cycles.periodRange', {
                    from: formatDate(c.periodFrom, locale),
                    to: formatDate(c.periodTo, locale),
                  }),
              },
              {
                title: t('appraisal:cycles.phase'),
                key: 'phase',
                width: 170,
                render: (_, c) => <PhaseTag phase={c.phase} />,
              },
              {
                title: t('appraisal:cycles.people'),
                dataIndex: 'formCount',
                width: 90,
                align: 'right',
                render: (n: number) => formatNumber(n, locale),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
