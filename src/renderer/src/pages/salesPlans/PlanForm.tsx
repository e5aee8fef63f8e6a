import { Alert, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../../shared/salesPlans/rules';
import type { SalesPlan } from '../../../../shared/salesPlans/types';
import { FormModal } from '../../components/FormModal';
import { useSalesPlans } from '../../stores/salesPlansStore';

/** Yuan on screen, fen in the contract; main's errors about each field land here. */
interface Values {
  revenueTargetFen: number;
  profitTargetFen: number;
  newClientsTarget: number;
  strategy: string | null;
  actionPlan: string | null;
  periodFrom?: string;
}
const FIELDS = [
  'revenueTargetFen',
  'profitTargetFen',
  'newClientsTarget',
  'strategy',
  'actionPlan',
  'periodFrom',
];

const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);

export interface PlanFormTarget {
  title: string;
  /** The plan being changed, or whose new plan it is (a person, or the group with staffId null). */
  plan: SalesPlan | null;
  staffId: string | null;
  groupId: string | null;
  periodKind: PeriodKind;
  periodFrom: string;
  /** The period as the page shows it. */
  periodText: string;
}

/** A form item's read-only text (antd hands it the field's value, which it does not show). */
const PeriodText = ({ text }: { text: string; value?: unknown }) => (
  <Typography.Text data-testid="plan-period">{text}</Typography.Text>
);

/**
 * Setting or changing a plan: targets (yuan, clients) and the strategy and action plan. When the reader may
 * change only the texts (a lead on their group's plan) the targets are shown, locked, with the reason.
 */
export function PlanForm({ target, onClose }: { target: PlanFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { create, update } = useSalesPlans();
  const plan = target.plan;
  const locked = plan !== null && !plan.mayEditTargets;
  return (
    <FormModal<Values, SalesPlan>
      title={target.title}
      name="salesPlan"
      fields={FIELDS}
      width={560}
      testId="plan-form"
      initialValues={{
        revenueTargetFen: (plan?.revenueTargetFen ?? 0) / 100,
        profitTargetFen: (plan?.profitTargetFen ?? 0) / 100,
        newClientsTarget: plan?.newClientsTarget ?? 0,
        strategy: plan?.strategy ?? null,
        actionPlan: plan?.actionPlan ?? null,
      }}
      run={(v) => {
        const values = {
          revenueTargetFen: toFen(v.revenueTargetFen),
          profitTargetFen: toFen(v.profitTargetFen),
          newClientsTarget: v.newClientsTarget ?? 0,
          strategy: v.strategy ?? null,
          actionPlan: v.actionPlan ?? null,
        };
        return plan
          ? update({ id: plan.id, version: plan.version, ...values })
          : create({
              periodKind: target.periodKind,
              periodFrom: target.periodFrom,
              staffId: target.staffId,
              groupId: target.groupId,
              ...values,
            });
      }}
      successMessage={() => t('salesPlans:form.saved')}
      onClose={onClose}
    >
      {/* The period is chosen on the page; main's refusal of it (a plan already there) shows under it. */}
      <Form.Item name="periodFrom" label={t('salesPlans:period.label')}>
        <PeriodText text={target.periodText} />
      </Form.Item>
      {locked && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('salesPlans:form.targetsLocked')} />
      )}
      <Form.Item name="revenueTargetFen" label={t('salesPlans:form.revenueTarget')}>
        <InputNumber
          min={0}
          max={10_000_000_000}
          precision={2}
          disabled={locked}
          style={{ width: '100%' }}
          data-testid="plan-revenue"
        />
      </Form.Item>
      <Form.Item name="profitTargetFen" label={t('salesPlans:form.profitTarget')}>
        <InputNumber
          min={0}
          max={10_000_000_000}
          precision={2}
          disabled={locked}
          style={{ width: '100%' }}
          data-testid="plan-profit"
        />
      </Form.Item>
      <Form.Item name="newClientsTarget" label={t('salesPlans:form.newClientsTarget')}>
        <InputNumber
          min={0}
          max={100_000}
          precision={0}
          disabled={locked}
          style={{ width: '100%' }}
          data-testid="plan-new-clients"
        />
      </Form.Item>
      <Form.Item name="strategy" label={t('salesPlans:form.strategy')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="plan-strategy" />
      </Form.Item>
      <Form.Item name="actionPlan" label={t('salesPlans:form.actionPlan')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="plan-action" />
      </Form.Item>
    </FormModal>
  );
}
