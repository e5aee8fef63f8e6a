import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { TicketAction, TicketDetail } from '../../../../shared/service/types';
import { FormModal } from '../../components/FormModal';
import { ListEmpty } from '../../components/ListEmpty';
import { formatDate, formatDateTime, fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useTicket } from '../../stores/serviceTicketStore';
import { staffOption } from '../clients/owners';
import { RecordActions } from '../clients/RecordActions';
import { entryName, entryOptions } from './labels';
import { StepAtField } from './StepAtField';
import { useHandlers, useServiceSettings } from './useServiceLists';

interface ActionValues {
  department?: string;
  ownerId?: string | null;
  description?: string;
  dueDate?: Dayjs | null;
}

function ActionForm({
  detail,
  action,
  onClose,
}: {
  detail: TicketDetail;
  action: TicketAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useServiceSettings();
  const handlers = useHandlers();
  const addAction = useTicket((s) => s.addAction);
  const updateAction = useTicket((s) => s.updateAction);
  return (
    <FormModal<ActionValues, TicketAction>
      title={t(action ? 'serviceDesk:actions.edit' : 'serviceDesk:actions.new')}
      fields={['department', 'ownerId', 'description', 'dueDate']}
      name="action"
      testId="action-form"
      width={600}
      initialValues={
        action
          ? {
              department: action.department,
              ownerId: action.ownerId,
              description: action.description,
              dueDate: toDayjs(action.dueDate),
            }
          : { department: detail.responsibleDept ?? undefined, ownerId: null, dueDate: dayjs().add(1, 'day') }
      }
      run={(v) => {
        const input = {
          department: v.department ?? '',
          ownerId: v.ownerId ?? null,
          description: v.description?.trim() ?? '',
          dueDate: fromDayjs(v.dueDate) ?? '',
        };
        return action
          ? updateAction({ id: action.id, version: action.version, ...input })
          : addAction({ ticketId: detail.id, ...input });
      }}
      successMessage={() => t('serviceDesk:actions.saved')}
      onClose={onClose}
    >
      <Form.Item
        name="description"
        label={t('serviceDesk:actions.fields.description')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.text} autoFocus />
      </Form.Item>
      <Row gutter={12}>
        <Col span={9}>
          <Form.Item
            name="department"
            label={t('serviceDesk:actions.fields.department')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={entryOptions(settings?.serviceDepartments, locale, action?.department)}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerId" label={t('serviceDesk:actions.fields.owner')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={handlers.map(staffOption)}
            />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item
            name="dueDate"
            label={t('serviceDesk:actions.fields.dueDate')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

function CompleteForm({
  detail,
  action,
  onClose,
}: {
  detail: TicketDetail;
  action: TicketAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const completeAction = useTicket((s) => s.completeAction);
  return (
    <FormModal<{ at: Dayjs; note?: string }, TicketAction>
      title={t('serviceDesk:actions.complete')}
      fields={['at', 'note']}
      name="actionDone"
      testId="action-done-form"
      initialValues={{ at: dayjs() }}
      run={(v) =>
        completeAction({
          id: action.id,
          version: action.version,
          at: v.at.toISOString(),
          note: v.note?.trim() || null,
        })
      }
      successMessage={() => t('serviceDesk:actions.completed')}
      onClose={onClose}
    >
      <Typography.Paragraph>{action.description}</Typography.Paragraph>
      <StepAtField notBefore={detail.receivedAt} label={t('serviceDesk:actions.fields.doneAt')} />
      <Form.Item name="note" label={t('serviceDesk:actions.fields.doneNote')}>
        <Input.TextArea rows={2} maxLength={LIMITS.text} autoFocus />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The coordinated actions of a complaint being resolved (处理中): department, owner, due date, done. They
 * change only while resolving; the complaint resolves once every action is done.
 */
export function TicketActions({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useServiceSettings();
  const deleteAction = useTicket((s) => s.deleteAction);
  const [editing, setEditing] = useState<TicketAction | 'new' | null>(null);
  const [completing, setCompleting] = useState<TicketAction | null>(null);
  const editable = detail.allowed.includes('actions');
  const today = dayjs().format('YYYY-MM-DD');
  const open = detail.actions.filter((a) => !a.doneAt).length;

  return (
    <>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          marginBottom: 12,
          gap: 12,
          flexWrap: 'wrap',
        }}
      >
        <Typography.Text type="secondary" data-testid="actions-summary">
          {editable
            ? t('serviceDesk:actions.summary', { count: detail.actions.length, open })
            : t('serviceDesk:actions.readOnly')}
        </Typography.Text>
        {editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="action-new"
          >
            {t('serviceDesk:actions.new')}
          </Button>
        )}
      </div>
      <Table<TicketAction>
        rowKey="id"
        size="middle"
        tableLayout="fixed"
        scroll={{ x: editable ? 600 : 450 }}
        pagination={false}
        dataSource={detail.actions}
        data-testid="actions-table"
        locale={{
          emptyText: (
            <ListEmpty
              filtered={false}
              title={t('serviceDesk:actions.empty')}
              hint={editable ? t('serviceDesk:actions.emptyHint') : undefined}
            />
          ),
        }}
        columns={[
          {
            title: t('serviceDesk:actions.fields.description'),
            dataIndex: 'description',
            render: (v: string, a) => (
              <div>
                <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>
                <div style={{ marginTop: 4, fontSize: 12 }}>
                  {a.doneAt ? (
                    <>
                      <Tag color="green">{t('serviceDesk:actions.done')}</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(a.doneAt, locale)}
                        {a.doneNote && ` · ${a.doneNote}`}
                      </Typography.Text>
                    </>
                  ) : (
                    <Tag>{t('serviceDesk:actions.open')}</Tag>
                  )}
                </div>
              </div>
            ),
          },
          {
            title: t('serviceDesk:actions.fields.departmentOwner'),
            key: 'who',
            width: 130,
            render: (_v, a) => (
              <div>
                {entryName(settings?.serviceDepartments, a.department, locale)}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {a.ownerName ?? t('serviceDesk:none')}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('serviceDesk:actions.fields.dueDate'),
            dataIndex: 'dueDate',
            width: 130,
            render: (v: string, a) => (
              <div>
                {formatDate(v, locale)}
                {!a.doneAt && v < today && (
                  <div>
                    <Tag color="red">{t('serviceDesk:actions.late')}</Tag>
                  </div>
                )}
              </div>
            ),
          },
          ...(editable
            ? [
                {
                  title: t('common:actions'),
                  key: 'actions',
                  width: 150,
                  render: (_v: unknown, a: TicketAction) => (
                    <RecordActions
                      onEdit={() => setEditing(a)}
                      confirmTitle={t('serviceDesk:actions.deleteConfirm')}
                      onDelete={() => deleteAction({ id: a.id, version: a.version })}
                      deletedMessage={t('serviceDesk:actions.deleted')}
                      extra={
                        !a.doneAt && (
                          <Button
                            type="link"
                            size="small"
                            icon={<CheckOutlined />}
                            onClick={() => setCompleting(a)}
                            data-testid="action-complete"
                          >
                            {t('serviceDesk:actions.markDone')}
                          </Button>
                        )
                      }
                    />
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
      {completing && <CompleteForm detail={detail} action={completing} onClose={() => setCompleting(null)} />}
    </>
  );
}
