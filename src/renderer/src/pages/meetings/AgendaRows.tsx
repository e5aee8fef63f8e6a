import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';

/** Agenda items in order: a title, an optional presenter; added, moved up and down, removed in place. */
export function AgendaRows({ people }: { people: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Form.List name="agenda">
      {(fields, { add, remove, move }) => (
        <div data-testid="agenda-rows">
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('meetings:form.agendaEmpty')}</Typography.Paragraph>
          )}
          {fields.map((field, i) => (
            <div
              key={field.key}
              style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}
            >
              <span style={{ width: 24, lineHeight: '32px', color: '#8c8c8c', textAlign: 'right' }}>
                {i + 1}.
              </span>
              <Form.Item
                name={[field.name, 'title']}
                rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
                style={{ flex: 1, marginBottom: 0 }}
              >
                <Input
                  maxLength={LIMITS.shortText}
                  placeholder={t('meetings:form.agendaPlaceholder')}
                  data-testid={`agenda-title-${i}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'presenterId']} style={{ width: 170, marginBottom: 0 }}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'search' }}
                  placeholder={t('meetings:form.presenterPlaceholder')}
                  options={people}
                  data-testid={`agenda-presenter-${i}`}
                />
              </Form.Item>
              <Space.Compact>
                <Tooltip title={t('meetings:form.moveUp')}>
                  <Button
                    icon={<ArrowUpOutlined />}
                    aria-label={t('meetings:form.moveUp')}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  />
                </Tooltip>
                <Tooltip title={t('meetings:form.moveDown')}>
                  <Button
                    icon={<ArrowDownOutlined />}
                    aria-label={t('meetings:form.moveDown')}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                  />
                </Tooltip>
                <Tooltip title={t('meetings:form.remove')}>
                  <Button
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('meetings:form.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Tooltip>
              </Space.Compact>
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ title: '', presenterId: null })}
            data-testid="agenda-add"
          >
            {t('meetings:form.addAgenda')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
