import { Button, Card, Col, Divider, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_LEVELS } from '../../../../shared/risk/levels';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useSettingsSection } from './useSettingsSection';
import { LevelMatrixEditor } from './LevelMatrixEditor';
import { ListEntriesEditor } from './ListEntriesEditor';
import { ScaleEditor } from './ScaleEditor';

type RiskKey =
  | 'riskCategories'
  | 'riskLikelihoodScale'
  | 'riskImpactScale'
  | 'riskLevelMatrix'
  | 'riskReviewDays'
  | 'riskMeetingIntervalMonths';
type Values = Pick<OrgSettings, RiskKey>;

const FIELDS: readonly RiskKey[] = [
  'riskCategories',
  'riskLikelihoodScale',
  'riskImpactScale',
  'riskLevelMatrix',
  'riskReviewDays',
  'riskMeetingIntervalMonths',
];

const pick = (s: OrgSettings): Values => ({
  riskCategories: s.riskCategories,
  riskLikelihoodScale: s.riskLikelihoodScale,
  riskImpactScale: s.riskImpactScale,
  riskLevelMatrix: s.riskLevelMatrix,
  riskReviewDays: s.riskReviewDays,
  riskMeetingIntervalMonths: s.riskMeetingIntervalMonths,
});

/**
 * Risk management settings (五): the category list, the likelihood and impact scales with their
 * descriptions, the level of each cell of the 5×5 matrix, how often a risk of each level is reviewed and how
 * often the periodic identification meeting is held.
 */
export function RiskSettingsCard() {
  const { t } = useTranslation();
  const { form, record, busy, onFinish } = useSettingsSection<Values>(FIELDS, pick);

  return (
    <Card title={t('riskDesk:settings.title')} loading={!record} data-testid="risk-settings">
      <Form
        form={form}
        layout="vertical"
        name="riskSettings"
        onFinish={onFinish}
        // Main's refusal of the list as a whole (a key twice, none in use) stays until the list is edited.
        onValuesChange={(changed: Partial<Values>) => {
          if ('riskCategories' in changed) form.setFields([{ name: 'riskCategories', errors: [] }]);
        }}
      >
        <Typography.Paragraph type="secondary">{t('riskDesk:settings.intro')}</Typography.Paragraph>
        <ListEntriesEditor
          name="riskCategories"
          title={t('riskDesk:settings.categories')}
          savedCount={record?.settings.riskCategories.length ?? 0}
        />
        <Divider />
        <ScaleEditor name="riskLikelihoodScale" title={t('riskDesk:settings.likelihoodScale')} />
        <ScaleEditor name="riskImpactScale" title={t('riskDesk:settings.impactScale')} />
        <Divider />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('riskDesk:settings.matrix')}
        </Typography.Title>
        <Form.Item name="riskLevelMatrix">
          <LevelMatrixEditor />
        </Form.Item>
        <Divider />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('riskDesk:settings.reviewDays')}
        </Typography.Title>
        <Row gutter={16}>
          {RISK_LEVELS.map((level) => (
            <Col key={level} xs={12} md={6}>
              <Form.Item
                name={['riskReviewDays', level]}
                label={t(`risk:level.${level}`)}
                rules={[{ required: true, message: t('validation:required') }]}
                extra={t('settings:department.range', { min: 7, max: 730 })}
              >
                <InputNumber
                  min={7}
                  max={730}
                  step={1}
                  precision={0}
                  suffix={t('riskDesk:settings.days')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="riskMeetingIntervalMonths"
              label={t('riskDesk:settings.meetingInterval')}
              rules={[{ required: true, message: t('validation:required') }]}
              extra={t('settings:department.range', { min: 1, max: 12 })}
            >
              <InputNumber
                min={1}
                max={12}
                step={1}
                precision={0}
                suffix={t('riskDesk:settings.months')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="risk-settings-save">
          {t('common:save')}
        </Button>
      </Form>
    </Card>
  );
}
