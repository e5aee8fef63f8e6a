import { Card, Col, DatePicker, Empty, Progress, Row, Space, Spin, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { forecastChart, lostReasonsChart } from '../../../../shared/sales/charts';
import type { ForecastMonth, FunnelStep, LostReasonRow } from '../../../../shared/sales/types';
import { listEntryName } from '../../../../shared/settings/lists';
import { EChart } from '../../components/EChart';
import { PageHeader } from '../../components/PageHeader';
import { formatMoneyFen, formatMonth, formatNumber, fromDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSales } from '../../stores/salesStore';
import { SalesReportButton } from './SalesReportButton';

/** Funnel & forecast: for a period, the funnel with conversion and days in stage, the weighted forecast by month and why deals were lost. */
export default function FunnelPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const figures = useSales((s) => s.figures);
  const settings = useSales((s) => s.settings);
  const loadFigures = useSales((s) => s.loadFigures);
  const loadSettings = useSales((s) => s.loadSettings);

  useEffect(() => {
    void loadSettings();
    if (!figures)
      void loadFigures(
        dayjs().startOf('year').format('YYYY-MM-DD'),
        dayjs().endOf('year').format('YYYY-MM-DD'),
      );
  }, [figures, loadFigures, loadSettings]);

  const reason = (key: string) => listEntryName(settings?.salesLostReasons ?? [], key, locale);
  const lostOption = useMemo(
    () => lostReasonsChart(figures?.lostReasons ?? [], { reason, count: t('sales:funnel.count') }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [figures?.lostReasons, settings, locale, t],
  );
  const forecastOption = useMemo(
    () =>
      forecastChart(figures?.forecast ?? [], {
        month: (m) => formatMonth(m, locale, false),
        weighted: t('sales:funnel.weighted'),
        won: t('sales:funnel.wonAmount'),
        money: (v) => formatNumber(v, locale),
      }),
    [figures?.forecast, locale, t],
  );

  const funnel = figures?.funnel;
  const top = funnel?.steps[0]?.reached ?? 0;
  return (
    <div data-testid="sales-funnel-page">
      <PageHeader
        title={t('sales:funnel.title')}
        intro={t('sales:funnel.note')}
        extra={
          <Space>
            <Typography.Text>{t('sales:funnel.period')}</Typography.Text>
            <DatePicker.RangePicker
              allowClear={false}
              value={figures ? [dayjs(figures.from), dayjs(figures.to)] : null}
              onChange={(r) => r?.[0] && r[1] && void loadFigures(fromDayjs(r[0])!, fromDayjs(r[1])!)}
              data-testid="funnel-period"
            />
            <SalesReportButton />
          </Space>
        }
      />
      <Spin spinning={!figures || figures.loading} delay={200}>
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card
              title={t('sales:funnel.funnel')}
              size="small"
              style={{ marginBottom: 16 }}
              extra={
                funnel && (
                  <Typography.Text type="secondary">
                    {t('sales:funnel.created')} {funnel.created} · {t('sales:funnel.won')} {funnel.won} ·{' '}
                    {t('sales:funnel.lost')} {funnel.lost}
                  </Typography.Text>
                )
              }
            >
              <Table<FunnelStep>
                size="small"
                rowKey="stage"
                pagination={false}
                dataSource={funnel?.steps ?? []}
                data-testid="funnel-table"
                columns={[
                  {
                    key: 'stage',
                    title: t('sales:funnel.stage'),
                    width: 110,
                    render: (_v, s) => t(`sales:stage.${s.stage}`),
                  },
                  {
                    key: 'reached',
                    title: t('sales:funnel.reached'),
                    render: (_v, s) => (
                      <Space style={{ width: '100%' }}>
                        <Progress
                          percent={top ? (s.reached / top) * 100 : 0}
                          showInfo={false}
                          status="normal"
                          size="small"
                          style={{ width: 120, margin: 0 }}
                        />
                        <span>{s.reached}</span>
                      </Space>
                    ),
                  },
                  {
                    key: 'conversion',
                    title: t('sales:funnel.conversion'),
                    width: 120,
                    align: 'right',
                    render: (_v, s) => (s.conversionToNext === null ? '—' : `${s.conversionToNext}%`),
                  },
                  {
                    key: 'days',
                    title: t('sales:funnel.days'),
                    width: 150,
                    align: 'right',
                    render: (_v, s) =>
                      s.averageDays === null
                        ? '—'
                        : `${s.averageDays} ${t('sales:funnel.stays', { count: s.stays })}`,
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('sales:funnel.lostReasons')} size="small" style={{ marginBottom: 16 }}>
              {lostOption ? (
                <EChart
                  option={lostOption}
                  height={Math.max(160, 36 * (figures?.lostReasons.length ?? 0))}
                  testId="lost-chart"
                />
              ) : (
                <Empty description={t('sales:funnel.none')} />
              )}
              {(figures?.lostReasons.length ?? 0) > 0 && (
                <Table<LostReasonRow>
                  size="small"
                  rowKey="reason"
                  pagination={false}
                  dataSource={figures?.lostReasons ?? []}
                  locale={{ emptyText: ' ' }}
                  columns={[
                    { key: 'reason', title: t('sales:funnel.reason'), render: (_v, r) => reason(r.reason) },
                    {
                      key: 'count',
                      title: t('sales:funnel.count'),
                      width: 80,
                      align: 'right',
                      dataIndex: 'count',
                    },
                    {
                      key: 'amount',
                      title: t('sales:funnel.amount'),
                      width: 160,
                      align: 'right',
                      render: (_v, r) => formatMoneyFen(r.amountFen, locale),
                    },
                  ]}
                />
              )}
            </Card>
          </Col>
        </Row>
        <Card title={t('sales:funnel.forecast')} size="small">
          {forecastOption && <EChart option={forecastOption} height={240} testId="forecast-chart" />}
          <Table<ForecastMonth>
            size="small"
            rowKey="month"
            pagination={false}
            dataSource={figures?.forecast ?? []}
            data-testid="forecast-table"
            columns={[
              {
                key: 'month',
                title: t('sales:funnel.month'),
                render: (_v, m) => formatMonth(m.month, locale),
              },
              { key: 'open', title: t('sales:funnel.open'), width: 100, align: 'right', dataIndex: 'open' },
              {
                key: 'amount',
                title: t('sales:funnel.amount'),
                align: 'right',
                render: (_v, m) => formatMoneyFen(m.amountFen, locale),
              },
              {
                key: 'weighted',
                title: t('sales:funnel.weighted'),
                align: 'right',
                render: (_v, m) => formatMoneyFen(m.weightedFen, locale),
              },
              {
                key: 'won',
                title: t('sales:funnel.wonAmount'),
                align: 'right',
                render: (_v, m) => formatMoneyFen(m.wonFen, locale),
              },
            ]}
          />
        </Card>
      </Spin>
    </div>
  );
}
