import { ArrowLeftOutlined, CheckCircleFilled, PhoneOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Typography,
  type InputRef,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { LIMITS } from '../../../../shared/contract/limits';
import {
  TICKET_KINDS,
  type CallerMatch,
  type TicketChannel,
  type TicketDetail,
  type TicketKind,
  type TicketSeverity,
} from '../../../../shared/service/types';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../stores/localeStore';
import { useService } from '../../stores/serviceStore';
import { useSession } from '../../stores/sessionStore';
import { staffOption } from '../clients/owners';
import { CallerChooser } from './CallerChooser';
import { ClientPicker } from './ClientPicker';
import { groupMatches, lookupWorthy, mergeContacts, type PickedClient } from './callers';
import { KindTag, entryOptions } from './labels';
import {
  CategoryField,
  ChannelField,
  HandlerField,
  ReceivedAtField,
  SeverityField,
  TICKET_RECORD_FIELDS,
} from './ticketFields';
import { useHandlers, useServiceSettings } from './useServiceLists';

interface Values {
  kind: TicketKind;
  channel: TicketChannel;
  callerPhone?: string;
  clientId?: string | null;
  callerName?: string;
  contactId?: string | null;
  receivedAt: Dayjs;
  content?: string;
  category?: string;
  severity: TicketSeverity;
  handlerId?: string;
}

const FIELDS = ['kind', ...TICKET_RECORD_FIELDS, 'handlerId'] as const;

/** Caller ID waits for the typing to pause: a phone number is typed in one burst. */
const LOOKUP_DELAY_MS = 300;

/** What caller ID said about the number in the phone box. */
type CallerState =
  | { phone: string; state: 'searching' }
  | { phone: string; state: 'none' }
  | { phone: string; state: 'matched'; match: CallerMatch }
  | { phone: string; state: 'many'; matches: CallerMatch[] }
  | null;

const blank = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

/** Whether a key press is the shortcut Alt+<key> (Option on a Mac), whatever the keyboard layout. */
const alt = (e: KeyboardEvent, code: string) => e.altKey && !e.ctrlKey && !e.metaKey && e.code === code;

/** The answer once saved: the code to tell the caller, then the next call or the ticket. */
function Saved({ ticket, onNext }: { ticket: TicketDetail; onNext: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      icon={<CheckCircleFilled />}
      title={<span data-testid="intake-saved">{t('serviceDesk:intake.saved', { code: ticket.code })}</span>}
      subTitle={
        <Space wrap>
          <KindTag kind={ticket.kind} />
          <span>{ticket.clientName ?? t('serviceDesk:unknownCaller')}</span>
          <span>{ticket.summary}</span>
        </Space>
      }
      extra={[
        <Button key="next" type="primary" autoFocus onClick={onNext} data-testid="intake-next">
          {t('serviceDesk:intake.next')}
        </Button>,
        <Button key="open" onClick={() => navigate(`/service/${ticket.id}`)} data-testid="intake-open">
          {t('serviceDesk:intake.open')}
        </Button>,
        <Typography.Paragraph key="hint" type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('serviceDesk:intake.nextHint')}
        </Typography.Paragraph>,
      ]}
    />
  );
}

