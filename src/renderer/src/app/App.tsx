import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../stores/localeStore';
import { useSession } from '../stores/sessionStore';
import { LoginPage } from '../pages/auth/LoginPage';
import { theme } from './theme';

// Only the login screen is in the start-up bundle; everything behind it loads when it is needed.
const SetupPage = lazy(() => import('../pages/auth/SetupPage'));
const ChangePasswordPage = lazy(() => import('../pages/auth/ChangePasswordPage'));
const RecoveryPage = lazy(() => import('../pages/recovery/RecoveryPage'));
const UnavailablePage = lazy(() => import('../pages/recovery/UnavailablePage'));
const Shell = lazy(() => import('./Shell'));

const ANTD_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const;

function Gate() {
  const phase = useSession((s) => s.phase);
  const ensureBooted = useSession((s) => s.ensureBooted);
  const { t } = useTranslation();
  useEffect(() => {
    if (phase === 'loading') void ensureBooted();
  }, [phase, ensureBooted]);
  useEffect(() => {
    document.title = t('common:appName');
  }, [t]);

  return <Suspense fallback={<Spin fullscreen />}>{screenFor(phase)}</Suspense>;
}

function screenFor(phase: ReturnType<typeof useSession.getState>['phase']) {
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
