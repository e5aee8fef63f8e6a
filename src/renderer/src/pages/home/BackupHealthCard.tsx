import { Alert, Button, Card, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSettings } from '../../stores/settingsStore';

const DAY_MS = 86_400_000;

/** For the manager: when the data was last backed up, and a warning when it has been too long. */
export default function BackupHealthCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const backups = useSettings((s) => s.backups);
  const loadBackups = useSettings((s) => s.loadBackups);
  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  const [openedAt] = useState(() => Date.now());
  const latest = backups[0];
  const stale = !latest || openedAt - Date.parse(latest.createdAt) > DAY_MS;
  return (
    <Card
      title={t('home:backup.title')}
      extra={
        <Button type="link" onClick={() => navigate('/settings')}>
          {t('home:open')}
        </Button>
      }
    >
      {latest && (
        <Typography.Paragraph>
          {t('home:backup.latest', { time: formatDateTime(latest.createdAt, locale), count: backups.length })}
        </Typography.Paragraph>
      )}
      {stale && (
        <Alert type="warning" showIcon message={t(latest ? 'home:backup.stale' : 'home:backup.never')} />
      )}
    </Card>
  );
}