/**
 * Registering a call or a visit (三(三)1, 立即进行记录): keyboard first. The phone box has the focus; its
 * number finds the client file and contact as caller ID would (a number of two files asks which); Tab walks
 * the fields in reading order; Enter saves (Ctrl+Enter from the content box); Alt+1 / Alt+2 switch inquiry
 * and complaint; after saving, the code to tell the caller and Enter for the next call.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useLocale((s) => s.locale);
  const user = useSession((s) => s.user);
  const settings = useServiceSettings();
  const handlers = useHandlers();
  const lookupCaller = useService((s) => s.lookupCaller);
  const findClients = useService((s) => s.findClients);
  const createTicket = useService((s) => s.createTicket);
  const [form] = Form.useForm<Values>();
  const phoneRef = useRef<InputRef>(null);
  // Opened from a client file ("new ticket" on its Tickets tab): that file is chosen already.
  const fromFile = (useLocation().state as { client?: { id: string; code: string; name: string } } | null)
    ?.client;
  const [picked, setPicked] = useState<PickedClient | null>(
    fromFile ? { ...fromFile, ownerName: null, contacts: [] } : null,
  );
  const [caller, setCaller] = useState<CallerState>(null);
  const [choosing, setChoosing] = useState(false);
  const [saved, setSaved] = useState<TicketDetail | null>(null);
  const lookupSeq = useRef(0);

  const defaults = useCallback(
    (channel: TicketChannel = 'hotline'): Partial<Values> => ({
      kind: 'inquiry',
      channel,
      severity: 'normal',
      receivedAt: dayjs(),
      handlerId: user?.staffId,
      clientId: null,
      contactId: null,
    }),
    [user?.staffId],
  );
  const [initialValues] = useState(() => ({ ...defaults(), clientId: fromFile?.id ?? null }));

  const { busy, submit } = useFormSubmit(form, FIELDS, (ticket: TicketDetail) => setSaved(ticket));

  /** Fills client and contact from a caller ID match. */
  const applyMatch = useCallback(
    (match: CallerMatch, all: readonly CallerMatch[]) => {
      const client = groupMatches(all.filter((m) => m.clientId === match.clientId))[0]!;
      setPicked(client);
      form.setFieldsValue({ clientId: client.id, contactId: match.contactId, callerName: undefined });
    },
    [form],
  );

  // The chosen file's other contacts (caller ID and the picker name only those that matched).
  const pickedCode = picked?.code;
  const pickedId = picked?.id;
  useEffect(() => {
    if (!pickedCode || !pickedId) return;
    void findClients(pickedCode).then((r) => {
      if (!r.ok) return;
      const more = groupMatches(r.data).find((c) => c.id === pickedId);
      setPicked((p) =>
        p?.id === pickedId ? mergeContacts({ ...p, ownerName: more?.ownerName ?? p.ownerName }, more) : p,
      );
      // A file chosen before its contacts were known (opened from the file): its first contact.
      if (
        more?.contacts[0] &&
        form.getFieldValue('clientId') === pickedId &&
        !form.getFieldValue('contactId')
      )
        form.setFieldValue('contactId', more.contacts[0].id);
    });
  }, [pickedCode, pickedId, findClients, form]);

  const phone = Form.useWatch('callerPhone', form);
  useEffect(() => {
    const number = phone?.trim() ?? '';
    const seq = ++lookupSeq.current;
    const handle = setTimeout(() => {
      if (!lookupWorthy(number)) return setCaller(null);
      setCaller({ phone: number, state: 'searching' });
      void lookupCaller(number).then((r) => {
        if (seq !== lookupSeq.current) return;
        if (!r.ok || r.data.length === 0) return setCaller({ phone: number, state: 'none' });
        const clients = new Set(r.data.map((m) => m.clientId));
        if (clients.size === 1) {
          setCaller({ phone: number, state: 'matched', match: r.data[0]! });
          applyMatch(r.data[0]!, r.data);
          return;
        }
        setCaller({ phone: number, state: 'many', matches: r.data });
        setChoosing(true);
      });
    }, LOOKUP_DELAY_MS);
    return () => clearTimeout(handle);
  }, [phone, lookupCaller, applyMatch]);

  const nextCall = useCallback(() => {
    const channel = form.getFieldValue('channel') as TicketChannel | undefined;
    form.resetFields();
    form.setFieldsValue(defaults(channel));
    setPicked(null);
    setCaller(null);
    setSaved(null);
    // The form is back on the next render; the phone box takes the focus then.
    setTimeout(() => phoneRef.current?.focus(), 0);
  }, [defaults, form]);

  function onFinish(v: Values) {
    return submit(() =>
      createTicket({
        kind: v.kind,
        channel: v.channel,
        callerPhone: blank(v.callerPhone),
        clientId: v.clientId ?? null,
        callerName: v.clientId ? null : blank(v.callerName),
        contactId: v.clientId ? (v.contactId ?? null) : null,
        receivedAt: v.receivedAt.toISOString(),
        content: v.content?.trim() ?? '',
        category: v.category ?? '',
        severity: v.severity,
        handlerId: v.handlerId ?? '',
      }),
    );
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (alt(e, 'Digit1') || alt(e, 'Digit2')) {
      e.preventDefault();
      form.setFieldValue('kind', e.code === 'Digit1' ? 'inquiry' : 'complaint');
    } else if (saved && alt(e, 'KeyN')) {
      e.preventDefault();
      nextCall();
    }
  }

  const categoryOptions = useMemo(
    () => entryOptions(settings?.serviceCategories, locale),
    [settings?.serviceCategories, locale],
  );
  const handlerOptions = useMemo(() => {
    const options = handlers.map(staffOption);
    if (user && !handlers.some((h) => h.id === user.staffId))
      options.unshift({ value: user.staffId, label: user.displayName });
    return options;
  }, [handlers, user]);

  const clientId = Form.useWatch('clientId', form);
  const contactOptions = (picked?.contacts ?? []).map((c) => ({ value: c.id, label: c.name }));

  return (
    <div data-testid="service-intake-page" onKeyDown={onKeyDown}>
      <Button
        type="text"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate('/service')}
        style={{ marginBottom: 8, paddingInline: 4 }}
      >
        {t('serviceDesk:intake.back')}
      </Button>
      <PageHeader title={t('serviceDesk:intake.title')} intro={t('serviceDesk:intake.intro')} />
      <Card style={{ maxWidth: 1080 }}>
        {saved ? (
          <Saved ticket={saved} onNext={nextCall} />
        ) : (
          <Form<Values>
            form={form}
            name="intake"
            layout="vertical"
            initialValues={initialValues}
            onFinish={onFinish}
            requiredMark
            data-testid="intake-form"
          >
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="callerPhone"
                  label={t('serviceDesk:fields.callerPhone')}
                  rules={[
                    {
                      pattern: /^\+?[0-9][0-9 -]{2,30}$/,
                      message: t('validation:phone'),
                    },
                  ]}
                  extra={<CallerLine caller={caller} onChoose={() => setChoosing(true)} />}
                >
                  <Input
                    ref={phoneRef}
                    autoFocus
                    prefix={<PhoneOutlined />}
                    maxLength={LIMITS.phone}
                    inputMode="tel"
                    autoComplete="off"
                    placeholder={t('serviceDesk:intake.phonePlaceholder')}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="clientId" label={t('serviceDesk:fields.client')}>
                  <ClientPicker
                    picked={picked}
                    onPick={(c) => {
                      setPicked(c);
                      form.setFieldsValue({ contactId: c?.contacts[0]?.id ?? null });
                    }}
                    search={findClients}
                    placeholder={t('serviceDesk:intake.clientPlaceholder')}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                {clientId ? (
                  <Form.Item name="contactId" label={t('serviceDesk:fields.contact')}>
                    <Select
                      allowClear
                      options={contactOptions}
                      placeholder={t('serviceDesk:intake.contactPlaceholder')}
                      notFoundContent={t('serviceDesk:intake.noContacts')}
                      data-testid="intake-contact"
                    />
                  </Form.Item>
                ) : (
                  <Form.Item name="callerName" label={t('serviceDesk:fields.callerName')}>
                    <Input
                      maxLength={LIMITS.shortText}
                      placeholder={t('serviceDesk:intake.callerNamePlaceholder')}
                    />
                  </Form.Item>
                )}
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="kind" label={t('serviceDesk:fields.kind')}>
                  <Segmented<TicketKind>
                    // One Tab stop: the chosen option (arrows change it), not also the group around it.
                    tabIndex={-1}
                    aria-label={t('serviceDesk:fields.kind')}
                    block
                    options={TICKET_KINDS.map((k) => ({
                      value: k,
                      label: t(`service:kind.${k}`),
                    }))}
                    data-testid="intake-kind"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <ChannelField testId="intake-channel" />
              </Col>
              <Col xs={24} md={8}>
                <ReceivedAtField />
              </Col>
            </Row>
            <Form.Item
              name="content"
              label={t('serviceDesk:fields.content')}
              rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
              extra={t('serviceDesk:intake.contentHint')}
            >
              <Input.TextArea
                rows={4}
                maxLength={LIMITS.longText}
                placeholder={t('serviceDesk:intake.contentPlaceholder')}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    form.submit();
                  }
                }}
              />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <CategoryField
                  options={categoryOptions}
                  placeholder={t('serviceDesk:intake.categoryPlaceholder')}
                  testId="intake-category"
                />
              </Col>
              <Col xs={24} md={8}>
                <SeverityField block ariaLabel={t('serviceDesk:fields.severity')} testId="intake-severity" />
              </Col>
              <Col xs={24} md={8}>
                <HandlerField options={handlerOptions} testId="intake-handler" />
              </Col>
            </Row>
            <div
              style={{
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'center',
                gap: 12,
                flexWrap: 'wrap',
              }}
            >
              <Typography.Text type="secondary" data-testid="intake-shortcuts">
                <ShortcutHints />
              </Typography.Text>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="intake-save">
                {t('serviceDesk:intake.save')}
              </Button>
            </div>
          </Form>
        )}
      </Card>
      {choosing && caller?.state === 'many' && (
        <CallerChooser
          phone={caller.phone}
          matches={caller.matches.filter(
            (m, i, all) => all.findIndex((x) => x.clientId === m.clientId) === i,
          )}
          onChoose={(m) => {
            setChoosing(false);
            applyMatch(m, caller.matches);
            setTimeout(() => phoneRef.current?.focus(), 0);
          }}
          onCancel={() => {
            setChoosing(false);
            setTimeout(() => phoneRef.current?.focus(), 0);
          }}
        />
      )}
    </div>
  );
}

