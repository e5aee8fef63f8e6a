import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/contract/locales';
import type { KriDirection, KriListState, KriReading } from '../../../../shared/kri/types';
import { ListTag, type ListTagColor } from '../../components/ListTag';
import { formatDate, formatMonth, formatNumber } from '../../i18n/format';

export const STATE_TAG_COLORS: Record<KriListState, ListTagColor> = {
  alarm: 'red',
  warning: 'gold',
  normal: 'green',
  none: 'default',
};

export function StateTag({ t, state }: { t: TFunction; state: KriListState }) {
  return (
    <span data-testid="kri-state" data-state={state}>
      <ListTag color={STATE_TAG_COLORS[state]}>{t(`kri:state.${state}`)}</ListTag>
    </span>
  );
}

/** A figure with the unit the indicator counts in: "12 件", "92.5 %". */
export const valueText = (value: number, unit: string | null, locale: Locale): string =>
  [formatNumber(value, locale), unit].filter(Boolean).join(' ');

/** A computed period's name: "2026年11月" / "Nov 2026", "2026年第4季度" / "Q4 2026". */
export function periodName(t: TFunction, period: string, locale: Locale): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('kri:quarter', { year: quarter[1], quarter: quarter[2] });
  return formatMonth(period, locale);
}

/** Where a reading belongs: its period (computed, "to date" while it runs) or its date. */
export function readingWhen(
  t: TFunction,
  r: Pick<KriReading, 'period' | 'periodOn' | 'partial'>,
  locale: Locale,
): string {
  if (!r.period) return formatDate(r.periodOn, locale);
  const name = periodName(t, r.period, locale);
  return r.partial ? t('kri:readings.partial', { period: name }) : name;
}

/** The thresholds as a reader takes them in: "≥ 10 / ≥ 20" when higher is worse, "≤ 95 / ≤ 90" when lower. */
export function thresholdsText(
  k: { direction: KriDirection; warningThreshold: number; alarmThreshold: number },
  locale: Locale,
): { warning: string; alarm: string } {
  const sign = k.direction === 'higher_worse' ? '≥' : '≤';
  return {
    warning: `${sign} ${formatNumber(k.warningThreshold, locale)}`,
    alarm: `${sign} ${formatNumber(k.alarmThreshold, locale)}`,
  };
}
