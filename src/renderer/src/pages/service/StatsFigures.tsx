import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceStats } from '../../../../shared/service/stats';
import type { StatsLabels } from '../../../../shared/service/statsLabels';

/** Which way a figure should move: fewer complaints and shorter hours are better, higher rates are. */
type Better = 'up' | 'down';

interface Figure {
  key: string;
  label: string;
  value: string;
  previous: string;
  change: string;
  /** The signed difference (null when either side has nothing), for the colour of the change. */
  delta: number | null;
  better: Better;
}

function figuresOf(s: ServiceStats, l: StatsLabels, label: (k: string) => string): Figure[] {
  const c = s.current;
  const p = s.previous;
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return [
    {
      key: 'total',
      label: label('total'),
      value: l.number(c.total),
      previous: l.number(p.total),
      change: l.countChange(c.total, p.total),
      delta: c.total - p.total,
      better: 'down',
    },
    {
      key: 'responseSla',
      label: label('responseSla'),
      value: l.pct(c.responseSla.pct),
      previous: l.pct(p.responseSla.pct),
      change: l.pointsChange(c.responseSla.pct, p.responseSla.pct),
      delta: diff(c.responseSla.pct, p.responseSla.pct),
      better: 'up',
    },
    {
      key: 'resolutionSla',
      label: label('resolutionSla'),
      value: l.pct(c.resolutionSla.pct),
      previous: l.pct(p.resolutionSla.pct),
      change: l.pointsChange(c.resolutionSla.pct, p.resolutionSla.pct),
      delta: diff(c.resolutionSla.pct, p.resolutionSla.pct),
      better: 'up',
    },
    {
      key: 'toResponseMedian',
      label: label('toResponseMedian'),
      value: l.hours(c.toResponse.medianHours),
      previous: l.hours(p.toResponse.medianHours),
      change: l.hoursChange(c.toResponse.medianHours, p.toResponse.medianHours),
      delta: diff(c.toResponse.medianHours, p.toResponse.medianHours),
      better: 'down',
    },
    {
      key: 'toResolutionMedian',
      label: label('toResolutionMedian'),
      value: l.hours(c.toResolution.medianHours),
      previous: l.hours(p.toResolution.medianHours),
      change: l.hoursChange(c.toResolution.medianHours, p.toResolution.medianHours),
      delta: diff(c.toResolution.medianHours, p.toResolution.medianHours),
      better: 'down',
    },
    {
      key: 'toResolutionMean',
      label: label('toResolutionMean'),
      value: l.hours(c.toResolution.meanHours),
      previous: l.hours(p.toResolution.meanHours),
      change: l.hoursChange(c.toResolution.meanHours, p.toResolution.meanHours),
      delta: diff(c.toResolution.meanHours, p.toResolution.meanHours),
      better: 'down',
    },
    {
      key: 'satisfied',
      label: label('satisfied'),
      value: l.pct(c.satisfaction.satisfiedPct),
      previous: l.pct(p.satisfaction.satisfiedPct),
      change: l.pointsChange(c.satisfaction.satisfiedPct, p.satisfaction.satisfiedPct),
      delta: diff(c.satisfaction.satisfiedPct, p.satisfaction.satisfiedPct),
      better: 'up',
    },
    {
      key: 'reopened',
      label: label('reopened'),
      value: l.number(c.reopened),
      previous: l.number(p.reopened),
      change: l.countChange(c.reopened, p.reopened),
      delta: c.reopened - p.reopened,
      better: 'down',
    },
  ];
}

const changeColor = (f: Figure) =>
  f.delta === null || Math.abs(f.delta) < 1e-9
    ? 'default'
    : f.delta > 0 === (f.better === 'up')
      ? 'green'
      : 'red';

/** The period's key figures, each beside the previous period's and coloured by whether it got better. */
export function StatsFigures({ stats, labels }: { stats: ServiceStats; labels: StatsLabels }) {
  const { t } = useTranslation();
  // Counts name the kind of ticket; rates and times read the same for both.
  const label = (k: string) =>
    k === 'total' || k === 'reopened'
      ? t(`serviceReports:page.${k}.${stats.kind}`)
      : t(`serviceReports:report.figures.${k}`);
  const figures = figuresOf(stats, labels, label);
  return (
    <Row gutter={[12, 12]} data-testid="stats-figures">
      {figures.map((f) => (
        <Col key={f.key} xs={12} md={8} xl={6} xxl={3}>
          <Card size="small" style={{ height: '100%' }} data-testid={`figure-${f.key}`}>
            <Statistic title={f.label} value={f.value} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('serviceReports:page.previousValue', { value: f.previous })}
            </Typography.Text>{' '}
            {f.change !== labels.none && (
              <Tag color={changeColor(f)} style={{ marginInlineEnd: 0 }}>
                {f.change}
              </Tag>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
