import { DeleteOutlined, FolderOpenOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ATTACHMENT_MAX_MB } from '../../../../shared/clients/fileTypes';
import type { Attachment } from '../../../../shared/clients/types';
import { isExecutableFileName } from '../../../../shared/shell/executableFiles';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { clientFiles, useClientFiles } from '../../stores/clientFilesStore';
import { useLocale } from '../../stores/localeStore';
import { ListEmpty } from '../../components/ListEmpty';

/** Files kept with a client file: copied into the data folder by main, opened through it. */
export function AttachmentsTab({ clientId, initial }: { clientId: string; initial: Attachment[] }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message, modal } = App.useApp();
  const canWrite = usePermission('clients.write');
  const state = useClientFiles((s) => s.attachments);
  const loadAttachments = useClientFiles((s) => s.loadAttachments);
  const addAttachment = useClientFiles((s) => s.addAttachment);
  const deleteAttachment = useClientFiles((s) => s.deleteAttachment);
  const [adding, setAdding] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);

  useEffect(() => {
    void loadAttachments(clientId);
  }, [clientId, loadAttachments]);

  const mine = state.clientId === clientId;
  const rows = mine && (state.rows.length > 0 || !state.loading) ? state.rows : initial;

  async function add(file: File): Promise<void> {
    if (file.size > DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024) {
      message.error(
        t('clientFiles:attachments.tooLarge', {
          name: file.name,
          max: formatBytes(DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024, locale),
        }),
      );
      return;
    }
    setAdding(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = await addAttachment(clientId, file.name, bytes);
      if (r.ok) message.success(t('clientFiles:attachments.added', { name: r.data.fileName }));
      else message.error(errorText(t, r.error));
    } finally {
      setAdding(false);
    }
  }

  async function open(a: Attachment): Promise<void> {
    setOpening(a.id);
    try {
      const r = await clientFiles.openAttachment(a.id);
      if (!r.ok) return void message.error(errorText(t, r.error));
      const outcome = await clientFiles.openFile(r.data);
      // Main never runs a program or script: it shows it in its folder, and the user learns why.
      if (outcome.shownInFolder)
        return void modal.warning({
          title: t('clientFiles:attachments.executableTitle'),
          content: t('clientFiles:attachments.executableShown', { name: a.fileName }),
        });
      if (!outcome.opened)
        message.error(
          t(outcome.error === 'DISK_FULL' ? 'errors:DISK_FULL' : 'clientFiles:attachments.openFailed'),
        );
    } finally {
      setOpening(null);
    }
  }

  function confirmDelete(a: Attachment): void {
    modal.confirm({
      title: t('clientFiles:attachments.deleteTitle'),
      content: t('clientFiles:attachments.deleteText', { name: a.fileName }),
      okText: t('clientFiles:attachments.delete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const r = await deleteAttachment(a.id);
        if (r.ok) message.success(t('clientFiles:attachments.deleted', { name: a.fileName }));
        else message.error(errorText(t, r.error));
      },
    });
  }

  return (
    <div data-testid="client-attachments">
      {canWrite && (
        <Space style={{ marginBottom: 12 }}>
          <Upload
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void add(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={adding} data-testid="attachment-add">
              {t('clientFiles:attachments.add')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {t('clientFiles:attachments.hint', {
              max: formatBytes(DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024, locale),
            })}
          </Typography.Text>
        </Space>
      )}
      {mine && state.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, state.error)} />
      )}
      <Table<Attachment>
        scroll={{ x: 'max-content' }}
        rowKey="id"
        size="small"
        dataSource={rows}
        loading={mine && state.loading && rows.length === 0}
        pagination={false}
        locale={{
          emptyText: <ListEmpty filtered={false} title={t('clientFiles:attachments.empty')} />,
        }}
        columns={[
          {
            title: t('clientFiles:attachments.name'),
            dataIndex: 'fileName',
            render: (v: string, a) => (
              <Space size={6}>
                <Typography.Link onClick={() => void open(a)} data-testid="attachment-name">
                  {v}
                </Typography.Link>
                {isExecutableFileName(v) && (
                  <Tag color="warning" icon={<WarningOutlined />} data-testid="attachment-executable">
                    {t('clientFiles:attachments.executable')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('clientFiles:attachments.size'),
            dataIndex: 'sizeBytes',
            width: 110,
            render: (v: number) => formatBytes(v, locale),
          },
          {
            title: t('clientFiles:attachments.addedAt'),
            dataIndex: 'createdAt',
            width: 180,
            render: (v: string) => formatDateTime(v, locale),
          },
          {
            title: t('clientFiles:attachments.addedBy'),
            dataIndex: 'createdByName',
            width: 140,
            render: (v: string | null) => v ?? '',
          },
          {
            title: '',
            key: 'actions',
            width: 240,
            render: (_: unknown, a) => (
              <Space>
                <Button
                  size="small"
                  icon={<FolderOpenOutlined />}
                  loading={opening === a.id}
                  onClick={() => void open(a)}
                  data-testid="attachment-open"
                >
                  {t(
                    isExecutableFileName(a.fileName)
                      ? 'clientFiles:attachments.showInFolder'
                      : 'clientFiles:attachments.open',
                  )}
                </Button>
                {canWrite && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => confirmDelete(a)}
                    data-testid="attachment-delete"
                  >
                    {t('clientFiles:attachments.delete')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
