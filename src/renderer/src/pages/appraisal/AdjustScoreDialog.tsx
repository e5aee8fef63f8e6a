import { Descriptions, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm } from '../../../../shared/appraisal/forms';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { useAppraisalReview } from '../../stores/appraisalReviewStore';
import { useLocale } from '../../stores/localeStore';
import { scoreText } from './reviewWords';

/** What the dialog needs of a form: from the form page, or from a consolidated row with its version. */
export type AdjustTarget = Pick<AppraisalForm, 'id' | 'version' | 'staffName' | 'finalScore'> &
  Partial<Pick<AppraisalForm, 'adjustedTotal' | 'adjustReason'>>;

interface Values {
  total: number | null;
  reason: string;
}

/**
 * The manager sets the person's final score in manager review (or, left empty, removes an adjustment), always
 * with the reason; main keeps the score before and after in the audit trail and refuses out-of-range scores.
 */
export function AdjustScoreDialog({ form, onClose }: { form: AdjustTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const adjust = useAppraisalReview((s) => s.adjust);
  return (
    <FormModal<Values, AppraisalForm>
      title={t('appraisalReview:adjust.title', { name: form.staffName })}
      fields={['total', 'reason']}
      initialValues={{ total: form.adjustedTotal ?? null, reason: form.adjustReason ?? '' }}
      run={(v) =>
        adjust({ id: form.id, version: form.version, total: v.total ?? null, reason: v.reason ?? '' })
      }
      successMessage={(f) =>
        t(f.adjustedTotal === null ? 'appraisalReview:adjust.cleared' : 'appraisalReview:adjust.saved')
      }
      onClose={onClose}
      name="adjustScore"
      testId="adjust-form"
      okText={t('appraisalReview:adjust.save')}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'current',
            label: t('appraisalReview:adjust.current'),
            children: scoreText(form.finalScore, locale),
          },
        ]}
      />
      <Form.Item
        name="total"
        label={t('appraisalReview:adjust.total')}
        extra={t('appraisalReview:adjust.totalHelp')}
      >
        <InputNumber step={1} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('appraisalReview:adjust.reason')}
        extra={t('appraisalReview:adjust.reasonHelp')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
