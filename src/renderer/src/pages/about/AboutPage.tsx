import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../stores/sessionStore';

export default function AboutPage() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  return (
    <Card style={{ maxWidth: 760 }} data-testid="about-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('common:appName')}
      </Typography.Title>
      <Typography.Paragraph>{t('common:about.description')}</Typography.Paragraph>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('common:about.version')}>{status?.appVersion}</Descriptions.Item>
        <Descriptions.Item label={t('common:about.schema')}>
          {status?.databaseSchemaVersion ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('common:about.dataFolder')}>
          <Typography.Text copyable>{status?.dataDir}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('common:about.rulebook')}>
          {t('common:about.rulebookName')}
        </Descriptions.Item>
        <Descriptions.Item label={t('common:about.fonts')}>{t('common:about.fontsNotice')}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
