import { Alert, App, Button, List, Popconfirm, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { AuthLayout } from '../../components/AuthLayout';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRecovery } from '../../stores/recoveryStore';
import { useSession } from '../../stores/sessionStore';

/** The database is damaged or from a newer app: explain, and (when damaged) offer the backups to restore. */
export default function RecoveryPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const status = useSession((s) => s.status);
  const boot = useSession((s) => s.boot);
  const { backups, load, restore } = useRecovery();
  const [busy, setBusy] = useState<string | null>(null);
  const corrupt = status?.state === 'corrupt';

  useEffect(() => {
    if (corrupt) void load();
  }, [corrupt, load]);

  async function doRestore(fileName: string) {
    setBusy(fileName);
    const r = await restore(fileName);
    setBusy(null);
    if (!r.ok) return void message.error(errorText(t, r.error));
    message.success(t('settings:backups.restored'));
    await boot();
  }

  return (
    <AuthLayout
      title={t(corrupt ? 'settings:recovery.corruptTitle' : 'settings:recovery.newerTitle')}
      width={640}
    >
      <Alert
        type={corrupt ? 'error' : 'warning'}
        showIcon
        message={t(corrupt ? 'errors:DB_CORRUPT' : 'errors:DB_NEWER_VERSION')}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph>
        {t('settings:recovery.dataFolder')}{' '}
        <Typography.Text code copyable>
          {status?.dataDir}
        </Typography.Text>
      </Typography.Paragraph>
      {corrupt ? (
        <>
          <Typography.Paragraph type="secondary">{t('settings:recovery.chooseBackup')}</Typography.Paragraph>
          <List
            bordered
            dataSource={backups}
            locale={{ emptyText: t('settings:recovery.noBackups') }}
            renderItem={(b) => (
              <List.Item
                actions={[
                  <Popconfirm
                    key="restore"
                    title={t('settings:backups.restoreConfirm')}
                    onConfirm={() => void doRestore(b.fileName)}
                  >
                    <Button size="small" type="primary" loading={busy === b.fileName}>
                      {t('settings:backups.restore')}
                    </Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={formatDateTime(b.createdAt, locale)}
                  description={`${t(`settings:backups.kinds.${b.kind}`)} · ${formatBytes(b.sizeBytes, locale)}`}
                />
              </List.Item>
            )}
          />
        </>
      ) : (
        <Typography.Paragraph>
          {t('settings:recovery.newerAdvice', { version: status?.appVersion ?? '' })}
        </Typography.Paragraph>
      )}
    </AuthLayout>
  );
}
