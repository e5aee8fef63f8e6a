import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESEARCH_FILE_MAX_BYTES } from '../../../../shared/market/channels';
import type { ResearchFile } from '../../../../shared/market/types';
import { formatBytes } from '../../i18n/format';
import { market } from '../../stores/marketStore';
import { useLocale } from '../../stores/localeStore';
import { refusalText } from './parts';

/** A research record's files: each opens through main; added and removed by whoever keeps the record. */
export function ResearchFiles({
  researchId,
  files,
  editable,
}: {
  researchId: string;
  files: ResearchFile[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  async function open(f: ResearchFile) {
    setBusy(f.id);
    try {
      const r = await market.openResearchFile(f.id);
      if (!r.ok) return void message.error(refusalText(t, r.error));
      const outcome = await market.openFile(r.data);
      if (!outcome.opened && !outcome.shownInFolder) message.error(t('market:detail.openFailed'));
    } finally {
      setBusy(null);
    }
  }

  async function remove(f: ResearchFile) {
    setBusy(f.id);
    try {
      const r = await market.deleteResearchFile(f.id);
      if (!r.ok) message.error(refusalText(t, r.error));
    } finally {
      setBusy(null);
    }
  }

  async function add(file: File) {
    if (file.size > RESEARCH_FILE_MAX_BYTES)
      return void message.error(
        t('market:detail.tooLarge', { name: file.name, max: formatBytes(RESEARCH_FILE_MAX_BYTES, locale) }),
      );
    setBusy('adding');
    try {
      const r = await market.addResearchFile(researchId, file.name, new Uint8Array(await file.arrayBuffer()));
      if (!r.ok) message.error(refusalText(t, r.error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="research-files">
      {files.length === 0 && <Typography.Text type="secondary">{t('market:detail.noFiles')}</Typography.Text>}
      {files.map((f) => (
        <Space key={f.id} size={4}>
          <Button
            type="link"
            size="small"
            icon={<PaperClipOutlined />}
            loading={busy === f.id}
            onClick={() => void open(f)}
            style={{ padding: 0 }}
            data-testid="research-file"
          >
            {f.fileName}
          </Button>
          <Typography.Text type="secondary">{formatBytes(f.sizeBytes, locale)}</Typography.Text>
          {editable && (
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('market:detail.removeFile')}
              onClick={() => void remove(f)}
            />
          )}
        </Space>
      ))}
      {editable && (
        <Space direction="vertical" size={2} style={{ marginTop: 8 }}>
          <Upload
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              void add(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy === 'adding'} data-testid="research-file-add">
              {t('market:detail.addFile')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {t('market:detail.fileHint', { maxMb: RESEARCH_FILE_MAX_BYTES / 1024 / 1024 })}
          </Typography.Text>
        </Space>
      )}
    </Space>
  );
}
