import { Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FINDING_SEVERITIES,
  type ControlFinding,
  type FindingSeverity,
} from '../../../../shared/control/types';
import type { RiskOption } from '../../../../shared/risk/types';
import { FormModal } from '../../components/FormModal';
import { control, pickRisks } from '../../stores/controlStore';

interface FindingValues {
  severity: FindingSeverity;
  title: string;
  description: string | null;
  riskId: string | null;
  process: string | null;
}
const FIELDS = ['severity', 'title', 'description', 'riskId', 'process'];

/** Record a finding on an audit, or edit one: severity, what was found, the related risk or process. */
export function FindingModal({
  auditId,
  finding,
  onClose,
}: {
  auditId: string;
  finding: ControlFinding | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [risks, setRisks] = useState<RiskOption[]>([]);
  const search = async (text: string | null) => {
    const r = await pickRisks(text);
    if (r.ok) setRisks(r.data);
  };
  useEffect(() => {
    let live = true;
    void pickRisks(null).then((r) => {
      if (live && r.ok) setRisks(r.data);
    });
    return () => {
      live = false;
    };
  }, []);
  // The linked risk stays among the choices even when the search no longer finds it.
  const linked =
    finding?.riskId && !risks.some((r) => r.id === finding.riskId)
      ? [{ value: finding.riskId, label: `${finding.riskCode ?? ''} ${finding.riskTitle ?? ''}`.trim() }]
      : [];
  return (
    <FormModal<FindingValues, ControlFinding>
      title={finding ? t('control:detail.editFinding') : t('control:detail.findingTitleNew')}
      fields={FIELDS}
      name="finding"
      width={640}
      testId="finding-form"
      initialValues={
        finding
          ? {
              severity: finding.severity,
              title: finding.title,
              description: finding.description,
              riskId: finding.riskId,
              process: finding.process,
            }
          : { severity: 'medium', riskId: null }
      }
      run={(v) => {
        const input = {
          severity: v.severity,
          title: v.title ?? '',
          description: v.description ?? null,
          riskId: v.riskId ?? null,
          process: v.process ?? null,
        };
        return finding
          ? control.updateFinding({ id: finding.id, version: finding.version, ...input })
          : control.addFinding({ auditId, ...input });
      }}
      successMessage={() => t('control:detail.saved')}
      onClose={onClose}
    >
      <Form.Item name="severity" label={t('control:fields.severity')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={FINDING_SEVERITIES.map((s) => ({ value: s, label: t(`control:severity.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('control:fields.findingTitle')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Input maxLength={200} data-testid="finding-title" />
      </Form.Item>
      <Form.Item name="description" label={t('control:fields.description')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          data-testid="finding-description"
        />
      </Form.Item>
      <Form.Item name="riskId" label={t('control:fields.relatedRisk')}>
        <Select<string>
          allowClear
          showSearch={{ filterOption: false, onSearch: (text) => void search(text || null) }}
          placeholder={t('control:detail.riskPlaceholder')}
          options={[...linked, ...risks.map((r) => ({ value: r.id, label: `${r.code} ${r.title}` }))]}
          data-testid="finding-risk"
        />
      </Form.Item>
      <Form.Item name="process" label={t('control:fields.process')}>
        <Input
          maxLength={200}
          placeholder={t('control:detail.processPlaceholder')}
          data-testid="finding-process"
        />
      </Form.Item>
    </FormModal>
  );
}
