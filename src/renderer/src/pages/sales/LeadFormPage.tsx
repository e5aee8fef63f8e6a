import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import type dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { LIMITS } from '../../../../shared/contract/limits';
import type { ActivityOption } from '../../../../shared/sales/types';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { formatDate, fromDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSales, type ClientOption } from '../../stores/salesStore';
import { toFen } from './stageLook';

interface Values {
  title: string;
  clientKind: 'existing' | 'new';
  clientId?: string;
  newCompany?: { name?: string; industry?: string };
  expectedAmountYuan?: number | null;
  probability?: number | null;
  expectedCloseOn?: dayjs.Dayjs | null;
  nextStep?: string;
  nextStepOn?: dayjs.Dayjs | null;
  sourceActivityId?: string | null;
}

const FIELDS = [
  'title',
  'clientId',
  'newCompany',
  'expectedAmountFen',
  'expectedAmountYuan',
  'probability',
  'expectedCloseOn',
  'nextStep',
  'nextStepOn',
  'sourceActivityId',
];

/**
 * A new lead 潜在客户: for a client on file or a new company (its client file is made with the lead, status
 * potential), optionally from a promotion activity — `?activity=<id>` (the activity's page links here) picks it.
 */
export function LeadFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromActivity = params.get('activity');
  const create = useSales((s) => s.create);
  const findActivities = useSales((s) => s.activities);
  const findClients = useSales((s) => s.clients);
  const [form] = Form.useForm<Values>();
  const clientKind = Form.useWatch('clientKind', form);
  const [activities, setActivities] = useState<ActivityOption[]>([]);
  const [clients, setClients] = useState<ClientOption[]>([]);
  const { busy, submit } = useFormSubmit(form, FIELDS, (o: { id: string }) => {
    message.success(t('sales:form.created'));
    navigate(`/sales/opportunities/${o.id}`, { replace: true });
  });

  useEffect(() => {
    void findActivities(null).then(async (list) => {
      if (fromActivity && !list.some((a) => a.id === fromActivity))
        list = [...(await findActivities(null, fromActivity)), ...list];
      setActivities(list);
      if (fromActivity && list.some((a) => a.id === fromActivity))
        form.setFieldValue('sourceActivityId', fromActivity);
    });
    void findClients(null).then(setClients);
  }, [findActivities, findClients, fromActivity, form]);

  function onFinish(v: Values) {
    void submit(() =>
      create({
        title: v.title,
        clientId: v.clientKind === 'existing' ? (v.clientId ?? null) : null,
        newCompany:
          v.clientKind === 'new'
            ? { name: v.newCompany?.name ?? '', industry: v.newCompany?.industry || null }
            : null,
        ownerId: null,
        expectedAmountFen: toFen(v.expectedAmountYuan),
        probability: v.probability ?? null,
        expectedCloseOn: fromDayjs(v.expectedCloseOn),
        nextStep: v.nextStep || null,
        nextStepOn: fromDayjs(v.nextStepOn),
        sourceActivityId: v.sourceActivityId ?? null,
      }),
    );
  }

  const required = [{ required: true, whitespace: true, message: t('validation:required') }];
  return (
    <div data-testid="lead-form-page" style={{ maxWidth: 880 }}>
      <PageHeader
        title={t('sales:form.newTitle')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/sales/opportunities')}>
            {t('sales:detail.back')}
          </Button>
        }
      />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          name="lead"
          initialValues={{ clientKind: 'new' }}
          onFinish={onFinish}
        >
          <Form.Item name="title" label={t('sales:field.title')} rules={required}>
            <Input maxLength={LIMITS.shortText} data-testid="lead-title" />
          </Form.Item>
          <Form.Item name="clientKind" label={t('sales:field.client')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'new', label: t('sales:form.newCompany') },
                { value: 'existing', label: t('sales:form.existingClient') },
              ]}
            />
          </Form.Item>
          {clientKind === 'existing' ? (
            <Form.Item name="clientId" rules={[{ required: true, message: t('validation:required') }]}>
              <Select
                showSearch
                filterOption={false}
                placeholder={t('sales:form.clientSearch')}
                onSearch={(s) => void findClients(s || null).then(setClients)}
                options={clients.map((c) => ({
                  value: c.id,
                  label: t('sales:detail.client', { name: c.name, code: c.code }),
                }))}
                data-testid="lead-client"
              />
            </Form.Item>
          ) : (
            <Row gutter={16}>
              <Col xs={24} md={14}>
                <Form.Item name={['newCompany', 'name']} label={t('sales:field.newCompany')} rules={required}>
                  <Input maxLength={LIMITS.shortText} data-testid="lead-company" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item name={['newCompany', 'industry']} label={t('sales:field.industry')}>
                  <Input maxLength={LIMITS.name} />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="expectedAmountYuan" label={t('sales:form.amountYuan')}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="lead-amount" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="probability"
                label={t('sales:field.probability')}
                extra={t('sales:form.probabilityHint')}
              >
                <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="expectedCloseOn" label={t('sales:field.expectedCloseOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="nextStep" label={t('sales:field.nextStep')}>
                <Input maxLength={LIMITS.shortText} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="nextStepOn" label={t('sales:field.nextStepOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="sourceActivityId"
            label={t('sales:field.sourceActivity')}
            extra={fromActivity ? t('sales:form.activityFromLink') : undefined}
          >
            <Select
              allowClear
              showSearch
              filterOption={false}
              onSearch={(s) => void findActivities(s || null).then(setActivities)}
              options={activities.map((a) => ({
                value: a.id,
                label: t('sales:form.activityOption', {
                  code: a.code,
                  title: a.title,
                  date: formatDate(a.heldOn, locale),
                }),
              }))}
              data-testid="lead-activity"
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="lead-create">
              {t('sales:form.create')}
            </Button>
            <Button onClick={() => navigate('/sales/opportunities')}>{t('common:cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
