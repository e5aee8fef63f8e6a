import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/control/channels';
import type { Rectification, RectificationDetail } from '../../../../shared/control/types';
import { FormModal } from '../../components/FormModal';
import { formatBytes } from '../../i18n/format';
import { control, useControl } from '../../stores/controlStore';
import { useLocale } from '../../stores/localeStore';
import { EvidenceFiles } from './EvidenceFiles';
import { refusalText } from './labels';

/**
 * The owner hands in what was done: a note, and files added here first (each stored at once). The files
 * shown are the rectification's as the audit page has them now, so a removal or an addition shows at once.
 */
export function SubmitEvidenceModal({
  rectification,
  onClose,
}: {
  rectification: RectificationDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const current = useControl(
    (s) =>
      s.detail?.findings.flatMap((f) => f.rectifications).find((r) => r.id === rectification.id) ??
      rectification,
  );

  async function add(file: File) {
    if (file.size > EVIDENCE_MAX_BYTES) {
      message.error(
        t('clientFiles:attachments.tooLarge', {
          name: file.name,
          max: formatBytes(EVIDENCE_MAX_BYTES, locale),
        }),
      );
      return;
    }
    setAdding(true);
    try {
      const r = await control.addEvidence(current.id, file.name, new Uint8Array(await file.arrayBuffer()));
      if (!r.ok) message.error(refusalText(t, r.error));
    } finally {
      setAdding(false);
    }
  }

  return (
    <FormModal<{ evidenceNote: string }, Rectification>
      title={t('control:detail.submitTitle')}
      fields={['evidenceNote']}
      name="evidence"
      width={600}
      testId="evidence-form"
      initialValues={{ evidenceNote: current.evidenceNote ?? '' }}
      run={(v) =>
        control.submitRectification({
          id: current.id,
          version: current.version,
          evidenceNote: v.evidenceNote ?? '',
        })
      }
      successMessage={() => t('control:detail.done')}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('control:detail.submitHint')}</Typography.Paragraph>
      {current.verifyComment && current.status === 'returned' && (
        <Typography.Paragraph type="danger">
          {t('control:detail.lastComment', { comment: current.verifyComment })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="evidenceNote"
        label={t('control:fields.evidenceNote')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} data-testid="evidence-note" />
      </Form.Item>
      <Form.Item
        label={t('control:fields.evidenceFiles')}
        extra={t('control:detail.fileHint', { maxMb: EVIDENCE_MAX_BYTES / 1024 / 1024 })}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <EvidenceFiles files={current.evidence} removable />
          <Upload
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              void add(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={adding} data-testid="evidence-add">
              {t('control:detail.addFile')}
            </Button>
          </Upload>
        </Space>
      </Form.Item>
    </FormModal>
  );
}
