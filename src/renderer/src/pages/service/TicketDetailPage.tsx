import {
  ArrowLeftOutlined,
  EditOutlined,
  PrinterOutlined,
  RedoOutlined,
  SwapOutlined,
  UserSwitchOutlined,
  FileSearchOutlined,
  BulbOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Skeleton, Space, Tabs, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { TicketDetail, TicketMove } from '../../../../shared/service/types';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { useLocale } from '../../stores/localeStore';
import { useTicket } from '../../stores/serviceTicketStore';
import { ClockText, KindTag, SeverityTag, StatusTag } from './labels';
import { StepForm, type StepDialog } from './stepForms';
import { TicketActions } from './TicketActions';
import { TicketEditForm } from './TicketEditForm';
import { TicketInfo } from './TicketInfo';
import { TicketSteps } from './TicketSteps';
import { TicketTimeline } from './TicketTimeline';

type Dialog = StepDialog | 'edit';

/** The moves that take the ticket a step forward: the header's primary buttons. */
const FORWARD: readonly TicketMove[] = ['startInvestigation', 'startResolving', 'resolve', 'answer', 'close'];

/** The other moves, each with its icon, after the forward ones. */
const OTHER: readonly { move: TicketMove; icon: ReactNode }[] = [
  { move: 'saveInvestigation', icon: <FileSearchOutlined /> },
  { move: 'edit', icon: <EditOutlined /> },
  { move: 'assign', icon: <UserSwitchOutlined /> },
  { move: 'convert', icon: <SwapOutlined /> },
  { move: 'reopen', icon: <RedoOutlined /> },
];

function Header({ detail, onDialog }: { detail: TicketDetail; onDialog: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canImprove = usePermission('improvement.manage');
  const locale = useLocale((s) => s.locale);
  const printForm = useTicket((s) => s.printForm);
  const sheet = useSaveFile();
  const allowed = new Set(detail.allowed);
  const buttonLabel = (move: TicketMove) =>
    move === 'close' && detail.kind === 'complaint'
      ? t('serviceDesk:moves.closeComplaint')
      : t(`serviceDesk:moves.${move}`);
  return (
    <Card style={{ marginBottom: 16 }} data-testid="ticket-header">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" copyable data-testid="ticket-code">
            {detail.code}
          </Typography.Text>
          <Space align="center" wrap style={{ display: 'flex', marginTop: 2 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="ticket-title">
              {detail.clientName ?? detail.callerName ?? t('serviceDesk:unknownCaller')}
            </Typography.Title>
            <KindTag kind={detail.kind} />
            <span data-testid="ticket-status">
              <StatusTag status={detail.status} />
            </span>
            <SeverityTag severity={detail.severity} />
            {detail.clock && <ClockText clock={detail.clock} t={t} stage />}
          </Space>
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 1 }}
            style={{ margin: '6px 0 0', maxWidth: 720 }}
          >
            {detail.summary}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('serviceDesk:detail.handledBy', { name: detail.handlerName ?? t('serviceDesk:none') })}
          </Typography.Text>
        </div>
        <Space wrap align="start" data-testid="ticket-moves">
          {FORWARD.filter((m) => allowed.has(m)).map((m) => (
            <Button key={m} type="primary" onClick={() => onDialog(m as Dialog)} data-testid={`move-${m}`}>
              {buttonLabel(m)}
            </Button>
          ))}
          {OTHER.filter((o) => allowed.has(o.move)).map((o) => (
            <Button
              key={o.move}
              icon={o.icon}
              onClick={() => onDialog(o.move as Dialog)}
              data-testid={`move-${o.move}`}
            >
              {buttonLabel(o.move)}
            </Button>
          ))}
          {detail.kind === 'complaint' && (
            <Button
              icon={<PrinterOutlined />}
              loading={sheet.busy}
              onClick={() => void sheet.produceAndSave(() => printForm(detail.id, locale))}
              data-testid="ticket-print"
            >
              {t('serviceDesk:detail.printForm')}
            </Button>
          )}
          {/* A complaint's cause worth fixing at its root: an improvement measure citing it (改进措施). */}
          {detail.kind === 'complaint' && canImprove && (
            <Button
              icon={<BulbOutlined />}
              onClick={() =>
                navigate(
                  `/improvements/new?${new URLSearchParams({
                    ticket: detail.id,
                    source: 'complaint',
                    category: detail.category,
                  }).toString()}`,
                )
              }
              data-testid="ticket-improvement"
            >
              {t('serviceDesk:detail.improvement')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}

/** One ticket: its header and moves, the workflow's steps, what was recorded, the actions and the timeline. */
export function TicketDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const detail = useTicket((s) => (s.detail?.id === id ? s.detail : null));
  const error = useTicket((s) => (s.detailId === id ? s.error : null));
  const load = useTicket((s) => s.load);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tabOf, setTabOf] = useState({ id, tab: 'details' });
  const tab = tabOf.id === id ? tabOf.tab : 'details';
  // A complaint that has just moved to resolving opens on its actions: adding them is the next thing to do.
  const [seen, setSeen] = useState<{ id: string; status: string } | null>(null);
  if (detail && (seen?.id !== detail.id || seen.status !== detail.status)) {
    if (seen?.id === detail.id && detail.status === 'resolving') setTabOf({ id, tab: 'actions' });
    setSeen({ id: detail.id, status: detail.status });
  }

  useEffect(() => {
    void load(id);
  }, [id, load]);

  const back = (
    <Button
      type="text"
      icon={<ArrowLeftOutlined />}
      onClick={() => (location.key !== 'default' ? navigate(-1) : navigate('/service'))}
      style={{ marginBottom: 8, paddingInline: 4 }}
    >
      {t('serviceDesk:detail.back')}
    </Button>
  );

  if (error)
    return (
      <div data-testid="ticket-detail-page">
        {back}
        <Card>
          <Result
            status={error.code === 'NOT_FOUND' ? '404' : 'warning'}
            title={error.code === 'NOT_FOUND' ? t('serviceDesk:detail.notFound') : errorText(t, error)}
            subTitle={error.code === 'NOT_FOUND' ? t('serviceDesk:detail.notFoundHint') : undefined}
          />
        </Card>
      </div>
    );
  if (!detail)
    return (
      <div data-testid="ticket-detail-page">
        {back}
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );

  const complaint = detail.kind === 'complaint';
  return (
    <div data-testid="ticket-detail-page">
      {back}
      <Header detail={detail} onDialog={setDialog} />
      <Card style={{ marginBottom: 16 }}>
        <TicketSteps detail={detail} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={15} style={{ marginBottom: 16 }}>
          <Card>
            <Tabs
              activeKey={tab}
              onChange={(key) => setTabOf({ id, tab: key })}
              items={[
                {
                  key: 'details',
                  label: t('serviceDesk:detail.tabs.details'),
                  children: <TicketInfo detail={detail} />,
                },
                ...(complaint
                  ? [
                      {
                        key: 'actions',
                        label: t('serviceDesk:detail.tabs.actions', { count: detail.actions.length }),
                        children: <TicketActions detail={detail} />,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('serviceDesk:detail.timeline', { count: detail.events.length })}>
            <TicketTimeline events={detail.events} />
          </Card>
        </Col>
      </Row>
      {dialog === 'edit' && <TicketEditForm detail={detail} onClose={() => setDialog(null)} />}
      {dialog && dialog !== 'edit' && (
        <StepForm dialog={dialog} detail={detail} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
