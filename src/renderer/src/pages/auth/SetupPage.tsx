import { Alert, Button, Divider, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { LIMITS } from '../../../../shared/contract/limits';
import { applyFieldErrors, errorText } from '../../api/errors';
import { confirmPasswordRules, newPasswordRules } from '../../components/passwordRules';
import { AuthLayout } from '../../components/AuthLayout';
import { useSession } from '../../stores/sessionStore';

interface SetupValues {
  departmentName: string;
  managerName: string;
  employeeNo: string;
  username: string;
  password: string;
  confirm: string;
}

const FIELDS = ['departmentName', 'managerName', 'employeeNo', 'username', 'password'] as const;

/** First run: the department and its manager's account; the rulebook's three groups are created with it. */
export default function SetupPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SetupValues>();
  const setup = useSession((s) => s.setup);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ confirm: _confirm, ...values }: SetupValues) {
    setBusy(true);
    setError(null);
    const r = await setup(values);
    setBusy(false);
    if (!r.ok) {
      applyFieldErrors(form, t, r.error, FIELDS);
      setError(r.error);
    }
  }

  const required = { required: true, whitespace: true, message: t('validation:required') };
  return (
    <AuthLayout title={t('auth:setup.title')} subtitle={t('auth:setup.intro')} width={520}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ departmentName: t('auth:setup.defaultDepartment') }}
      >
        <Form.Item name="departmentName" label={t('auth:setup.departmentName')} rules={[required]}>
          <Input id="departmentName" maxLength={LIMITS.name} />
        </Form.Item>
        <Divider plain>{t('auth:setup.managerSection')}</Divider>
        <Form.Item name="managerName" label={t('auth:setup.managerName')} rules={[required]}>
          <Input id="managerName" maxLength={LIMITS.name} />
        </Form.Item>
        <Form.Item name="employeeNo" label={t('org:staff.fields.employeeNo')} rules={[required]}>
          <Input id="employeeNo" maxLength={LIMITS.code} />
        </Form.Item>
        <Form.Item name="username" label={t('auth:fields.username')} rules={[required]}>
          <Input id="username" autoComplete="username" maxLength={LIMITS.username} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth:fields.password')}
          extra={t('auth:passwordRule', { min: LIMITS.passwordMin })}
          rules={newPasswordRules(t)}
        >
          <Input.Password id="password" autoComplete="new-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth:fields.confirmPassword')}
          dependencies={['password']}
          rules={confirmPasswordRules(t, 'password')}
        >
          <Input.Password id="confirm" autoComplete="new-password" maxLength={LIMITS.passwordMax} />
        </Form.Item>
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={errorText(t, error)} />}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
          {t('auth:setup.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
