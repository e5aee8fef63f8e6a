import { DatePicker, Form, Input, Row, Col, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEADLINE_PHASES,
  type AppraisalCycle,
  type CycleForm,
  type PhaseDeadlines,
} from '../../../../shared/appraisal/cycles';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useAppraisalCycles } from '../../stores/appraisalCycleStore';

const dateItem = {
  getValueProps: (v: string | null) => ({ value: toDayjs(v) }),
  normalize: (d: Dayjs | null) => fromDayjs(d),
};

/** The manager moves the phases' deadlines (in phase order; main refuses the rest, by field). */
export function DeadlinesDialog({ cycle, onClose }: { cycle: AppraisalCycle; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useAppraisalCycles((s) => s.updateDeadlines);
  return (
    <FormModal<{ deadlines: PhaseDeadlines }, AppraisalCycle>
      title={t('appraisal:detail.editDeadlines')}
      fields={['deadlines']}
      initialValues={{ deadlines: cycle.deadlines }}
      run={(v) => update({ id: cycle.id, version: cycle.version, deadlines: v.deadlines })}
      successMessage={() => t('appraisal:detail.deadlinesSaved')}
      onClose={onClose}
      name="cycleDeadlines"
      testId="deadlines-form"
    >
      <Row gutter={16}>
        {DEADLINE_PHASES.map((phase) => (
          <Col key={phase} span={12}>
            <Form.Item
              name={['deadlines', phase]}
              label={t(`appraisal:phase.${phase}`)}
              rules={[{ required: true, message: t('validation:required') }]}
              {...dateItem}
            >
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </FormModal>
  );
}

/** The manager hands a form not yet evaluated to another active member of staff. */
export function ReassignDialog({ form, onClose }: { form: CycleForm; onClose: () => void }) {
  const { t } = useTranslation();
  const reassign = useAppraisalCycles((s) => s.reassign);
  const staff = useAppraisalCycles((s) => s.staff);
  const loadPeople = useAppraisalCycles((s) => s.loadPeople);
  useEffect(() => {
    void loadPeople();
  }, [loadPeople]);
  return (
    <FormModal<{ evaluatorId: string }, unknown>
      title={t('appraisal:detail.reassignTitle', { name: form.staffName })}
      fields={['evaluatorId']}
      initialValues={{ evaluatorId: form.evaluatorId }}
      run={(v) => reassign({ id: form.id, version: form.version, evaluatorId: v.evaluatorId })}
      successMessage={() => t('appraisal:detail.reassigned')}
      onClose={onClose}
      name="reassignEvaluator"
      testId="reassign-form"
    >
      <Form.Item
        name="evaluatorId"
        label={t('appraisal:detail.newEvaluator')}
        extra={t('appraisal:detail.reassignHint', { name: form.evaluatorName })}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={staff.map((s) => ({ value: s.id, label: `${s.name}（${s.employeeNo}）` }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/** The manager takes a person out of the cycle before publication, with the reason (kept on the form). */
export function RemoveDialog({ form, onClose }: { form: CycleForm; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useAppraisalCycles((s) => s.remove);
  return (
    <FormModal<{ reason: string }, unknown>
      title={t('appraisal:detail.removeTitle', { name: form.staffName })}
      fields={['reason']}
      run={(v) => remove({ id: form.id, version: form.version, reason: v.reason })}
      successMessage={() => t('appraisal:detail.removed')}
      onClose={onClose}
      okText={t('appraisal:detail.remove')}
      name="removeFromCycle"
      testId="remove-form"
    >
      <Form.Item
        name="reason"
        label={t('appraisal:detail.reason')}
        extra={t('appraisal:detail.removeHint')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
