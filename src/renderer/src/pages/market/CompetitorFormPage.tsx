import { Alert, Button, Card, Col, Form, Input, Row, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { CompetitorDetail } from '../../../../shared/market/types';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { market, useMarket } from '../../stores/marketStore';

interface Values {
  name: string;
  products?: string;
  strengths?: string;
  weaknesses?: string;
  website?: string;
  notes?: string;
}

const FIELDS = ['name', 'products', 'strengths', 'weaknesses', 'website', 'notes'] as const;

/** Open a competitor file, or keep one up to date (the file is shared: anyone may). */
export function CompetitorFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [form] = Form.useForm<Values>();
  const detail = useMarket((s) => (id && s.competitorDetail.id === id ? s.competitorDetail.data : null));
  const error = useMarket((s) => (id && s.competitorDetail.id === id ? s.competitorDetail.error : null));
  const loadDetail = useMarket((s) => s.loadDetail);

  useEffect(() => {
    if (id) void loadDetail('competitorDetail', id);
  }, [id, loadDetail]);
  useEffect(() => {
    if (!detail) return;
    const c = detail.competitor;
    form.setFieldsValue(Object.fromEntries(FIELDS.map((f) => [f, c[f] ?? ''])) as unknown as Values);
  }, [detail, form]);

  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: CompetitorDetail) =>
    navigate(`/sales/competitors/${saved.competitor.id}`),
  );
  const onFinish = (v: Values) => {
    const fields = {
      name: v.name ?? '',
      products: v.products ?? null,
      strengths: v.strengths ?? null,
      weaknesses: v.weaknesses ?? null,
      website: v.website ?? null,
      notes: v.notes ?? null,
    };
    void submit(() =>
      id && detail
        ? market.updateCompetitor({ id, version: detail.competitor.version, ...fields })
        : market.createCompetitor(fields),
    );
  };

  if (id && error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (id && !detail) return <Spin />;
  const text = (rows: number) => <Input.TextArea autoSize={{ minRows: rows, maxRows: 8 }} maxLength={2000} />;

  return (
    <div data-testid="competitor-form-page">
      <PageHeader
        title={
          detail
            ? t('market:form.editCompetitor', { name: detail.competitor.name })
            : t('market:form.newCompetitor')
        }
      />
      <Card style={{ maxWidth: 880 }}>
        <Form<Values>
          form={form}
          name="competitor"
          layout="vertical"
          onFinish={onFinish}
          onValuesChange={(changed: Partial<Values>) =>
            form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))
          }
          data-testid="competitor-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('market:fields.name')}
                rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
              >
                <Input maxLength={100} data-testid="competitor-name-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="website" label={t('market:fields.website')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="products" label={t('market:fields.products')}>
            {text(2)}
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="strengths" label={t('market:fields.strengths')}>
                {text(3)}
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="weaknesses" label={t('market:fields.weaknesses')}>
                {text(3)}
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="notes" label={t('market:fields.notes')}>
            {text(3)}
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="competitor-save">
              {t('market:form.save')}
            </Button>
            <Button onClick={() => navigate(id ? `/sales/competitors/${id}` : '/sales/competitors')}>
              {t('market:form.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
