import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
} from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { LIMITS } from '../../../../shared/contract/limits';
import { thresholdsInOrder } from '../../../../shared/kri/rules';
import {
  KRI_DIRECTIONS,
  KRI_FREQUENCIES,
  KRI_SOURCES,
  type Kri,
  type KriDirection,
  type KriFrequency,
  type KriSource,
} from '../../../../shared/kri/types';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { usePermission } from '../../components/usePermission';
import { useKris } from '../../stores/kriStore';
import { useSession } from '../../stores/sessionStore';
import { RiskPicker } from './RiskPicker';

interface Values {
  name: string;
  description?: string;
  unit?: string;
  direction: KriDirection;
  warningThreshold?: number | null;
  alarmThreshold?: number | null;
  riskId: string | null;
  ownerId?: string;
  frequency: KriFrequency;
  source: KriSource;
  active: boolean;
}

const FIELDS = [
  'name',
  'description',
  'unit',
  'direction',
  'warningThreshold',
  'alarmThreshold',
  'riskId',
  'ownerId',
  'frequency',
  'source',
  'active',
];

/** /kris/new: a new indicator; /kris/:id/edit: its form. */
export function KriFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useKris((s) => s.detail);
  const detailError = useKris((s) => s.detailError);
  const loadDetail = useKris((s) => s.loadDetail);
  useEffect(() => {
    if (id) void loadDetail(id);
  }, [id, loadDetail]);
  if (!id) return <KriForm kri={null} />;
  if (detailError) return <Result status="warning" title={errorText(t, detailError)} />;
  if (!detail || detail.kri.id !== id) return <Skeleton active />;
  return <KriForm kri={detail.kri} />;
}

