import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm } from '../../../../shared/appraisal/forms';
import { errorText } from '../../api/errors';
import { useAppraisalReview } from '../../stores/appraisalReviewStore';

/** The person acknowledges their published result (they may still appeal inside the window). */
export function AcknowledgeButton({ form }: { form: Pick<AppraisalForm, 'id' | 'version'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const acknowledge = useAppraisalReview((s) => s.acknowledge);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    const r = await acknowledge({ id: form.id, version: form.version });
    setBusy(false);
    if (r.ok) message.success(t('appraisalReview:acknowledge.done'));
    else message.error(errorText(t, r.error));
  }
  return (
    <Popconfirm
      title={t('appraisalReview:acknowledge.confirm')}
      onConfirm={() => void run()}
      okText={t('appraisalReview:acknowledge.button')}
      cancelText={t('common:cancel')}
    >
      <Button type="primary" icon={<CheckOutlined />} loading={busy} data-testid="result-acknowledge">
        {t('appraisalReview:acknowledge.button')}
      </Button>
    </Popconfirm>
  );
}
