import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/contract/locales';
import { EFFECT_MIN_DAYS, addDays } from '../../../../shared/improvement/rules';
import type { EffectCheck, EffectWindow, ImprovementMeasure } from '../../../../shared/improvement/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { CHANGE_COLORS, changeText } from './labels';

/** antd Tag colours of the verdicts: better green, worse red (as the list's tags). */
const VERDICT_TAG = { better: 'success', worse: 'error', no_change: 'default', pending: 'warning' } as const;

const METRICS = ['complaints', 'clientsServed', 'perMonth', 'per100'] as const;
type Metric = (typeof METRICS)[number];

function metricValue(w: EffectWindow, metric: Metric, locale: Locale, none: string): string {
  switch (metric) {
    case 'complaints':
      return formatNumber(w.complaints, locale);
    case 'clientsServed':
      return formatNumber(w.clientsServed, locale);
    case 'perMonth':
      return formatNumber(w.perMonth, locale);
    case 'per100':
      return w.per100Clients === null ? none : formatNumber(w.per100Clients, locale);
  }
}

/** A window's heading: which it is, its days (the last one is the day before `to`) and how many. */
function WindowTitle({ title, w, locale }: { title: string; w: EffectWindow; locale: Locale }) {
  const { t } = useTranslation();
  const line = { display: 'block', fontSize: 12, fontWeight: 400, whiteSpace: 'nowrap' } as const;
  return (
    <div>
      <div>{title}</div>
      {w.days === 0 ? (
        <Typography.Text type="secondary" style={line}>
          {t('improvement:effect.noDays')}
        </Typography.Text>
      ) : (
        <>
          <Typography.Text type="secondary" style={line}>
            {t('improvement:effect.range', {
              from: formatDate(w.from, locale),
              to: formatDate(addDays(w.to, -1), locale),
            })}
          </Typography.Text>
          <Typography.Text type="secondary" style={line}>
            {t('improvement:effect.days', { count: w.days })}
          </Typography.Text>
        </>
      )}
    </div>
  );
}

function Verdict({ effect, locale }: { effect: EffectCheck; locale: Locale }) {
  const { t } = useTranslation();
  const change =
    effect.changePct !== null
      ? changeText(t, effect.changePct, locale)
      : effect.verdict === 'worse'
        ? t('improvement:effect.fromZero')
        : t('improvement:effect.none');
  return (
    <Space size={16} wrap align="center">
      <Tag
        color={VERDICT_TAG[effect.verdict]}
        style={{ fontSize: 16, lineHeight: '30px', paddingInline: 14, marginInlineEnd: 0 }}
        data-testid="effect-verdict"
        data-verdict={effect.verdict}
      >
        {t(`improvement:verdict.${effect.verdict}`)}
      </Tag>
      {effect.verdict !== 'pending' && (
        <span>
          <Typography.Text type="secondary">{t('improvement:effect.change')}</Typography.Text>{' '}
          <Typography.Text
            strong
            style={{ fontSize: 18, color: CHANGE_COLORS[effect.verdict] }}
            data-testid="effect-change"
          >
            {change}
          </Typography.Text>
        </span>
      )}
    </Space>
  );
}

interface Row {
  metric: Metric;
}

/**
 * The effect check: the verdict, then the category's complaints in the window before the measure took
 * effect and in the equal window after it, side by side, with their rates.
 */
export function EffectPanel({
  measure,
  categoryName,
  windowDays,
  thresholdPct,
  locale,
}: {
  measure: ImprovementMeasure;
  categoryName: string;
  windowDays: number | null;
  thresholdPct: number | null;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const effect = measure.effect;
  if (!effect)
    return (
      <Card title={t('improvement:effect.title')} data-testid="effect-panel">
        <Typography.Text type="secondary">{t('improvement:effect.notDone')}</Typography.Text>
      </Card>
    );
  const none = t('improvement:effect.none');
  const windowColumn = (key: 'before' | 'after'): ColumnType<Row> => ({
    key,
    title: <WindowTitle title={t(`improvement:effect.${key}`)} w={effect[key]} locale={locale} />,
    align: 'right',
    width: '32%',
    render: (_, r) => (
      <Typography.Text strong data-testid={`effect-${key}-${r.metric}`}>
        {metricValue(effect[key], r.metric, locale, none)}
      </Typography.Text>
    ),
  });
  return (
    <Card title={t('improvement:effect.title')} data-testid="effect-panel">
      <Verdict effect={effect} locale={locale} />
      {windowDays !== null && thresholdPct !== null && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('improvement:effect.basis', {
            category: categoryName,
            // The windows compared: the setting's, or shorter when the after-window has not run its length.
            days: effect.verdict === 'pending' ? windowDays : effect.after.days,
            pct: thresholdPct,
          })}
        </Typography.Paragraph>
      )}
      {effect.verdict === 'pending' && (
        <Typography.Paragraph type="warning">
          {effect.after.days === 0
            ? t('improvement:effect.pendingToday', { min: EFFECT_MIN_DAYS })
            : t('improvement:effect.pendingHint', { days: effect.after.days, min: EFFECT_MIN_DAYS })}
        </Typography.Paragraph>
      )}
      {/* Effective today: no day to count on either side yet. */}
      {effect.after.days > 0 && (
        <Table<Row>
          size="small"
          bordered
          pagination={false}
          rowKey="metric"
          dataSource={METRICS.map((metric) => ({ metric }))}
          data-testid="effect-windows"
          columns={[
            {
              key: 'metric',
              title: '',
              render: (_, r) => t(`improvement:effect.${r.metric}`),
            },
            windowColumn('before'),
            windowColumn('after'),
          ]}
        />
      )}
    </Card>
  );
}
