import {
  ArrowLeftOutlined,
  EditOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  PrinterOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Space,
  Spin,
  Steps,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  AUDIT_STATUSES,
  type AuditDetail,
  type AuditStatus,
  type ControlFinding,
  type RectificationDetail,
} from '../../../../shared/control/types';
import { errorText } from '../../api/errors';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate } from '../../i18n/format';
import { control, useControl } from '../../stores/controlStore';
import { useLocale } from '../../stores/localeStore';
import { FindingCard, type RectificationAction } from './FindingCard';
import { FindingModal } from './FindingModal';
import { AuditStatusTag, RectificationStatusTag, SeverityTag, refusalText } from './labels';
import { RectificationModal } from './RectificationModal';
import { ReviewModal } from './ReviewModal';
import { SubmitEvidenceModal } from './SubmitEvidenceModal';

type Dialog =
  | { kind: 'finding'; finding: ControlFinding | null }
  | { kind: 'rectification'; findingId: string; rectification: RectificationDetail | null }
  | RectificationAction
  | { kind: 'report' };

const MOVE_ICONS: Record<AuditStatus, React.ReactNode> = {
  planned: null,
  in_progress: <PlayCircleOutlined />,
  reported: <SendOutlined />,
  closed: <SafetyCertificateOutlined />,
};

/** The audit's way from planned to closed, the step it is at marked. */
function AuditSteps({ status }: { status: AuditStatus }) {
  const { t } = useTranslation();
  return (
    <Steps
      size="small"
      current={AUDIT_STATUSES.indexOf(status)}
      status={status === 'closed' ? 'finish' : 'process'}
      items={AUDIT_STATUSES.map((s) => ({ title: t(`control:auditStatus.${s}`) }))}
      style={{ marginBottom: 16 }}
      data-testid="audit-steps"
    />
  );
}

