import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCENTIVE_KINDS,
  KIND_NEEDS,
  type Incentive,
  type IncentiveCandidate,
  type IncentiveKind,
  type IncentiveResultOption,
} from '../../../../shared/incentives/types';
import { FormModal } from '../../components/FormModal';
import { formatDate, fromDayjs } from '../../i18n/format';
import { useIncentives } from '../../stores/incentivesStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { cycleNameOf } from './labels';

interface Values {
  staffId: string;
  kind: IncentiveKind;
  /** Yuan on screen; main's errors about the amount land here. */
  amountFen?: number | null;
  title?: string;
  formId?: string | null;
  reason: string;
  effectiveOn: Dayjs;
}

const FIELDS = ['staffId', 'kind', 'amountFen', 'title', 'formId', 'reason', 'effectiveOn'];

/**
 * Proposing an incentive: for someone the user oversees (main's list), the kind deciding whether an amount or
 * a title is asked for, optionally following from one of the person's published appraisal results.
 */
export function IncentiveForm({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (i: Incentive) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const isManager = useSession((s) => s.user?.role === 'manager');
  const { candidates, results, propose } = useIncentives.getState();
  const [form] = Form.useForm<Values>();
  const staffId = Form.useWatch('staffId', form);
  const kind = Form.useWatch('kind', form) ?? 'bonus';
  const [people, setPeople] = useState<IncentiveCandidate[] | null>(null);
  // The chosen person's published results, once loaded for them.
  const [loaded, setLoaded] = useState<{ staffId: string; items: IncentiveResultOption[] } | null>(null);
  const options = staffId && loaded?.staffId === staffId ? loaded.items : [];
  const need = KIND_NEEDS[kind];

  useEffect(() => {
    void candidates().then((r) => setPeople(r.ok ? r.data : []));
  }, [candidates]);

  useEffect(() => {
    if (!staffId) return;
    let live = true;
    void results(staffId).then((r) => live && setLoaded({ staffId, items: r.ok ? r.data : [] }));
    return () => {
      live = false;
    };
  }, [staffId, results]);

  return (
    <FormModal<Values, Incentive>
      title={t('incentives:form.title')}
      fields={FIELDS}
      name="incentive"
      testId="incentive-form"
      width={560}
      form={form}
      initialValues={{ kind: 'bonus', formId: null }}
      okText={t(isManager ? 'incentives:form.submitManager' : 'incentives:form.submit')}
      run={async (v) => {
        const r = await propose({
          staffId: v.staffId,
          kind: v.kind,
          amountFen:
            KIND_NEEDS[v.kind] === 'amount' || KIND_NEEDS[v.kind] === 'optionalAmount'
              ? v.amountFen
                ? Math.round(v.amountFen * 100)
                : null
              : null,
          title: KIND_NEEDS[v.kind] === 'title' ? v.title?.trim() || null : null,
          reason: v.reason?.trim() ?? '',
          effectiveOn: fromDayjs(v.effectiveOn) ?? '',
          formId: v.formId ?? null,
        });
        if (r.ok) onSaved(r.data);
        return r;
      }}
      successMessage={(i) =>
        t(i.status === 'approved' ? 'incentives:form.approvedAtOnce' : 'incentives:form.submitted')
      }
      onClose={onClose}
    >
      {people !== null && people.length === 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('incentives:form.noCandidates')} />
      )}
      <Form.Item
        name="staffId"
        label={t('incentives:field.staff')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          placeholder={t('incentives:form.staffPlaceholder')}
          loading={people === null}
          options={(people ?? []).map((p) => ({
            value: p.staffId,
            label: `${p.staffName} · ${p.employeeNo}`,
          }))}
          onChange={() => form.setFieldValue('formId', null)}
          data-testid="incentive-staff"
        />
      </Form.Item>
      <Form.Item name="kind" label={t('incentives:field.kind')} rules={[{ required: true }]}>
        <Select
          options={INCENTIVE_KINDS.map((k) => ({ value: k, label: t(`incentives:kind.${k}`) }))}
          data-testid="incentive-kind"
        />
      </Form.Item>
      {(need === 'amount' || need === 'optionalAmount') && (
        <Form.Item
          name="amountFen"
          label={t('incentives:form.amountYuan')}
          rules={need === 'amount' ? [{ required: true, message: t('validation:incentiveAmount') }] : []}
        >
          <InputNumber
            min={0.01}
            max={100_000_000}
            precision={2}
            style={{ width: '100%' }}
            data-testid="incentive-amount"
          />
        </Form.Item>
      )}
      {need === 'title' && (
        <Form.Item
          name="title"
          label={t(`incentives:titleOf.${kind}`)}
          rules={[{ required: true, whitespace: true, message: t('validation:incentiveTitle') }]}
        >
          <Input maxLength={100} data-testid="incentive-title" />
        </Form.Item>
      )}
      <Form.Item
        name="formId"
        label={t('incentives:field.result')}
        extra={staffId && options.length ? t('incentives:form.resultHint') : undefined}
      >
        <Select
          disabled={!options.length}
          options={[
            { value: null, label: t('incentives:form.resultNone') },
            ...options.map((o) => ({
              value: o.formId,
              label: t('incentives:form.resultOption', {
                code: o.cycleCode,
                name: cycleNameOf(o, locale),
                grade: o.grade ?? '—',
              }),
              title: `${formatDate(o.periodFrom, locale)} – ${formatDate(o.periodTo, locale)}`,
            })),
          ]}
          data-testid="incentive-result"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('incentives:field.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="incentive-reason" />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={t('incentives:field.effectiveOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker style={{ width: '100%' }} data-testid="incentive-effective" />
      </Form.Item>
    </FormModal>
  );
}
