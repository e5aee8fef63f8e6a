import { DatePicker, Form, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TICKET_CHANNELS, TICKET_SEVERITIES, type TicketSeverity } from '../../../../shared/service/types';
import { notInFuture } from './notInFuture';

/** The ticket fields the intake, the edit dialog and the moves share; each sits in the form's `Form`. */

export function ChannelField({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="channel" label={t('serviceDesk:fields.channel')}>
      <Select
        options={TICKET_CHANNELS.map((c) => ({ value: c, label: t(`service:channel.${c}`) }))}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** When the customer got in touch: a minute, never in the future. */
export function ReceivedAtField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="receivedAt"
      label={t('serviceDesk:fields.receivedAt')}
      rules={[{ required: true, message: t('validation:required') }]}
    >
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        allowClear={false}
        disabledDate={notInFuture.disabledDate}
        disabledTime={notInFuture.disabledTime}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

export function CategoryField({
  options,
  placeholder,
  testId,
}: {
  options: { value: string; label: string }[];
  placeholder?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="category"
      label={t('serviceDesk:fields.category')}
      rules={[{ required: true, message: t('validation:required') }]}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        options={options}
        placeholder={placeholder}
        data-testid={testId}
      />
    </Form.Item>
  );
}

export function SeverityField({
  block,
  ariaLabel,
  testId,
}: {
  /** true: the options share the field's width. */
  block?: boolean;
  ariaLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item name="severity" label={t('serviceDesk:fields.severity')}>
      <Segmented<TicketSeverity>
        // One Tab stop: the chosen option (arrows change it), not also the group around it.
        tabIndex={-1}
        aria-label={ariaLabel}
        block={block}
        options={TICKET_SEVERITIES.map((s) => ({ value: s, label: t(`service:severity.${s}`) }))}
        data-testid={testId}
      />
    </Form.Item>
  );
}

export function HandlerField({
  options,
  autoFocus,
  testId,
}: {
  options: { value: string; label: string }[];
  autoFocus?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="handlerId"
      label={t('serviceDesk:fields.handler')}
      rules={[{ required: true, message: t('validation:required') }]}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        options={options}
        autoFocus={autoFocus}
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** The fields of a ticket's record that intake and an edit both write (intake adds the kind), for field errors from main. */
export const TICKET_RECORD_FIELDS = [
  'channel',
  'callerPhone',
  'clientId',
  'callerName',
  'contactId',
  'receivedAt',
  'content',
  'category',
  'severity',
] as const;
