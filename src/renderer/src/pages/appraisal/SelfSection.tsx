import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm, FormItem } from '../../../../shared/appraisal/forms';
import { selfTotalOf } from '../../../../shared/appraisal/scoring';
import { useAppraisalForms } from '../../stores/appraisalFormStore';
import { useLocale } from '../../stores/localeStore';
import { BandAnchor, commentColumn, figure, itemName, score, StepTotal, Written } from './formWords';
import { useStepSubmit } from './useStepSubmit';

interface SelfValues {
  items: Record<string, { score: number | null; comment: string | null }>;
  achievements: string | null;
  shortfalls: string | null;
  nextPlan: string | null;
}

const valuesOf = (f: AppraisalForm): SelfValues => ({
  items: Object.fromEntries(
    f.items.map((i) => [i.indicatorId, { score: i.selfScore, comment: i.selfComment }]),
  ),
  achievements: f.achievements,
  shortfalls: f.shortfalls,
  nextPlan: f.nextPlan,
});

/** The self-assessment 自评表: a score 0–100 and a comment per indicator, and the three summaries. */
export function SelfSection({
  form: f,
  isPerson,
  onSource,
}: {
  form: AppraisalForm;
  isPerson: boolean;
  onSource: (i: FormItem) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const [form] = Form.useForm<SelfValues>();
  const saveSelf = useAppraisalForms((s) => s.saveSelf);
  const submitSelf = useAppraisalForms((s) => s.submitSelf);
  const { busy, run } = useStepSubmit(form, ['items', 'achievements', 'shortfalls', 'nextPlan']);
  const editable = f.allowed.includes('editSelf');
  const watched = Form.useWatch('items', form);

  useEffect(() => {
    form.setFieldsValue(valuesOf(f));
  }, [f, form]);

  if (!isPerson && !f.selfSubmittedAt)
    return (
      <Card title={t('appraisal:forms.self.title')} style={{ marginBottom: 16 }} data-testid="appraisal-self">
        <Typography.Text type="secondary">{t('appraisal:forms.self.notYet')}</Typography.Text>
      </Card>
    );

  const input = () => {
    const v = form.getFieldsValue(true) as SelfValues;
    return {
      id: f.id,
      version: f.version,
      items: f.items.map((i) => ({
        indicatorId: i.indicatorId,
        score: v.items?.[i.indicatorId]?.score ?? null,
        comment: v.items?.[i.indicatorId]?.comment || null,
      })),
      achievements: v.achievements || null,
      shortfalls: v.shortfalls || null,
      nextPlan: v.nextPlan || null,
    };
  };
  const liveTotal = selfTotalOf(
    f.items.map((i) => ({
      ...i,
      selfScore: editable ? (watched?.[i.indicatorId]?.score ?? null) : i.selfScore,
    })),
  );

  return (
    <Card
      title={t('appraisal:forms.self.title')}
      style={{ marginBottom: 16 }}
      data-testid="appraisal-self"
      extra={
        <StepTotal
          label={t('appraisal:forms.self.total')}
          total={liveTotal}
          testId="self-total"
          submittedAt={f.selfSubmittedAt}
          submittedText={(time) => t('appraisal:forms.submittedAt', { time })}
          locale={locale}
        />
      }
    >
      {editable && (
        <Alert type="info" showIcon message={t('appraisal:forms.self.hint')} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" disabled={!editable}>
        <Table<FormItem>
          rowKey="indicatorId"
          size="small"
          pagination={false}
          dataSource={f.items}
          columns={[
            {
              key: 'name',
              title: t('appraisal:forms.columns.indicator'),
              render: (_, i) => (
                <div>
                  <div>{itemName(i, locale)}</div>
                  <Typography.Text type="secondary">{t(`appraisal:category.${i.category}`)}</Typography.Text>
                </div>
              ),
            },
            {
              key: 'weight',
              title: t('appraisal:forms.columns.weight'),
              dataIndex: 'weight',
              align: 'right',
            },
            {
              key: 'target',
              title: t('appraisal:forms.columns.targetActual'),
              render: (_, i) =>
                i.scoring === 'quantitative' ? (
                  <span>
                    {figure(i.target, i.unit, locale)} / {figure(i.actual, i.unit, locale)}
                    {i.source !== 'manual' && (
                      <Button type="link" size="small" disabled={false} onClick={() => onSource(i)}>
                        {t('appraisal:forms.whereFrom')}
                      </Button>
                    )}
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              key: 'score',
              title: t('appraisal:forms.columns.selfScore'),
              width: 220,
              render: (_, i) =>
                editable ? (
                  <div>
                    <Form.Item name={['items', i.indicatorId, 'score']} style={{ margin: 0 }}>
                      <InputNumber
                        min={0}
                        max={100}
                        precision={0}
                        data-testid={`self-score-${i.indicatorId}`}
                      />
                    </Form.Item>
                    <BandAnchor item={i} value={watched?.[i.indicatorId]?.score ?? null} locale={locale} />
                  </div>
                ) : (
                  <div>
                    <div>{score(i.selfScore, locale)}</div>
                    <BandAnchor item={i} value={i.selfScore} locale={locale} />
                  </div>
                ),
            },
            commentColumn(t('appraisal:forms.columns.selfComment'), editable, (i) => i.selfComment),
          ]}
        />
        <div style={{ marginTop: 16 }}>
          {(['achievements', 'shortfalls', 'nextPlan'] as const).map((k) =>
            editable ? (
              <Form.Item key={k} name={k} label={t(`appraisal:forms.self.${k}`)}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid={`self-${k}`} />
              </Form.Item>
            ) : (
              <Form.Item key={k} label={t(`appraisal:forms.self.${k}`)}>
                <Written text={f[k]} testId={`self-${k}`} />
              </Form.Item>
            ),
          )}
        </div>
      </Form>
      {editable && (
        <Space>
          <Button
            icon={<SaveOutlined />}
            loading={busy === 'save'}
            onClick={() => void run('save', () => saveSelf(input()), 'appraisal:forms.self.saved')}
            data-testid="self-save"
          >
            {t('appraisal:forms.saveDraft')}
          </Button>
          <Popconfirm
            title={t('appraisal:forms.self.submitConfirm')}
            okText={t('appraisal:forms.submit')}
            cancelText={t('common:cancel')}
            onConfirm={() => void run('submit', () => submitSelf(input()), 'appraisal:forms.self.submitted')}
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={busy === 'submit'}
              data-testid="self-submit"
            >
              {t('appraisal:forms.submit')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
