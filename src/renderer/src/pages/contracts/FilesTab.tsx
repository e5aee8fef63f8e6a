import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ATTACHMENT_MAX_MB } from '../../../../shared/clients/fileTypes';
import type { ContractAttachment, ContractDetail } from '../../../../shared/contracts/types';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';

/** The contract's files — the signed copy above all: added by those running it, saved by anyone who sees it. */
export function FilesTab({ detail }: { detail: ContractDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message, modal } = App.useApp();
  const canWrite = usePermission('contracts.write');
  const { addAttachment, deleteAttachment, openAttachment } = useContracts();
  const saver = useSaveFile();
  const [adding, setAdding] = useState(false);
  const l = (k: string) => t(`contracts:files.${k}`);

  async function add(file: File): Promise<void> {
    if (file.size > DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024)
      return void message.error(t('validation:fileTooLarge', { maxMb: DEFAULT_ATTACHMENT_MAX_MB }));
    setAdding(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = await addAttachment({ contractId: detail.contract.id, fileName: file.name, bytes });
      if (r.ok) message.success(l('added'));
      else message.error(errorText(t, r.error));
    } finally {
      setAdding(false);
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {canWrite && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void add(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={adding} data-testid="contract-file-add">
            {l('add')}
          </Button>
        </Upload>
      )}
      <Table<ContractAttachment>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.attachments}
        locale={{ emptyText: l('none') }}
        data-testid="contract-files"
        columns={[
          { key: 'name', title: l('title'), dataIndex: 'fileName' },
          { key: 'size', title: '', width: 100, render: (_v, a) => formatBytes(a.sizeBytes, locale) },
          {
            key: 'by',
            title: '',
            width: 240,
            render: (_v, a) => `${a.createdByName ?? ''} · ${formatDateTime(a.createdAt, locale)}`,
          },
          {
            key: 'actions',
            title: '',
            width: 200,
            render: (_v, a) => (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => void saver.produceAndSave(() => openAttachment(a.id))}
                >
                  {l('open')}
                </Button>
                {canWrite && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() =>
                      modal.confirm({
                        title: l('delete'),
                        content: a.fileName,
                        onOk: async () => {
                          const r = await deleteAttachment(a.id);
                          if (r.ok) message.success(l('deleted'));
                          else message.error(errorText(t, r.error));
                        },
                      })
                    }
                  >
                    {l('delete')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
