import { App, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { Risk } from '../../../../shared/risk/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { useService } from '../../stores/serviceStore';
import { useSession } from '../../stores/sessionStore';
import { staffOption } from '../clients/owners';
import type { PickedClient } from '../service/callers';
import { ClientPicker } from '../service/ClientPicker';
import { entryOptions } from './labels';
import { ScaleHelp, ScaleSelect, ScorePreview } from './ScaleSelect';
import { useRiskSettings, useRiskStaff } from './useRiskLists';

interface Values {
  title: string;
  category: string;
  description?: string;
  cause?: string;
  ownerId: string;
  clientId: string | null;
  identifiedOn: Dayjs;
  likelihood: number | null;
  impact: number | null;
}

const FIELDS = [
  'title',
  'category',
  'description',
  'cause',
  'ownerId',
  'clientId',
  'identifiedOn',
  'likelihood',
  'impact',
] as const;

/**
 * Identify a risk (or edit what was identified): what it is, its category and cause, who owns it, the client
 * file it concerns, when it was identified — and, when it is clear already, its likelihood and impact on the
 * scales the manager described, so it is assessed at once. Main checks every rule; its field errors land here.
 */
export function RiskForm({
  risk,
  onClose,
  onCreated,
}: {
  /** Editing this risk; identifying a new one when absent. */
  risk?: Risk;
  onClose: () => void;
  onCreated?: (risk: Risk) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const staffId = useSession((s) => s.user?.staffId);
  const settings = useRiskSettings();
  const staff = useRiskStaff();
  const create = useRisk((s) => s.create);
  const update = useRisk((s) => s.update);
  const findClients = useService((s) => s.findClients);
  const [form] = Form.useForm<Values>();
  const likelihood = Form.useWatch('likelihood', form);
  const impact = Form.useWatch('impact', form);
  const [picked, setPicked] = useState<PickedClient | null>(
    risk?.clientId
      ? {
          id: risk.clientId,
          code: risk.clientCode ?? '',
          name: risk.clientName ?? '',
          ownerName: null,
          contacts: [],
        }
      : null,
  );
  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: Risk) => {
    message.success(t(risk ? 'riskDesk:form.saved' : 'riskDesk:form.created', { code: saved.code }));
    onClose();
    if (!risk) onCreated?.(saved);
  });

  const ownerOptions = staff.map(staffOption);
  if (risk && !staff.some((s) => s.id === risk.ownerId))
    ownerOptions.push({ value: risk.ownerId, label: risk.ownerName });

  const run = (v: Values) => {
    const fields = {
      title: v.title.trim(),
      category: v.category,
      description: v.description?.trim() || null,
      cause: v.cause?.trim() || null,
      ownerId: v.ownerId,
      clientId: v.clientId ?? null,
      identifiedOn: fromDayjs(v.identifiedOn) ?? '',
    };
    return risk
      ? update({ id: risk.id, version: risk.version, ...fields })
      : create({ ...fields, likelihood: v.likelihood ?? null, impact: v.impact ?? null });
  };

  const required = { required: true, message: t('validation:required') };
  return (
    <Modal
      open
      title={t(risk ? 'riskDesk:form.editTitle' : 'riskDesk:form.newTitle')}
      width={760}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t(risk ? 'common:save' : 'riskDesk:form.identify')}
      cancelText={t('common:cancel')}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="risk"
        layout="vertical"
        data-testid="risk-form"
        initialValues={
          risk
            ? {
                title: risk.title,
                category: risk.category,
                description: risk.description ?? undefined,
                cause: risk.cause ?? undefined,
                ownerId: risk.ownerId,
                clientId: risk.clientId,
                identifiedOn: toDayjs(risk.identifiedOn) ?? undefined,
              }
            : {
                ownerId: staffId,
                clientId: null,
                identifiedOn: dayjs(),
                likelihood: null,
                impact: null,
              }
        }
        onFinish={(v) => submit(() => run(v))}
      >
        <Form.Item name="title" label={t('risk:field.title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={LIMITS.shortText} autoFocus placeholder={t('riskDesk:form.titlePlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="category" label={t('risk:field.category')} rules={[required]}>
              <Select
                options={entryOptions(settings?.riskCategories, locale, risk?.category)}
                data-testid="risk-category"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="ownerId" label={t('risk:field.owner')} rules={[required]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={ownerOptions}
                data-testid="risk-owner"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="identifiedOn" label={t('risk:field.identifiedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="clientId" label={t('risk:field.client')} extra={t('riskDesk:form.clientHint')}>
          <ClientPicker
            picked={picked}
            onPick={setPicked}
            search={findClients}
            placeholder={t('riskDesk:form.clientPlaceholder')}
            testId="risk-client"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="description" label={t('risk:field.description')}>
              <Input.TextArea
                rows={3}
                maxLength={LIMITS.text}
                placeholder={t('riskDesk:form.descriptionPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="cause" label={t('risk:field.cause')}>
              <Input.TextArea
                rows={3}
                maxLength={LIMITS.text}
                placeholder={t('riskDesk:form.causePlaceholder')}
              />
            </Form.Item>
          </Col>
        </Row>
        {!risk && (
          <>
            <Typography.Text strong>{t('riskDesk:form.assessNow')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('riskDesk:form.assessNowHint')}
            </Typography.Paragraph>
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="likelihood"
                  label={t('risk:field.likelihood')}
                  extra={<ScaleHelp scale={settings?.riskLikelihoodScale} value={likelihood ?? null} />}
                  dependencies={['impact']}
                  rules={[bothOrNeither(t, 'impact')]}
                >
                  <ScaleSelect scale={settings?.riskLikelihoodScale} allowClear testId="risk-likelihood" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="impact"
                  label={t('risk:field.impact')}
                  extra={<ScaleHelp scale={settings?.riskImpactScale} value={impact ?? null} />}
                  dependencies={['likelihood']}
                  rules={[bothOrNeither(t, 'likelihood')]}
                >
                  <ScaleSelect scale={settings?.riskImpactScale} allowClear testId="risk-impact" />
                </Form.Item>
              </Col>
            </Row>
            <ScorePreview likelihood={likelihood} impact={impact} matrix={settings?.riskLevelMatrix} />
          </>
        )}
      </Form>
    </Modal>
  );
}

/** Likelihood and impact come together: the one left out is asked for once the other is chosen. */
const bothOrNeither =
  (t: (k: string) => string, other: 'likelihood' | 'impact') =>
  ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: (_: unknown, value: number | null) =>
      value == null && getFieldValue(other) != null
        ? Promise.reject(new Error(t('riskDesk:form.bothOrNeither')))
        : Promise.resolve(),
  });
