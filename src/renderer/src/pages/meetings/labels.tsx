import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/contract/locales';
import type { DecisionStatus, MeetingStatus } from '../../../../shared/meetings/types';
import type { RiskLevel } from '../../../../shared/risk/levels';
import { listEntryName, type ListEntry } from '../../../../shared/settings/lists';
import { levelChip } from '../../components/LevelChip';
import { ListTag, type ListTagColor } from '../../components/ListTag';

const STATUS_COLORS: Record<MeetingStatus, ListTagColor> = { draft: 'gold', issued: 'green' };
const DECISION_COLORS: Record<DecisionStatus, ListTagColor> = {
  open: 'blue',
  done: 'green',
  cancelled: 'default',
};

export const MeetingStatusTag = ({ t, status }: { t: TFunction; status: MeetingStatus }) => (
  <ListTag color={STATUS_COLORS[status]}>{t(`meetings:status.${status}`)}</ListTag>
);

export function DecisionStatusTag({
  t,
  status,
  overdue,
}: {
  t: TFunction;
  status: DecisionStatus;
  overdue: boolean;
}) {
  if (overdue) return <ListTag color="red">{t('meetings:decisionStatus.overdue')}</ListTag>;
  return <ListTag color={DECISION_COLORS[status]}>{t(`meetings:decisionStatus.${status}`)}</ListTag>;
}

/** A risk's level as the heat map and the reports show it: its colour, its name, and the score. */
export function LevelChip({
  t,
  level,
  score,
}: {
  t: TFunction;
  level: RiskLevel | null;
  score?: number | null;
}) {
  if (!level) return <span style={{ color: '#8c8c8c' }}>{t('meetings:print.notAssessed')}</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {levelChip(t, level)}
      {score != null && <span style={{ marginLeft: 6, color: '#595959' }}>{score}</span>}
    </span>
  );
}

export const categoryName = (list: readonly ListEntry[], key: string, locale: Locale) =>
  listEntryName(list, key, locale);

/** 'HH:mm – HH:mm', or one of them, or nothing. */
export const timeRange = (start: string | null, end: string | null) =>
  [start, end].filter(Boolean).join(' – ');
