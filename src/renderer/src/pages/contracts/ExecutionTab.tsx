import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, milestonesEditable, owedFen, progressAllowed } from '../../../../shared/contracts/rules';
import {
  MILESTONE_KINDS,
  type ContractDetail,
  type ContractMilestone,
  type MilestoneKind,
} from '../../../../shared/contracts/types';
import { FormModal } from '../../components/FormModal';
import { usePermission } from '../../components/usePermission';
import { formatDate, formatMoneyFen, fromDayjs, toDayjs } from '../../i18n/format';
import { useContracts } from '../../stores/contractsStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { staffOption, useOwnerCandidates } from '../clients/owners';
import { refusalText, toFen } from './labels';

type Dialog =
  | { kind: 'edit'; milestone: ContractMilestone | null }
  | { kind: 'done'; milestone: ContractMilestone }
  | { kind: 'payment'; milestone: ContractMilestone };

/**
 * Milestones and the payment plan: planned by those running the contract, progress recorded once it is
 * signed — by them or by the milestone's owner; overdue ones marked.
 */
export function ExecutionTab({ detail }: { detail: ContractDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { message, modal } = App.useApp();
  const me = useSession((s) => s.user?.staffId);
  const canWrite = usePermission('contracts.write');
  const deleteMilestone = useContracts((s) => s.deleteMilestone);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const c = detail.contract;
  const l = (k: string) => t(`contracts:milestones.${k}`);
  const today = dayjs().format('YYYY-MM-DD');
  const planned = detail.milestones.reduce((s, m) => s + (m.amountFen ?? 0), 0);
  const canPlan = canWrite && milestonesEditable(c.status);
  const canProgress = (m: ContractMilestone) =>
    canWrite && progressAllowed(c.status) && m.doneOn === null && (canPlan || m.ownerId === me);

  function confirmDelete(m: ContractMilestone) {
    modal.confirm({
      title: l('deleteConfirm'),
      content: m.title,
      onOk: async () => {
        const r = await deleteMilestone({ id: m.id, version: m.version });
        if (!r.ok) message.error(refusalText(t, r.error));
      },
    });
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Text data-testid="contract-plan">
          {t('contracts:milestones.plan', {
            planned: formatMoneyFen(planned, locale),
            amount: formatMoneyFen(c.amountFen, locale),
            received: formatMoneyFen(c.receivedFen, locale),
          })}
        </Typography.Text>
        {canPlan && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'edit', milestone: null })}
            data-testid="milestone-add"
          >
            {l('add')}
          </Button>
        )}
      </Space>
      <Table<ContractMilestone>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.milestones}
        locale={{ emptyText: l('none') }}
        data-testid="contract-milestones"
        scroll={{ x: 1000 }}
        columns={[
          {
            key: 'kind',
            title: l('kind'),
            width: 90,
            render: (_v, m) => t(`contracts:milestoneKind.${m.kind}`),
          },
          { key: 'title', title: l('title_field'), dataIndex: 'title' },
          { key: 'owner', title: l('owner'), dataIndex: 'ownerName', width: 110 },
          {
            key: 'due',
            title: l('dueOn'),
            width: 150,
            render: (_v, m) => (
              <Space size={4}>
                {formatDate(m.dueOn, locale)}
                {isOverdue(m, today) && progressAllowed(c.status) && <Tag color="error">{l('overdue')}</Tag>}
              </Space>
            ),
          },
          { key: 'done', title: l('doneOn'), width: 120, render: (_v, m) => formatDate(m.doneOn, locale) },
          {
            key: 'amount',
            title: l('amount'),
            width: 130,
            align: 'right',
            render: (_v, m) => (m.amountFen === null ? '' : formatMoneyFen(m.amountFen, locale)),
          },
          {
            key: 'received',
            title: l('received'),
            width: 130,
            align: 'right',
            render: (_v, m) => (m.amountFen === null ? '' : formatMoneyFen(m.receivedFen, locale)),
          },
          {
            key: 'actions',
            title: '',
            width: 230,
            render: (_v, m) => (
              <Space size={4} wrap>
                {canProgress(m) && m.kind === 'payment' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setDialog({ kind: 'payment', milestone: m })}
                    data-testid="milestone-payment"
                  >
                    {l('recordPayment')}
                  </Button>
                )}
                {canProgress(m) && m.kind !== 'payment' && (
                  <Button
                    size="small"
                    onClick={() => setDialog({ kind: 'done', milestone: m })}
                    data-testid="milestone-done"
                  >
                    {l('markDone')}
                  </Button>
                )}
                {canPlan && (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={l('edit')}
                    onClick={() => setDialog({ kind: 'edit', milestone: m })}
                  />
                )}
                {canPlan && m.doneOn === null && m.receivedFen === 0 && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={l('delete')}
                    onClick={() => confirmDelete(m)}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'edit' && (
        <MilestoneModal detail={detail} milestone={dialog.milestone} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'done' && <DoneModal milestone={dialog.milestone} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'payment' && (
        <PaymentModal milestone={dialog.milestone} onClose={() => setDialog(null)} />
      )}
    </Space>
  );
}

interface MilestoneValues {
  kind: MilestoneKind;
  title: string;
  ownerId: string;
  dueOn: dayjs.Dayjs | null;
  /** Yuan on screen. */
  amountFen?: number | null;
  note?: string | null;
}

function MilestoneModal({
  detail,
  milestone,
  onClose,
}: {
  detail: ContractDetail;
  milestone: ContractMilestone | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { addMilestone, updateMilestone } = useContracts();
  const { staff } = useOwnerCandidates();
  const me = useSession((s) => s.user?.staffId);
  const [form] = Form.useForm<MilestoneValues>();
  const kind = Form.useWatch('kind', form) ?? milestone?.kind ?? 'delivery';
  const l = (k: string) => t(`contracts:milestones.${k}`);
  return (
    <FormModal<MilestoneValues, ContractDetail>
      title={l(milestone ? 'edit' : 'add')}
      fields={['kind', 'title', 'ownerId', 'dueOn', 'amountFen', 'note']}
      form={form}
      name="milestone"
      testId="milestone-form"
      initialValues={
        milestone
          ? {
              ...milestone,
              dueOn: toDayjs(milestone.dueOn),
              amountFen: milestone.amountFen === null ? null : milestone.amountFen / 100,
            }
          : { kind: 'delivery', ownerId: me, dueOn: null }
      }
      run={(v) => {
        const input = {
          kind: v.kind,
          title: v.title,
          ownerId: v.ownerId,
          dueOn: fromDayjs(v.dueOn) ?? '',
          amountFen: v.kind === 'payment' ? toFen(v.amountFen) || null : null,
          note: v.note ?? null,
        };
        return milestone
          ? updateMilestone({ id: milestone.id, version: milestone.version, ...input })
          : addMilestone({ contractId: detail.contract.id, ...input });
      }}
      successMessage={() => l('saved')}
      onClose={onClose}
    >
      <Form.Item name="kind" label={l('kind')}>
        <Select
          options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`contracts:milestoneKind.${k}`) }))}
          data-testid="milestone-kind"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={l('title_field')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Input maxLength={200} data-testid="milestone-title" />
      </Form.Item>
      <Form.Item
        name="ownerId"
        label={l('owner')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={staff.filter((s) => s.status !== 'left').map(staffOption)}
          data-testid="milestone-owner"
        />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={l('dueOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker data-testid="milestone-due" />
      </Form.Item>
      {kind === 'payment' && (
        <Form.Item
          name="amountFen"
          label={l('amount')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <InputNumber
            min={0.01}
            precision={2}
            prefix="¥"
            style={{ width: 220 }}
            data-testid="milestone-amount"
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={l('note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function DoneModal({ milestone, onClose }: { milestone: ContractMilestone; onClose: () => void }) {
  const { t } = useTranslation();
  const completeMilestone = useContracts((s) => s.completeMilestone);
  return (
    <FormModal<{ doneOn: dayjs.Dayjs }, ContractDetail>
      title={`${t('contracts:milestones.doneTitle')} · ${milestone.title}`}
      fields={['doneOn']}
      name="milestone-done"
      testId="milestone-done-form"
      initialValues={{ doneOn: dayjs() }}
      run={(v) =>
        completeMilestone({ id: milestone.id, version: milestone.version, doneOn: fromDayjs(v.doneOn) ?? '' })
      }
      successMessage={() => t('contracts:milestones.saved')}
      onClose={onClose}
    >
      <Form.Item
        name="doneOn"
        label={t('contracts:milestones.doneOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

/** Money received: at most what is still owed (main refuses more, on the amount). */
function PaymentModal({ milestone, onClose }: { milestone: ContractMilestone; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const recordPayment = useContracts((s) => s.recordPayment);
  const owed = owedFen(milestone);
  return (
    <FormModal<{ amountFen: number; receivedOn: dayjs.Dayjs }, ContractDetail>
      title={`${t('contracts:milestones.paymentTitle')} · ${milestone.title}`}
      fields={['amountFen', 'receivedOn']}
      name="milestone-payment"
      testId="milestone-payment-form"
      initialValues={{ amountFen: owed / 100, receivedOn: dayjs() }}
      run={(v) =>
        recordPayment({
          id: milestone.id,
          version: milestone.version,
          amountFen: toFen(v.amountFen),
          receivedOn: fromDayjs(v.receivedOn) ?? '',
        })
      }
      successMessage={() => t('contracts:milestones.saved')}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {t('contracts:milestones.owed')}: {formatMoneyFen(owed, locale)}
      </Typography.Paragraph>
      <Form.Item
        name="amountFen"
        label={t('contracts:milestones.paymentAmount')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <InputNumber
          min={0.01}
          precision={2}
          prefix="¥"
          style={{ width: 220 }}
          data-testid="payment-amount"
        />
      </Form.Item>
      <Form.Item
        name="receivedOn"
        label={t('contracts:milestones.receivedOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker data-testid="payment-date" />
      </Form.Item>
    </FormModal>
  );
}
