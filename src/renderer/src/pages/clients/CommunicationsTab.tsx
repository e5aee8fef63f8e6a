import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMUNICATION_CHANNELS,
  type Communication,
  type CommunicationChannel,
  type Contact,
} from '../../../../shared/clients/types';
import { LIMITS } from '../../../../shared/contract/limits';
import { errorText } from '../../api/errors';
import { FormModal } from '../../components/FormModal';
import { formatDate, formatDateTime, fromDayjs, toDayjs } from '../../i18n/format';
import { useClients, type CommunicationsPage } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { RecordActions } from './RecordActions';
import { ListEmpty } from '../../components/ListEmpty';

interface Values {
  at: Dayjs;
  channel: CommunicationChannel;
  contactId?: string | null;
  content: string;
  nextAction?: string;
  nextActionDate?: Dayjs | null;
  nextActionDone?: boolean;
}

const FIELDS = ['at', 'channel', 'contactId', 'content', 'nextAction', 'nextActionDate', 'nextActionDone'];
const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

function CommunicationForm({
  clientId,
  record,
  contacts,
  onClose,
}: {
  clientId: string;
  record: Communication | null;
  contacts: Contact[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const createCommunication = useClients((s) => s.createCommunication);
  const updateCommunication = useClients((s) => s.updateCommunication);
  const primary = contacts.find((c) => c.isPrimary);

  function run(v: Values) {
    const input = {
      at: v.at.toISOString(),
      channel: v.channel,
      contactId: v.contactId ?? null,
      content: v.content.trim(),
      nextAction: blank(v.nextAction),
      nextActionDate: fromDayjs(v.nextActionDate),
      nextActionDone: v.nextActionDone ?? false,
    };
    return record
      ? updateCommunication({ id: record.id, version: record.version, ...input })
      : createCommunication({ clientId, ...input });
  }

  return (
    <FormModal<Values, Communication>
      title={t(record ? 'clients:communications.edit' : 'clients:communications.new')}
      fields={FIELDS}
      run={run}
      form={form}
      width={620}
      successMessage={() => t('clients:communications.saved')}
      onClose={onClose}
      testId="communication-form"
      name="communication"
      initialValues={
        record
          ? {
              at: dayjs(record.at),
              channel: record.channel,
              contactId: record.contactId,
              content: record.content,
              nextAction: record.nextAction ?? undefined,
              nextActionDate: toDayjs(record.nextActionDate),
              nextActionDone: record.nextActionDone,
            }
          : { at: dayjs(), channel: 'phone', contactId: primary?.id ?? null }
      }
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item
            name="at"
            label={t('clients:communications.fields.at')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="channel" label={t('clients:communications.fields.channel')}>
            <Select
              options={COMMUNICATION_CHANNELS.map((c) => ({ value: c, label: t(`clients:channel.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactId" label={t('clients:communications.fields.contact')}>
            <Select
              allowClear
              options={contacts.map((c) => ({
                value: c.id,
                label: c.title ? `${c.name} · ${c.title}` : c.name,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="content"
        label={t('clients:communications.fields.content')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={4} maxLength={LIMITS.text} showCount />
      </Form.Item>
      <Row gutter={12}>
        <Col span={15}>
          <Form.Item
            name="nextAction"
            label={t('clients:communications.fields.nextAction')}
            dependencies={['nextActionDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v: string | undefined) =>
                  getFieldValue('nextActionDate') && !v?.trim()
                    ? Promise.reject(new Error(t('clients:communications.actionNeeded')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input
              maxLength={LIMITS.shortText}
              placeholder={t('clients:communications.nextActionPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item
            name="nextActionDate"
            label={t('clients:communications.fields.nextActionDate')}
            dependencies={['nextAction']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v: Dayjs | null | undefined) =>
                  (getFieldValue('nextAction') as string | undefined)?.trim() && !v
                    ? Promise.reject(new Error(t('clients:communications.dateNeeded')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {record?.nextAction && (
        <Form.Item name="nextActionDone" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('clients:communications.fields.nextActionDone')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}

/** Where a next action stands: done, overdue, due today, or just its date. */
export function NextActionState({ record }: { record: Communication }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  if (!record.nextAction) return null;
  const today = dayjs().format('YYYY-MM-DD');
  const date = record.nextActionDate;
  return (
    <div>
      <Typography.Text delete={record.nextActionDone}>{record.nextAction}</Typography.Text>
      <div style={{ fontSize: 12 }}>
        {date && <Typography.Text type="secondary">{formatDate(date, locale)} </Typography.Text>}
        {record.nextActionDone ? (
          <Tag color="green">{t('clients:communications.done')}</Tag>
        ) : date && date < today ? (
          <Tag color="red">{t('clients:communications.overdue')}</Tag>
        ) : date === today ? (
          <Tag color="orange">{t('clients:communications.dueToday')}</Tag>
        ) : null}
      </div>
    </div>
  );
}

/** Communication records, newest first; page one comes with the file, later pages from main. */
export function CommunicationsTab({
  clientId,
  page,
  contacts,
}: {
  clientId: string;
  page: CommunicationsPage;
  contacts: Contact[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const loadCommunications = useClients((s) => s.loadCommunications);
  const deleteCommunication = useClients((s) => s.deleteCommunication);
  const completeCommunication = useClients((s) => s.completeCommunication);
  const [editing, setEditing] = useState<Communication | 'new' | null>(null);

  async function complete(c: Communication) {
    const r = await completeCommunication({ id: c.id, version: c.version });
    if (r.ok) message.success(t('clients:communications.marked'));
    else message.error(errorText(t, r.error));
  }

  return (
    <>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}
      >
        <Typography.Text type="secondary">
          {t('clients:communications.total', { count: page.total })}
        </Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="communication-new"
        >
          {t('clients:communications.new')}
        </Button>
      </div>
      <Table<Communication>
        scroll={{ x: 'max-content' }}
        rowKey="id"
        size="middle"
        dataSource={page.rows}
        loading={{ spinning: page.loading, delay: 200 }}
        locale={{ emptyText: <ListEmpty filtered={false} title={t('clients:communications.empty')} /> }}
        data-testid="communications-table"
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: page.total,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (p, size) => void loadCommunications(p, size),
        }}
        columns={[
          {
            title: t('clients:communications.fields.at'),
            dataIndex: 'at',
            width: 170,
            render: (v: string) => formatDateTime(v, locale),
          },
          {
            title: t('clients:communications.fields.channel'),
            dataIndex: 'channel',
            width: 90,
            render: (v: CommunicationChannel) => t(`clients:channel.${v}`),
          },
          {
            title: t('clients:communications.fields.staff'),
            key: 'who',
            width: 130,
            render: (_v, c) => (
              <div>
                {c.staffName}
                {c.contactName && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('clients:communications.with', { name: c.contactName })}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('clients:communications.fields.content'),
            dataIndex: 'content',
            render: (v: string) => (
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
                ellipsis={{ rows: 3, expandable: 'collapsible' }}
              >
                {v}
              </Typography.Paragraph>
            ),
          },
          {
            title: t('clients:communications.fields.nextAction'),
            key: 'next',
            width: 220,
            render: (_v, c) => <NextActionState record={c} />,
          },
          {
            title: t('common:actions'),
            key: 'actions',
            width: 250,
            render: (_v, c) => (
              <RecordActions
                onEdit={() => setEditing(c)}
                confirmTitle={t('clients:communications.deleteConfirm')}
                onDelete={() => deleteCommunication({ id: c.id, version: c.version })}
                deletedMessage={t('clients:communications.deleted')}
                extra={
                  c.nextAction &&
                  !c.nextActionDone && (
                    <Button
                      type="link"
                      size="small"
                      icon={<CheckOutlined />}
                      onClick={() => void complete(c)}
                    >
                      {t('clients:communications.markDone')}
                    </Button>
                  )
                }
              />
            ),
          },
        ]}
      />
      {editing && (
        <CommunicationForm
          clientId={clientId}
          record={editing === 'new' ? null : editing}
          contacts={contacts}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
