import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Space, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesOfClock, type WorkingPeriod } from '../../../../shared/calendar/types';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSettings } from '../../stores/settingsStore';

/** A working day has one to four periods (workingDaySchema). */
const MAX_PERIODS = 4;

type Values = Pick<OrgSettings, 'workingDay'>;

/** 'HH:MM' in the form's values, a Dayjs in the picker. */
const clockProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(`2000-01-01T${v}`) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('HH:mm') : null),
};

function workingHours(periods: readonly Partial<WorkingPeriod>[] | undefined): number {
  let minutes = 0;
  for (const p of periods ?? [])
    if (p?.start && p.end) minutes += Math.max(0, minutesOfClock(p.end) - minutesOfClock(p.start));
  return minutes / 60;
}

/** The working periods of a working day (09:00–12:00, 13:00–18:00), saved into the settings. */
export function WorkingHoursForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const [form] = Form.useForm<Values>();
  const record = useSettings((s) => s.record);
  const save = useSettings((s) => s.save);
  const periods = Form.useWatch('workingDay', form);
  const { busy, submit } = useFormSubmit(
    form,
    ['workingDay'],
    () => message.success(t('settings:saved')),
    'settings',
  );

  useEffect(() => {
    if (record) form.setFieldsValue({ workingDay: record.settings.workingDay });
  }, [record, form]);

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => submit(() => save({ workingDay: v.workingDay }))}
      // Main's refusal of the periods as a whole (out of order, overlapping) stays until they are edited.
      onValuesChange={() => form.setFields([{ name: 'workingDay', errors: [] }])}
      data-testid="working-hours"
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('calendar:periods.title')}
      </Typography.Title>
      <Form.List name="workingDay">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Space
                key={field.key}
                align="start"
                style={{ display: 'flex' }}
                data-testid={`working-period-${i}`}
              >
                <Form.Item
                  name={[field.name, 'start']}
                  label={i === 0 ? t('calendar:periods.start') : undefined}
                  aria-label={t('calendar:periods.start')}
                  rules={[{ required: true, message: t('validation:required') }]}
                  {...clockProps}
                >
                  <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'end']}
                  label={i === 0 ? t('calendar:periods.end') : undefined}
                  aria-label={t('calendar:periods.end')}
                  rules={[{ required: true, message: t('validation:required') }]}
                  {...clockProps}
                >
                  <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item label={i === 0 ? ' ' : undefined}>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('calendar:periods.remove')}
                    title={t('calendar:periods.remove')}
                    disabled={fields.length <= 1}
                    onClick={() => remove(field.name)}
                  />
                </Form.Item>
              </Space>
            ))}
            {/* Inside a form item, the list's own errors (periods out of order, overlapping) show in red. */}
            <Form.Item style={{ marginBottom: 8 }}>
              <Space wrap>
                <Button
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_PERIODS}
                  onClick={() => add({ start: null, end: null })}
                >
                  {t('calendar:periods.add')}
                </Button>
                <Typography.Text type="secondary">
                  {t('calendar:periods.total', { hours: formatNumber(workingHours(periods), locale) })}
                </Typography.Text>
              </Space>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>
      <Typography.Paragraph type="secondary">{t('calendar:periods.hint')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('common:save')}
      </Button>
    </Form>
  );
}
