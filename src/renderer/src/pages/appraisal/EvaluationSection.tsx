import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalForm, FormItem } from '../../../../shared/appraisal/forms';
import { evalScoreOf, evalTotalOf, formulaScore } from '../../../../shared/appraisal/scoring';
import { useAppraisalForms } from '../../stores/appraisalFormStore';
import { useLocale } from '../../stores/localeStore';
import { BandAnchor, commentColumn, figure, itemName, score, StepTotal, Written } from './formWords';
import { useStepSubmit } from './useStepSubmit';

interface EvalValues {
  items: Record<string, { score: number | null; actual: number | null; comment: string | null }>;
  overallComment: string | null;
}

const valuesOf = (f: AppraisalForm): EvalValues => ({
  items: Object.fromEntries(
    f.items.map((i) => [
      i.indicatorId,
      { score: i.evalScore, actual: i.source === 'manual' ? i.actual : null, comment: i.evalComment },
    ]),
  ),
  overallComment: f.overallComment,
});

/** How the evaluator scores an indicator: by hand (rated, or computed with nothing measured), or the formula. */
const scoredByHand = (i: FormItem) => i.scoring === 'rated' || (i.source !== 'manual' && i.actual === null);
const actualByHand = (i: FormItem) => i.scoring === 'quantitative' && i.source === 'manual';

/**
 * The evaluation 评价表: beside the submitted self-assessment, the evaluator's score (rated) or actual (a
 * manual quantitative indicator; a computed one shows the records' figure and where it came from) and a
 * comment per indicator, the overall comment, and the weighted total as it stands.
 */
