import { Button, Card, Col, Divider, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useSettingsSection } from './useSettingsSection';
import { DeadlinesEditor } from './DeadlinesEditor';
import { ListEntriesEditor } from './ListEntriesEditor';

type ServiceKey =
  | 'serviceCategories'
  | 'serviceDepartments'
  | 'serviceDeadlines'
  | 'serviceWarnHours'
  | 'improvementWindowDays'
  | 'improvementThresholdPct';
type Values = Pick<OrgSettings, ServiceKey>;

const FIELDS: readonly ServiceKey[] = [
  'serviceCategories',
  'serviceDepartments',
  'serviceDeadlines',
  'serviceWarnHours',
  'improvementWindowDays',
  'improvementThresholdPct',
];

const NUMBERS: { name: ServiceKey; min: number; max: number; step: number }[] = [
  // Steps of one keep whole hours reading "2", not "2.0"; half hours are typed in.
  { name: 'serviceWarnHours', min: 0.5, max: 72, step: 1 },
  { name: 'improvementWindowDays', min: 14, max: 365, step: 1 },
  { name: 'improvementThresholdPct', min: 1, max: 90, step: 1 },
];

const pick = (s: OrgSettings): Values => ({
  serviceCategories: s.serviceCategories,
  serviceDepartments: s.serviceDepartments,
  serviceDeadlines: s.serviceDeadlines,
  serviceWarnHours: s.serviceWarnHours,
  improvementWindowDays: s.improvementWindowDays,
  improvementThresholdPct: s.improvementThresholdPct,
});

/** Customer service settings: the category and department lists, the deadlines and the warning and effect rules. */
export function CustomerServiceSettingsCard() {
  const { t } = useTranslation();
  const { form, record, busy, onFinish } = useSettingsSection<Values>(FIELDS, pick);

  return (
    <Card title={t('settings:service.title')} loading={!record} data-testid="service-settings">
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        // Main's refusal of a list as a whole (a key twice, none in use) stays until that list is edited.
        onValuesChange={(changed: Partial<Values>) =>
          form.setFields(
            (['serviceCategories', 'serviceDepartments'] as const)
              .filter((name) => name in changed)
              .map((name) => ({ name, errors: [] })),
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('settings:service.intro')}</Typography.Paragraph>
        <ListEntriesEditor
          name="serviceCategories"
          title={t('settings:service.categories')}
          savedCount={record?.settings.serviceCategories.length ?? 0}
        />
        <ListEntriesEditor
          name="serviceDepartments"
          title={t('settings:service.departments')}
          savedCount={record?.settings.serviceDepartments.length ?? 0}
        />
        <Typography.Paragraph type="secondary">{t('settings:service.listHint')}</Typography.Paragraph>
        <Divider />
        <DeadlinesEditor />
        <Row gutter={16}>
          {NUMBERS.map((f) => (
            <Col key={f.name} xs={24} sm={12} lg={8}>
              <Form.Item
                name={f.name}
                label={t(`settings:service.${f.name}`)}
                rules={[{ required: true, message: t('validation:required') }]}
                extra={t('settings:department.range', { min: f.min, max: f.max })}
              >
                <InputNumber min={f.min} max={f.max} step={f.step} style={{ width: '100%' }} />
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
