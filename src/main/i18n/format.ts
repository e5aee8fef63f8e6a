/** Reports and exports format with the app's one formatting module, shared with the screens. */
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
} from '../../shared/i18n/format';
