import {
  Alert,
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
  Spin,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ACTIVITY_KINDS, type ActivityDetail, type ActivityKind } from '../../../../shared/market/types';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { market, useMarket } from '../../stores/marketStore';
import { useSession } from '../../stores/sessionStore';
import { fenOf, useOwnerOptions, yuanOf } from './parts';

interface Values {
  kind: ActivityKind;
  title: string;
  heldOn: Dayjs | null;
  endsOn: Dayjs | null;
  place?: string;
  /** Yuan on screen, fen for main: main's errors about the cost land here. */
  costFen: number | null;
  attendees: number | null;
  notes?: string;
  ownerId: string;
}

const FIELDS = ['kind', 'title', 'heldOn', 'endsOn', 'place', 'costFen', 'attendees', 'notes', 'ownerId'];

/** Record a promotion activity (or change one): kind, title, days, place, cost, attendance, owner. */
export function ActivityFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [form] = Form.useForm<Values>();
  const me = useSession((s) => s.user?.staffId ?? '');
  const detail = useMarket((s) => (id && s.activityDetail.id === id ? s.activityDetail.data : null));
  const error = useMarket((s) => (id && s.activityDetail.id === id ? s.activityDetail.error : null));
  const loadDetail = useMarket((s) => s.loadDetail);
  const owners = useOwnerOptions(detail?.activity.ownerId ?? null);

  useEffect(() => {
    if (id) void loadDetail('activityDetail', id);
  }, [id, loadDetail]);
  useEffect(() => {
    if (!detail) return;
    const a = detail.activity;
    form.setFieldsValue({
      kind: a.kind,
      title: a.title,
      heldOn: toDayjs(a.heldOn),
      endsOn: toDayjs(a.endsOn),
      place: a.place ?? '',
      costFen: yuanOf(a.costFen),
      attendees: a.attendees,
      notes: a.notes ?? '',
      ownerId: a.ownerId,
    });
  }, [detail, form]);

  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: ActivityDetail) =>
    navigate(`/sales/activities/${saved.activity.id}`),
  );
  const onFinish = (v: Values) => {
    const fields = {
      kind: v.kind,
      title: v.title ?? '',
      heldOn: fromDayjs(v.heldOn) ?? '',
      endsOn: fromDayjs(v.endsOn),
      place: v.place ?? null,
      costFen: fenOf(v.costFen) ?? 0,
      attendees: v.attendees ?? null,
      notes: v.notes ?? null,
      ownerId: v.ownerId,
    };
    void submit(() =>
      id && detail
        ? market.updateActivity({ id, version: detail.activity.version, ...fields })
        : market.createActivity(fields),
    );
  };

  if (id && error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (id && !detail) return <Spin />;

  return (
    <div data-testid="activity-form-page">
      <PageHeader
        title={
          detail
            ? t('market:form.editActivity', { code: detail.activity.code })
            : t('market:form.newActivity')
        }
      />
      <Card style={{ maxWidth: 880 }}>
        <Form<Values>
          form={form}
          name="activity"
          layout="vertical"
          initialValues={{ kind: 'exhibition', heldOn: dayjs(), costFen: null, attendees: null, ownerId: me }}
          onFinish={onFinish}
          onValuesChange={(changed: Partial<Values>) =>
            form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))
          }
          data-testid="activity-form"
        >
          <Form.Item name="kind" label={t('market:fields.kind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={ACTIVITY_KINDS.map((v) => ({ value: v, label: t(`market:kind.${v}`) }))}
              data-testid="activity-kind"
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('market:fields.title')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input maxLength={200} data-testid="activity-title" />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="heldOn"
                label={t('market:fields.heldOn')}
                rules={[{ required: true, message: t('validation:required') }]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="activity-held-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="endsOn" label={t('market:fields.endsOn')} extra={t('market:form.endsOnHint')}>
                <DatePicker style={{ width: '100%' }} data-testid="activity-ends-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="place" label={t('market:fields.place')}>
                <Input maxLength={200} data-testid="activity-place" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="costFen" label={t('market:fields.costYuan')} extra={t('market:form.costHint')}>
                <InputNumber
                  precision={2}
                  max={10_000_000_000}
                  style={{ width: '100%' }}
                  data-testid="activity-cost"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="attendees" label={t('market:fields.attendees')}>
                <InputNumber
                  precision={0}
                  max={1_000_000}
                  style={{ width: '100%' }}
                  data-testid="activity-attendees"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="ownerId" label={t('market:fields.owner')} extra={t('market:form.ownerHint')}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={owners}
                  data-testid="activity-owner"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="notes" label={t('market:fields.notes')}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={20000}
              data-testid="activity-notes"
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="activity-save">
              {t('market:form.save')}
            </Button>
            <Button onClick={() => navigate(id ? `/sales/activities/${id}` : '/sales/activities')}>
              {t('market:form.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
