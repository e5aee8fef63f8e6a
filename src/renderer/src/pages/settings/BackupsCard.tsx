import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/backup/types';
import { errorText } from '../../api/errors';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { useSettings } from '../../stores/settingsStore';
import { ListEmpty } from '../../components/ListEmpty';

const KIND_COLOR = {
  auto: 'default',
  manual: 'blue',
  'pre-migration': 'purple',
  'pre-restore': 'orange',
} as const;

/** Backups: automatic (start-up and interval, rotated), manual, restore with an undo copy. */
export function BackupsCard() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const { backups, loadBackups, backupNow, restore } = useSettings();
  const boot = useSession((s) => s.boot);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  async function doBackup() {
    setBusy('new');
    const r = await backupNow();
    setBusy(null);
    if (r.ok) message.success(t('settings:backups.created'));
    else message.error(errorText(t, r.error));
  }

  async function doRestore(b: BackupInfo) {
    setBusy(b.fileName);
    const r = await restore(b.fileName);
    setBusy(null);
    if (!r.ok) return void message.error(errorText(t, r.error));
    modal.success({
      title: t('settings:backups.restored'),
      content: t('settings:backups.restoredDetail', { undo: formatDateTime(r.data.undo.createdAt, locale) }),
      onOk: () => void boot(),
      onCancel: () => void boot(),
    });
  }

  const columns: ColumnsType<BackupInfo> = [
    {
      title: t('settings:backups.columns.createdAt'),
      dataIndex: 'createdAt',
      render: (v: string) => formatDateTime(v, locale),
    },
    {
      title: t('settings:backups.columns.kind'),
      dataIndex: 'kind',
      render: (k: BackupInfo['kind']) => <Tag color={KIND_COLOR[k]}>{t(`settings:backups.kinds.${k}`)}</Tag>,
    },
    {
      title: t('settings:backups.columns.size'),
      dataIndex: 'sizeBytes',
      align: 'right',
      render: (v: number) => formatBytes(v, locale),
    },
    {
      title: t('common:actions'),
      key: 'actions',
      render: (_v, b) => (
        <Popconfirm
          title={t('settings:backups.restoreConfirm')}
          description={t('settings:backups.restoreHint')}
          onConfirm={() => void doRestore(b)}
          okText={t('settings:backups.restore')}
          cancelText={t('common:cancel')}
        >
          <Button type="link" size="small" loading={busy === b.fileName}>
            {t('settings:backups.restore')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t('settings:backups.title')}
      extra={
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={busy === 'new'}
          onClick={() => void doBackup()}
          data-testid="backup-now"
        >
          {t('settings:backups.now')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings:backups.intro')}</Typography.Paragraph>
      <Table<BackupInfo>
        scroll={{ x: 'max-content' }}
        rowKey="fileName"
        size="small"
        columns={columns}
        dataSource={backups}
        locale={{
          emptyText: (
            <ListEmpty
              filtered={false}
              title={t('settings:backups.empty')}
              hint={t('settings:backups.emptyHint')}
            />
          ),
        }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
    </Card>
  );
}
