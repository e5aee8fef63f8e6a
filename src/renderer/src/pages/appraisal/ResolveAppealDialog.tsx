import { Descriptions, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppealOutcome, AppraisalForm } from '../../../../shared/appraisal/forms';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { useAppraisalReview } from '../../stores/appraisalReviewStore';
import { useLocale } from '../../stores/localeStore';
import { scoreText } from './reviewWords';

/** What the dialog needs of a form; the appeal itself (its reason) when the caller has it. */
export type ResolveTarget = Pick<AppraisalForm, 'id' | 'version' | 'staffName' | 'finalScore'> &
  Partial<Pick<AppraisalForm, 'appeal'>>;

interface Values {
  outcome: AppealOutcome;
  total: number | null;
  note: string;
}

/**
 * The manager resolves an open appeal: upholds the result, or adjusts the final score to a new total; the note
 * is required either way (the person reads it with the decision).
 */
export function ResolveAppealDialog({ form, onClose }: { form: ResolveTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const resolve = useAppraisalReview((s) => s.resolveAppeal);
  const [values] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', values);
  const appeal = form.appeal ?? null;
  return (
    <FormModal<Values, AppraisalForm>
      title={t('appraisalReview:resolve.title', { name: form.staffName })}
      form={values}
      fields={['outcome', 'total', 'note']}
      initialValues={{ outcome: 'upheld', total: null, note: '' }}
      run={(v) =>
        resolve({
          id: form.id,
          version: form.version,
          outcome: v.outcome,
          note: v.note,
          total: v.outcome === 'adjusted' ? (v.total ?? null) : null,
        })
      }
      successMessage={() => t('appraisalReview:resolve.done')}
      onClose={onClose}
      name="resolveAppeal"
      testId="resolve-form"
      okText={t('appraisalReview:resolve.submit')}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          ...(appeal
            ? [{ key: 'reason', label: t('appraisalReview:resolve.appealReason'), children: appeal.reason }]
            : []),
          {
            key: 'before',
            label: t('appraisalReview:resolve.scoreBefore'),
            children: scoreText(appeal?.scoreBefore ?? form.finalScore, locale),
          },
        ]}
      />
      <Form.Item name="outcome" label={t('appraisalReview:resolve.outcome')}>
        <Radio.Group
          options={[
            { value: 'upheld', label: t('appraisalReview:resolve.upheld') },
            { value: 'adjusted', label: t('appraisalReview:resolve.adjusted') },
          ]}
        />
      </Form.Item>
      {outcome === 'adjusted' && (
        <Form.Item
          name="total"
          label={t('appraisalReview:resolve.total')}
          extra={t('appraisalReview:resolve.totalHelp')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <InputNumber step={1} style={{ width: 160 }} />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={t('appraisalReview:resolve.note')}
        extra={t('appraisalReview:resolve.noteHelp')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
