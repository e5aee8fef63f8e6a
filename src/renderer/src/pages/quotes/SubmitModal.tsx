import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { Quote } from '../../../../shared/pricing/types';
import { FormModal } from '../../components/FormModal';
import { useQuotes } from '../../stores/quotesStore';

/** Asks the department manager to approve the lines below their floor, with the reason the manager reads. */
export function SubmitModal({ quote, onClose }: { quote: Quote; onClose: () => void }) {
  const { t } = useTranslation();
  const submit = useQuotes((s) => s.submit);
  const count = quote.lines.filter((l) => l.belowFloor).length;
  return (
    <FormModal<{ reason: string }, Quote>
      title={t('pricing:editor.submitTitle')}
      fields={['reason']}
      name="quote-submit"
      testId="quote-submit-form"
      okText={t('pricing:editor.submit')}
      initialValues={{ reason: quote.floorReason ?? '' }}
      run={(v) => submit({ id: quote.id, version: quote.version, reason: v.reason.trim() })}
      successMessage={() => t('pricing:editor.submitted')}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('pricing:editor.submitHint', { count })}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('pricing:editor.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={LIMITS.text}
          data-testid="quote-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
