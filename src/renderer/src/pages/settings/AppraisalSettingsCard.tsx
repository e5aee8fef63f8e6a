import { Button, Card, Col, Divider, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../../../shared/appraisal/forms';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useSettingsSection } from './useSettingsSection';

type AppraisalKey =
  'appraisalGradeThresholds' | 'appraisalGuideline' | 'appraisalAppealDays' | 'appraisalQuarterWeight';
type Values = Pick<OrgSettings, AppraisalKey>;

const FIELDS: readonly AppraisalKey[] = [
  'appraisalGradeThresholds',
  'appraisalGuideline',
  'appraisalAppealDays',
  'appraisalQuarterWeight',
];

const pick = (s: OrgSettings): Values => ({
  appraisalGradeThresholds: s.appraisalGradeThresholds,
  appraisalGuideline: s.appraisalGuideline,
  appraisalAppealDays: s.appraisalAppealDays,
  appraisalQuarterWeight: s.appraisalQuarterWeight,
});

const THRESHOLD_GRADES = ['S', 'A', 'B', 'C'] as const;

/**
 * Appraisal settings (六): the lowest score of each grade (D is below C's), the guideline's ceiling on each
 * grade's share of a cycle (a warning at manager review, never a block), the appeal window after publication
 * and the weight of the quarterly results in an annual cycle.
 */
export function AppraisalSettingsCard() {
  const { t } = useTranslation();
  const { form, record, busy, onFinish } = useSettingsSection<Values>(FIELDS, pick);

  const required = [{ required: true, message: t('validation:required') }];
  return (
    <Card title={t('appraisal:settings.title')} loading={!record} data-testid="appraisal-settings">
      <Form form={form} layout="vertical" name="appraisalSettings" onFinish={onFinish}>
        <Typography.Paragraph type="secondary">{t('appraisal:settings.intro')}</Typography.Paragraph>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('appraisal:settings.thresholds')}
        </Typography.Title>
        <Row gutter={16}>
          {THRESHOLD_GRADES.map((g) => (
            <Col key={g} xs={12} md={6}>
              <Form.Item
                name={['appraisalGradeThresholds', g]}
                label={t('appraisal:settings.gradeFrom', { grade: g })}
                rules={required}
              >
                <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type="secondary">{t('appraisal:settings.thresholdsHint')}</Typography.Paragraph>
        <Divider />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('appraisal:settings.guideline')}
        </Typography.Title>
        <Row gutter={16}>
          {GRADES.map((g) => (
            <Col key={g} xs={12} md={4}>
              <Form.Item
                name={['appraisalGuideline', g]}
                label={t('appraisal:settings.gradeCeiling', { grade: g })}
                rules={required}
              >
                <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type="secondary">{t('appraisal:settings.guidelineHint')}</Typography.Paragraph>
        <Divider />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="appraisalAppealDays"
              label={t('appraisal:settings.appealDays')}
              rules={required}
              extra={t('settings:department.range', { min: 1, max: 60 })}
            >
              <InputNumber
                min={1}
                max={60}
                precision={0}
                suffix={t('appraisal:settings.days')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="appraisalQuarterWeight"
              label={t('appraisal:settings.quarterWeight')}
              rules={required}
              extra={t('appraisal:settings.quarterWeightHint')}
            >
              <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="appraisal-settings-save">
          {t('common:save')}
        </Button>
      </Form>
    </Card>
  );
}
