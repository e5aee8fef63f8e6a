import { App, Button, Card, Col, Empty, Form, Input, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import { scoreHistoryOption } from '../../../../shared/risk/scoreChart';
import type { Risk, RiskAssessment, RiskDetail } from '../../../../shared/risk/types';
import { EChart } from '../../components/EChart';
import { useFormSubmit } from '../../components/useFormSubmit';
import { formatDateTime, formatDay } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { levelChip, scaleValueText } from './labels';
import { ScaleHelp, ScaleSelect, ScorePreview } from './ScaleSelect';
import { useRiskSettings } from './useRiskLists';

interface Values {
  likelihood: number | null;
  impact: number | null;
  reason?: string;
}

/**
 * The first assessment or a reassessment: likelihood and impact on the manager's scales, and — for every
 * reassessment — why the picture changed (kept with who and when).
 */
function AssessForm({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useRiskSettings();
  const assess = useRisk((s) => s.assess);
  const [form] = Form.useForm<Values>();
  const likelihood = Form.useWatch('likelihood', form);
  const impact = Form.useWatch('impact', form);
  const first = risk.status === 'identified';
  const { busy, submit } = useFormSubmit(form, ['likelihood', 'impact', 'reason'], () => {
    message.success(t(first ? 'riskDesk:assess.assessed' : 'riskDesk:assess.reassessed'));
    form.setFieldsValue({ reason: undefined });
  });
  const required = { required: true, message: t('validation:required') };
  return (
    <Card
      size="small"
      title={t(first ? 'riskDesk:assess.firstTitle' : 'riskDesk:assess.reassessTitle')}
      style={{ marginBottom: 16 }}
      data-testid="assess-card"
    >
      <Form<Values>
        form={form}
        name="assess"
        layout="vertical"
        data-testid="assess-form"
        initialValues={{ likelihood: risk.likelihood, impact: risk.impact }}
        onFinish={(v) =>
          submit(() =>
            assess({
              id: risk.id,
              version: risk.version,
              likelihood: v.likelihood ?? 0,
              impact: v.impact ?? 0,
              reason: v.reason?.trim() || null,
            }),
          )
        }
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="likelihood"
              label={t('risk:field.likelihood')}
              rules={[required]}
              extra={<ScaleHelp scale={settings?.riskLikelihoodScale} value={likelihood ?? null} />}
            >
              <ScaleSelect scale={settings?.riskLikelihoodScale} testId="assess-likelihood" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="impact"
              label={t('risk:field.impact')}
              rules={[required]}
              extra={<ScaleHelp scale={settings?.riskImpactScale} value={impact ?? null} />}
            >
              <ScaleSelect scale={settings?.riskImpactScale} testId="assess-impact" />
            </Form.Item>
          </Col>
        </Row>
        {!first && (
          <Form.Item
            name="reason"
            label={t('riskDesk:assess.reason')}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={LIMITS.text}
              placeholder={t('riskDesk:assess.reasonPlaceholder')}
            />
          </Form.Item>
        )}
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="assess-save">
            {t(first ? 'riskDesk:assess.saveFirst' : 'riskDesk:assess.saveReassess')}
          </Button>
          <ScorePreview likelihood={likelihood} impact={impact} matrix={settings?.riskLevelMatrix} />
        </div>
      </Form>
    </Card>
  );
}

/** The score over time (level bands behind it) and every assessment with who, when and why. */
export function RiskAssessmentTab({ detail }: { detail: RiskDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useRiskSettings();
  const { risk, assessments } = detail;
  const option = useMemo(
    () =>
      settings
        ? scoreHistoryOption(
            assessments,
            settings.riskLevelMatrix,
            {
              score: t('risk:field.score'),
              level: (l) => t(`risk:level.${l}`),
              date: (iso) => formatDay(iso, locale),
              cell: (likelihood, impact, score) => t('risk:cell', { likelihood, impact, score }),
            },
            risk.status === 'closed' ? (risk.closedAt ?? undefined) : new Date().toISOString(),
          )
        : null,
    [assessments, settings, t, locale, risk.status, risk.closedAt],
  );
  const newestFirst = useMemo(
    () => [...assessments].sort((a, b) => b.assessedAt.localeCompare(a.assessedAt)),
    [assessments],
  );
  return (
    <>
      {detail.allowed.assess && <AssessForm risk={risk} />}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('riskDesk:assess.history')}
      </Typography.Title>
      {option ? (
        <EChart option={option} height={240} testId="score-chart" />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('riskDesk:assess.noneYet')} />
      )}
      {assessments.length > 0 && (
        <Table<RiskAssessment>
          rowKey="id"
          size="small"
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 640 }}
          style={{ marginTop: 12 }}
          dataSource={newestFirst}
          data-testid="assessments-table"
          columns={[
            {
              title: t('riskDesk:assess.when'),
              dataIndex: 'assessedAt',
              width: 170,
              render: (v: string, a) => (
                <div>
                  {formatDateTime(v, locale)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {a.assessedByName}
                  </Typography.Text>
                </div>
              ),
            },
            {
              title: t('riskDesk:assess.assessment'),
              key: 'score',
              width: 230,
              render: (_v, a) => (
                <div>
                  <span style={{ marginInlineEnd: 8 }}>{levelChip(t, a.level)}</span>
                  {t('risk:cell', { likelihood: a.likelihood, impact: a.impact, score: a.score })}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {scaleValueText(settings?.riskLikelihoodScale, a.likelihood, locale)} ·{' '}
                    {scaleValueText(settings?.riskImpactScale, a.impact, locale)}
                  </Typography.Text>
                </div>
              ),
            },
            {
              title: t('risk:field.reason'),
              dataIndex: 'reason',
              render: (v: string | null) =>
                v ? (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>
                ) : (
                  <Typography.Text type="secondary">{t('riskDesk:assess.firstAssessment')}</Typography.Text>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
