import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/clients/types';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { formatDate, fromDayjs, toDayjs } from '../../i18n/format';
import { useClients } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { DuplicateWarning } from './DuplicateWarning';
import { RecordActions } from './RecordActions';
import { ListEmpty } from '../../components/ListEmpty';

interface Values {
  name: string;
  title?: string;
  mobile?: string;
  email?: string;
  wechat?: string;
  isPrimary: boolean;
  birthday?: Dayjs | null;
  notes?: string;
}

const FIELDS = ['name', 'title', 'mobile', 'email', 'wechat', 'isPrimary', 'birthday', 'notes'];
const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

function ContactForm({
  clientId,
  contact,
  first,
  onClose,
}: {
  clientId: string;
  contact: Contact | null;
  /** The client's first contact becomes the primary one unless the user says otherwise. */
  first: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const createContact = useClients((s) => s.createContact);
  const updateContact = useClients((s) => s.updateContact);
  const [form] = Form.useForm<Values>();
  const mobile = Form.useWatch('mobile', form);
  function run(v: Values) {
    const input = {
      name: v.name.trim(),
      title: blank(v.title),
      mobile: blank(v.mobile),
      email: blank(v.email),
      wechat: blank(v.wechat),
      isPrimary: v.isPrimary,
      birthday: fromDayjs(v.birthday),
      notes: blank(v.notes),
    };
    return contact
      ? updateContact({ id: contact.id, version: contact.version, ...input })
      : createContact({ clientId, ...input });
  }
  return (
    <FormModal<Values, Contact>
      title={t(contact ? 'clients:contacts.edit' : 'clients:contacts.new')}
      fields={FIELDS}
      run={run}
      successMessage={() => t('clients:contacts.saved')}
      onClose={onClose}
      form={form}
      testId="contact-form"
      name="contact"
      initialValues={
        contact
          ? {
              name: contact.name,
              title: contact.title ?? undefined,
              mobile: contact.mobile ?? undefined,
              email: contact.email ?? undefined,
              wechat: contact.wechat ?? undefined,
              isPrimary: contact.isPrimary,
              birthday: toDayjs(contact.birthday),
              notes: contact.notes ?? undefined,
            }
          : { isPrimary: first }
      }
    >
      {/* The same mobile on another client's file may mean the client is already on file. */}
      <DuplicateWarning
        exceptId={clientId}
        phone={mobile}
        unchanged={contact ? { phone: contact.mobile } : null}
        onOpen={onClose}
      />
      <Space.Compact block>
        <Form.Item
          name="name"
          label={t('clients:contacts.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          style={{ width: '55%' }}
        >
          <Input maxLength={LIMITS.name} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('clients:contacts.fields.title')}
          style={{ width: '45%', paddingInlineStart: 12 }}
        >
          <Input maxLength={LIMITS.name} />
        </Form.Item>
      </Space.Compact>
      <Form.Item
        name="mobile"
        label={t('clients:contacts.fields.mobile')}
        extra={t('clients:contacts.mobileHint')}
      >
        <Input maxLength={LIMITS.phone} inputMode="tel" />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="email" label={t('clients:contacts.fields.email')} style={{ width: '55%' }}>
          <Input maxLength={LIMITS.email} inputMode="email" />
        </Form.Item>
        <Form.Item
          name="wechat"
          label={t('clients:contacts.fields.wechat')}
          style={{ width: '45%', paddingInlineStart: 12 }}
        >
          <Input maxLength={LIMITS.name} />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item name="birthday" label={t('clients:contacts.fields.birthday')} style={{ width: '55%' }}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="isPrimary"
          label={t('clients:contacts.fields.isPrimary')}
          valuePropName="checked"
          style={{ width: '45%', paddingInlineStart: 12 }}
          tooltip={t('clients:contacts.primaryHint')}
        >
          <Switch />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="notes" label={t('clients:contacts.fields.notes')}>
        <Input.TextArea rows={2} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}

/** The client's contacts: one of them is the primary contact. */
export function ContactsTab({ clientId, contacts }: { clientId: string; contacts: Contact[] }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const deleteContact = useClients((s) => s.deleteContact);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const none = <Typography.Text type="secondary">{t('clients:none')}</Typography.Text>;
  const sorted = [...contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));

  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="contact-new">
          {t('clients:contacts.new')}
        </Button>
      </div>
      <Table<Contact>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={sorted}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <ListEmpty filtered={false} title={t('clients:contacts.empty')} /> }}
        data-testid="contacts-table"
        columns={[
          {
            title: t('clients:contacts.fields.name'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <Space size={6}>
                <Typography.Text strong={c.isPrimary}>{name}</Typography.Text>
                {c.isPrimary && (
                  <Tag color="gold" icon={<StarFilled />}>
                    {t('clients:contacts.primary')}
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: t('clients:contacts.fields.title'), dataIndex: 'title', render: (v) => v ?? none },
          { title: t('clients:contacts.fields.mobile'), dataIndex: 'mobile', render: (v) => v ?? none },
          { title: t('clients:contacts.fields.email'), dataIndex: 'email', render: (v) => v ?? none },
          { title: t('clients:contacts.fields.wechat'), dataIndex: 'wechat', render: (v) => v ?? none },
          {
            title: t('clients:contacts.fields.birthday'),
            dataIndex: 'birthday',
            render: (v: string | null) => (v ? formatDate(v, locale) : none),
          },
          {
            title: t('clients:contacts.fields.notes'),
            dataIndex: 'notes',
            ellipsis: true,
            render: (v) => v ?? none,
          },
          {
            title: t('common:actions'),
            key: 'actions',
            width: 140,
            render: (_v, c) => (
              <RecordActions
                onEdit={() => setEditing(c)}
                confirmTitle={t('clients:contacts.deleteConfirm', { name: c.name })}
                onDelete={() => deleteContact({ id: c.id, version: c.version })}
                deletedMessage={t('clients:contacts.deleted')}
              />
            ),
          },
        ]}
      />
      {editing && (
        <ContactForm
          clientId={clientId}
          contact={editing === 'new' ? null : editing}
          first={contacts.length === 0}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
