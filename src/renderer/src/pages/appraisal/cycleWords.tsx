import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CyclePhase } from '../../../../shared/appraisal/cycles';

const PHASE_COLOR: Record<CyclePhase, string> = {
  goalSetting: 'blue',
  selfAssessment: 'cyan',
  supervisorReview: 'geekblue',
  managerReview: 'purple',
  published: 'green',
  closed: 'default',
};

export function PhaseTag({ phase }: { phase: CyclePhase }) {
  const { t } = useTranslation();
  return <Tag color={PHASE_COLOR[phase]}>{t(`appraisal:phase.${phase}`)}</Tag>;
}

/** A group's name in the reader's language. */
export const groupLabel = (
  r: { groupName: string | null; groupNameEn: string | null },
  locale: string,
  none: string,
): string => (locale === 'en-US' ? (r.groupNameEn ?? r.groupName) : r.groupName) ?? none;
