import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useSession } from '../../stores/sessionStore';

/** Main did not answer at start-up; say so plainly and let the user try again. */
export default function UnavailablePage() {
  const { t } = useTranslation();
  const error = useSession((s) => s.bootError);
  const boot = useSession((s) => s.boot);
  return (
    <Result
      status="error"
      title={t('common:unavailable')}
      subTitle={error ? errorText(t, error) : undefined}
      extra={
        <Button type="primary" onClick={() => void boot()}>
          {t('common:retry')}
        </Button>
      }
    />
  );
}
