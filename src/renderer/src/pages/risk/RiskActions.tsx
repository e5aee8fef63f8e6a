import { CheckOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { LIMITS } from '../../../../shared/contract/limits';
import type { RiskAction, RiskDetail } from '../../../../shared/risk/types';
import { FormModal } from '../../components/FormModal';
import { ListEmpty } from '../../components/ListEmpty';
import { ListTag } from '../../components/ListTag';
import { formatDate, fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { useSession } from '../../stores/sessionStore';
import { staffOption } from '../clients/owners';
import { ACTION_STATUS_COLOR } from './labels';
import { useRiskStaff } from './useRiskLists';

interface ActionValues {
  title?: string;
  ownerId?: string;
  dueOn?: Dayjs | null;
}

/** Add or edit an action: what is to be done, by whom, by when (never before the risk was identified). */
function ActionForm({
  detail,
  action,
  onClose,
}: {
  detail: RiskDetail;
  action: RiskAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const staff = useRiskStaff();
  const addAction = useRisk((s) => s.addAction);
  const updateAction = useRisk((s) => s.updateAction);
  const options = staff.map(staffOption);
  if (action && !staff.some((s) => s.id === action.ownerId))
    options.push({ value: action.ownerId, label: action.ownerName });
  return (
    <FormModal<ActionValues, RiskAction>
      title={t(action ? 'riskDesk:actions.edit' : 'riskDesk:actions.new')}
      fields={['title', 'ownerId', 'dueOn']}
      name="riskAction"
      testId="risk-action-form"
      width={600}
      initialValues={
        action
          ? { title: action.title, ownerId: action.ownerId, dueOn: toDayjs(action.dueOn) }
          : { ownerId: detail.risk.ownerId, dueOn: dayjs().add(14, 'day') }
      }
      run={(v) => {
        const input = {
          title: v.title?.trim() ?? '',
          ownerId: v.ownerId ?? '',
          dueOn: fromDayjs(v.dueOn) ?? '',
        };
        return action
          ? updateAction({ id: action.id, version: action.version, ...input })
          : addAction({ riskId: detail.risk.id, ...input });
      }}
      successMessage={() => t('riskDesk:actions.saved')}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={t('riskDesk:actions.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={2} maxLength={LIMITS.shortText} autoFocus />
      </Form.Item>
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item
            name="ownerId"
            label={t('riskDesk:actions.fields.owner')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            name="dueOn"
            label={t('riskDesk:actions.fields.dueOn')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs(detail.risk.identifiedOn), 'day')}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/** Done (on which day) or cancelled (why): the two ways an action stops being open. */
function StatusForm({
  detail,
  action,
  status,
  onClose,
}: {
  detail: RiskDetail;
  action: RiskAction;
  status: 'done' | 'cancelled';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const setActionStatus = useRisk((s) => s.setActionStatus);
  return (
    <FormModal<{ doneOn?: Dayjs | null; note?: string }, RiskAction>
      title={t(status === 'done' ? 'riskDesk:actions.markDone' : 'riskDesk:actions.cancel')}
      fields={['doneOn', 'note']}
      name="riskActionStatus"
      testId="risk-action-status-form"
      initialValues={status === 'done' ? { doneOn: dayjs() } : {}}
      run={(v) =>
        setActionStatus({
          id: action.id,
          version: action.version,
          status,
          doneOn: status === 'done' ? fromDayjs(v.doneOn) : null,
          note: v.note?.trim() || null,
        })
      }
      successMessage={() =>
        t(status === 'done' ? 'riskDesk:actions.doneSaved' : 'riskDesk:actions.cancelled')
      }
      onClose={onClose}
    >
      <Typography.Paragraph>{action.title}</Typography.Paragraph>
      {status === 'done' && (
        <Form.Item
          name="doneOn"
          label={t('risk:field.doneOn')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) =>
              d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(detail.risk.identifiedOn), 'day')
            }
          />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={t(
          status === 'done' ? 'riskDesk:actions.fields.doneNote' : 'riskDesk:actions.fields.cancelNote',
        )}
        rules={
          status === 'cancelled'
            ? [{ required: true, whitespace: true, message: t('validation:required') }]
            : []
        }
      >
        <Input.TextArea rows={2} maxLength={LIMITS.text} autoFocus={status === 'cancelled'} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The risk's actions (措施): owner, due date, status; overdue ones flagged. Those who may act on the risk add
 * and edit them; an action's owner may also mark their own action done or cancelled.
 */
export function RiskActions({ detail }: { detail: RiskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const me = useSession((s) => s.user?.staffId);
  const setActionStatus = useRisk((s) => s.setActionStatus);
  const [editing, setEditing] = useState<RiskAction | 'new' | null>(null);
  const [closing, setClosing] = useState<{ action: RiskAction; status: 'done' | 'cancelled' } | null>(null);
  const manage = detail.allowed.addAction;
  const mayAct = (a: RiskAction) => manage || a.ownerId === me;
  const open = detail.actions.filter((a) => a.status === 'open').length;
  const withOps = detail.actions.some(mayAct);

  const reopenAction = async (a: RiskAction) => {
    const r = await setActionStatus({
      id: a.id,
      version: a.version,
      status: 'open',
      doneOn: null,
      note: null,
    });
    if (r.ok) message.success(t('riskDesk:actions.reopened'));
    else message.error(errorText(t, r.error));
  };

  return (
    <>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          margin: '4px 0 12px',
          gap: 12,
          flexWrap: 'wrap',
        }}
      >
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('riskDesk:actions.title')}
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 400, marginInlineStart: 8 }}>
            {t('riskDesk:actions.summary', { count: detail.actions.length, open })}
          </Typography.Text>
        </Typography.Title>
        {manage && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="risk-action-new">
            {t('riskDesk:actions.new')}
          </Button>
        )}
      </div>
      <Table<RiskAction>
        rowKey="id"
        size="middle"
        tableLayout="fixed"
        scroll={{ x: withOps ? 720 : 520 }}
        pagination={false}
        dataSource={detail.actions}
        data-testid="risk-actions-table"
        locale={{
          emptyText: (
            <ListEmpty
              filtered={false}
              title={t('riskDesk:actions.empty')}
              hint={manage ? t('riskDesk:actions.emptyHint') : undefined}
            />
          ),
        }}
        columns={[
          {
            title: t('riskDesk:actions.fields.title'),
            dataIndex: 'title',
            render: (v: string, a) => (
              <div>
                <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>
                {a.note && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {a.note}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          { title: t('riskDesk:actions.fields.owner'), dataIndex: 'ownerName', width: 100, ellipsis: true },
          {
            title: t('riskDesk:actions.fields.dueOn'),
            dataIndex: 'dueOn',
            width: 130,
            render: (v: string, a) => (
              <div>
                {formatDate(v, locale)}
                {a.overdue && (
                  <div>
                    <ListTag color="red">{t('riskDesk:actions.overdue')}</ListTag>
                  </div>
                )}
              </div>
            ),
          },
          {
            title: t('risk:field.actionStatus'),
            dataIndex: 'status',
            width: 130,
            render: (v: RiskAction['status'], a) => (
              <div data-testid="risk-action-status" data-status={v}>
                <ListTag color={ACTION_STATUS_COLOR[v]}>{t(`risk:actionStatus.${v}`)}</ListTag>
                {a.doneOn && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {formatDate(a.doneOn, locale)}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          ...(withOps
            ? [
                {
                  title: t('common:actions'),
                  key: 'ops',
                  width: 200,
                  render: (_v: unknown, a: RiskAction) =>
                    mayAct(a) && (
                      <Space size={0} wrap>
                        {a.status === 'open' && (
                          <>
                            <Button
                              type="link"
                              size="small"
                              icon={<CheckOutlined />}
                              onClick={() => setClosing({ action: a, status: 'done' })}
                              data-testid="risk-action-done"
                            >
                              {t('riskDesk:actions.markDone')}
                            </Button>
                            {manage && (
                              <Button type="link" size="small" onClick={() => setEditing(a)}>
                                {t('common:edit')}
                              </Button>
                            )}
                            <Button
                              type="link"
                              size="small"
                              danger
                              icon={<StopOutlined />}
                              onClick={() => setClosing({ action: a, status: 'cancelled' })}
                              data-testid="risk-action-cancel"
                            >
                              {t('riskDesk:actions.cancel')}
                            </Button>
                          </>
                        )}
                        {a.status !== 'open' && detail.risk.status !== 'closed' && (
                          <Popconfirm
                            title={t('riskDesk:actions.reopenConfirm')}
                            okText={t('riskDesk:actions.reopen')}
                            cancelText={t('common:cancel')}
                            onConfirm={() => reopenAction(a)}
                          >
                            <Button type="link" size="small" icon={<UndoOutlined />}>
                              {t('riskDesk:actions.reopen')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <ActionForm
          detail={detail}
          action={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {closing && (
        <StatusForm
          detail={detail}
          action={closing.action}
          status={closing.status}
          onClose={() => setClosing(null)}
        />
      )}
    </>
  );
}
