import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppealStatus, Grade } from '../../../../shared/appraisal/forms';
import { GRADE_COLORS } from '../../../../shared/appraisal/resultCharts';
import type { Locale } from '../../../../shared/contract/fields';
import { formatNumber } from '../../i18n/format';

/** A score as the reader's locale writes it, a dash when there is none. */
export const scoreText = (n: number | null | undefined, locale: Locale): string =>
  n === null || n === undefined ? '—' : formatNumber(n, locale);

/** The grade in its colour (the same as the charts and the printed summary); the letter says it too. */
export function GradeTag({ grade }: { grade: Grade | null }) {
  if (!grade) return <>—</>;
  const c = GRADE_COLORS[grade];
  return (
    <Tag
      style={{
        background: c.fill,
        borderColor: c.fill,
        color: c.text,
        fontWeight: 600,
        minWidth: 28,
        textAlign: 'center',
      }}
      data-testid="grade-tag"
    >
      {grade}
    </Tag>
  );
}

const APPEAL_COLOR: Record<AppealStatus, string> = { open: 'orange', upheld: 'default', adjusted: 'blue' };

export function AppealTag({ status }: { status: AppealStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <>—</>;
  return <Tag color={APPEAL_COLOR[status]}>{t(`appraisalReview:appealStatus.${status}`)}</Tag>;
}
