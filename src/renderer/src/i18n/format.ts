import dayjs from 'dayjs';

/** The screens format with the app's one formatting module, shared with printed reports and exports. */
export {
  formatBytes,
  formatDate,
  formatDateTime,
  formatDay,
  formatMoneyFen,
  formatMonth,
  formatNumber,
  formatPercent,
  formatWeekday,
} from '../../../shared/i18n/format';

export const toDayjs = (date: string | null | undefined) => (date ? dayjs(date) : null);
export const fromDayjs = (d: dayjs.Dayjs | null | undefined): string | null =>
  d ? d.format('YYYY-MM-DD') : null;
