import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';

/**
 * The decisions: what was decided, who owns it, by when (never before the meeting: earlier days are not
 * offered, and main refuses them anyway).
 */
export function DecisionRows({
  people,
  heldOn,
}: {
  people: { value: string; label: string }[];
  heldOn: Dayjs | null | undefined;
}) {
  const { t } = useTranslation();
  const required = { required: true, message: t('validation:required') };
  return (
    <Form.List name="decisions">
      {(fields, { add, remove }) => (
        <div data-testid="decision-rows">
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('meetings:form.decisionsEmpty')}</Typography.Paragraph>
          )}
          {fields.map((field, i) => (
            <div
              key={field.key}
              style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}
            >
              <span style={{ width: 24, lineHeight: '32px', color: '#8c8c8c', textAlign: 'right' }}>
                {i + 1}.
              </span>
              <Form.Item name={[field.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Form.Item
                name={[field.name, 'text']}
                rules={[{ ...required, whitespace: true }]}
                style={{ flex: 1, marginBottom: 0 }}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={LIMITS.text}
                  placeholder={t('meetings:form.decisionPlaceholder')}
                  data-testid={`decision-text-${i}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'ownerId']}
                rules={[required]}
                style={{ width: 150, marginBottom: 0 }}
              >
                <Select
                  showSearch={{ optionFilterProp: 'search' }}
                  placeholder={t('meetings:form.ownerPlaceholder')}
                  options={people}
                  data-testid={`decision-owner-${i}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'dueOn']}
                rules={[required]}
                style={{ width: 150, marginBottom: 0 }}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  placeholder={t('meetings:fields.dueOn')}
                  disabledDate={(d) => !!heldOn && d.isBefore(heldOn, 'day')}
                  data-testid={`decision-due-${i}`}
                />
              </Form.Item>
              <Tooltip title={t('meetings:form.remove')}>
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('meetings:form.remove')}
                  onClick={() => remove(field.name)}
                />
              </Tooltip>
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ id: null, text: '', ownerId: undefined, dueOn: null })}
            data-testid="decision-add"
          >
            {t('meetings:form.addDecision')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
