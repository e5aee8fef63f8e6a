import { Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';

/**
 * A 1–5 scale (likelihood or impact): each step's name and description in both languages — what assessors
 * read beside the choice, so two people score the same risk alike. Always five steps.
 */
export function ScaleEditor({
  name,
  title,
}: {
  name: 'riskLikelihoodScale' | 'riskImpactScale';
  title: string;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('validation:required') }];
  const header = (key: string, span: number) => (
    <Col span={span}>
      <Typography.Text type="secondary">{t(`riskDesk:settings.scaleColumns.${key}`)}</Typography.Text>
    </Col>
  );
  return (
    <div data-testid={`scale-${name}`} style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Row gutter={8} style={{ marginBottom: 4 }}>
        {header('step', 2)}
        {header('nameZh', 4)}
        {header('nameEn', 4)}
        {header('descriptionZh', 7)}
        {header('descriptionEn', 7)}
      </Row>
      <Form.List name={name}>
        {(fields) =>
          fields.map((field) => (
            <Row gutter={8} key={field.key}>
              <Col span={2}>
                <Typography.Text strong style={{ lineHeight: '32px' }}>
                  {field.name + 1}
                </Typography.Text>
              </Col>
              <Col span={4}>
                <Form.Item name={[field.name, 'nameZh']} rules={required} style={{ marginBottom: 8 }}>
                  <Input maxLength={LIMITS.tag} aria-label={t('riskDesk:settings.scaleColumns.nameZh')} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[field.name, 'nameEn']} rules={required} style={{ marginBottom: 8 }}>
                  <Input maxLength={LIMITS.tag} aria-label={t('riskDesk:settings.scaleColumns.nameEn')} />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[field.name, 'descriptionZh']} style={{ marginBottom: 8 }}>
                  <Input
                    maxLength={LIMITS.shortText}
                    aria-label={t('riskDesk:settings.scaleColumns.descriptionZh')}
                  />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item name={[field.name, 'descriptionEn']} style={{ marginBottom: 8 }}>
                  <Input
                    maxLength={LIMITS.shortText}
                    aria-label={t('riskDesk:settings.scaleColumns.descriptionEn')}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))
        }
      </Form.List>
    </div>
  );
}
