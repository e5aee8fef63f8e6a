import { ArrowLeftOutlined, CalendarOutlined, RightOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Popconfirm,
  Progress,
  Result,
  Row,
  Skeleton,
  Space,
  Statistic,
  Steps,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  CYCLE_PHASES,
  nextPhase,
  type CycleDetail,
  type CycleForm,
  type PendingStep,
} from '../../../../shared/appraisal/cycles';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { formatDate } from '../../i18n/format';
import { useAppraisalCycles } from '../../stores/appraisalCycleStore';
import { useLocale } from '../../stores/localeStore';
import { ConsolidatedTab } from './ConsolidatedTab';
import { DeadlinesDialog, ReassignDialog, RemoveDialog } from './CycleDialogs';
import { PhaseTag, groupLabel } from './cycleWords';
import { localName } from './words';

type Dialog =
  { kind: 'deadlines' } | { kind: 'reassign'; form: CycleForm } | { kind: 'remove'; form: CycleForm };

/** The phases as steps, each with its deadline (the appeal window's end after publication). */
function PhaseSteps({ detail }: { detail: CycleDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { cycle } = detail;
  const current = CYCLE_PHASES.indexOf(cycle.phase);
  const dueOf = (p: (typeof CYCLE_PHASES)[number]) =>
    p === 'published'
      ? cycle.appealUntil &&
        t('appraisal:detail.appealUntil', { date: formatDate(cycle.appealUntil, locale) })
      : p === 'closed'
        ? null
        : t('appraisal:detail.due', { date: formatDate(cycle.deadlines[p], locale) });
  return (
    <Steps
      size="small"
      current={current}
      status={cycle.phase === 'closed' ? 'finish' : 'process'}
      data-testid="cycle-steps"
      items={CYCLE_PHASES.map((p) => ({
        key: p,
        title: t(`appraisal:phase.${p}`),
        content: dueOf(p) || undefined,
      }))}
    />
  );
}

/** How far each step has come, over the forms the reader may see. */
function ProgressCards({ detail }: { detail: CycleDetail }) {
  const { t } = useTranslation();
  const { progress: p } = detail;
  const cards = [
    ['planAgreed', p.planAgreed],
    ['selfSubmitted', p.selfSubmitted],
    ['evaluationSubmitted', p.evaluationSubmitted],
    ['acknowledged', p.acknowledged],
  ] as const;
  return (
    <Row gutter={[16, 16]} data-testid="cycle-progress">
      {cards.map(([key, n]) => (
        <Col key={key} xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t(`appraisal:detail.progress.${key}`)} value={n} suffix={`/ ${p.total}`} />
            <Progress percent={p.total ? Math.round((n / p.total) * 100) : 0} showInfo={false} size="small" />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The steps still due in the current phase, the late ones first. */
function PendingTable({ detail }: { detail: CycleDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const late = detail.progress.pending.filter((s) => s.late).length;
  return (
    <>
      <Typography.Title level={5}>
        {t('appraisal:detail.pendingTitle', { count: detail.progress.pending.length })}
        {late > 0 && (
          <Tag color="red" style={{ marginInlineStart: 8 }}>
            {t('appraisal:detail.lateCount', { count: late })}
          </Tag>
        )}
      </Typography.Title>
      <Table<PendingStep>
        rowKey="formId"
        size="small"
        dataSource={detail.progress.pending}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="cycle-pending"
        locale={{ emptyText: t('appraisal:detail.nothingPending') }}
        columns={[
          {
            title: t('appraisal:open.col.name'),
            key: 'name',
            render: (_, s) => <Link to={`/appraisal/forms/${s.formId}`}>{s.staffName}</Link>,
          },
          {
            title: t('appraisal:open.col.group'),
            key: 'group',
            render: (_, s) => groupLabel(s, locale, '—'),
          },
          {
            title: t('appraisal:detail.step'),
            key: 'step',
            // A written plan waits for the evaluator's agreement; an unwritten one for the person.
            render: (_, s) =>
              t(
                `appraisal:pendingStep.${s.step === 'plan' && s.actorId !== s.staffId ? 'planAgree' : s.step}`,
              ),
          },
          { title: t('appraisal:detail.actor'), dataIndex: 'actorName' },
          {
            title: t('appraisal:detail.dueDate'),
            key: 'due',
            render: (_, s) => (
              <Space>
                {formatDate(s.dueDate, locale)}
                {s.late && <Tag color="red">{t('appraisal:detail.late')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

const done = (at: string | null) => (at ? '✓' : '—');

function FormsTable({ detail, onDialog }: { detail: CycleDetail; onDialog: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  return (
    <Table<CycleForm>
      rowKey="id"
      size="small"
      dataSource={detail.forms}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="cycle-forms"
      rowClassName={(f) => (f.removedAt ? 'row-muted' : '')}
      columns={[
        {
          title: t('appraisal:open.col.name'),
          key: 'name',
          render: (_, f) => (
            <Space>
              <Link to={`/appraisal/forms/${f.id}`}>{f.staffName}</Link>
              {f.removedAt && <Tag>{t('appraisal:detail.removedTag')}</Tag>}
            </Space>
          ),
        },
        { title: t('appraisal:open.col.group'), key: 'group', render: (_, f) => groupLabel(f, locale, '—') },
        { title: t('appraisal:open.col.evaluator'), dataIndex: 'evaluatorName' },
        {
          title: t('appraisal:step.plan'),
          key: 'plan',
          align: 'center',
          render: (_, f) => done(f.planAgreedAt),
        },
        {
          title: t('appraisal:step.self'),
          key: 'self',
          align: 'center',
          render: (_, f) => done(f.selfSubmittedAt),
        },
        {
          title: t('appraisal:step.evaluation'),
          key: 'eval',
          align: 'center',
          render: (_, f) => done(f.evalSubmittedAt),
        },
        {
          title: '',
          key: 'actions',
          render: (_, f) =>
            f.removedAt ? (
              <Typography.Text type="secondary">{f.removedReason}</Typography.Text>
            ) : (
              <Space size={0}>
                {f.allowed.includes('reassignEvaluator') && (
                  <Button type="link" size="small" onClick={() => onDialog({ kind: 'reassign', form: f })}>
                    {t('appraisal:detail.reassign')}
                  </Button>
                )}
                {f.allowed.includes('remove') && (
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => onDialog({ kind: 'remove', form: f })}
                  >
                    {t('appraisal:detail.remove')}
                  </Button>
                )}
              </Space>
            ),
        },
      ]}
    />
  );
}

/** The manager's move to the next phase, or why it cannot be made yet. */
function MoveOn({ detail }: { detail: CycleDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const advance = useAppraisalCycles((s) => s.advance);
  const [busy, setBusy] = useState(false);
  const { cycle, blockedBy, allowed } = detail;
  const to = nextPhase(cycle.phase);
  if (!to || cycle.phase === 'published') return null;
  const label = t('appraisal:detail.moveTo', { phase: t(`appraisal:phase.${to}`) });
  async function run() {
    setBusy(true);
    const r = await advance({ id: cycle.id, version: cycle.version });
    setBusy(false);
    if (r.ok) message.success(t('appraisal:detail.moved', { phase: t(`appraisal:phase.${r.data.phase}`) }));
    else message.error(errorText(t, r.error));
  }
  return (
    <Popconfirm title={label} onConfirm={() => void run()} disabled={!allowed.includes('advance')}>
      <Button
        type="primary"
        icon={<RightOutlined />}
        loading={busy}
        disabled={!allowed.includes('advance') || !!blockedBy}
        data-testid="cycle-advance"
      >
        {label}
      </Button>
    </Popconfirm>
  );
}

/** One cycle (/appraisal/cycles/:id): its phases and deadlines, progress and who is late, its forms. */
export function CycleDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useAppraisalCycles((s) => (s.detail?.cycle.id === id ? s.detail : null));
  const error = useAppraisalCycles((s) => (s.detailId === id ? s.detailError : null));
  const load = useAppraisalCycles((s) => s.loadDetail);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const mayReview = usePermission('appraisal.review');

  useEffect(() => {
    void load(id);
  }, [id, load]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/appraisal/cycles')}>
      {t('appraisal:cycles.back')}
    </Button>
  );
  if (error) return <Result status="warning" title={errorText(t, error)} extra={back} />;
  if (!detail) return <Skeleton active />;
  const { cycle, blockedBy } = detail;
  return (
    <>
      <PageHeader
        title={`${cycle.code} ${localName(cycle, locale)}`}
        intro={
          <Space wrap>
            <PhaseTag phase={cycle.phase} />
            <span>{t(`appraisal:cycleKind.${cycle.kind}`)}</span>
            <span>
              {t('appraisal:cycles.periodRange', {
                from: formatDate(cycle.periodFrom, locale),
                to: formatDate(cycle.periodTo, locale),
              })}
            </span>
            <span>{t('appraisal:detail.people', { count: cycle.formCount })}</span>
          </Space>
        }
        extra={
          <Space wrap>
            {back}
            {detail.allowed.includes('editDeadlines') && (
              <Button
                icon={<CalendarOutlined />}
                onClick={() => setDialog({ kind: 'deadlines' })}
                data-testid="cycle-deadlines"
              >
                {t('appraisal:detail.editDeadlines')}
              </Button>
            )}
            {(detail.allowed.length > 0 || blockedBy) && <MoveOn detail={detail} />}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <PhaseSteps detail={detail} />
      </Card>
      {blockedBy && detail.allowed.includes('editDeadlines') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="cycle-blocked"
          message={t(`appraisal:detail.blocked.${blockedBy.step}`, { count: blockedBy.count })}
        />
      )}
      <Card>
        <Tabs
          items={[
            {
              key: 'progress',
              label: t('appraisal:detail.tabs.progress'),
              children: (
                <>
                  <ProgressCards detail={detail} />
                  <PendingTable detail={detail} />
                </>
              ),
            },
            {
              key: 'forms',
              label: t('appraisal:detail.tabs.forms', { count: detail.forms.length }),
              children: <FormsTable detail={detail} onDialog={setDialog} />,
            },
            // Staff see their own result on their form; the table is for those who review (main scopes it).
            ...(mayReview
              ? [
                  {
                    key: 'consolidated',
                    label: t('appraisal:detail.tabs.consolidated'),
                    children: <ConsolidatedTab cycleId={cycle.id} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {dialog?.kind === 'deadlines' && <DeadlinesDialog cycle={cycle} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reassign' && <ReassignDialog form={dialog.form} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && <RemoveDialog form={dialog.form} onClose={() => setDialog(null)} />}
    </>
  );
}
