import { Alert, App, Button, Card, Descriptions, Divider, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import { acceptanceNeedsApproval } from '../../../../shared/risk/rules';
import {
  RISK_STRATEGIES,
  type Risk,
  type RiskDetail,
  type RiskStrategy,
} from '../../../../shared/risk/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useRisk } from '../../stores/riskStore';
import { useSession } from '../../stores/sessionStore';
import { RiskActions } from './RiskActions';
import { AcceptanceNotice } from './RiskOverview';

interface Values {
  strategy?: RiskStrategy;
  responsePlan?: string;
  acceptanceReason?: string;
}

/**
 * Choose or change the response: the strategy, the plan, and — to accept a high or critical risk — the reason
 * the manager approves (the form says where it goes before it is sent).
 */
function RespondForm({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const respond = useRisk((s) => s.respond);
  const isManager = useSession((s) => s.user?.role === 'manager');
  const [form] = Form.useForm<Values>();
  const strategy = Form.useWatch('strategy', form);
  const needsApproval = strategy === 'accept' && acceptanceNeedsApproval(risk.level);
  const withdraws =
    risk.strategy === 'accept' && risk.acceptance === 'pending' && strategy && strategy !== 'accept';
  const { busy, submit } = useFormSubmit(
    form,
    ['strategy', 'responsePlan', 'acceptanceReason'],
    (saved: Risk) =>
      message.success(
        t(saved.acceptance === 'pending' ? 'riskDesk:respond.sentForApproval' : 'riskDesk:respond.saved'),
      ),
  );
  return (
    <Card
      size="small"
      title={t(risk.strategy ? 'riskDesk:respond.changeTitle' : 'riskDesk:respond.title')}
      style={{ marginBottom: 16 }}
      data-testid="respond-card"
    >
      <Form<Values>
        form={form}
        name="respond"
        layout="vertical"
        data-testid="respond-form"
        initialValues={{
          strategy: risk.strategy ?? undefined,
          responsePlan: risk.responsePlan ?? undefined,
          acceptanceReason: risk.acceptanceReason ?? undefined,
        }}
        onFinish={(v) =>
          submit(() =>
            respond({
              id: risk.id,
              version: risk.version,
              strategy: v.strategy!,
              responsePlan: v.responsePlan?.trim() || null,
              acceptanceReason: v.strategy === 'accept' ? v.acceptanceReason?.trim() || null : null,
            }),
          )
        }
      >
        <Form.Item
          name="strategy"
          label={t('risk:field.strategy')}
          rules={[{ required: true, message: t('validation:required') }]}
          extra={strategy ? t(`riskDesk:respond.strategyHint.${strategy}`) : undefined}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={RISK_STRATEGIES.map((s) => ({ value: s, label: t(`risk:strategy.${s}`) }))}
            data-testid="respond-strategy"
          />
        </Form.Item>
        <Form.Item name="responsePlan" label={t('risk:field.responsePlan')}>
          <Input.TextArea
            rows={3}
            maxLength={LIMITS.text}
            placeholder={t('riskDesk:respond.planPlaceholder')}
          />
        </Form.Item>
        {needsApproval && (
          <>
            <Alert
              type={isManager ? 'info' : 'warning'}
              showIcon
              style={{ marginBottom: 12 }}
              title={t(isManager ? 'riskDesk:respond.approvalSelf' : 'riskDesk:respond.approvalNeeded', {
                level: t(`risk:level.${risk.level!}`),
              })}
              data-testid="respond-approval-note"
            />
            <Form.Item
              name="acceptanceReason"
              label={t('risk:field.acceptanceReason')}
              rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={LIMITS.text}
                placeholder={t('riskDesk:respond.reasonPlaceholder')}
              />
            </Form.Item>
          </>
        )}
        {withdraws && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('riskDesk:respond.withdraws')} />
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="respond-save">
          {t(needsApproval && !isManager ? 'riskDesk:respond.sendForApproval' : 'riskDesk:respond.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** The response as it stands: strategy, plan, acceptance and its approval, then the actions. */
export function RiskResponseTab({ detail }: { detail: RiskDetail }) {
  const { t } = useTranslation();
  const { risk } = detail;
  return (
    <>
      <AcceptanceNotice detail={detail} />
      {detail.allowed.respond ? (
        <RespondForm risk={risk} />
      ) : (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          data-testid="response-summary"
        >
          <Descriptions.Item label={t('risk:field.strategy')}>
            {risk.strategy ? t(`risk:strategy.${risk.strategy}`) : t('riskDesk:respond.noneYet')}
          </Descriptions.Item>
          {risk.responsePlan && (
            <Descriptions.Item label={t('risk:field.responsePlan')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{risk.responsePlan}</span>
            </Descriptions.Item>
          )}
          {risk.acceptanceReason && (
            <Descriptions.Item label={t('risk:field.acceptanceReason')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{risk.acceptanceReason}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {risk.status === 'identified' && !detail.allowed.respond && (
        <Typography.Paragraph type="secondary">{t('riskDesk:respond.assessFirst')}</Typography.Paragraph>
      )}
      <Divider style={{ margin: '8px 0 12px' }} />
      <RiskActions detail={detail} />
    </>
  );
}
