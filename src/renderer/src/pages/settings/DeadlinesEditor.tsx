import { Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEADLINE_MODES } from '../../../../shared/calendar/types';
import type { ServiceDeadlines } from '../../../../shared/service/settings';

const KINDS = [
  'inquiryAnswer',
  'complaintFirstResponse',
  'complaintResolution',
] as const satisfies readonly (keyof ServiceDeadlines)[];
const SEVERITIES = ['normal', 'major', 'critical'] as const;

/** The deadlines table: a row per kind of deadline, a column per severity, each hours and how they count. */
export function DeadlinesEditor() {
  const { t } = useTranslation();
  const modes = DEADLINE_MODES.map((m) => ({ value: m, label: t(`settings:service.mode.${m}`) }));
  return (
    <div data-testid="service-deadlines" style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('settings:service.deadlines')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings:service.deadlineHint')}</Typography.Paragraph>
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(kind) => kind}
        dataSource={[...KINDS]}
        columns={[
          {
            key: 'kind',
            title: '',
            render: (_, kind) => t(`settings:service.kinds.${kind}`),
          },
          ...SEVERITIES.map((severity) => ({
            key: severity,
            title: t(`settings:service.severity.${severity}`),
            render: (_: unknown, kind: (typeof KINDS)[number]) => (
              // Hours above the way they count on a narrow window, side by side on a wide one.
              <Space wrap size={4}>
                <Form.Item
                  name={['serviceDeadlines', kind, severity, 'hours']}
                  rules={[{ required: true, message: t('validation:required') }]}
                  style={{ marginBottom: 0 }}
                >
                  <InputNumber
                    min={0.5}
                    max={720}
                    step={1}
                    style={{ width: 88 }}
                    suffix={t('settings:service.hours')}
                    aria-label={`${t(`settings:service.kinds.${kind}`)} ${t(`settings:service.severity.${severity}`)}`}
                  />
                </Form.Item>
                <Form.Item name={['serviceDeadlines', kind, severity, 'mode']} style={{ marginBottom: 0 }}>
                  <Select
                    options={modes}
                    style={{ width: 140 }}
                    aria-label={`${t(`settings:service.kinds.${kind}`)} ${t(`settings:service.severity.${severity}`)} ${t('settings:service.modeLabel')}`}
                  />
                </Form.Item>
              </Space>
            ),
          })),
        ]}
      />
    </div>
  );
}