function Header({ d }: { d: AuditDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const a = d.audit;
  const lead = a.auditors.find((x) => x.lead);
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="audit-info">
      <Descriptions.Item label={t('control:fields.type')}>
        {t(`control:auditType.${a.type}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('control:fields.auditOn')}>
        {formatDate(a.auditOn, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('control:fields.period')}>
        {t('control:report.periodRange', {
          from: formatDate(a.periodFrom, locale),
          to: formatDate(a.periodTo, locale),
        })}
      </Descriptions.Item>
      <Descriptions.Item label={t('control:fields.leadAuditor')}>{lead?.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('control:fields.auditors')} span={2}>
        {a.auditors.map((x) => x.name).join(t('control:listSeparator'))}
      </Descriptions.Item>
      <Descriptions.Item label={t('control:fields.scope')} span={3}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{a.scope}</span>
      </Descriptions.Item>
      {a.conclusion && (
        <Descriptions.Item label={t('control:fields.conclusion')} span={3}>
          <span style={{ whiteSpace: 'pre-wrap' }} data-testid="audit-conclusion">
            {a.conclusion}
          </span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** One audit: its record and where it stands, its findings with their rectifications, and the report. */
export function AuditDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { id } = useParams();
  const detail = useControl((s) => (s.detailId === id ? s.detail : null));
  const error = useControl((s) => (s.detailId === id ? s.detailError : null));
  const loadDetail = useControl((s) => s.loadDetail);
  const loadPeople = useControl((s) => s.loadPeople);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [moving, setMoving] = useState(false);
  const { busy: printing, produceAndSave } = useSaveFile();

  useEffect(() => {
    if (id) void loadDetail(id);
    void loadPeople();
  }, [id, loadDetail, loadPeople]);

  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!detail) return <Spin />;
  const a = detail.audit;
  const close = () => setDialog(null);

  async function move(to: AuditStatus, conclusion: string | null = null) {
    setMoving(true);
    try {
      const r = await control.moveAudit({ id: a.id, version: a.version, to, conclusion });
      if (!r.ok) message.error(refusalText(t, r.error));
      return r;
    } finally {
      setMoving(false);
    }
  }
  function askMove(to: AuditStatus) {
    if (to === 'reported') return setDialog({ kind: 'report' });
    const back = to === 'in_progress' && a.status === 'reported';
    modal.confirm({
      title: t(back ? 'control:detail.move.back' : `control:detail.move.${to}`),
      content: t(back ? 'control:detail.moveConfirm.back' : `control:detail.moveConfirm.${to}`),
      onOk: () => move(to),
    });
  }

  const moveButtons = detail.allowed.moves.map((to) => {
    const back = to === 'in_progress' && a.status === 'reported';
    return (
      <Button
        key={to}
        type={back ? 'default' : 'primary'}
        icon={back ? <RollbackOutlined /> : MOVE_ICONS[to]}
        loading={moving}
        onClick={() => askMove(to)}
        data-testid={`audit-move-${to}`}
      >
        {t(back ? 'control:detail.move.back' : `control:detail.move.${to}`)}
      </Button>
    );
  });
  const closeBlocked =
    detail.fullView &&
    a.status === 'reported' &&
    !detail.allowed.moves.includes('closed') &&
    a.openRectifications > 0;
  const allRects = detail.findings.flatMap((f) =>
    f.rectifications.map((r) => ({ ...r, severity: f.severity })),
  );

  return (
    <div data-testid="audit-detail-page">
      <Link to="/control">
        <ArrowLeftOutlined /> {t('control:detail.back')}
      </Link>
      <PageHeader
        title={`${a.code}  ${a.title}`}
        intro={<AuditStatusTag t={t} status={a.status} />}
        extra={
          <Space wrap>
            {moveButtons}
            {detail.allowed.edit && (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/control/${a.id}/edit`)}
                data-testid="audit-edit"
              >
                {t('control:detail.edit')}
              </Button>
            )}
            <Button
              icon={<PrinterOutlined />}
              loading={printing}
              onClick={() => void produceAndSave(() => control.printReport(a.id, locale))}
              data-testid="audit-print"
            >
              {t('control:report.print')}
            </Button>
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <AuditSteps status={a.status} />
        {!detail.fullView && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('control:detail.partial')} />
        )}
        {closeBlocked && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('control:detail.closeBlocked', { count: a.openRectifications })}
            data-testid="audit-close-blocked"
          />
        )}
        <Header d={detail} />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'findings',
              label: `${t('control:detail.tabs.findings')} (${detail.findings.length})`,
              children: (
                <div data-testid="audit-findings">
                  {detail.allowed.addFinding && (
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      style={{ marginBottom: 16 }}
                      onClick={() => setDialog({ kind: 'finding', finding: null })}
                      data-testid="finding-add"
                    >
                      {t('control:detail.addFinding')}
                    </Button>
                  )}
                  {detail.findings.length === 0 ? (
                    <Empty
                      description={
                        <>
                          <div>{t('control:detail.noFindings')}</div>
                          {detail.allowed.addFinding && (
                            <Typography.Text type="secondary">
                              {t('control:detail.noFindingsHint')}
                            </Typography.Text>
                          )}
                        </>
                      }
                    />
                  ) : (
                    detail.findings.map((f) => (
                      <FindingCard
                        key={f.id}
                        finding={f}
                        onEdit={() => setDialog({ kind: 'finding', finding: f })}
                        onAddRectification={() =>
                          setDialog({ kind: 'rectification', findingId: f.id, rectification: null })
                        }
                        onAction={(act) =>
                          setDialog(
                            act.kind === 'edit'
                              ? { kind: 'rectification', findingId: f.id, rectification: act.rectification }
                              : act,
                          )
                        }
                      />
                    ))
                  )}
                </div>
              ),
            },
            {
              key: 'rectifications',
              label: `${t('control:detail.tabs.rectifications')} (${allRects.length})`,
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={allRects}
                  columns={[
                    {
                      key: 'finding',
                      title: t('control:fields.findingCode'),
                      render: (_, r) => r.findingCode,
                    },
                    {
                      key: 'severity',
                      title: t('control:fields.severity'),
                      render: (_, r) => <SeverityTag t={t} severity={r.severity} />,
                    },
                    {
                      key: 'requirement',
                      title: t('control:fields.requirement'),
                      render: (_, r) => r.requirement,
                    },
                    { key: 'owner', title: t('control:fields.owner'), render: (_, r) => r.ownerName },
                    {
                      key: 'due',
                      title: t('control:fields.dueOn'),
                      render: (_, r) => formatDate(r.dueOn, locale),
                    },
                    {
                      key: 'status',
                      title: t('control:fields.rectificationStatus'),
                      render: (_, r) => <RectificationStatusTag t={t} status={r.status} />,
                    },
                    {
                      key: 'verifiedBy',
                      title: t('control:fields.verifiedBy'),
                      render: (_, r) => r.verifiedByName ?? '',
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>

      {dialog?.kind === 'finding' && <FindingModal auditId={a.id} finding={dialog.finding} onClose={close} />}
      {dialog?.kind === 'rectification' && (
        <RectificationModal
          findingId={dialog.findingId}
          auditOn={a.auditOn}
          rectification={dialog.rectification}
          onClose={close}
        />
      )}
      {dialog?.kind === 'submit' && (
        <SubmitEvidenceModal rectification={dialog.rectification} onClose={close} />
      )}
      {(dialog?.kind === 'verify' || dialog?.kind === 'return') && (
        <ReviewModal rectification={dialog.rectification} decision={dialog.kind} onClose={close} />
      )}
      {dialog?.kind === 'report' && (
        <FormModal<{ conclusion: string }, AuditDetail>
          title={t('control:detail.reportTitle')}
          fields={['conclusion']}
          name="report"
          width={600}
          testId="report-form"
          initialValues={{ conclusion: a.conclusion ?? '' }}
          run={(v) =>
            control.moveAudit({
              id: a.id,
              version: a.version,
              to: 'reported',
              conclusion: v.conclusion ?? '',
            })
          }
          successMessage={() => t('control:detail.done')}
          onClose={close}
        >
          <Typography.Paragraph type="secondary">{t('control:detail.reportHint')}</Typography.Paragraph>
          <Form.Item
            name="conclusion"
            label={t('control:fields.conclusion')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 10 }}
              maxLength={20000}
              data-testid="report-conclusion"
            />
          </Form.Item>
        </FormModal>
      )}
    </div>
  );
}
