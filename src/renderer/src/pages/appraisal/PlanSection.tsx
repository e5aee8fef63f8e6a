import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm, FormItem } from '../../../../shared/appraisal/forms';
import { formatDateTime } from '../../i18n/format';
import { useAppraisalForms } from '../../stores/appraisalFormStore';
import { useLocale } from '../../stores/localeStore';
import { figure, itemName, Written } from './formWords';
import { useStepSubmit } from './useStepSubmit';

interface PlanValues {
  plan: string | null;
  targets: Record<string, number | null>;
}

const valuesOf = (f: AppraisalForm): PlanValues => ({
  plan: f.plan,
  targets: Object.fromEntries(f.items.map((i) => [i.indicatorId, i.target])),
});

/** Goal setting: the work plan and a target per quantitative indicator, until the evaluator agrees them. */
export function PlanSection({ form: f }: { form: AppraisalForm }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const [form] = Form.useForm<PlanValues>();
  const savePlan = useAppraisalForms((s) => s.savePlan);
  const agreePlan = useAppraisalForms((s) => s.agreePlan);
  const { busy, run } = useStepSubmit(form, ['plan', 'targets']);
  const editable = f.allowed.includes('editPlan');
  const mayAgree = f.allowed.includes('agreePlan');
  const quantitative = f.items.filter((i) => i.scoring === 'quantitative');

  useEffect(() => {
    form.setFieldsValue(valuesOf(f));
  }, [f, form]);

  const input = (v: PlanValues) => ({
    id: f.id,
    version: f.version,
    plan: v.plan || null,
    targets: quantitative.map((i) => ({
      indicatorId: i.indicatorId,
      target: v.targets?.[i.indicatorId] ?? null,
      planNote: i.planNote,
    })),
  });
  const save = () =>
    run('save', () => savePlan(input(form.getFieldsValue(true))), 'appraisal:forms.plan.saved');
  // What is on screen is saved first, so the plan agreed is the plan shown.
  const agree = () =>
    run(
      'agree',
      async () => {
        if (!editable) return agreePlan(f.id, f.version);
        const saved = await savePlan(input(form.getFieldsValue(true)));
        return saved.ok ? agreePlan(saved.data.id, saved.data.version) : saved;
      },
      'appraisal:forms.plan.agreed',
    );

  return (
    <Card
      title={t('appraisal:forms.plan.title')}
      style={{ marginBottom: 16 }}
      data-testid="appraisal-plan"
      extra={
        f.planAgreedAt ? (
          <Typography.Text type="success">
            {t('appraisal:forms.plan.agreedBy', {
              name: f.planAgreedByName ?? '',
              time: formatDateTime(f.planAgreedAt, locale),
            })}
          </Typography.Text>
        ) : null
      }
    >
      <Form form={form} layout="vertical" disabled={!editable}>
        {editable ? (
          <Form.Item name="plan" label={t('appraisal:forms.plan.plan')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="plan-text" />
          </Form.Item>
        ) : (
          <Form.Item label={t('appraisal:forms.plan.plan')}>
            <Written text={f.plan} testId="plan-text" />
          </Form.Item>
        )}
        <Table<FormItem>
          rowKey="indicatorId"
          size="small"
          pagination={false}
          dataSource={quantitative}
          columns={[
            {
              key: 'name',
              title: t('appraisal:forms.columns.indicator'),
              render: (_, i) => itemName(i, locale),
            },
            {
              key: 'weight',
              title: t('appraisal:forms.columns.weight'),
              dataIndex: 'weight',
              align: 'right',
            },
            {
              key: 'target',
              title: t('appraisal:forms.columns.target'),
              render: (_, i) =>
                editable ? (
                  <Form.Item name={['targets', i.indicatorId]} style={{ margin: 0 }}>
                    <InputNumber
                      min={0}
                      style={{ width: 160 }}
                      addonAfter={i.unit}
                      data-testid={`target-${i.indicatorId}`}
                    />
                  </Form.Item>
                ) : (
                  figure(i.target, i.unit, locale)
                ),
            },
            {
              key: 'source',
              title: t('appraisal:forms.columns.source'),
              render: (_, i) => (
                <Typography.Text type="secondary">{t(`appraisal:source.${i.source}`)}</Typography.Text>
              ),
            },
          ]}
        />
      </Form>
      {(editable || mayAgree) && (
        <Space style={{ marginTop: 16 }}>
          {editable && (
            <Button
              icon={<SaveOutlined />}
              loading={busy === 'save'}
              onClick={() => void save()}
              data-testid="plan-save"
            >
              {t('appraisal:forms.plan.save')}
            </Button>
          )}
          {mayAgree && (
            <Popconfirm
              title={t('appraisal:forms.plan.agreeConfirm')}
              okText={t('appraisal:forms.plan.agree')}
              cancelText={t('common:cancel')}
              onConfirm={() => void agree()}
            >
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={busy === 'agree'}
                data-testid="plan-agree"
              >
                {t('appraisal:forms.plan.agree')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
    </Card>
  );
}
