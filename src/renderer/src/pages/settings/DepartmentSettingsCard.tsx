import { App, Button, Card, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useSession } from '../../stores/sessionStore';
import { useSettings } from '../../stores/settingsStore';

type NumberKey = Exclude<keyof OrgSettings, 'departmentName'>;
const NUMBER_FIELDS: { name: NumberKey; min: number; max: number }[] = [
  { name: 'lockoutAttempts', min: 3, max: 20 },
  { name: 'lockoutMinutes', min: 1, max: 1440 },
  { name: 'backupIntervalMinutes', min: 5, max: 1440 },
  { name: 'backupKeepRecent', min: 1, max: 50 },
  { name: 'backupKeepDaily', min: 1, max: 365 },
  { name: 'backupMaxFiles', min: 5, max: 500 },
  { name: 'clientStaleDays', min: 7, max: 3650 },
];

/** The manager's department settings: name, sign-in lockout, automatic backups, client-file upkeep. */
export function DepartmentSettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgSettings>();
  const { record, load, save } = useSettings();
  const boot = useSession((s) => s.boot);
  const { busy, submit } = useFormSubmit(
    form,
    ['departmentName', ...NUMBER_FIELDS.map((f) => f.name)],
    () => {
      message.success(t('settings:saved'));
      void boot();
    },
    'settings',
  );

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (record) form.setFieldsValue(record.settings);
  }, [record, form]);

  return (
    <Card title={t('settings:department.title')} loading={!record}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => submit(() => save(v))}
        data-testid="department-settings"
      >
        <Form.Item
          name="departmentName"
          label={t('settings:department.departmentName')}
          rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
        >
          <Input maxLength={LIMITS.name} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Typography.Text type="secondary">{t('settings:department.hint')}</Typography.Text>
        <Row gutter={16} style={{ marginTop: 12 }}>
          {NUMBER_FIELDS.map((f) => (
            <Col key={f.name} xs={24} sm={12} lg={8}>
              <Form.Item
                name={f.name}
                label={t(`settings:department.${f.name}`)}
                rules={[{ required: true, message: t('validation:required') }]}
                extra={t('settings:department.range', { min: f.min, max: f.max })}
              >
                <InputNumber min={f.min} max={f.max} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common:save')}
        </Button>
      </Form>
    </Card>
  );
}
