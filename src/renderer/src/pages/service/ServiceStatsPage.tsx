import { PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statsCharts, type StatsChart, type StatsChartKey } from '../../../../shared/service/charts';
import { STATS_PRESETS } from '../../../../shared/service/statsPeriod';
import { statsLabels } from '../../../../shared/service/statsLabels';
import { TICKET_KINDS, type TicketKind } from '../../../../shared/service/types';
import { errorText } from '../../api/errors';
import { EChart } from '../../components/EChart';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useServiceStats, type PeriodChoice } from '../../stores/serviceStatsStore';
import { useSettings } from '../../stores/settingsStore';
import { StatsFigures } from './StatsFigures';
import { MonthTable, PairTable, ParetoTable } from './StatsTables';

/**
 * Customer service statistics (三(三)5): the tickets of one kind received in a period, against the previous
 * period of the same length — key figures, the charts (the very options the analysis report prints) and
 * their tables; a lead opens an improvement measure from a cause of the Pareto; the analysis report prints
 * the same as PDF.
 */
export default function ServiceStatsPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { kind, choice, period, stats, loading, error, load, setKind, choose, setCustom, analysisReport } =
    useServiceStats();
  const settings = useSettings((s) => s.record?.settings);
  const loadSettings = useSettings((s) => s.load);
  const report = useSaveFile();

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!settings) void loadSettings();
  }, [settings, loadSettings]);

  const labels = useMemo(
    () => (settings ? statsLabels((key, values) => t(key, values), locale, settings) : null),
    [t, locale, settings],
  );
  const charts = useMemo(
    () =>
      new Map<StatsChartKey, StatsChart>(
        stats && labels ? statsCharts(stats, labels).map((c) => [c.key, c]) : [],
      ),
    [stats, labels],
  );
  const p = (k: string, values?: Record<string, unknown>) => t(`serviceReports:page.${k}`, values);

  const choices: PeriodChoice[] = [...STATS_PRESETS, 'custom'];
  const toolbar = (
    <Space wrap style={{ marginBottom: 16 }}>
      <Segmented<TicketKind>
        value={kind}
        options={TICKET_KINDS.map((k) => ({ value: k, label: t(`service:kind.${k}`) })).reverse()}
        onChange={(k) => void setKind(k)}
        data-testid="stats-kind"
      />
      <Select<PeriodChoice>
        value={choice}
        style={{ width: 140 }}
        options={choices.map((c) => ({ value: c, label: p(`presets.${c}`) }))}
        onChange={(c) => (c === 'custom' ? void setCustom(period) : void choose(c))}
        aria-label={p('period')}
        data-testid="stats-period"
      />
      {choice === 'custom' && (
        <DatePicker.RangePicker
          value={[toDayjs(period.from), toDayjs(period.to)]}
          allowClear={false}
          onChange={(range) => {
            const from = fromDayjs(range?.[0]);
            const to = fromDayjs(range?.[1]);
            if (from && to) void setCustom({ from, to });
          }}
          data-testid="stats-range"
        />
      )}
      {labels && stats && (
        <Typography.Text type="secondary" data-testid="stats-period-text">
          {p('periodLine', {
            period: labels.period(stats.period),
            previous: labels.period(stats.previousPeriod),
          })}
        </Typography.Text>
      )}
    </Space>
  );

  const fieldError = error?.fields ? Object.values(error.fields)[0] : undefined;
  const chart = (key: StatsChartKey) => {
    const c = charts.get(key);
    return c ? (
      <EChart option={c.option} height={c.height} testId={`chart-${key}`} />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={p('noData')} />
    );
  };
  const section = (key: string, body: ReactNode) => (
    <Col xs={24} xl={12}>
      <Card
        title={p(`sections.${key}`)}
        size="small"
        style={{ height: '100%' }}
        data-testid={`section-${key}`}
      >
        {body}
      </Card>
    </Col>
  );

  let content: ReactNode;
  if (!stats || !labels) content = <Spin style={{ display: 'block', marginTop: 48 }} />;
  else {
    const total = stats.current.total;
    content = (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <StatsFigures stats={stats} labels={labels} />
        {total === 0 ? (
          <Card>
            <Empty description={p(`empty.${stats.kind}`)} data-testid="stats-empty" />
          </Card>
        ) : (
          <Row gutter={[16, 16]}>
            {section(
              'byCategory',
              <>
                {chart('category')}
                <PairTable
                  rows={stats.byCategory}
                  name={labels.category}
                  nameLabel={t('serviceReports:report.columns.category')}
                  total={total}
                  labels={labels}
                  testId="stats-categories"
                />
              </>,
            )}
            {section(
              'pareto',
              <>
                {chart('pareto')}
                <ParetoTable stats={stats} labels={labels} />
              </>,
            )}
            {section(
              'byMonth',
              <>
                {chart('month')}
                <MonthTable stats={stats} labels={labels} />
              </>,
            )}
            {section(
              'byChannel',
              <>
                {chart('channel')}
                <PairTable
                  rows={stats.byChannel}
                  name={labels.channel}
                  nameLabel={t('serviceReports:report.columns.channel')}
                  total={total}
                  labels={labels}
                  testId="stats-channels"
                />
              </>,
            )}
            {section(
              'byDepartment',
              <PairTable
                rows={stats.byDepartment}
                name={labels.department}
                nameLabel={t('serviceReports:report.columns.department')}
                total={total}
                labels={labels}
                testId="stats-departments"
              />,
            )}
            {section('sla', chart('sla'))}
          </Row>
        )}
      </Space>
    );
  }

  return (
    <div data-testid="service-stats-page">
      <PageHeader
        title={p('title')}
        intro={p('intro')}
        extra={
          <Button
            icon={<PrinterOutlined />}
            loading={report.busy}
            onClick={() => void report.produceAndSave(() => analysisReport(locale))}
            data-testid="stats-print"
          >
            {p('printReport')}
          </Button>
        }
      />
      {toolbar}
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={fieldError ? t(fieldError.key, fieldError.params) : errorText(t, error)}
        />
      )}
      <Spin spinning={loading && !!stats}>{content}</Spin>
    </div>
  );
}
