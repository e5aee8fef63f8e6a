import { Button, Form, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractDetail, ContractHandoff } from '../../../../shared/contracts/types';
import { listEntryName } from '../../../../shared/settings/lists';
import { FormModal } from '../../components/FormModal';
import { usePermission } from '../../components/usePermission';
import { formatDateTime } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { useSettings } from '../../stores/settingsStore';

/** The hand-off 合同交接: each department, its assignee, and who acknowledged it when. */
export function HandoffsTab({ detail }: { detail: ContractDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const me = useSession((s) => s.user?.staffId);
  const canWrite = usePermission('contracts.write');
  const departments = useSettings((s) => s.record?.settings.salesHandoffDepartments) ?? [];
  const [acknowledging, setAcknowledging] = useState<ContractHandoff | null>(null);
  const l = (k: string) => t(`contracts:handoffs.${k}`);
  const open = detail.contract.status !== 'terminated';
  return (
    <>
      <Table<ContractHandoff>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.handoffs}
        locale={{ emptyText: l('none') }}
        data-testid="contract-handoffs"
        columns={[
          {
            key: 'dep',
            title: l('department'),
            width: 200,
            render: (_v, h) => listEntryName(departments, h.department, locale),
          },
          { key: 'assignee', title: l('assignee'), width: 140, render: (_v, h) => h.assigneeName ?? '—' },
          { key: 'note', title: l('note'), render: (_v, h) => h.note ?? '' },
          {
            key: 'ack',
            title: l('acknowledged'),
            width: 260,
            render: (_v, h) =>
              h.acknowledgedAt ? (
                <Tag
                  color="success"
                  data-testid="handoff-acknowledged"
                >{`${h.acknowledgedBy ?? ''} · ${formatDateTime(h.acknowledgedAt, locale)}`}</Tag>
              ) : (
                <Tag color="warning">{l('waiting')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: '',
            width: 120,
            render: (_v, h) =>
              !h.acknowledgedAt && open && canWrite ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setAcknowledging(h)}
                  data-testid="handoff-acknowledge"
                >
                  {l('acknowledge')}
                </Button>
              ) : null,
          },
        ]}
      />
      {acknowledging && (
        <AcknowledgeModal
          handoff={acknowledging}
          mine={acknowledging.assigneeId === me}
          onClose={() => setAcknowledging(null)}
        />
      )}
    </>
  );
}

/** The assignee confirms (their own name by default); someone recording for the department names who. */
function AcknowledgeModal({
  handoff,
  mine,
  onClose,
}: {
  handoff: ContractHandoff;
  mine: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const acknowledgeHandoff = useContracts((s) => s.acknowledgeHandoff);
  const myName = useSession((s) => s.user?.displayName);
  return (
    <FormModal<{ acknowledgedBy?: string | null }, ContractDetail>
      title={t('contracts:handoffs.acknowledgeTitle')}
      fields={['acknowledgedBy']}
      name="handoff-ack"
      testId="handoff-ack-form"
      okText={t('contracts:handoffs.acknowledge')}
      initialValues={{ acknowledgedBy: mine ? myName : (handoff.assigneeName ?? null) }}
      run={(v) =>
        acknowledgeHandoff({
          id: handoff.id,
          version: handoff.version,
          acknowledgedBy: v.acknowledgedBy ?? null,
        })
      }
      successMessage={() => t('contracts:handoffs.acknowledgedDone')}
      onClose={onClose}
    >
      <Form.Item name="acknowledgedBy" label={t('contracts:handoffs.acknowledgedBy')}>
        <Input maxLength={100} data-testid="handoff-ack-by" />
      </Form.Item>
    </FormModal>
  );
}
