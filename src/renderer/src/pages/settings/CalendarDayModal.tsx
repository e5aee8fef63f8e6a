import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarDayInput } from '../../../../shared/calendar/channels';
import { CALENDAR_DAY_KINDS, type CalendarDay } from '../../../../shared/calendar/types';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useCalendar } from '../../stores/calendarStore';

const FIELDS = ['date', 'kind', 'name'] as const;

/** Adds one of the manager's days, or changes one (`day`); main refuses a date twice or a day that changes nothing. */
export function CalendarDayModal({
  day,
  defaultDate,
  onClose,
}: {
  day: CalendarDay | null;
  /** Where the date picker opens for a new day: the year on screen. */
  defaultDate: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const saveDay = useCalendar((s) => s.saveDay);
  return (
    <FormModal<CalendarDayInput, CalendarDay>
      title={t(day ? 'calendar:day.editTitle' : 'calendar:day.addTitle')}
      fields={FIELDS}
      name="calendarDay"
      testId="calendar-day-form"
      initialValues={day ? { date: day.date, kind: day.kind, name: day.name } : { kind: 'holiday' }}
      run={(v) => saveDay(day, v)}
      successMessage={() => t('calendar:day.saved')}
      onClose={onClose}
    >
      <Form.Item
        name="date"
        label={t('calendar:day.date')}
        rules={[{ required: true, message: t('validation:required') }]}
        getValueProps={(v: string | null) => ({ value: toDayjs(v) })}
        normalize={(d: Dayjs | null) => fromDayjs(d)}
      >
        <DatePicker style={{ width: '100%' }} defaultPickerValue={toDayjs(defaultDate) ?? undefined} />
      </Form.Item>
      <Form.Item name="kind" label={t('calendar:day.kind')} extra={t('calendar:day.kindHint')}>
        <Radio.Group
          options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`calendar:dayKind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('calendar:day.name')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input maxLength={LIMITS.name} placeholder={t('calendar:day.namePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
