import { ArrowLeftOutlined, LinkOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Result,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  TimePicker,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { LIMITS } from '../../../../shared/contract/limits';
import { MEETING_TYPES, type MeetingDetail, type MeetingType } from '../../../../shared/meetings/types';
import { applyFieldErrors, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useMeetings } from '../../stores/meetingsStore';
import { useSettings } from '../../stores/settingsStore';
import { AgendaRows } from './AgendaRows';
import { DecisionRows } from './DecisionRows';
import { LinkRiskModal } from './LinkRiskModal';
import { MeetingRisksTable } from './MeetingRisksTable';
import { MinutesEditor } from './MinutesEditor';
import { peopleOptions } from './peopleOptions';
import { RaiseRiskModal } from './RaiseRiskModal';

interface Values {
  title: string;
  type: MeetingType;
  heldOn: Dayjs | null;
  startTime: Dayjs | null;
  endTime: Dayjs | null;
  location?: string;
  chairId?: string;
  attendeeIds: string[];
  agenda: { title: string; presenterId: string | null }[];
  decisions: { id: string | null; text: string; ownerId?: string; dueOn: Dayjs | null }[];
  minutesHtml: string;
}

const FIELDS = [
  'title',
  'type',
  'heldOn',
  'startTime',
  'endTime',
  'location',
  'chairId',
  'attendeeIds',
  'agenda',
  'decisions',
  'minutesHtml',
];

const clock = (s: string | null) => (s ? dayjs(s, 'HH:mm') : null);

function valuesOf(d: MeetingDetail): Values {
  const m = d.meeting;
  return {
    title: m.title,
    type: m.type,
    heldOn: toDayjs(m.heldOn),
    startTime: clock(m.startTime),
    endTime: clock(m.endTime),
    location: m.location ?? undefined,
    chairId: m.chairId,
    attendeeIds: d.attendees.map((a) => a.staffId),
    agenda: d.agenda.map((a) => ({ title: a.title, presenterId: a.presenterId })),
    decisions: d.decisions.map((x) => ({
      id: x.id,
      text: x.text,
      ownerId: x.ownerId,
      dueOn: toDayjs(x.dueOn),
    })),
    minutesHtml: d.minutesHtml,
  };
}

function inputOf(v: Values): ChannelInput<'meetings.create'> {
  return {
    title: v.title,
    type: v.type,
    heldOn: fromDayjs(v.heldOn) ?? '',
    startTime: v.startTime ? v.startTime.format('HH:mm') : null,
    endTime: v.endTime ? v.endTime.format('HH:mm') : null,
    location: v.location ?? null,
    chairId: v.chairId ?? '',
    attendeeIds: v.attendeeIds ?? [],
    agenda: (v.agenda ?? []).map((a) => ({ title: a.title, presenterId: a.presenterId ?? null })),
    decisions: (v.decisions ?? []).map((d) => ({
      id: d.id ?? null,
      text: d.text,
      ownerId: d.ownerId ?? '',
      dueOn: fromDayjs(d.dueOn) ?? '',
    })),
    minutesHtml: v.minutesHtml ?? '',
  };
}

/** /risk-meetings/new (optionally ?type=periodic) or /risk-meetings/:id/edit (a draft). */
export function MeetingFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useMeetings((s) => s.detail);
  const detailError = useMeetings((s) => s.detailError);
  const loadDetail = useMeetings((s) => s.loadDetail);
  useEffect(() => {
    if (id) void loadDetail(id);
  }, [id, loadDetail]);
  if (!id) return <MeetingForm meeting={null} />;
  if (detailError) return <Result status="warning" title={errorText(t, detailError)} />;
  if (!detail || detail.meeting.id !== id) return <Skeleton active />;
  if (!detail.allowed.edit) return <Result status="info" title={t('meetings:detail.issued')} />;
  return <MeetingForm meeting={detail} />;
}

function Section({
  title,
  children,
  extra,
}: {
  title: string;
  children: React.ReactNode;
  extra?: React.ReactNode;
}) {
  return (
    <Card title={title} extra={extra} style={{ marginBottom: 16 }} styles={{ body: { paddingTop: 16 } }}>
      {children}
    </Card>
  );
}

