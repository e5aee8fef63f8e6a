import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/contract/locales';
import type { EffectCheck, EffectVerdict, ImprovementStatus } from '../../../../shared/improvement/types';
import { listEntryName, type ListEntry } from '../../../../shared/service/settings';
import { ListTag, type ListTagColor } from '../../components/ListTag';
import { formatNumber } from '../../i18n/format';

const STATUS_COLORS: Record<ImprovementStatus, ListTagColor> = {
  planned: 'default',
  in_progress: 'blue',
  done: 'green',
  cancelled: 'default',
};

/** Better is green and worse red, as everywhere a change is judged; no change and pending stay neutral. */
export const VERDICT_COLORS: Record<EffectVerdict, ListTagColor> = {
  better: 'green',
  no_change: 'default',
  worse: 'red',
  pending: 'gold',
};

/** The change's figure in its verdict's colour: a fall that counts green, a rise that counts red. */
export const CHANGE_COLORS: Record<EffectVerdict, string | undefined> = {
  better: '#389e0d',
  worse: '#cf1322',
  no_change: undefined,
  pending: undefined,
};

export function StatusTag({ t, status }: { t: TFunction; status: ImprovementStatus }) {
  return <ListTag color={STATUS_COLORS[status]}>{t(`improvement:status.${status}`)}</ListTag>;
}

/** A change of the monthly rate with its sign: "+10%", "−50%". */
export function changeText(t: TFunction, pct: number, locale: Locale): string {
  const n = formatNumber(Math.abs(pct), locale);
  return t('improvement:effect.changeValue', { pct: pct > 0 ? `+${n}` : pct < 0 ? `−${n}` : n });
}

/** The verdict as a tag, with the change beside it when there is one. */
export function VerdictTag({ t, effect, locale }: { t: TFunction; effect: EffectCheck; locale: Locale }) {
  return (
    <span
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}
      data-testid="effect-verdict"
      data-verdict={effect.verdict}
    >
      <ListTag color={VERDICT_COLORS[effect.verdict]}>{t(`improvement:verdict.${effect.verdict}`)}</ListTag>
      {effect.changePct !== null && effect.changePct !== 0 && (
        <span style={{ color: CHANGE_COLORS[effect.verdict] }}>
          {changeText(t, effect.changePct, locale)}
        </span>
      )}
    </span>
  );
}

/** A category key as the reader's language names it (a retired one too; an unknown key as stored). */
export const categoryName = (categories: readonly ListEntry[], key: string, locale: Locale): string =>
  listEntryName(categories, key, locale);
