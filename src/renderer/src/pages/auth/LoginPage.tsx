import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { applyFieldErrors, errorText } from '../../api/errors';
import { AuthLayout } from '../../components/AuthLayout';
import { useSession } from '../../stores/sessionStore';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const login = useSession((s) => s.login);
  const departmentName = useSession((s) => s.departmentName);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: LoginValues) {
    setBusy(true);
    setError(null);
    const r = await login(values);
    setBusy(false);
    if (!r.ok) {
      applyFieldErrors(form, t, r.error, ['username', 'password']);
      setError(r.error);
      form.setFieldValue('password', '');
    }
  }

  const remaining = error?.code === 'BAD_CREDENTIALS' ? error.params?.remaining : undefined;
  return (
    <AuthLayout title={t('auth:login.title')} subtitle={departmentName ?? undefined}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
        <Form.Item
          name="username"
          label={t('auth:fields.username')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={32} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth:fields.password')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <Input.Password
            id="password"
            prefix={<LockOutlined />}
            autoComplete="current-password"
            maxLength={128}
          />
        </Form.Item>
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={errorText(t, error)}
            description={
              remaining !== undefined ? t('auth:login.remaining', { count: Number(remaining) }) : undefined
            }
            data-testid="login-error"
          />
        )}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
          {t('auth:login.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
