import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { LIMITS } from '../../../../shared/contract/limits';
import { applyFieldErrors, errorText } from '../../api/errors';
import { confirmPasswordRules, newPasswordRules } from '../../components/passwordRules';
import { useSession } from '../../stores/sessionStore';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current password, new password twice; used at first login and from the user menu. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changePassword = useSession((s) => s.changePassword);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ currentPassword, newPassword }: Values) {
    setBusy(true);
    setError(null);
    const r = await changePassword({ currentPassword, newPassword });
    setBusy(false);
    if (r.ok) return onDone?.();
    if (!applyFieldErrors(form, t, r.error, ['currentPassword', 'newPassword'])) setError(r.error);
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      data-testid="change-password-form"
    >
      <Form.Item
        name="currentPassword"
        label={t('auth:fields.currentPassword')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Input.Password id="currentPassword" autoComplete="current-password" maxLength={LIMITS.passwordMax} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth:fields.newPassword')}
        extra={t('auth:passwordRule', { min: LIMITS.passwordMin })}
        rules={newPasswordRules(t)}
      >
        <Input.Password id="newPassword" autoComplete="new-password" maxLength={LIMITS.passwordMax} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth:fields.confirmPassword')}
        dependencies={['newPassword']}
        rules={confirmPasswordRules(t, 'newPassword')}
      >
        <Input.Password id="confirm" autoComplete="new-password" maxLength={LIMITS.passwordMax} />
      </Form.Item>
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorText(t, error)} />}
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('auth:changePassword.submit')}
      </Button>
    </Form>
  );
}
