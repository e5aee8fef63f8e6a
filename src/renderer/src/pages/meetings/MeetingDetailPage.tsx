import { ArrowLeftOutlined, CheckCircleOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { LOCALES, type Locale } from '../../../../shared/contract/locales';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useMeetings } from '../../stores/meetingsStore';
import { useSettings } from '../../stores/settingsStore';
import { DecisionsTable } from './DecisionsTable';
import { MeetingStatusTag, timeRange } from './labels';
import { MeetingRisksTable } from './MeetingRisksTable';
import { MinutesView } from './MinutesEditor';

/** One meeting: its particulars, who attended, the agenda, and the minutes, decisions and risks in tabs. */
export function MeetingDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const detail = useMeetings((s) => s.detail);
  const detailError = useMeetings((s) => s.detailError);
  const loadDetail = useMeetings((s) => s.loadDetail);
  const issue = useMeetings((s) => s.issue);
  const printMinutes = useMeetings((s) => s.printMinutes);
  const settings = useSettings((s) => s.record?.settings);
  const loadSettings = useSettings((s) => s.load);
  const { busy: printing, produceAndSave } = useSaveFile();

  useEffect(() => {
    if (id) void loadDetail(id);
    void loadSettings();
  }, [id, loadDetail, loadSettings]);

  if (detailError) return <Result status="warning" title={errorText(t, detailError)} />;
  if (!detail || detail.meeting.id !== id) return <Skeleton active />;
  const m = detail.meeting;
  const print = (l: Locale) => void produceAndSave(() => printMinutes(m.id, l));
  const other = LOCALES.find((l) => l !== locale)!;

  async function onIssue() {
    const r = await issue(m.id, m.version);
    if (r.ok) message.success(t('meetings:detail.issued'));
    else
      message.error(
        r.error.fields
          ? t(Object.values(r.error.fields)[0]!.key.replace(/^validation\./, 'validation:'))
          : errorText(t, r.error),
      );
  }

  return (
    <div data-testid="meeting-detail-page">
      <PageHeader
        title={m.title}
        intro={
          <Space size={8} wrap>
            <span>{m.code}</span>
            <MeetingStatusTag t={t} status={m.status} />
            <span>{t(`meetings:type.${m.type}`)}</span>
          </Space>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/risk-meetings')}>
              {t('meetings:detail.back')}
            </Button>
            {detail.allowed.edit && (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/risk-meetings/${m.id}/edit`)}
                data-testid="meeting-edit"
              >
                {t('meetings:detail.edit')}
              </Button>
            )}
            <Space.Compact>
              <Button
                icon={<PrinterOutlined />}
                loading={printing}
                onClick={() => print(locale)}
                data-testid="meeting-print"
              >
                {t('meetings:detail.print')}
              </Button>
              <Button onClick={() => print(other)} disabled={printing} data-testid="meeting-print-other">
                {t(other === 'en-US' ? 'meetings:detail.printEn' : 'meetings:detail.printZh')}
              </Button>
            </Space.Compact>
            {detail.allowed.issue && (
              <Popconfirm
                title={t('meetings:detail.issueConfirm')}
                onConfirm={() => void onIssue()}
                okText={t('meetings:detail.issue')}
                cancelText={t('common:cancel')}
              >
                <Button type="primary" icon={<CheckCircleOutlined />} data-testid="meeting-issue">
                  {t('meetings:detail.issue')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          size="small"
          items={[
            {
              key: 'heldOn',
              label: t('meetings:fields.heldOn'),
              children: `${formatDate(m.heldOn, locale)} ${timeRange(m.startTime, m.endTime)}`,
            },
            { key: 'location', label: t('meetings:fields.location'), children: m.location ?? '—' },
            { key: 'chair', label: t('meetings:fields.chairId'), children: m.chairName },
            {
              key: 'attendees',
              label: t('meetings:fields.attendeeIds'),
              span: 'filled',
              children: (
                <span data-testid="meeting-attendees-view">
                  {detail.attendees.map((a) => (
                    <Tag key={a.staffId} style={{ marginBottom: 4 }}>
                      {a.name}
                    </Tag>
                  ))}
                </span>
              ),
            },
            ...(m.issuedAt
              ? [
                  {
                    key: 'issued',
                    label: t('meetings:fields.issuedAt'),
                    children: formatDateTime(m.issuedAt, locale),
                  },
                ]
              : []),
          ]}
        />
        {detail.agenda.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('meetings:fields.agenda')}
            </Typography.Title>
            <ol style={{ paddingLeft: 20, margin: 0 }} data-testid="meeting-agenda-view">
              {detail.agenda.map((a) => (
                <li key={a.id}>
                  {a.title}
                  {a.presenterName && (
                    <Typography.Text type="secondary">{` · ${a.presenterName}`}</Typography.Text>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'minutes',
              label: t('meetings:detail.tabs.minutes'),
              children: detail.minutesHtml ? (
                <MinutesView html={detail.minutesHtml} />
              ) : (
                <Typography.Text type="secondary">{t('meetings:detail.noMinutes')}</Typography.Text>
              ),
            },
            {
              key: 'decisions',
              label: `${t('meetings:detail.tabs.decisions')} (${detail.decisions.length})`,
              children: (
                <DecisionsTable
                  decisions={detail.decisions}
                  pagination={false}
                  locale={{ emptyText: t('meetings:decisions.empty') }}
                />
              ),
            },
            {
              key: 'risks',
              label: `${t('meetings:detail.tabs.risks')} (${detail.risks.length})`,
              children: (
                <MeetingRisksTable
                  risks={detail.risks}
                  categories={settings?.riskCategories ?? []}
                  emptyText={t('meetings:form.risksEmpty')}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
