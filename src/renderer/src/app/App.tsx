import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAllTranslations } from '../i18n';
import { lazyScreen } from '../i18n/lazyScreen';
import { useLocale } from '../stores/localeStore';
import { useSession } from '../stores/sessionStore';
import { LoginPage } from '../pages/auth/LoginPage';
import { theme } from './theme';

// Only the login screen is in the start-up bundle; everything behind it loads when it is needed.
const SetupPage = lazyScreen(() => import('../pages/auth/SetupPage'));
const ChangePasswordPage = lazyScreen(() => import('../pages/auth/ChangePasswordPage'));
const RecoveryPage = lazyScreen(() => import('../pages/recovery/RecoveryPage'));
const UnavailablePage = lazyScreen(() => import('../pages/recovery/UnavailablePage'));
const loadShell = () => import('./Shell');
const Shell = lazyScreen(loadShell);

/**
 * While the login screen waits for the user, fetch what comes after it (the shell, Home, the translations),
 * so that after the password check Home paints at once. Idle time only: the login screen comes first.
 */
function prefetchAfterLogin(): void {
  // Chromium (Electron, the harness) has idle callbacks; elsewhere the screens simply load when needed.
  if (!('requestIdleCallback' in window)) return;
  window.requestIdleCallback(
    () => void Promise.all([loadShell(), import('../pages/home/HomePage'), loadAllTranslations()]),
    { timeout: 2000 },
  );
}

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
  useEffect(() => {
    if (phase === 'login') prefetchAfterLogin();
  }, [phase]);

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
