import { Col, DatePicker, Divider, Form, Input, InputNumber, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import { screeningScore } from '../../../../shared/sales/rules';
import type { ScorecardCriterion } from '../../../../shared/sales/settings';
import { useLocale } from '../../stores/localeStore';

/** The live score beside the ratings (a form item's child: it takes the item's value and shows the score). */
function ScoreView({ score, minScore }: { score: number | null; minScore: number; value?: unknown }) {
  const { t } = useTranslation();
  return (
    <div data-testid="screening-score" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      <Progress
        type="circle"
        size={48}
        percent={score ?? 0}
        format={() => (score === null ? '—' : score)}
        status={score !== null && score < minScore ? 'exception' : 'normal'}
      />
      <Typography.Text type="secondary">
        {score === null ? t('sales:detail.scoreNone') : t('sales:detail.score', { score })} ·{' '}
        {t('sales:detail.minScore', { score: minScore })}
      </Typography.Text>
    </div>
  );
}

/**
 * The records the stages need, as one part of the opportunity's form: the screening scorecard (each criterion
 * rated 0–100, the weighted score worked out as it is typed, by the same rule main applies), the needs, the
 * proposal, the visit or demo, the negotiation.
 */
export function StageRecordsForm({
  scorecard,
  minScore,
  ratings,
  files,
}: {
  scorecard: readonly ScorecardCriterion[];
  minScore: number;
  /** The ratings as the form holds them now, by criterion. */
  ratings: Record<string, number | null | undefined> | undefined;
  /** The proposal's files, shown under the proposal. */
  files: React.ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const rated = scorecard.flatMap((c) => {
    const r = ratings?.[c.key];
    return typeof r === 'number' ? [{ key: c.key, rating: r }] : [];
  });
  const score = screeningScore(scorecard, rated);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('sales:detail.screening')}
      </Typography.Title>
      <Row gutter={24}>
        {scorecard.map((c) => (
          <Col key={c.key} xs={24} md={12}>
            <Form.Item
              name={['ratings', c.key]}
              label={t('sales:detail.criterion', {
                name: locale.startsWith('zh') ? c.nameZh : c.nameEn,
                weight: c.weight,
              })}
              layout="horizontal"
              labelCol={{ flex: 'auto' }}
              wrapperCol={{ flex: '96px' }}
              labelAlign="left"
              style={{ marginBottom: 8 }}
            >
              <InputNumber min={0} max={100} precision={0} style={{ width: 96 }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {/* Main's refusal of the scorecard (not every criterion rated, below the minimum) shows under the score. */}
      <Form.Item name="screening" style={{ marginBottom: 8 }}>
        <ScoreView score={score} minScore={minScore} />
      </Form.Item>
      <Divider />
      <Form.Item name="needs" label={t('sales:detail.needs')}>
        <Input.TextArea rows={3} maxLength={LIMITS.text} data-testid="record-needs" />
      </Form.Item>
      <Form.Item name="proposal" label={t('sales:detail.proposal')}>
        <Input.TextArea rows={4} maxLength={LIMITS.longText} data-testid="record-proposal" />
      </Form.Item>
      {files}
      <Divider />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('sales:detail.visit')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="visitInvitedOn" label={t('sales:field.visitInvitedOn')}>
            <DatePicker style={{ width: '100%' }} data-testid="record-invited" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="visitHeldOn" label={t('sales:field.visitHeldOn')}>
            <DatePicker style={{ width: '100%' }} data-testid="record-held" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="visitNotes" label={t('sales:field.visitNotes')}>
        <Input.TextArea rows={2} maxLength={LIMITS.text} />
      </Form.Item>
      <Form.Item name="negotiationNotes" label={t('sales:detail.negotiation')}>
        <Input.TextArea rows={3} maxLength={LIMITS.text} data-testid="record-negotiation" />
      </Form.Item>
    </>
  );
}
