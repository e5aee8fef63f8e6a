import { Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractDetail } from '../../../../shared/contracts/types';
import { listEntryName } from '../../../../shared/settings/lists';
import { FormModal } from '../../components/FormModal';
import { fromDayjs } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';
import { useSettings } from '../../stores/settingsStore';
import { staffOption, useOwnerCandidates } from '../clients/owners';
import dayjs from 'dayjs';

interface SignValues {
  signedOn: dayjs.Dayjs;
  departments: string[];
  assignees?: Record<string, string | null>;
}

/** Signing: the date, and the departments the contract is handed to, each with an assignee if known. */
export function SignModal({ detail, onClose }: { detail: ContractDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const sign = useContracts((s) => s.sign);
  const departments = (useSettings((s) => s.record?.settings.salesHandoffDepartments) ?? []).filter(
    (d) => d.active,
  );
  const { staff } = useOwnerCandidates();
  const [form] = Form.useForm<SignValues>();
  const chosen = Form.useWatch('departments', form) ?? [];
  const people = staff.filter((s) => s.status !== 'left').map(staffOption);
  const c = detail.contract;
  return (
    <FormModal<SignValues, ContractDetail>
      title={t('contracts:sign.title')}
      fields={['signedOn', 'handoffs', 'status']}
      form={form}
      name="contract-sign"
      width={620}
      okText={t('contracts:detail.sign')}
      testId="contract-sign-form"
      initialValues={{ signedOn: dayjs(), departments: [] }}
      run={(v) =>
        sign({
          id: c.id,
          version: c.version,
          signedOn: fromDayjs(v.signedOn)!,
          handoffs: (v.departments ?? []).map((department) => ({
            department,
            assigneeId: v.assignees?.[department] ?? null,
            note: null,
          })),
        })
      }
      successMessage={() => t('contracts:detail.signed')}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('contracts:sign.explain')}</Typography.Paragraph>
      <Form.Item
        name="signedOn"
        label={t('contracts:sign.signedOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker data-testid="sign-date" />
      </Form.Item>
      <Form.Item name="departments" label={t('contracts:sign.handoffs')}>
        <Checkbox.Group data-testid="sign-departments">
          <Space orientation="vertical">
            {departments.map((d) => (
              <Checkbox key={d.key} value={d.key} data-testid={`sign-department-${d.key}`}>
                {listEntryName(departments, d.key, locale)}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      {chosen.map((key) => (
        <Form.Item
          key={key}
          name={['assignees', key]}
          label={`${listEntryName(departments, key, locale)} · ${t('contracts:sign.assignee')}`}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={people}
            data-testid={`sign-assignee-${key}`}
          />
        </Form.Item>
      ))}
    </FormModal>
  );
}

export function TerminateModal({ detail, onClose }: { detail: ContractDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const terminate = useContracts((s) => s.terminate);
  const c = detail.contract;
  return (
    <FormModal<{ reason: string }, ContractDetail>
      title={t('contracts:terminate.title')}
      fields={['reason']}
      name="contract-terminate"
      okText={t('contracts:detail.terminate')}
      testId="contract-terminate-form"
      run={(v) => terminate({ id: c.id, version: c.version, reason: v.reason ?? '' })}
      successMessage={() => t('contracts:detail.terminated')}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('contracts:terminate.reason')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={2000}
          data-testid="terminate-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
