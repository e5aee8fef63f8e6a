import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rectification } from '../../../../shared/control/types';
import { FormModal } from '../../components/FormModal';
import { formatDate, fromDayjs, toDayjs } from '../../i18n/format';
import { control, useControl } from '../../stores/controlStore';
import { useLocale } from '../../stores/localeStore';

interface RectificationValues {
  requirement: string;
  ownerId: string;
  dueOn: Dayjs | null;
}
const FIELDS = ['requirement', 'ownerId', 'dueOn'];

/** Ask for a rectification of a finding, or edit one still being worked on: what, who, by when. */
export function RectificationModal({
  findingId,
  auditOn,
  rectification,
  onClose,
}: {
  findingId: string;
  auditOn: string;
  rectification: Rectification | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const people = useControl((s) => s.people);
  const loadPeople = useControl((s) => s.loadPeople);
  useEffect(() => {
    void loadPeople();
  }, [loadPeople]);
  const options = people
    .filter((p) => p.status === 'active' || p.id === rectification?.ownerId)
    .map((p) => ({ value: p.id, label: p.groupName ? `${p.name}（${p.groupName}）` : p.name }));
  return (
    <FormModal<RectificationValues, Rectification>
      title={
        rectification ? t('control:detail.rectificationTitleEdit') : t('control:detail.rectificationTitleNew')
      }
      fields={FIELDS}
      name="rectification"
      width={560}
      testId="rectification-form"
      initialValues={
        rectification
          ? {
              requirement: rectification.requirement,
              ownerId: rectification.ownerId,
              dueOn: toDayjs(rectification.dueOn),
            }
          : {}
      }
      run={(v) => {
        const input = {
          requirement: v.requirement ?? '',
          ownerId: v.ownerId,
          dueOn: fromDayjs(v.dueOn) ?? '',
        };
        return rectification
          ? control.updateRectification({ id: rectification.id, version: rectification.version, ...input })
          : control.addRectification({ findingId, ...input });
      }}
      successMessage={() => t('control:detail.saved')}
      onClose={onClose}
    >
      <Form.Item
        name="requirement"
        label={t('control:fields.requirement')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          data-testid="rectification-requirement"
        />
      </Form.Item>
      <Form.Item
        name="ownerId"
        label={t('control:fields.owner')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          data-testid="rectification-owner"
        />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={t('control:fields.dueOn')}
        extra={t('control:detail.dueHint', { date: formatDate(auditOn, locale) })}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker style={{ width: '100%' }} data-testid="rectification-due" />
      </Form.Item>
    </FormModal>
  );
}
