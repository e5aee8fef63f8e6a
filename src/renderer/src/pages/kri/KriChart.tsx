import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kriChart } from '../../../../shared/kri/chart';
import type { Kri, KriReading } from '../../../../shared/kri/types';
import { EChart } from '../../components/EChart';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { readingWhen } from './labels';

/** The readings as a line against the dashed warning and alarm thresholds. */
export function KriChart({ kri, readings }: { kri: Kri; readings: readonly KriReading[] }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const option = useMemo(
    () =>
      kriChart(
        readings,
        { warning: kri.warningThreshold, alarm: kri.alarmThreshold },
        {
          value: kri.unit ? t('kri:chart.valueIn', { unit: kri.unit }) : t('kri:chart.value'),
          warning: t('kri:chart.warning'),
          alarm: t('kri:chart.alarm'),
          axis: (r) => readingWhen(t, { ...r, partial: false }, locale),
          number: (n) => formatNumber(n, locale),
        },
      ),
    [readings, kri, t, locale],
  );
  if (!option) return null;
  return <EChart option={option} height={320} testId="kri-chart" />;
}
