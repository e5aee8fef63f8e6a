import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';

const COLS = { key: 5, nameZh: 6, nameEn: 8, active: 3, remove: 2 } as const;

/**
 * A settings list (categories, responsible departments, risk categories) as rows of key, Chinese and English name and in
 * use. A saved entry's key is on records already, so it stays as it is; an entry no longer wanted is retired
 * (its old records still show its name), and only a row added since the last save can be removed — new rows
 * come after the saved ones, so the first `savedCount` rows are the saved entries.
 */
export function ListEntriesEditor({
  name,
  title,
  savedCount,
}: {
  name:
    | 'serviceCategories'
    | 'serviceDepartments'
    | 'riskCategories'
    | 'salesLostReasons'
    | 'salesHandoffDepartments';
  title: string;
  savedCount: number;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('validation:required') }];
  return (
    <div data-testid={`list-${name}`} style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Row gutter={8} style={{ marginBottom: 4 }}>
        <Col span={COLS.key}>
          <Typography.Text type="secondary">{t('settings:service.columns.key')}</Typography.Text>
        </Col>
        <Col span={COLS.nameZh}>
          <Typography.Text type="secondary">{t('settings:service.columns.nameZh')}</Typography.Text>
        </Col>
        <Col span={COLS.nameEn}>
          <Typography.Text type="secondary">{t('settings:service.columns.nameEn')}</Typography.Text>
        </Col>
        <Col span={COLS.active}>
          <Typography.Text type="secondary">{t('settings:service.columns.active')}</Typography.Text>
        </Col>
      </Row>
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => {
              const saved = field.name < savedCount;
              return (
                <Row gutter={8} key={field.key} data-testid={`${name}-entry`}>
                  <Col span={COLS.key}>
                    <Form.Item name={[field.name, 'key']} rules={required} style={{ marginBottom: 8 }}>
                      <Input
                        maxLength={LIMITS.tag}
                        disabled={saved}
                        aria-label={t('settings:service.columns.key')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={COLS.nameZh}>
                    <Form.Item name={[field.name, 'nameZh']} rules={required} style={{ marginBottom: 8 }}>
                      <Input maxLength={LIMITS.name} aria-label={t('settings:service.columns.nameZh')} />
                    </Form.Item>
                  </Col>
                  <Col span={COLS.nameEn}>
                    <Form.Item name={[field.name, 'nameEn']} rules={required} style={{ marginBottom: 8 }}>
                      <Input maxLength={LIMITS.name} aria-label={t('settings:service.columns.nameEn')} />
                    </Form.Item>
                  </Col>
                  <Col span={COLS.active}>
                    <Form.Item
                      name={[field.name, 'active']}
                      valuePropName="checked"
                      style={{ marginBottom: 8 }}
                    >
                      <Switch aria-label={t('settings:service.columns.active')} />
                    </Form.Item>
                  </Col>
                  <Col span={COLS.remove}>
                    {!saved && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('settings:service.removeNew')}
                        title={t('settings:service.removeNew')}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Col>
                </Row>
              );
            })}
            {/* Inside a form item, the list's own errors (a key twice, none in use) show in red. */}
            <Form.Item style={{ marginBottom: 0 }}>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ key: '', nameZh: '', nameEn: '', active: true })}
              >
                {t('settings:service.add')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>
    </div>
  );
}
