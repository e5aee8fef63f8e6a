import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../components/AuthLayout';
import { useSession } from '../../stores/sessionStore';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown after login when the manager set or reset the password: the user picks their own first. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const logout = useSession((s) => s.logout);
  return (
    <AuthLayout title={t('auth:changePassword.title')} subtitle={t('auth:changePassword.intro')}>
      <ChangePasswordForm />
      <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
        {t('auth:logout')}
      </Button>
    </AuthLayout>
  );
}
