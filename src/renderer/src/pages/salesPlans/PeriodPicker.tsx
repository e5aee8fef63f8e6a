import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/contract/fields';
import {
  PERIOD_KINDS,
  periodStartOf,
  shiftPeriod,
  type PeriodKind,
} from '../../../../shared/salesPlans/rules';
import { formatMonth } from '../../i18n/format';

/** The period as words: "2026年10月" / "Oct 2026", "2026年第4季度" / "Q4 2026", "2026年" / "2026". */
export function periodName(t: TFunction, locale: Locale, kind: PeriodKind, from: string): string {
  const year = from.slice(0, 4);
  if (kind === 'month') return formatMonth(from.slice(0, 7), locale);
  if (kind === 'quarter')
    return t('salesPlans:periodName.quarter', {
      year,
      q: Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1,
    });
  return t('salesPlans:periodName.year', { year });
}

/** Choosing the period: its kind, then the month, quarter or year (with a step back and forward). */
export function PeriodPicker({
  kind,
  from,
  onChange,
}: {
  kind: PeriodKind;
  from: string;
  onChange: (kind: PeriodKind, from: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        value={kind}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`salesPlans:periodKind.${k}`) }))}
        onChange={(k) => onChange(k, periodStartOf(k, from))}
        data-testid="period-kind"
      />
      <Space.Compact>
        <Tooltip title={t('salesPlans:period.prev')}>
          <Button
            icon={<LeftOutlined />}
            onClick={() => onChange(kind, shiftPeriod(kind, from, -1))}
            aria-label={t('salesPlans:period.prev')}
          />
        </Tooltip>
        <DatePicker
          picker={kind}
          allowClear={false}
          value={dayjs(from)}
          onChange={(d) => d && onChange(kind, periodStartOf(kind, d.format('YYYY-MM-DD')))}
          data-testid="period-picker"
        />
        <Tooltip title={t('salesPlans:period.next')}>
          <Button
            icon={<RightOutlined />}
            onClick={() => onChange(kind, shiftPeriod(kind, from, 1))}
            aria-label={t('salesPlans:period.next')}
          />
        </Tooltip>
      </Space.Compact>
    </Space>
  );
}
