import { DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { notInFuture } from './notInFuture';

/**
 * When a step happened, as the person says (default now): never in the future, never before the ticket was
 * received — the days outside are greyed out, and main refuses the rest (a time earlier the same day, a time
 * before the previous step) with an error under the field.
 */
export function StepAtField({
  name = 'at',
  label,
  notBefore,
}: {
  name?: string;
  label?: string;
  /** The ticket's received time: no step before its day. */
  notBefore: string;
}) {
  const { t } = useTranslation();
  const first = dayjs(notBefore);
  return (
    <Form.Item
      name={name}
      label={label ?? t('serviceDesk:fields.at')}
      rules={[{ required: true, message: t('validation:required') }]}
    >
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        allowClear={false}
        disabledDate={(d) => notInFuture.disabledDate(d) || d.isBefore(first, 'day')}
        disabledTime={notInFuture.disabledTime}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}
