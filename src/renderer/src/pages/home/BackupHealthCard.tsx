import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../i18n/format';
import { useHome } from '../../stores/homeStore';
import { useLocale } from '../../stores/localeStore';

/** For the manager: when the data was last backed up, and a warning when it has been too long. */
export default function BackupHealthCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const health = useHome((s) => s.summary?.backups);
  if (!health) return <Card loading title={t('home:backup.title')} />;
  const { latest, count, stale } = health;
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
          {t('home:backup.latest', { time: formatDateTime(latest.createdAt, locale), count })}
        </Typography.Paragraph>
      )}
      {stale && (
        <Alert type="warning" showIcon title={t(latest ? 'home:backup.stale' : 'home:backup.never')} />
      )}
    </Card>
  );
}
