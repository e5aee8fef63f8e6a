import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/contract/fields';
import type { ScaleStep } from '../../../../shared/risk/settings';
import type { AcceptanceState, RiskActionStatus, RiskStatus } from '../../../../shared/risk/types';
import { listEntryName, type ListEntry } from '../../../../shared/settings/lists';
import { ListTag, type ListTagColor } from '../../components/ListTag';

export const STATUS_COLOR: Record<RiskStatus, ListTagColor> = {
  identified: 'gold',
  assessed: 'blue',
  responding: 'orange',
  monitoring: 'cyan',
  closed: 'green',
};

export const ACCEPTANCE_COLOR: Record<AcceptanceState, ListTagColor> = {
  pending: 'gold',
  approved: 'green',
  refused: 'red',
};

export const ACTION_STATUS_COLOR: Record<RiskActionStatus, ListTagColor> = {
  open: 'blue',
  done: 'green',
  cancelled: 'default',
};

export { LevelTag, levelChip } from '../../components/LevelChip';

export function StatusTag({ status }: { status: RiskStatus }) {
  const { t } = useTranslation();
  return <ListTag color={STATUS_COLOR[status]}>{t(`risk:status.${status}`)}</ListTag>;
}

export function AcceptanceTag({ acceptance }: { acceptance: AcceptanceState }) {
  const { t } = useTranslation();
  return (
    <span data-testid="risk-acceptance" data-acceptance={acceptance}>
      <ListTag color={ACCEPTANCE_COLOR[acceptance]}>{t(`risk:acceptance.${acceptance}`)}</ListTag>
    </span>
  );
}

/** "L4 × I5 = 20" in the reader's language, or null before the first assessment. */
export function scoreText(
  t: TFunction,
  r: { likelihood: number | null; impact: number | null; score: number | null },
): string | null {
  if (r.likelihood === null || r.impact === null || r.score === null) return null;
  return t('risk:cell', { likelihood: r.likelihood, impact: r.impact, score: r.score });
}

/** A settings list entry (a risk category) in the reader's language. */
export const entryName = (list: readonly ListEntry[] | undefined, key: string | null, locale: Locale) =>
  list ? listEntryName(list, key, locale) : (key ?? '');

/** The active entries of a settings list as options, with the record's own retired key kept readable. */
export function entryOptions(list: readonly ListEntry[] | undefined, locale: Locale, keep?: string | null) {
  const active = (list ?? []).filter((e) => e.active || e.key === keep);
  const options = active.map((e) => ({ value: e.key, label: listEntryName(list ?? [], e.key, locale) }));
  if (keep && !options.some((o) => o.value === keep)) options.push({ value: keep, label: keep });
  return options;
}

/** A step of the likelihood or impact scale in the reader's language. */
export const stepName = (step: ScaleStep | undefined, locale: Locale) =>
  step ? (locale === 'zh-CN' ? step.nameZh : step.nameEn) : '';
export const stepDescription = (step: ScaleStep | undefined, locale: Locale) =>
  step ? (locale === 'zh-CN' ? step.descriptionZh : step.descriptionEn) : '';

/** "4 · Likely" — a value of a 1–5 scale with its name. */
export function scaleValueText(
  scale: readonly ScaleStep[] | undefined,
  value: number | null,
  locale: Locale,
) {
  if (value === null) return '';
  const name = stepName(scale?.[value - 1], locale);
  return name ? `${value} · ${name}` : String(value);
}
