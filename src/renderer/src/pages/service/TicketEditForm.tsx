import { Col, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { TicketChannel, TicketDetail, TicketSeverity } from '../../../../shared/service/types';
import { FormModal } from '../../components/FormModal';
import { useLocale } from '../../stores/localeStore';
import { useTicket } from '../../stores/serviceTicketStore';
import { ClientPicker } from './ClientPicker';
import { groupMatches, mergeContacts, type PickedClient } from './callers';
import { entryOptions } from './labels';
import {
  CategoryField,
  ChannelField,
  ReceivedAtField,
  SeverityField,
  TICKET_RECORD_FIELDS,
} from './ticketFields';
import { useServiceSettings } from './useServiceLists';

interface Values {
  channel: TicketChannel;
  callerPhone?: string;
  clientId?: string | null;
  callerName?: string;
  contactId?: string | null;
  receivedAt: Dayjs;
  content: string;
  category: string;
  severity: TicketSeverity;
}

const blank = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

/**
 * Corrects what was recorded while the ticket is open: the caller, the client file (an unknown caller linked
 * to a file later), the content, category and severity (a changed severity or category moves the deadlines
 * still running). The kind changes only by converting, the handler only by assigning.
 */
export function TicketEditForm({ detail, onClose }: { detail: TicketDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useServiceSettings();
  const update = useTicket((s) => s.update);
  const findClients = useTicket((s) => s.findClients);
  const [form] = Form.useForm<Values>();
  const [picked, setPicked] = useState<PickedClient | null>(
    detail.clientId
      ? {
          id: detail.clientId,
          code: detail.clientCode ?? '',
          name: detail.clientName ?? '',
          ownerName: null,
          contacts: detail.contactId ? [{ id: detail.contactId, name: detail.contactName ?? '' }] : [],
        }
      : null,
  );
  const clientId = Form.useWatch('clientId', form);

  // The linked file's contacts, to choose another one.
  const code = picked?.code;
  const pickedId = picked?.id;
  useEffect(() => {
    if (!code || !pickedId) return;
    void findClients(code).then((r) => {
      if (!r.ok) return;
      const more = groupMatches(r.data).find((c) => c.id === pickedId);
      if (!more) return;
      setPicked((p) => (p?.id === pickedId ? mergeContacts({ ...p, ownerName: more.ownerName }, more) : p));
    });
  }, [code, pickedId, findClients]);

  return (
    <FormModal<Values, TicketDetail>
      title={t('serviceDesk:detail.editTitle', { code: detail.code })}
      fields={TICKET_RECORD_FIELDS}
      name="ticketEdit"
      testId="ticket-edit-form"
      form={form}
      width={720}
      initialValues={{
        channel: detail.channel,
        callerPhone: detail.callerPhone ?? undefined,
        clientId: detail.clientId,
        callerName: detail.callerName ?? undefined,
        contactId: detail.contactId,
        receivedAt: dayjs(detail.receivedAt),
        content: detail.content,
        category: detail.category,
        severity: detail.severity,
      }}
      run={(v) =>
        update({
          id: detail.id,
          version: detail.version,
          channel: v.channel,
          callerPhone: blank(v.callerPhone),
          clientId: v.clientId ?? null,
          callerName: v.clientId ? null : blank(v.callerName),
          contactId: v.clientId ? (v.contactId ?? null) : null,
          receivedAt: v.receivedAt.toISOString(),
          content: v.content.trim(),
          category: v.category,
          severity: v.severity,
          handlerId: detail.handlerId ?? '',
        })
      }
      successMessage={() => t('serviceDesk:detail.saved')}
      onClose={onClose}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="callerPhone"
            label={t('serviceDesk:fields.callerPhone')}
            rules={[{ pattern: /^\+?[0-9][0-9 -]{2,30}$/, message: t('validation:phone') }]}
          >
            <Input maxLength={LIMITS.phone} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="clientId" label={t('serviceDesk:fields.client')}>
            <ClientPicker
              picked={picked}
              onPick={(c) => {
                setPicked(c);
                form.setFieldsValue({ contactId: c?.contacts[0]?.id ?? null });
              }}
              search={findClients}
              placeholder={t('serviceDesk:intake.clientPlaceholder')}
              testId="edit-client"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          {clientId ? (
            <Form.Item name="contactId" label={t('serviceDesk:fields.contact')}>
              <Select
                allowClear
                options={(picked?.contacts ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="callerName" label={t('serviceDesk:fields.callerName')}>
              <Input maxLength={LIMITS.shortText} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <ChannelField />
        </Col>
        <Col span={8}>
          <ReceivedAtField />
        </Col>
        <Col span={8}>
          <CategoryField options={entryOptions(settings?.serviceCategories, locale, detail.category)} />
        </Col>
      </Row>
      <SeverityField />
      <Form.Item
        name="content"
        label={t('serviceDesk:fields.content')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea rows={4} maxLength={LIMITS.longText} />
      </Form.Item>
    </FormModal>
  );
}
