import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rectification } from '../../../../shared/control/types';
import { FormModal } from '../../components/FormModal';
import { control } from '../../stores/controlStore';

/** An auditor's decision on the evidence: verify (closes the rectification) or return it with what is missing. */
export function ReviewModal({
  rectification,
  decision,
  onClose,
}: {
  rectification: Rectification;
  decision: 'verify' | 'return';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const verify = decision === 'verify';
  return (
    <FormModal<{ comment: string | null }, Rectification>
      title={t(verify ? 'control:detail.verifyTitle' : 'control:detail.returnTitle')}
      fields={['comment']}
      name="review"
      width={520}
      testId="review-form"
      run={(v) => {
        const ref = { id: rectification.id, version: rectification.version };
        return verify
          ? control.verifyRectification({ ...ref, comment: v.comment ?? null })
          : control.returnRectification({ ...ref, comment: v.comment ?? '' });
      }}
      successMessage={() => t('control:detail.done')}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t(verify ? 'control:detail.verifyHint' : 'control:detail.returnHint')}
      </Typography.Paragraph>
      <Form.Item
        name="comment"
        label={t(verify ? 'control:detail.commentOptional' : 'control:detail.comment')}
        rules={verify ? [] : [{ required: true, message: t('validation:required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="review-comment" />
      </Form.Item>
    </FormModal>
  );
}
