import { ArrowLeftOutlined, EditOutlined, FileSearchOutlined, RedoOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton, Space, Steps, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { RISK_STATUSES, type RiskDetail, type RiskStatus } from '../../../../shared/risk/types';
import { errorText } from '../../api/errors';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { AcceptanceTag, LevelTag, StatusTag, entryName, scoreText } from './labels';
import { RiskAssessmentTab } from './RiskAssessment';
import { RiskForm } from './RiskForm';
import { RiskOverview } from './RiskOverview';
import { RiskResponseTab } from './RiskResponse';
import { RiskStepForm, type StepDialog } from './RiskStepForms';
import { RiskTimeline } from './RiskTimeline';
import { useRiskSettings } from './useRiskLists';

type Tab = 'overview' | 'assessment' | 'response' | 'timeline';
type Dialog = StepDialog | { kind: 'edit' };

/** The header's move buttons, forward moves first. */
const MOVE_ORDER: readonly RiskStatus[] = ['monitoring', 'responding', 'closed'];

/** When the risk last reached a status: its latest move into it (identified on for the first). */
function reachedAt(detail: RiskDetail, status: RiskStatus): string | null {
  const moves = detail.events.filter((e) => e.toStatus === status && e.fromStatus !== status);
  return moves.reduce<string | null>((at, e) => (at === null || e.at > at ? e.at : at), null);
}

function Header({
  detail,
  onDialog,
  onTab,
}: {
  detail: RiskDetail;
  onDialog: (d: Dialog) => void;
  onTab: (t: Tab) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useRiskSettings();
  const { risk, allowed } = detail;
  const score = scoreText(t, risk);
  return (
    <Card style={{ marginBottom: 16 }} data-testid="risk-header">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <div style={{ minWidth: 0, flex: '1 1 360px' }}>
          <Typography.Text type="secondary" copyable data-testid="risk-code">
            {risk.code}
          </Typography.Text>
          <Typography.Title level={3} style={{ margin: '2px 0 6px' }} data-testid="risk-title">
            {risk.title}
          </Typography.Title>
          <Space wrap size={[8, 6]} align="center">
            <span data-testid="risk-level">
              <LevelTag level={risk.level} />
            </span>
            {score && (
              <Typography.Text strong data-testid="risk-score">
                {score}
              </Typography.Text>
            )}
            <span data-testid="risk-status" data-status={risk.status}>
              <StatusTag status={risk.status} />
            </span>
            {risk.strategy && <Typography.Text>{t(`risk:strategy.${risk.strategy}`)}</Typography.Text>}
            {risk.acceptance && <AcceptanceTag acceptance={risk.acceptance} />}
            {risk.reviewDue && (
              <Typography.Text type="danger" strong>
                {t('riskDesk:list.reviewDue')}
              </Typography.Text>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 6 }}>
            {t('riskDesk:detail.byline', {
              category: entryName(settings?.riskCategories, risk.category, locale),
              owner: risk.ownerName,
              on: formatDate(risk.identifiedOn, locale),
            })}
          </Typography.Text>
        </div>
        <Space wrap align="start" data-testid="risk-moves">
          {allowed.assess && (
            <Button
              type={risk.status === 'identified' ? 'primary' : 'default'}
              onClick={() => onTab('assessment')}
              data-testid="move-assess"
            >
              {t(risk.status === 'identified' ? 'riskDesk:detail.assess' : 'riskDesk:detail.reassess')}
            </Button>
          )}
          {allowed.respond && (
            <Button
              type={risk.status === 'assessed' ? 'primary' : 'default'}
              onClick={() => onTab('response')}
              data-testid="move-respond"
            >
              {t(risk.strategy ? 'riskDesk:detail.changeResponse' : 'riskDesk:detail.respond')}
            </Button>
          )}
          {MOVE_ORDER.filter((to) => allowed.moves.includes(to)).map((to) => (
            <Button
              key={to}
              type={to === 'monitoring' ? 'primary' : 'default'}
              danger={to === 'closed'}
              onClick={() => onDialog({ kind: 'move', to })}
              data-testid={`move-${to}`}
            >
              {t(`riskDesk:steps.move.${to}.button`)}
            </Button>
          ))}
          {allowed.review && (
            <Button
              icon={<FileSearchOutlined />}
              onClick={() => onDialog({ kind: 'review' })}
              data-testid="move-review"
            >
              {t('riskDesk:steps.review.button')}
            </Button>
          )}
          {allowed.reopen && (
            <Button
              icon={<RedoOutlined />}
              onClick={() => onDialog({ kind: 'reopen' })}
              data-testid="move-reopen"
            >
              {t('riskDesk:steps.reopen.button')}
            </Button>
          )}
          {allowed.edit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => onDialog({ kind: 'edit' })}
              data-testid="move-edit"
            >
              {t('common:edit')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}

/** The workflow as steps: identified → assessed → responding → monitoring → closed, each with when. */
function RiskSteps({ detail }: { detail: RiskDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const current = RISK_STATUSES.indexOf(detail.risk.status);
  return (
    <Steps
      size="small"
      current={current}
      status={detail.risk.status === 'closed' ? 'finish' : 'process'}
      data-testid="risk-steps"
      items={RISK_STATUSES.map((s, i) => {
        const at = i === 0 ? null : i <= current ? reachedAt(detail, s) : null;
        return {
          key: s,
          title: t(`risk:status.${s}`),
          content:
            i === 0
              ? formatDate(detail.risk.identifiedOn, locale)
              : at
                ? formatDateTime(at, locale)
                : undefined,
        };
      })}
    />
  );
}

/** One risk (/risks/:id): header with the moves main allows, the workflow, and its four tabs. */
export function RiskDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const detail = useRisk((s) => (s.detail?.risk.id === id ? s.detail : null));
  const error = useRisk((s) => (s.detailId === id ? s.detailError : null));
  const load = useRisk((s) => s.loadDetail);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tabOf, setTabOf] = useState<{ id: string; tab: Tab }>({ id, tab: 'overview' });
  const tab = tabOf.id === id ? tabOf.tab : 'overview';

  useEffect(() => {
    void load(id);
  }, [id, load]);

  const back = (
    <Button
      type="text"
      icon={<ArrowLeftOutlined />}
      onClick={() => (location.key !== 'default' ? navigate(-1) : navigate('/risks'))}
      style={{ marginBottom: 8, paddingInline: 4 }}
    >
      {t('riskDesk:detail.back')}
    </Button>
  );

  if (error)
    return (
      <div data-testid="risk-detail-page">
        {back}
        <Card>
          <Result
            status={error.code === 'NOT_FOUND' ? '404' : 'warning'}
            title={error.code === 'NOT_FOUND' ? t('riskDesk:detail.notFound') : errorText(t, error)}
            subTitle={error.code === 'NOT_FOUND' ? t('riskDesk:detail.notFoundHint') : undefined}
          />
        </Card>
      </div>
    );
  if (!detail)
    return (
      <div data-testid="risk-detail-page">
        {back}
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );

  return (
    <div data-testid="risk-detail-page">
      {back}
      <Header detail={detail} onDialog={setDialog} onTab={(tab) => setTabOf({ id, tab })} />
      <Card style={{ marginBottom: 16 }}>
        <RiskSteps detail={detail} />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTabOf({ id, tab: key as Tab })}
          items={[
            {
              key: 'overview',
              label: t('riskDesk:detail.tabs.overview'),
              children: <RiskOverview detail={detail} />,
            },
            {
              key: 'assessment',
              label: t('riskDesk:detail.tabs.assessment', { count: detail.assessments.length }),
              children: <RiskAssessmentTab detail={detail} />,
            },
            {
              key: 'response',
              label: t('riskDesk:detail.tabs.response', { count: detail.actions.length }),
              children: <RiskResponseTab detail={detail} />,
            },
            {
              key: 'timeline',
              label: t('riskDesk:detail.tabs.timeline', { count: detail.events.length }),
              children: <RiskTimeline events={detail.events} />,
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'edit' && <RiskForm risk={detail.risk} onClose={() => setDialog(null)} />}
      {dialog && dialog.kind !== 'edit' && (
        <RiskStepForm dialog={dialog} detail={detail} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