function MeetingForm({ meeting }: { meeting: MeetingDetail | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const people = useMeetings((s) => s.people);
  const loadPeople = useMeetings((s) => s.loadPeople);
  const create = useMeetings((s) => s.create);
  const update = useMeetings((s) => s.update);
  const unlinkRisk = useMeetings((s) => s.unlinkRisk);
  const showDetail = useMeetings((s) => s.showDetail);
  const settings = useSettings((s) => s.record?.settings);
  const loadSettings = useSettings((s) => s.load);
  /** The meeting as last saved here: its id and version, and its risks. */
  const [saved, setSaved] = useState<MeetingDetail | null>(meeting);
  const [busy, setBusy] = useState(false);
  const [modal, setModal] = useState<'raise' | 'link' | null>(null);
  const heldOn = Form.useWatch('heldOn', form);
  const chairId = Form.useWatch('chairId', form);
  const attendeeIds = Form.useWatch('attendeeIds', form);

  useEffect(() => {
    void loadPeople();
    void loadSettings();
  }, [loadPeople, loadSettings]);

  const initial = useMemo<Values>(
    () =>
      meeting
        ? valuesOf(meeting)
        : {
            title: '',
            type: params.get('type') === 'ad_hoc' ? 'ad_hoc' : 'periodic',
            heldOn: dayjs(),
            startTime: null,
            endTime: null,
            attendeeIds: [],
            agenda: [],
            decisions: [],
            minutesHtml: '',
          },
    // The form is filled once: later saves must not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const keep = useMemo(
    () => [chairId, ...(attendeeIds ?? []), ...(meeting?.decisions.map((d) => d.ownerId) ?? [])],
    [chairId, attendeeIds, meeting],
  );
  const options = useMemo(() => peopleOptions(people, keep), [people, keep]);
  const atWork = useMemo(
    () =>
      peopleOptions(
        people.filter((p) => p.status === 'active'),
        keep,
      ),
    [people, keep],
  );

  // The chair attends: chosen as chair, added to the attendees.
  useEffect(() => {
    if (!chairId) return;
    const current: string[] = form.getFieldValue('attendeeIds') ?? [];
    if (!current.includes(chairId)) form.setFieldValue('attendeeIds', [chairId, ...current]);
  }, [chairId, form]);

  /** Saves the form (create or update); the answer becomes the meeting as saved. Null when refused. */
  async function save(): Promise<MeetingDetail | null> {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      message.error(t('errors:VALIDATION'));
      return null;
    }
    setBusy(true);
    try {
      const input = inputOf(values);
      const r = saved
        ? await update({ ...input, id: saved.meeting.id, version: saved.meeting.version })
        : await create(input);
      if (!r.ok) {
        const onFields = applyFieldErrors(form, t, r.error, FIELDS);
        message.error(onFields ? t('errors:VALIDATION') : errorText(t, r.error));
        return null;
      }
      setSaved(r.data);
      // Kept decisions now have ids: the next save updates them rather than adding them again.
      form.setFieldValue(
        'decisions',
        r.data.decisions.map((x) => ({
          id: x.id,
          text: x.text,
          ownerId: x.ownerId,
          dueOn: toDayjs(x.dueOn),
        })),
      );
      return r.data;
    } finally {
      setBusy(false);
    }
  }

  async function saveAndClose() {
    const d = await save();
    if (!d) return;
    message.success(t('meetings:form.saved'));
    showDetail(d);
    navigate(`/risk-meetings/${d.meeting.id}`);
  }

  /** Raising or linking needs the meeting saved: a new one is saved as a draft first. */
  async function openRiskModal(which: 'raise' | 'link') {
    const d = await save();
    if (!d) return;
    if (!meeting && !saved) message.info(t('meetings:form.savedFirst'));
    setModal(which);
  }

  function afterRiskChange(d: MeetingDetail) {
    setSaved(d);
    setModal(null);
  }

  const categories = settings?.riskCategories ?? [];
  const title = meeting
    ? t('meetings:form.editTitle', { code: meeting.meeting.code })
    : t('meetings:form.newTitle');
  return (
    <div data-testid="meeting-form-page" style={{ maxWidth: 1100 }}>
      <PageHeader
        title={saved && !meeting ? t('meetings:form.editTitle', { code: saved.meeting.code }) : title}
        intro={t('meetings:form.intro')}
        extra={
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate(saved ? `/risk-meetings/${saved.meeting.id}` : '/risk-meetings')}
          >
            {t('meetings:form.cancel')}
          </Button>
        }
      />
      <Form<Values>
        form={form}
        name="meeting"
        layout="vertical"
        initialValues={initial}
        data-testid="meeting-form"
      >
        <Section title={t('meetings:form.sections.basics')}>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('meetings:fields.title')}
                rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
              >
                <Input
                  maxLength={LIMITS.shortText}
                  placeholder={t('meetings:form.titlePlaceholder')}
                  data-testid="meeting-title"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="type" label={t('meetings:fields.type')}>
                <Segmented
                  block
                  options={MEETING_TYPES.map((v) => ({ value: v, label: t(`meetings:type.${v}`) }))}
                  data-testid="meeting-type"
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                name="heldOn"
                label={t('meetings:fields.heldOn')}
                rules={[{ required: true, message: t('validation:required') }]}
              >
                <DatePicker style={{ width: '100%' }} data-testid="meeting-date" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="startTime" label={t('meetings:fields.startTime')}>
                <TimePicker
                  format="HH:mm"
                  minuteStep={5}
                  style={{ width: '100%' }}
                  needConfirm={false}
                  data-testid="meeting-start"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="endTime" label={t('meetings:fields.endTime')}>
                <TimePicker
                  format="HH:mm"
                  minuteStep={5}
                  style={{ width: '100%' }}
                  needConfirm={false}
                  data-testid="meeting-end"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="location" label={t('meetings:fields.location')}>
                <Input
                  maxLength={LIMITS.shortText}
                  placeholder={t('meetings:form.locationPlaceholder')}
                  data-testid="meeting-location"
                />
              </Form.Item>
            </Col>
          </Row>
        </Section>

        <Section title={t('meetings:form.sections.people')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="chairId"
                label={t('meetings:fields.chairId')}
                rules={[{ required: true, message: t('validation:required') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'search' }}
                  placeholder={t('meetings:form.chairPlaceholder')}
                  options={options}
                  data-testid="meeting-chair"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="attendeeIds"
                label={t('meetings:fields.attendeeIds')}
                extra={t('meetings:form.attendeesHint')}
                rules={[
                  { required: true, type: 'array', min: 1, message: t('validation:attendeesRequired') },
                ]}
              >
                <Select
                  mode="multiple"
                  showSearch={{ optionFilterProp: 'search' }}
                  placeholder={t('meetings:form.attendeesPlaceholder')}
                  options={options}
                  data-testid="meeting-attendees"
                />
              </Form.Item>
            </Col>
          </Row>
        </Section>

        <Section title={t('meetings:form.sections.agenda')}>
          <AgendaRows people={options} />
        </Section>

        <Section title={t('meetings:form.sections.minutes')}>
          <Form.Item name="minutesHtml" style={{ marginBottom: 0 }}>
            <MinutesEditor placeholder={t('meetings:form.minutesPlaceholder')} />
          </Form.Item>
        </Section>

        <Section title={t('meetings:form.sections.decisions')}>
          <DecisionRows people={atWork} heldOn={heldOn} />
        </Section>
      </Form>

      <Section
        title={t('meetings:form.sections.risks')}
        extra={
          <Space>
            <Button
              icon={<PlusOutlined />}
              onClick={() => void openRiskModal('raise')}
              loading={busy}
              data-testid="raise-risk"
            >
              {t('meetings:form.raiseRisk')}
            </Button>
            <Button
              icon={<LinkOutlined />}
              onClick={() => void openRiskModal('link')}
              loading={busy}
              data-testid="link-risk-open"
            >
              {t('meetings:form.linkRisk')}
            </Button>
          </Space>
        }
      >
        <MeetingRisksTable
          risks={saved?.risks ?? []}
          categories={categories}
          emptyText={t('meetings:form.risksEmpty')}
          onUnlink={async (r) => {
            if (!saved) return;
            const res = await unlinkRisk(saved.meeting.id, r.riskId);
            if (res.ok) setSaved(res.data);
            else message.error(errorText(t, res.error));
          }}
        />
      </Section>

      <div
        style={{
          position: 'sticky',
          bottom: 0,
          background: 'rgba(255,255,255,0.95)',
          padding: '12px 0',
          borderTop: '1px solid #f0f0f0',
          display: 'flex',
          gap: 8,
          zIndex: 2,
        }}
      >
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={busy}
          onClick={() => void saveAndClose()}
          data-testid="meeting-save"
        >
          {t('meetings:form.save')}
        </Button>
        <Button onClick={() => navigate(saved ? `/risk-meetings/${saved.meeting.id}` : '/risk-meetings')}>
          {t('meetings:form.cancel')}
        </Button>
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          {t('meetings:detail.draftNote')}
        </Typography.Text>
      </div>

      <RaiseRiskModal
        open={modal === 'raise'}
        meeting={saved ? { id: saved.meeting.id } : null}
        heldOn={fromDayjs(heldOn) ?? ''}
        people={atWork}
        settings={settings}
        onClose={() => setModal(null)}
        onRaised={afterRiskChange}
      />
      <LinkRiskModal
        open={modal === 'link'}
        meeting={saved ? { id: saved.meeting.id } : null}
        linked={saved?.risks.map((r) => r.riskId) ?? []}
        onClose={() => setModal(null)}
        onLinked={afterRiskChange}
      />
    </div>
  );
}
