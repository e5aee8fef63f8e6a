import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { ImprovementMeasure } from '../../../../shared/improvement/types';
import { FormModal } from '../../components/FormModal';
import { fromDayjs } from '../../i18n/format';
import { useImprovements } from '../../stores/improvementStore';

interface Values {
  effectiveFrom?: Dayjs | null;
  resultNote?: string;
}

/**
 * Finishing a measure (done: the day it took effect and what came of it) or dropping it (cancelled: why).
 * Main refuses a day after today; the picker does not offer one.
 */
export function StatusMoveModal({
  measure,
  to,
  onClose,
}: {
  measure: ImprovementMeasure;
  to: 'done' | 'cancelled';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const setStatus = useImprovements((s) => s.setStatus);
  const done = to === 'done';
  return (
    <FormModal<Values, ImprovementMeasure>
      title={t(done ? 'improvement:move.doneTitle' : 'improvement:move.cancelTitle')}
      fields={['effectiveFrom', 'resultNote']}
      name="measureMove"
      testId="measure-move-form"
      initialValues={done ? { effectiveFrom: dayjs() } : {}}
      run={(v) =>
        setStatus({
          id: measure.id,
          version: measure.version,
          status: to,
          effectiveFrom: done ? fromDayjs(v.effectiveFrom) : null,
          resultNote: v.resultNote?.trim() || null,
        })
      }
      successMessage={(m) => t('improvement:move.moved', { status: t(`improvement:status.${m.status}`) })}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{measure.title}</Typography.Paragraph>
      {done && (
        <Form.Item
          name="effectiveFrom"
          label={t('improvement:fields.effectiveFrom')}
          extra={t('improvement:move.effectiveHint')}
        >
          <DatePicker
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            data-testid="measure-effective"
          />
        </Form.Item>
      )}
      <Form.Item name="resultNote" label={t('improvement:fields.resultNote')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={LIMITS.text}
          placeholder={t(done ? 'improvement:move.resultPlaceholder' : 'improvement:move.cancelPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