/** Under the phone box: what caller ID found. */
function CallerLine({ caller, onChoose }: { caller: CallerState; onChoose: () => void }) {
  const { t } = useTranslation();
  if (!caller) return null;
  switch (caller.state) {
    case 'searching':
      return <span data-testid="caller-line">{t('serviceDesk:intake.caller.searching')}</span>;
    case 'none':
      return <span data-testid="caller-line">{t('serviceDesk:intake.caller.none')}</span>;
    case 'matched': {
      const m = caller.match;
      return (
        <span data-testid="caller-line" style={{ color: '#389e0d' }}>
          {t('serviceDesk:intake.caller.matched', {
            client: m.clientName,
            contact: m.contactName ?? t('serviceDesk:none'),
          })}
          {m.ownerName && (
            <span style={{ display: 'block' }}>{t('serviceDesk:intake.owner', { name: m.ownerName })}</span>
          )}
        </span>
      );
    }
    case 'many':
      return (
        <span data-testid="caller-line">
          {t('serviceDesk:intake.caller.many', {
            count: new Set(caller.matches.map((m) => m.clientId)).size,
          })}{' '}
          <Button type="link" size="small" onClick={onChoose} style={{ padding: 0, height: 'auto' }}>
            {t('serviceDesk:intake.caller.choose')}
          </Button>
        </span>
      );
  }
}

/** The keyboard shortcuts, written as keys. */
function ShortcutHints() {
  const { t } = useTranslation();
  const keys = (k: string[]) =>
    k.map((x, i) => (
      <Typography.Text keyboard key={i}>
        {x}
      </Typography.Text>
    ));
  return (
    <Space size={12} wrap>
      <span>
        {keys(['Enter'])} {t('serviceDesk:intake.keys.save')}
      </span>
      <span>
        {keys(['Ctrl', 'Enter'])} {t('serviceDesk:intake.keys.saveFromContent')}
      </span>
      <span>
        {keys(['Alt', '1'])} {t('service:kind.inquiry')}
      </span>
      <span>
        {keys(['Alt', '2'])} {t('service:kind.complaint')}
      </span>
    </Space>
  );
}
