import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFile } from '../../../../shared/control/types';
import { formatBytes } from '../../i18n/format';
import { control } from '../../stores/controlStore';
import { useLocale } from '../../stores/localeStore';
import { refusalText } from './labels';

/** A rectification's evidence files: each opens through main; removable while the owner works on it. */
export function EvidenceFiles({ files, removable }: { files: EvidenceFile[]; removable: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  async function open(f: EvidenceFile) {
    setBusy(f.id);
    try {
      const r = await control.openEvidence(f.id);
      if (!r.ok) return void message.error(refusalText(t, r.error));
      const outcome = await control.openFile(r.data);
      if (!outcome.opened && !outcome.shownInFolder) message.error(t('clientFiles:attachments.openFailed'));
    } finally {
      setBusy(null);
    }
  }

  async function remove(f: EvidenceFile) {
    setBusy(f.id);
    try {
      const r = await control.deleteEvidence(f.id);
      if (!r.ok) message.error(refusalText(t, r.error));
    } finally {
      setBusy(null);
    }
  }

  if (files.length === 0)
    return <Typography.Text type="secondary">{t('control:detail.noFiles')}</Typography.Text>;
  return (
    <Space direction="vertical" size={2} data-testid="evidence-files">
      {files.map((f) => (
        <Space key={f.id} size={4}>
          <Button
            type="link"
            size="small"
            icon={<PaperClipOutlined />}
            loading={busy === f.id}
            onClick={() => void open(f)}
            style={{ padding: 0 }}
            data-testid="evidence-file"
          >
            {f.fileName}
          </Button>
          <Typography.Text type="secondary">{formatBytes(f.sizeBytes, locale)}</Typography.Text>
          {removable && (
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('control:detail.removeFile')}
              onClick={() => void remove(f)}
            />
          )}
        </Space>
      ))}
    </Space>
  );
}
