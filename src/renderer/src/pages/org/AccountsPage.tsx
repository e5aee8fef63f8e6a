import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import { ROLES, type Role } from '../../../../shared/contract/roles';
import type { Account } from '../../../../shared/org/types';
import { errorText } from '../../api/errors';
import { FormModal } from '../../components/FormModal';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { newPasswordRules } from '../../components/passwordRules';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';

type Dialog =
  { kind: 'new' } | { kind: 'edit'; account: Account } | { kind: 'reset'; account: Account } | null;

function NewAccountForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const staff = useOrg((s) => s.staff);
  const createAccount = useOrg((s) => s.createAccount);
  const candidates = staff.filter((s) => !s.account && s.status !== 'left');
  return (
    <FormModal<{ staffId: string; username: string; password: string; role: Role }, Account>
      title={t('org:accounts.new')}
      fields={['staffId', 'username', 'password', 'role']}
      run={(v) => createAccount(v)}
      successMessage={(a) => t('org:accounts.created', { name: a.staffName })}
      onClose={onClose}
      initialValues={{ role: 'staff' }}
      testId="account-form"
    >
      <Form.Item
        name="staffId"
        label={t('org:accounts.fields.staff')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Select
          id="account-staff"
          showSearch={{ optionFilterProp: 'label' }}
          options={candidates.map((s) => ({ value: s.id, label: `${s.name} (${s.employeeNo})` }))}
        />
      </Form.Item>
      <Form.Item
        name="username"
        label={t('org:accounts.fields.username')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input id="account-username" maxLength={LIMITS.username} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('org:accounts.fields.password')}
        extra={t('auth:passwordRule', { min: LIMITS.passwordMin })}
        rules={newPasswordRules(t)}
      >
        <Input.Password id="account-password" maxLength={LIMITS.passwordMax} autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="role" label={t('org:accounts.fields.role')}>
        <Select id="account-role" options={ROLES.map((r) => ({ value: r, label: t(`org:roles.${r}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

function EditAccountForm({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const updateAccount = useOrg((s) => s.updateAccount);
  return (
    <FormModal<{ role: Role; active: boolean }, Account>
      title={`${t('org:accounts.edit')} · ${account.staffName}`}
      fields={['role', 'active']}
      run={(v) => updateAccount({ id: account.id, version: account.version, ...v })}
      successMessage={() => t('org:staff.saved')}
      onClose={onClose}
      initialValues={{ role: account.role, active: account.active }}
    >
      <Form.Item name="role" label={t('org:accounts.fields.role')}>
        <Select options={ROLES.map((r) => ({ value: r, label: t(`org:roles.${r}`) }))} />
      </Form.Item>
      <Form.Item name="active" label={t('org:accounts.fields.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

function ResetPasswordForm({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const resetPassword = useOrg((s) => s.resetPassword);
  return (
    <FormModal<{ newPassword: string }, Account>
      title={`${t('org:accounts.resetPassword')} · ${account.staffName}`}
      fields={['newPassword']}
      run={(v) => resetPassword({ id: account.id, version: account.version, newPassword: v.newPassword })}
      successMessage={() => t('org:accounts.passwordReset')}
      onClose={onClose}
    >
      <Form.Item
        name="newPassword"
        label={t('org:accounts.fields.newPassword')}
        extra={t('auth:passwordRule', { min: LIMITS.passwordMin })}
        rules={newPasswordRules(t)}
      >
        <Input.Password maxLength={LIMITS.passwordMax} autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

export default function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const { accounts, loadAccounts, loadStaff, unlockAccount } = useOrg();
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => {
    void loadAccounts();
    void loadStaff();
  }, [loadAccounts, loadStaff]);

  const [now] = useState(() => new Date().toISOString());
  const columns: ColumnsType<Account> = [
    {
      title: t('org:accounts.fields.staff'),
      dataIndex: 'staffName',
      render: (n: string, a) => `${n} (${a.employeeNo})`,
    },
    { title: t('org:accounts.fields.username'), dataIndex: 'username' },
    { title: t('org:accounts.fields.role'), dataIndex: 'role', render: (r: Role) => t(`org:roles.${r}`) },
    {
      title: t('org:accounts.fields.state'),
      key: 'state',
      render: (_v, a) => (
        <Space size={4} wrap>
          {!a.active ? (
            <Tag>{t('org:accounts.state.inactive')}</Tag>
          ) : (
            <Tag color="green">{t('org:accounts.state.active')}</Tag>
          )}
          {a.lockedUntil && a.lockedUntil > now && (
            <Tag color="red">
              {t('org:accounts.lockedUntil', { time: formatDateTime(a.lockedUntil, locale) })}
            </Tag>
          )}
          {a.mustChangePassword && <Tag color="gold">{t('org:accounts.state.mustChange')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('org:accounts.fields.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (v: string | null) =>
        v ? (
          formatDateTime(v, locale)
        ) : (
          <Typography.Text type="secondary">{t('org:accounts.never')}</Typography.Text>
        ),
    },
    {
      title: t('common:actions'),
      key: 'actions',
      render: (_v, a) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', account: a })}>
            {t('common:edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'reset', account: a })}>
            {t('org:accounts.resetPassword')}
          </Button>
          {a.lockedUntil && a.lockedUntil > now && (
            <Button
              type="link"
              size="small"
              onClick={async () => {
                const r = await unlockAccount({ id: a.id, version: a.version });
                if (r.ok) message.success(t('org:accounts.unlocked'));
                else message.error(errorText(t, r.error));
              }}
            >
              {t('org:accounts.unlock')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="accounts-page">
      <PageHeader
        title={t('org:accounts.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'new' })}
            data-testid="account-new"
          >
            {t('org:accounts.new')}
          </Button>
        }
      />
      <Card>
        <Table<Account>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          columns={columns}
          dataSource={accounts}
          locale={{
            emptyText: (
              <ListEmpty
                filtered={false}
                title={t('org:accounts.empty')}
                hint={t('org:accounts.emptyHint')}
                actions={
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'new' })}>
                    {t('org:accounts.new')}
                  </Button>
                }
              />
            ),
          }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      </Card>
      {dialog?.kind === 'new' && <NewAccountForm onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <EditAccountForm account={dialog.account} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordForm account={dialog.account} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
