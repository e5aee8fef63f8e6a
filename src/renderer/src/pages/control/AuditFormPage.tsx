import { Alert, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { AUDIT_TYPES, type AuditDetail, type AuditType } from '../../../../shared/control/types';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { control, useControl } from '../../stores/controlStore';

interface AuditFormValues {
  type: AuditType;
  title: string;
  scope: string;
  periodFrom: Dayjs | null;
  periodTo: Dayjs | null;
  auditOn: Dayjs | null;
  auditorIds: string[];
  leadAuditorId: string | null;
}

/** Main's field names, and the form fields their errors land on. */
const FIELDS = ['type', 'title', 'scope', 'periodFrom', 'periodTo', 'auditOn', 'auditorIds', 'leadAuditorId'];

function valuesOf(d: AuditDetail | null): Partial<AuditFormValues> {
  if (!d) return { type: 'internal_audit', auditorIds: [], leadAuditorId: null };
  const a = d.audit;
  return {
    type: a.type,
    title: a.title,
    scope: a.scope,
    periodFrom: toDayjs(a.periodFrom),
    periodTo: toDayjs(a.periodTo),
    auditOn: toDayjs(a.auditOn),
    auditorIds: a.auditors.map((x) => x.staffId),
    leadAuditorId: a.auditors.find((x) => x.lead)?.staffId ?? null,
  };
}

/** Plan an audit (the manager or a deputy): what, when, which period, and who audits it. */
export function AuditFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [form] = Form.useForm<AuditFormValues>();
  const people = useControl((s) => s.people);
  const loadPeople = useControl((s) => s.loadPeople);
  const detail = useControl((s) => (id && s.detailId === id ? s.detail : null));
  const detailError = useControl((s) => (id && s.detailId === id ? s.detailError : null));
  const loadDetail = useControl((s) => s.loadDetail);
  const auditorIds = Form.useWatch('auditorIds', form) ?? [];

  useEffect(() => {
    void loadPeople();
    if (id) void loadDetail(id);
  }, [id, loadPeople, loadDetail]);
  useEffect(() => {
    if (detail) form.setFieldsValue(valuesOf(detail));
  }, [detail, form]);

  // Those at work, and whoever is already named (someone since on leave stays on the form as chosen).
  const named = new Set(detail?.audit.auditors.map((x) => x.staffId) ?? []);
  const options = useMemo(
    () =>
      people
        .filter((p) => p.status === 'active' || named.has(p.id))
        .map((p) => ({ value: p.id, label: p.groupName ? `${p.name}（${p.groupName}）` : p.name })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [people, detail],
  );
  const leadOptions = options.filter((o) => auditorIds.includes(o.value));

  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: AuditDetail) =>
    navigate(`/control/${saved.audit.id}`),
  );
  const onFinish = (v: AuditFormValues) => {
    const fields = {
      type: v.type,
      title: v.title ?? '',
      scope: v.scope ?? '',
      periodFrom: fromDayjs(v.periodFrom) ?? '',
      periodTo: fromDayjs(v.periodTo) ?? '',
      auditOn: fromDayjs(v.auditOn) ?? '',
      auditorIds: v.auditorIds ?? [],
      leadAuditorId: v.leadAuditorId && v.auditorIds?.includes(v.leadAuditorId) ? v.leadAuditorId : null,
    };
    void submit(() =>
      id && detail
        ? control.updateAudit({ id, version: detail.audit.version, ...fields })
        : control.createAudit(fields),
    );
  };

  if (id && detailError) return <Alert type="error" showIcon title={errorText(t, detailError)} />;
  if (id && !detail) return <Spin />;

  return (
    <div data-testid="audit-form-page">
      <PageHeader
        title={detail ? t('control:form.editTitle', { code: detail.audit.code }) : t('control:form.newTitle')}
      />
      <Card style={{ maxWidth: 880 }}>
        <Form<AuditFormValues>
          form={form}
          name="audit"
          layout="vertical"
          initialValues={valuesOf(null)}
          onFinish={onFinish}
          // A refusal from main stays on its field until the field is changed.
          onValuesChange={(changed: Partial<AuditFormValues>) => {
            form.setFields(
              Object.keys(changed).map((name) => ({ name: name as keyof AuditFormValues, errors: [] })),
            );
            // The lead is one of the auditors: the first one named until someone else is chosen.
            if (changed.auditorIds) {
              const lead = form.getFieldValue('leadAuditorId') as string | null;
              if (!lead || !changed.auditorIds.includes(lead))
                form.setFieldValue('leadAuditorId', changed.auditorIds[0] ?? null);
            }
          }}
          data-testid="audit-form"
        >
          <Form.Item name="type" label={t('control:fields.type')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={AUDIT_TYPES.map((v) => ({ value: v, label: t(`control:auditType.${v}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('control:fields.title')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <Input maxLength={200} data-testid="audit-title" />
          </Form.Item>
          <Form.Item
            name="scope"
            label={t('control:fields.scope')}
            extra={t('control:form.scopeHint')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              data-testid="audit-scope"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="periodFrom"
                label={t('control:fields.periodFrom')}
                extra={t('control:form.periodHint')}
                rules={[{ required: true, message: t('validation:required') }]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="audit-period-from" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="periodTo"
                label={t('control:fields.periodTo')}
                rules={[{ required: true, message: t('validation:required') }]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="audit-period-to" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="auditOn"
                label={t('control:fields.auditOn')}
                rules={[{ required: true, message: t('validation:required') }]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="audit-date" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item
                name="auditorIds"
                label={t('control:fields.auditors')}
                extra={t('control:form.auditorsHint')}
              >
                <Select
                  mode="multiple"
                  showSearch={{ optionFilterProp: 'label' }}
                  options={options}
                  data-testid="audit-auditors"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item
                name="leadAuditorId"
                label={t('control:fields.leadAuditor')}
                extra={t('control:form.leadHint')}
              >
                <Select allowClear options={leadOptions} data-testid="audit-lead" />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="audit-save">
              {t('control:form.save')}
            </Button>
            <Button onClick={() => navigate(id ? `/control/${id}` : '/control')}>
              {t('control:form.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
