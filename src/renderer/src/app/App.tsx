import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../stores/localeStore';
import { useSession } from '../stores/sessionStore';
import { LoginPage } from '../pages/auth/LoginPage';
import { SetupPage } from '../pages/auth/SetupPage';
import { ChangePasswordPage } from '../pages/auth/ChangePasswordPage';
import { RecoveryPage } from '../pages/recovery/RecoveryPage';
import { UnavailablePage } from '../pages/recovery/UnavailablePage';
import { Shell } from './Shell';
import { theme } from './theme';

const ANTD_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const;

function Gate() {
  const phase = useSession((s) => s.phase);
  const boot = useSession((s) => s.boot);
  const { t } = useTranslation();
  useEffect(() => {
    void boot();
  }, [boot]);
  useEffect(() => {
    document.title = t('common:appName');
  }, [t]);

  switch (phase) {
    case 'loading':
      return <Spin fullscreen />;
    case 'unavailable':
      return <UnavailablePage />;
    case 'recovery':
      return <RecoveryPage />;
    case 'setup':
      return <SetupPage />;
    case 'login':
      return <LoginPage />;
    case 'changePassword':
      return <ChangePasswordPage />;
    case 'ready':
      return <Shell />;
  }
}

export function App() {
  const locale = useLocale((s) => s.locale);
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Gate />
      </AntApp>
    </ConfigProvider>
  );
}
