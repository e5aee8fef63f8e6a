import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { Kri, KriReading } from '../../../../shared/kri/types';
import { FormModal } from '../../components/FormModal';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useKris } from '../../stores/kriStore';

interface Values {
  periodOn?: Dayjs | null;
  value?: number | null;
  note?: string;
}

const FIELDS = ['periodOn', 'value', 'note'];

/** A reading of a manual indicator: a new one (today's date to start with), or one to correct. */
export function ReadingModal({
  kri,
  reading,
  onClose,
}: {
  kri: Kri;
  reading: KriReading | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const addReading = useKris((s) => s.addReading);
  const updateReading = useKris((s) => s.updateReading);
  const required = { required: true, message: t('validation:required') };

  function run(v: Values) {
    const input = {
      periodOn: fromDayjs(v.periodOn) ?? '',
      value: v.value ?? Number.NaN,
      note: v.note?.trim() || null,
    };
    return reading?.id && reading.version
      ? updateReading({ id: reading.id, version: reading.version, ...input })
      : addReading({ kriId: kri.id, ...input });
  }

  return (
    <FormModal<Values, KriReading>
      title={t(reading ? 'kri:readings.edit' : 'kri:readings.add')}
      fields={FIELDS}
      run={run}
      successMessage={() => t(reading ? 'kri:readings.saved' : 'kri:readings.added')}
      onClose={onClose}
      name="kriReading"
      testId="reading-form"
      initialValues={
        reading
          ? { periodOn: toDayjs(reading.periodOn), value: reading.value, note: reading.note ?? undefined }
          : { periodOn: dayjs() }
      }
    >
      <Form.Item name="periodOn" label={t('kri:readings.periodOn')} rules={[required]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          data-testid="reading-date"
        />
      </Form.Item>
      <Form.Item name="value" label={t('kri:readings.value')} rules={[required]}>
        <InputNumber style={{ width: '100%' }} suffix={kri.unit ?? undefined} data-testid="reading-value" />
      </Form.Item>
      <Form.Item name="note" label={t('kri:readings.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
