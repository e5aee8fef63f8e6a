import type { Locale } from '../../../../shared/contract/fields';
import type { PromotionActivity } from '../../../../shared/market/types';
import { formatDate } from '../../i18n/format';

/** An activity's day, or its first and last day. */
export const activityDates = (a: Pick<PromotionActivity, 'heldOn' | 'endsOn'>, locale: Locale): string =>
  a.endsOn && a.endsOn !== a.heldOn
    ? `${formatDate(a.heldOn, locale)} – ${formatDate(a.endsOn, locale)}`
    : formatDate(a.heldOn, locale);
