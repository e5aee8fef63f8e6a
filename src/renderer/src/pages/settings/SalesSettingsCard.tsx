import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Divider, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import { scorecardWeightTotal } from '../../../../shared/sales/rules';
import { FLOOR_PRICE_AUDIENCES } from '../../../../shared/sales/settings';
import { OPEN_STAGES } from '../../../../shared/sales/stages';
import type { OrgSettings } from '../../../../shared/settings/types';
import { ListEntriesEditor } from './ListEntriesEditor';
import { useSettingsSection } from './useSettingsSection';

type SalesKey =
  | 'salesStageProbability'
  | 'salesScorecard'
  | 'salesKeyTargetMinScore'
  | 'salesLostReasons'
  | 'salesHandoffDepartments'
  | 'salesFloorPriceAudience';
type Values = Pick<OrgSettings, SalesKey>;

const FIELDS: readonly SalesKey[] = [
  'salesStageProbability',
  'salesScorecard',
  'salesKeyTargetMinScore',
  'salesLostReasons',
  'salesHandoffDepartments',
  'salesFloorPriceAudience',
];

const pick = (s: OrgSettings): Values => ({
  salesStageProbability: s.salesStageProbability,
  salesScorecard: s.salesScorecard,
  salesKeyTargetMinScore: s.salesKeyTargetMinScore,
  salesLostReasons: s.salesLostReasons,
  salesHandoffDepartments: s.salesHandoffDepartments,
  salesFloorPriceAudience: s.salesFloorPriceAudience,
});

/**
 * Sales settings (三(一)(二)): the probability of winning at each open stage (the weighted forecast), the
 * screening scorecard (its weights add up to 100 — main refuses anything else), the lowest score of a key
 * target, the lost reasons and hand-off departments lists, and who sees floor prices.
 */
export function SalesSettingsCard() {
  const { t } = useTranslation();
  const { form, record, busy, onFinish } = useSettingsSection<Values>(FIELDS, pick);
  const card = Form.useWatch('salesScorecard', form) ?? [];
  const total = scorecardWeightTotal(card.map((c) => ({ weight: Number(c?.weight) || 0 })));
  const required = [{ required: true, message: t('validation:required') }];

  return (
    <Card title={t('sales:settings.title')} loading={!record} data-testid="sales-settings">
      <Form
        form={form}
        layout="vertical"
        name="salesSettings"
        onFinish={onFinish}
        onValuesChange={(changed: Partial<Values>) => {
          if ('salesScorecard' in changed) form.setFields([{ name: 'salesScorecard', errors: [] }]);
        }}
      >
        <Typography.Paragraph type="secondary">{t('sales:settings.intro')}</Typography.Paragraph>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('sales:settings.probabilities')}
        </Typography.Title>
        <Row gutter={12}>
          {OPEN_STAGES.map((s) => (
            <Col key={s} xs={12} md={6} lg={3}>
              <Form.Item name={['salesStageProbability', s]} label={t(`sales:stage.${s}`)} rules={required}>
                <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Divider />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('sales:settings.scorecard')}
        </Typography.Title>
        <Form.List name="salesScorecard">
          {(fields, { add, remove }, { errors }) => (
            <>
              <Row gutter={8} style={{ marginBottom: 4 }}>
                {(['key', 'nameZh', 'nameEn', 'weight'] as const).map((c) => (
                  <Col key={c} span={c === 'key' ? 5 : c === 'weight' ? 4 : 7}>
                    <Typography.Text type="secondary">{t(`sales:settings.${c}`)}</Typography.Text>
                  </Col>
                ))}
              </Row>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} data-testid="scorecard-row">
                  <Col span={5}>
                    <Form.Item name={[field.name, 'key']} rules={required} style={{ marginBottom: 8 }}>
                      <Input
                        maxLength={LIMITS.tag}
                        aria-label={t('sales:settings.key')}
                        placeholder={t('sales:settings.key')}
                        // A saved criterion's key is in ratings already given: it stays as it is.
                        disabled={field.name < (record?.settings.salesScorecard.length ?? 0)}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[field.name, 'nameZh']} rules={required} style={{ marginBottom: 8 }}>
                      <Input
                        maxLength={LIMITS.name}
                        aria-label={t('sales:settings.nameZh')}
                        placeholder={t('sales:settings.nameZh')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[field.name, 'nameEn']} rules={required} style={{ marginBottom: 8 }}>
                      <Input
                        maxLength={LIMITS.name}
                        aria-label={t('sales:settings.nameEn')}
                        placeholder={t('sales:settings.nameEn')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'weight']} rules={required} style={{ marginBottom: 8 }}>
                      <InputNumber
                        min={1}
                        max={100}
                        precision={0}
                        suffix="%"
                        style={{ width: '100%' }}
                        aria-label={t('sales:settings.weight')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      disabled={fields.length <= 1}
                    />
                  </Col>
                </Row>
              ))}
              <div
                style={{
                  display: 'flex',
                  justifyContent: 'space-between',
                  alignItems: 'center',
                  flexWrap: 'wrap',
                  gap: 8,
                }}
              >
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ key: '', nameZh: '', nameEn: '', weight: 10 })}
                  disabled={fields.length >= 12}
                >
                  {t('sales:settings.addCriterion')}
                </Button>
                <Typography.Text type={total === 100 ? 'secondary' : 'danger'} data-testid="scorecard-total">
                  {t('sales:settings.weightTotal', { total })}
                </Typography.Text>
              </div>
              {/* Main's refusal of the scorecard as a whole (weights not adding up to 100). */}
              {errors.map((e, i) => (
                <Typography.Text key={i} type="danger" style={{ display: 'block' }}>
                  {e}
                </Typography.Text>
              ))}
            </>
          )}
        </Form.List>
        <Divider />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="salesKeyTargetMinScore" label={t('sales:settings.minScore')} rules={required}>
              <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="salesFloorPriceAudience"
              label={t('sales:settings.floorAudience')}
              rules={required}
            >
              <Select
                options={FLOOR_PRICE_AUDIENCES.map((a) => ({
                  value: a,
                  label: t(`sales:settings.audience.${a}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Divider />
        <ListEntriesEditor
          name="salesLostReasons"
          title={t('sales:settings.lostReasons')}
          savedCount={record?.settings.salesLostReasons.length ?? 0}
        />
        <ListEntriesEditor
          name="salesHandoffDepartments"
          title={t('sales:settings.handoff')}
          savedCount={record?.settings.salesHandoffDepartments.length ?? 0}
        />
        <Button type="primary" htmlType="submit" loading={busy} data-testid="sales-settings-save">
          {t('common:save')}
        </Button>
      </Form>
    </Card>
  );
}
