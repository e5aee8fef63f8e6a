import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm } from '../../../../shared/appraisal/forms';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { formatDate } from '../../i18n/format';
import { useAppraisalReview } from '../../stores/appraisalReviewStore';
import { useLocale } from '../../stores/localeStore';

/** The person appeals 申诉 their published result, once, until the window's last day, with the reason. */
export function AppealDialog({
  form,
  onClose,
}: {
  form: Pick<AppraisalForm, 'id' | 'version' | 'appealUntil'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const appeal = useAppraisalReview((s) => s.appeal);
  return (
    <FormModal<{ reason: string }, AppraisalForm>
      title={t('appraisalReview:appeal.title')}
      fields={['reason']}
      run={(v) => appeal({ id: form.id, version: form.version, reason: v.reason })}
      successMessage={() => t('appraisalReview:appeal.done')}
      onClose={onClose}
      name="appeal"
      testId="appeal-form"
      okText={t('appraisalReview:appeal.submit')}
    >
      {form.appealUntil && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('appraisalReview:appeal.until', { date: formatDate(form.appealUntil, locale) })}
        />
      )}
      <Form.Item
        name="reason"
        label={t('appraisalReview:appeal.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={4} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
