import { Card, Descriptions } from 'antd';
import { GradeTag } from './reviewWords';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm } from '../../../../shared/appraisal/forms';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { score } from './formWords';

/**
 * The result: final score, grade, the manager's adjustment, the acknowledgement and an appeal, read-only.
 * `actions` is where the result's own steps go (acknowledge, appeal, adjust, resolve).
 */
export function FormResult({ form: f, actions }: { form: AppraisalForm; actions?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const dash = '—';
  return (
    <Card
      title={t('appraisal:forms.result.title')}
      style={{ marginBottom: 16 }}
      data-testid="appraisal-result"
      extra={actions}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'final',
            label: t('appraisal:forms.result.finalScore'),
            children: score(f.finalScore, locale),
          },
          {
            key: 'grade',
            label: t('appraisal:forms.result.grade'),
            children: f.grade ? <GradeTag grade={f.grade} /> : dash,
          },
          { key: 'eval', label: t('appraisal:forms.evaluation.total'), children: score(f.evalTotal, locale) },
          ...(f.quarterMean !== null
            ? [
                {
                  key: 'quarters',
                  label: t('appraisal:forms.result.quarterMean'),
                  children: score(f.quarterMean, locale),
                },
              ]
            : []),
          {
            key: 'adjusted',
            label: t('appraisal:forms.result.adjusted'),
            children:
              f.adjustedTotal === null
                ? dash
                : `${score(f.adjustedTotal, locale)} · ${f.adjustReason ?? ''} (${f.adjustedByName ?? ''})`,
          },
          {
            key: 'ack',
            label: t('appraisal:forms.result.acknowledged'),
            children: f.acknowledgedAt ? formatDateTime(f.acknowledgedAt, locale) : dash,
          },
          {
            key: 'appeal',
            label: t('appraisal:forms.result.appeal'),
            children: f.appeal
              ? `${t(`appraisal:forms.appealStatus.${f.appeal.status}`)} · ${f.appeal.reason}${f.appeal.note ? ` → ${f.appeal.note}` : ''}`
              : f.appealUntil
                ? t('appraisal:forms.result.appealUntil', { date: formatDate(f.appealUntil, locale) })
                : dash,
          },
        ]}
      />
    </Card>
  );
}