export function EvaluationSection({
  form: f,
  onSource,
}: {
  form: AppraisalForm;
  onSource: (i: FormItem) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const [form] = Form.useForm<EvalValues>();
  const saveEvaluation = useAppraisalForms((s) => s.saveEvaluation);
  const submitEvaluation = useAppraisalForms((s) => s.submitEvaluation);
  const { busy, run } = useStepSubmit(form, ['items', 'overallComment']);
  const editable = f.allowed.includes('evaluate');
  const watched = Form.useWatch('items', form);

  useEffect(() => {
    form.setFieldsValue(valuesOf(f));
  }, [f, form]);

  // The item as the values on screen make it.
  const live = (i: FormItem): FormItem => {
    if (!editable) return i;
    const v = watched?.[i.indicatorId];
    const actual = actualByHand(i) ? (v?.actual ?? null) : i.actual;
    return { ...i, actual, evalScore: scoredByHand(i) ? (v?.score ?? null) : formulaScore({ ...i, actual }) };
  };
  const total = editable ? evalTotalOf(f.items.map(live)) : f.evalTotal;

  const input = () => {
    const v = form.getFieldsValue(true) as EvalValues;
    return {
      id: f.id,
      version: f.version,
      items: f.items.map((i) => ({
        indicatorId: i.indicatorId,
        score: scoredByHand(i) ? (v.items?.[i.indicatorId]?.score ?? null) : null,
        actual: actualByHand(i) ? (v.items?.[i.indicatorId]?.actual ?? null) : null,
        comment: v.items?.[i.indicatorId]?.comment || null,
      })),
      overallComment: v.overallComment || null,
    };
  };

  return (
    <Card
      title={t('appraisal:forms.evaluation.title')}
      style={{ marginBottom: 16 }}
      data-testid="appraisal-evaluation"
      extra={
        <StepTotal
          label={t('appraisal:forms.evaluation.total')}
          total={total}
          testId="eval-total"
          submittedAt={f.evalSubmittedAt}
          submittedText={(time) => t('appraisal:forms.submittedAt', { time })}
          locale={locale}
        />
      }
    >
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
                  <Typography.Text type="secondary">
                    {t(`appraisal:category.${i.category}`)} · {t('appraisal:forms.columns.weight')} {i.weight}
                  </Typography.Text>
                </div>
              ),
            },
            {
              key: 'self',
              title: t('appraisal:forms.columns.selfScore'),
              render: (_, i) => (
                <div style={{ maxWidth: 220 }}>
                  <div>{score(i.selfScore, locale)}</div>
                  {i.selfComment && <Typography.Text type="secondary">{i.selfComment}</Typography.Text>}
                </div>
              ),
            },
            {
              key: 'target',
              title: t('appraisal:forms.columns.target'),
              render: (_, i) => (i.scoring === 'quantitative' ? figure(i.target, i.unit, locale) : '—'),
            },
            {
              key: 'actual',
              title: t('appraisal:forms.columns.actual'),
              render: (_, i) => {
                if (i.scoring !== 'quantitative') return '—';
                if (actualByHand(i))
                  return editable ? (
                    <Form.Item name={['items', i.indicatorId, 'actual']} style={{ margin: 0 }}>
                      <InputNumber
                        min={0}
                        style={{ width: 150 }}
                        data-testid={`eval-actual-${i.indicatorId}`}
                      />
                    </Form.Item>
                  ) : (
                    figure(i.actual, i.unit, locale)
                  );
                return (
                  <span>
                    {i.actual === null
                      ? t('appraisal:forms.evaluation.nothingMeasured')
                      : figure(i.actual, i.unit, locale)}
                    <Button
                      type="link"
                      size="small"
                      disabled={false}
                      onClick={() => onSource(i)}
                      data-testid={`where-from-${i.indicatorId}`}
                    >
                      {t('appraisal:forms.whereFrom')}
                    </Button>
                  </span>
                );
              },
            },
            {
              key: 'score',
              title: t('appraisal:forms.columns.evalScore'),
              width: 220,
              render: (_, i) => {
                const now = live(i);
                if (editable && scoredByHand(i))
                  return (
                    <div>
                      <Form.Item name={['items', i.indicatorId, 'score']} style={{ margin: 0 }}>
                        <InputNumber
                          min={0}
                          max={100}
                          precision={0}
                          data-testid={`eval-score-${i.indicatorId}`}
                        />
                      </Form.Item>
                      <BandAnchor item={i} value={now.evalScore} locale={locale} />
                    </div>
                  );
                return (
                  <div>
                    <div>{score(evalScoreOf(now), locale)}</div>
                    {i.scoring === 'quantitative' && !scoredByHand(i) ? (
                      <Typography.Text type="secondary">
                        {t('appraisal:forms.evaluation.byFormula', { cap: i.cap ?? '—' })}
                      </Typography.Text>
                    ) : (
                      <BandAnchor item={i} value={now.evalScore} locale={locale} />
                    )}
                  </div>
                );
              },
            },
            commentColumn(t('appraisal:forms.columns.evalComment'), editable, (i) => i.evalComment),
          ]}
        />
        {editable ? (
          <Form.Item
            name="overallComment"
            label={t('appraisal:forms.evaluation.overallComment')}
            style={{ marginTop: 16 }}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="eval-overall" />
          </Form.Item>
        ) : (
          <Form.Item label={t('appraisal:forms.evaluation.overallComment')} style={{ marginTop: 16 }}>
            <Written text={f.overallComment} testId="eval-overall" />
          </Form.Item>
        )}
      </Form>
      {editable && (
        <Space>
          <Button
            icon={<SaveOutlined />}
            loading={busy === 'save'}
            onClick={() =>
              void run('save', () => saveEvaluation(input()), 'appraisal:forms.evaluation.saved')
            }
            data-testid="eval-save"
          >
            {t('appraisal:forms.saveDraft')}
          </Button>
          <Popconfirm
            title={t('appraisal:forms.evaluation.submitConfirm')}
            okText={t('appraisal:forms.submit')}
            cancelText={t('common:cancel')}
            onConfirm={() =>
              void run('submit', () => submitEvaluation(input()), 'appraisal:forms.evaluation.submitted')
            }
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={busy === 'submit'}
              data-testid="eval-submit"
            >
              {t('appraisal:forms.submit')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
