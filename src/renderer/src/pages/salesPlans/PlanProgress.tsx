import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanActual } from '../../../../shared/salesPlans/types';
import { formatMoneyFen, formatNumber, formatPercent } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';

export type Metric = 'revenue' | 'profit' | 'newClients';
export const METRICS: readonly Metric[] = ['revenue', 'profit', 'newClients'];

export interface Targets {
  revenueTargetFen: number;
  profitTargetFen: number;
  newClientsTarget: number;
}

const actualOf = (a: PlanActual, m: Metric) =>
  m === 'revenue' ? a.revenueFen : m === 'profit' ? a.profitFen : a.newClients;
const targetOf = (t: Targets, m: Metric) =>
  m === 'revenue' ? t.revenueTargetFen : m === 'profit' ? t.profitTargetFen : t.newClientsTarget;

/** One metric's bar: the share of its target achieved (the figure may pass 100 %), the amounts under it. */
export function MetricProgress({
  metric,
  actual,
  targets,
  compact = false,
}: {
  metric: Metric;
  actual: PlanActual;
  targets: Targets | null;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const value = actualOf(actual, metric);
  const target = targets ? targetOf(targets, metric) : 0;
  const show = (n: number) => (metric === 'newClients' ? formatNumber(n, locale) : formatMoneyFen(n, locale));
  const pct = target > 0 ? (value / target) * 100 : null;
  return (
    <div data-testid={`progress-${metric}`} style={{ minWidth: compact ? 150 : 220 }}>
      {!compact && <Typography.Text strong>{t(`salesPlans:metric.${metric}`)}</Typography.Text>}
      {pct !== null ? (
        <Progress
          percent={Math.max(0, Math.min(100, pct))}
          status={pct >= 100 ? 'success' : 'normal'}
          format={() => formatPercent(pct, locale)}
          size="small"
        />
      ) : (
        <div>
          <Typography.Text type="secondary">{t('salesPlans:progress.noTarget')}</Typography.Text>
        </div>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {pct !== null
          ? t('salesPlans:progress.of', { actual: show(value), target: show(target) })
          : t('salesPlans:progress.achievedOnly', { actual: show(value) })}
      </Typography.Text>
      {metric === 'profit' && actual.uncostedContracts > 0 && (
        <div>
          <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="uncosted">
            {t('salesPlans:progress.uncosted', { count: actual.uncostedContracts })}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
