import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { ResearchDetail } from '../../../../shared/market/types';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { market, useMarket } from '../../stores/marketStore';
import { useSession } from '../../stores/sessionStore';
import { useOwnerOptions } from './parts';
import { ResearchFiles } from './ResearchFiles';

interface Values {
  topic: string;
  targetGroup?: string;
  findings?: string;
  conductedOn: Dayjs | null;
  ownerId: string;
}

const FIELDS = ['topic', 'targetGroup', 'findings', 'conductedOn', 'ownerId'];

/** Record market research (or change one): what was studied, among whom, what was found, and its files. */
export function ResearchFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [form] = Form.useForm<Values>();
  const me = useSession((s) => s.user?.staffId ?? '');
  const detail = useMarket((s) => (id && s.researchDetail.id === id ? s.researchDetail.data : null));
  const error = useMarket((s) => (id && s.researchDetail.id === id ? s.researchDetail.error : null));
  const loadDetail = useMarket((s) => s.loadDetail);
  const owners = useOwnerOptions(detail?.research.ownerId ?? null);

  useEffect(() => {
    if (id) void loadDetail('researchDetail', id);
  }, [id, loadDetail]);
  useEffect(() => {
    if (!detail) return;
    const r = detail.research;
    form.setFieldsValue({
      topic: r.topic,
      targetGroup: r.targetGroup ?? '',
      findings: r.findings ?? '',
      conductedOn: toDayjs(r.conductedOn),
      ownerId: r.ownerId,
    });
  }, [detail, form]);

  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: ResearchDetail) =>
    navigate(`/sales/research/${saved.research.id}`),
  );
  const onFinish = (v: Values) => {
    const fields = {
      topic: v.topic ?? '',
      targetGroup: v.targetGroup ?? null,
      findings: v.findings ?? null,
      conductedOn: fromDayjs(v.conductedOn) ?? '',
      ownerId: v.ownerId,
    };
    void submit(() =>
      id && detail
        ? market.updateResearch({ id, version: detail.research.version, ...fields })
        : market.createResearch(fields),
    );
  };

  if (id && error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (id && !detail) return <Spin />;

  return (
    <div data-testid="research-form-page">
      <PageHeader
        title={
          detail
            ? t('market:form.editResearch', { code: detail.research.code })
            : t('market:form.newResearch')
        }
      />
      <Card style={{ maxWidth: 880 }}>
        <Form<Values>
          form={form}
          name="research"
          layout="vertical"
          initialValues={{ conductedOn: dayjs(), ownerId: me }}
          onFinish={onFinish}
          // A refusal from main stays on its field until the field is changed.
          onValuesChange={(changed: Partial<Values>) =>
            form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))
          }
          data-testid="research-form"
        >
          <Form.Item
            name="topic"
            label={t('market:fields.topic')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input maxLength={200} data-testid="research-topic" />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="targetGroup" label={t('market:fields.targetGroup')}>
                <Input maxLength={200} data-testid="research-target" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="conductedOn"
                label={t('market:fields.conductedOn')}
                rules={[{ required: true, message: t('validation:required') }]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="research-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="ownerId" label={t('market:fields.owner')} extra={t('market:form.ownerHint')}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={owners}
                  data-testid="research-owner"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="findings" label={t('market:fields.findings')}>
            <Input.TextArea
              autoSize={{ minRows: 5, maxRows: 16 }}
              maxLength={20000}
              data-testid="research-findings"
            />
          </Form.Item>
          <Form.Item label={t('market:fields.files')}>
            {detail ? (
              <ResearchFiles researchId={detail.research.id} files={detail.files} editable={detail.mayEdit} />
            ) : (
              <Typography.Text type="secondary">{t('market:form.filesAfterSave')}</Typography.Text>
            )}
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="research-save">
              {t('market:form.save')}
            </Button>
            <Button onClick={() => navigate(id ? `/sales/research/${id}` : '/sales/research')}>
              {t('market:form.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
