import { Card, Descriptions, Space, Typography, Button } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { transport } from '../../api/transport';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { usePermission } from '../../components/usePermission';
import { useSession } from '../../stores/sessionStore';
import { BackupsCard } from './BackupsCard';
import { CustomerServiceSettingsCard } from './CustomerServiceSettingsCard';
import { DepartmentSettingsCard } from './DepartmentSettingsCard';
import { RiskSettingsCard } from './RiskSettingsCard';
import { AppraisalSettingsCard } from './AppraisalSettingsCard';
import { SalesSettingsCard } from './SalesSettingsCard';
import { WorkingCalendarCard } from './WorkingCalendarCard';

export default function SettingsPage() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const canManageSettings = usePermission('settings.manage');
  const canBackup = usePermission('backup.manage');
  const openDataFolder = transport().openDataFolder;
  return (
    <Space
      direction="vertical"
      size={16}
      style={{ width: '100%', maxWidth: 980 }}
      data-testid="settings-page"
    >
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings:title')}
      </Typography.Title>
      <Card title={t('settings:general.title')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('common:language')}>
            <LanguageSwitch />
          </Descriptions.Item>
          <Descriptions.Item label={t('settings:general.dataFolder')}>
            <Space wrap>
              <Typography.Text code copyable>
                {status?.dataDir}
              </Typography.Text>
              {openDataFolder && (
                <Button size="small" icon={<FolderOpenOutlined />} onClick={() => void openDataFolder()}>
                  {t('settings:general.openFolder')}
                </Button>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings:general.database')}>
            <Typography.Text code>{status?.databasePath}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {canManageSettings && <DepartmentSettingsCard />}
      {canManageSettings && <WorkingCalendarCard />}
      {canManageSettings && <CustomerServiceSettingsCard />}
      {canManageSettings && <RiskSettingsCard />}
      {canManageSettings && <AppraisalSettingsCard />}
      {canManageSettings && <SalesSettingsCard />}
      {canBackup && <BackupsCard />}
    </Space>
  );
}