function KriForm({ kri }: { kri: Kri | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const canManage = usePermission('kri.manage');
  const user = useSession((s) => s.user);
  const people = useKris((s) => s.people);
  const loadPeople = useKris((s) => s.loadPeople);
  const create = useKris((s) => s.create);
  const update = useKris((s) => s.update);
  const direction = Form.useWatch('direction', form) ?? 'higher_worse';
  const source = Form.useWatch('source', form) ?? 'manual';
  const warning = Form.useWatch('warningThreshold', form);
  const alarm = Form.useWatch('alarmThreshold', form);
  const unit = Form.useWatch('unit', form)?.trim() || undefined;

  useEffect(() => {
    void loadPeople();
  }, [loadPeople]);

  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: Kri) => {
    message.success(kri ? t('kri:form.saved') : t('kri:form.created', { code: saved.code }));
    navigate(`/kris/${saved.id}`, { replace: true });
  });

  const initialValues = useMemo(
    (): Partial<Values> =>
      kri
        ? {
            name: kri.name,
            description: kri.description ?? undefined,
            unit: kri.unit ?? undefined,
            direction: kri.direction,
            warningThreshold: kri.warningThreshold,
            alarmThreshold: kri.alarmThreshold,
            riskId: kri.riskId,
            ownerId: kri.ownerId,
            frequency: kri.frequency,
            source: kri.source,
            active: kri.active,
          }
        : {
            direction: 'higher_worse',
            frequency: 'monthly',
            source: 'manual',
            active: true,
            riskId: null,
            // Whoever defines an indicator keeps it unless they name someone else.
            ownerId: user?.staffId,
          },
    [kri, user?.staffId],
  );

  // People at work — for a group lead, themselves and their group (main refuses others); the indicator's own
  // owner shows even when no longer one of them (main asks for another).
  const inTeam = (p: { id: string; groupId: string | null }) =>
    user?.role !== 'group_lead' ||
    p.id === user.staffId ||
    (p.groupId !== null && p.groupId === user.groupId);
  const ownerOptions = people
    .filter((p) => (p.status === 'active' && inTeam(p)) || p.id === kri?.ownerId)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.employeeNo})` }));

  function onFinish(v: Values) {
    const input = {
      name: v.name.trim(),
      description: v.description?.trim() || null,
      unit: v.unit?.trim() || null,
      direction: v.direction,
      warningThreshold: v.warningThreshold ?? Number.NaN,
      alarmThreshold: v.alarmThreshold ?? Number.NaN,
      riskId: v.riskId ?? null,
      ownerId: v.ownerId ?? '',
      frequency: v.frequency,
      source: v.source,
      active: v.active,
    };
    return submit(() => (kri ? update({ id: kri.id, version: kri.version, ...input }) : create(input)));
  }

  // A computed source counts in its own unit: offered when none is written yet.
  function onSource(next: KriSource) {
    if (next !== 'manual' && !form.getFieldValue('unit'))
      form.setFieldValue('unit', t(`kri:sourceUnit.${next}`));
  }

  const back = () => navigate(kri ? `/kris/${kri.id}` : '/kris');
  const required = { required: true, message: t('validation:required') };
  const orderWrong =
    typeof warning === 'number' && typeof alarm === 'number' && !thresholdsInOrder(direction, warning, alarm);

  if (!canManage)
    return (
      <Result
        status="info"
        title={t('kri:list.emptyHintReadOnly')}
        extra={<Button onClick={back}>{t('kri:form.back')}</Button>}
      />
    );

  return (
    <div data-testid="kri-form-page">
      <PageHeader
        title={t(kri ? 'kri:form.edit' : 'kri:form.new')}
        intro={kri?.code}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={back}>
            {t('kri:form.back')}
          </Button>
        }
      />
      <Card style={{ maxWidth: 920 }}>
        <Form<Values>
          form={form}
          name="kri"
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          data-testid="kri-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={t('kri:fields.name')} rules={[{ ...required, whitespace: true }]}>
                <Input maxLength={LIMITS.shortText} placeholder={t('kri:form.namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="unit" label={t('kri:fields.unit')}>
                <Input maxLength={LIMITS.tag} placeholder={t('kri:form.unitPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('kri:fields.description')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={LIMITS.text}
              placeholder={t('kri:form.descriptionPlaceholder')}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="source" label={t('kri:fields.source')} extra={t(`kri:sourceHint.${source}`)}>
                <Select
                  options={KRI_SOURCES.map((s) => ({ value: s, label: t(`kri:source.${s}`) }))}
                  onChange={onSource}
                  data-testid="kri-source"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="frequency" label={t('kri:fields.frequency')}>
                <Radio.Group
                  optionType="button"
                  options={KRI_FREQUENCIES.map((f) => ({ value: f, label: t(`kri:frequency.${f}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>

          <Card
            size="small"
            title={t('kri:form.thresholds')}
            style={{ marginBottom: 24 }}
            data-testid="kri-thresholds"
          >
            <Form.Item name="direction" label={t('kri:fields.direction')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={KRI_DIRECTIONS.map((d) => ({ value: d, label: t(`kri:direction.${d}`) }))}
                data-testid="kri-direction"
              />
            </Form.Item>
            <Alert
              type={orderWrong ? 'error' : 'info'}
              showIcon
              style={{ marginBottom: 16 }}
              title={t(`kri:form.thresholdOrder.${direction}`)}
              description={orderWrong ? t('kri:form.thresholdOrderWrong') : undefined}
              data-testid="kri-threshold-order"
            />
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="warningThreshold"
                  label={t('kri:fields.warningThreshold')}
                  rules={[required]}
                >
                  <InputNumber style={{ width: '100%' }} suffix={unit} data-testid="kri-warning" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="alarmThreshold" label={t('kri:fields.alarmThreshold')} rules={[required]}>
                  <InputNumber style={{ width: '100%' }} suffix={unit} data-testid="kri-alarm" />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="riskId" label={t('kri:fields.riskId')} extra={t('kri:form.riskHint')}>
                <RiskPicker
                  known={
                    kri?.riskId && kri.riskCode
                      ? { id: kri.riskId, code: kri.riskCode, title: kri.riskTitle ?? '' }
                      : null
                  }
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="ownerId"
                label={t('kri:fields.ownerId')}
                rules={[required]}
                extra={t('kri:form.ownerHint')}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={ownerOptions}
                  data-testid="kri-owner"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="active"
            label={t('kri:fields.active')}
            valuePropName="checked"
            extra={t('kri:form.activeHint')}
          >
            <Switch data-testid="kri-active" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="kri-save">
              {t('common:save')}
            </Button>
            <Button onClick={back}>{t('common:cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
