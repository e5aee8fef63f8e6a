import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planVsActualChart } from '../../../../shared/salesPlans/charts';
import type { SplitState } from '../../../../shared/salesPlans/rules';
import type { PlanPersonRow, SalesPlanBoard } from '../../../../shared/salesPlans/types';
import { errorText } from '../../api/errors';
import { EChart } from '../../components/EChart';
import { formatMoneyFen, formatNumber, formatPercent } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSalesPlans } from '../../stores/salesPlansStore';
import { useSession } from '../../stores/sessionStore';
import { PeriodPicker, periodName } from './PeriodPicker';
import { PlanForm, type PlanFormTarget } from './PlanForm';
import { METRICS, MetricProgress } from './PlanProgress';

const groupNameOf = (g: { name: string | null; nameEn: string | null }, zh: boolean) =>
  (zh ? g.name : (g.nameEn ?? g.name)) ?? '';

/** The people's targets against the group's: a tag per metric, a warning colour when it does not add up. */
function SplitLine({ board }: { board: SalesPlanBoard }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const plan = board.groupPlan;
  const items: { key: string; state: SplitState; sum: string; diff: string }[] = [
    {
      key: 'revenue',
      state: board.split.revenue,
      sum: formatMoneyFen(board.split.revenueFen, locale),
      diff: formatMoneyFen(Math.abs(board.split.revenueFen - (plan?.revenueTargetFen ?? 0)), locale),
    },
    {
      key: 'profit',
      state: board.split.profit,
      sum: formatMoneyFen(board.split.profitFen, locale),
      diff: formatMoneyFen(Math.abs(board.split.profitFen - (plan?.profitTargetFen ?? 0)), locale),
    },
    {
      key: 'newClients',
      state: board.split.newClientsState,
      sum: formatNumber(board.split.newClients, locale),
      diff: formatNumber(Math.abs(board.split.newClients - (plan?.newClientsTarget ?? 0)), locale),
    },
  ];
  return (
    <div data-testid="plan-split" style={{ marginBottom: 12 }}>
      <Space wrap size={[8, 8]}>
        <Typography.Text strong>{t('salesPlans:split.sum')}</Typography.Text>
        {items.map((i) => (
          <Tag
            key={i.key}
            color={i.state === 'match' ? 'success' : i.state === 'noTarget' ? 'default' : 'warning'}
            data-testid={`split-${i.key}`}
            data-state={i.state}
          >
            {t(`salesPlans:metric.${i.key}`)} {i.sum}
            {i.state !== 'noTarget' && <> · {t(`salesPlans:split.${i.state}`, { diff: i.diff })}</>}
          </Tag>
        ))}
        {items.some((i) => i.state === 'noTarget') && (
          <Typography.Text type="secondary">{t('salesPlans:split.noTarget')}</Typography.Text>
        )}
      </Space>
      {items.some((i) => i.state === 'under' || i.state === 'over') && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('salesPlans:split.why')}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/**
 * One group's plans for the chosen period: the group's plan card with its progress, its people's plans with
 * theirs and the split against the group's target, the plan-vs-actual chart; edit dialogs where the reader may.
 */
export function PlanBoard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const zh = locale === 'zh-CN';
  const me = useSession((s) => s.user?.staffId);
  const { board, boardLoading, boardError, periodKind, periodFrom, loadBoard } = useSalesPlans();
  const [editing, setEditing] = useState<PlanFormTarget | null>(null);
  const period = periodName(t, locale, periodKind, periodFrom);
  const groupName = board?.groups.find((g) => g.id === board.groupId);
  const overseer = board?.people.some((p) => p.mayPlan) ?? false;

  const chart = useMemo(() => {
    if (!board) return null;
    const rows = [
      ...(board.groupId
        ? [
            {
              name: groupName ? groupNameOf(groupName, zh) : t('salesPlans:chart.group'),
              targetFen: board.groupPlan?.revenueTargetFen ?? null,
              actualFen: board.groupActual.revenueFen,
            },
          ]
        : []),
      ...board.people.map((p) => ({
        name: p.staffName,
        targetFen: p.plan?.revenueTargetFen ?? null,
        actualFen: p.actual.revenueFen,
      })),
    ];
    return planVsActualChart(rows, {
      target: t('salesPlans:chart.target'),
      actual: t('salesPlans:chart.actual'),
      money: (fen) => formatMoneyFen(fen, locale),
      axis: (fen) => formatNumber(Math.round(fen / 100), locale),
      percent: (pct) => formatPercent(pct, locale),
    });
  }, [board, groupName, zh, t, locale]);

  const personTarget = (p: PlanPersonRow): PlanFormTarget => ({
    title: t('salesPlans:form.titlePerson', { name: p.staffName, period }),
    plan: p.plan,
    staffId: p.staffId,
    groupId: board?.groupId ?? null,
    periodKind,
    periodFrom,
    periodText: period,
  });

  const groupPlan = board?.groupPlan ?? null;
  const groupButton =
    board && board.groupId && (board.mayPlanGroup || groupPlan?.mayEditText) ? (
      <Button
        icon={groupPlan ? <EditOutlined /> : <PlusOutlined />}
        type={groupPlan ? 'default' : 'primary'}
        onClick={() =>
          setEditing({
            title: t('salesPlans:form.titleGroup', {
              name: groupName ? groupNameOf(groupName, zh) : '',
              period,
            }),
            plan: groupPlan,
            staffId: null,
            groupId: board.groupId,
            periodKind,
            periodFrom,
            periodText: period,
          })
        }
        data-testid="group-plan-edit"
      >
        {groupPlan
          ? t(groupPlan.mayEditTargets ? 'salesPlans:group.edit' : 'salesPlans:group.editText')
          : t('salesPlans:group.set')}
      </Button>
    ) : null;

  return (
    <div data-testid="plan-board" data-loading={boardLoading ? 'true' : 'false'}>
      <Space wrap style={{ marginBottom: 16 }} size={16}>
        <PeriodPicker
          kind={periodKind}
          from={periodFrom}
          onChange={(k, f) => void loadBoard({ periodKind: k, periodFrom: f })}
        />
        {board && board.groups.length > 1 && (
          <Select
            value={board.groupId}
            style={{ minWidth: 160 }}
            options={board.groups.map((g) => ({ value: g.id, label: groupNameOf(g, zh) }))}
            onChange={(groupId) => void loadBoard({ groupId })}
            aria-label={t('salesPlans:group.label')}
            id="plan-group"
            data-testid="plan-group"
          />
        )}
        {board && (
          <Typography.Text type="secondary" data-testid="plan-period-range">
            {t('salesPlans:period.range', { from: board.periodFrom, to: board.periodTo })}
          </Typography.Text>
        )}
      </Space>
      {boardError && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, boardError)} />
      )}
      <Spin spinning={boardLoading && !board} delay={300}>
        {board && (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {board.groupId ? (
              <Card
                title={`${t('salesPlans:group.plan')} · ${groupName ? groupNameOf(groupName, zh) : ''} · ${period}`}
                extra={groupButton}
                data-testid="group-plan"
              >
                {!groupPlan && (
                  <Typography.Paragraph type="secondary" data-testid="group-no-plan">
                    {t('salesPlans:group.noPlan')}
                  </Typography.Paragraph>
                )}
                <Row gutter={[32, 16]}>
                  {METRICS.map((m) => (
                    <Col key={m} xs={24} md={8}>
                      <MetricProgress metric={m} actual={board.groupActual} targets={groupPlan} />
                    </Col>
                  ))}
                </Row>
                {groupPlan && (groupPlan.strategy || groupPlan.actionPlan) && (
                  <Row gutter={[32, 8]} style={{ marginTop: 16 }}>
                    <Col xs={24} md={12}>
                      <Typography.Text strong>{t('salesPlans:form.strategy')}</Typography.Text>
                      <Typography.Paragraph
                        style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
                        data-testid="group-strategy"
                      >
                        {groupPlan.strategy ?? t('salesPlans:texts.none')}
                      </Typography.Paragraph>
                    </Col>
                    <Col xs={24} md={12}>
                      <Typography.Text strong>{t('salesPlans:form.actionPlan')}</Typography.Text>
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                        {groupPlan.actionPlan ?? t('salesPlans:texts.none')}
                      </Typography.Paragraph>
                    </Col>
                  </Row>
                )}
              </Card>
            ) : (
              <Alert type="info" showIcon title={t('salesPlans:group.noGroup')} />
            )}
            <Card
              title={overseer ? t('salesPlans:people.title') : t('salesPlans:people.own')}
              data-testid="people-plans"
            >
              {overseer && board.groupId && <SplitLine board={board} />}
              <Table<PlanPersonRow>
                rowKey="staffId"
                size="middle"
                pagination={false}
                dataSource={board.people}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Empty description={t('salesPlans:people.empty')} /> }}
                onRow={(p) => ({ 'data-testid': `person-${p.staffId}` }) as object}
                expandable={{
                  rowExpandable: (p) => Boolean(p.plan?.strategy || p.plan?.actionPlan),
                  expandedRowRender: (p) => (
                    <Row gutter={[32, 8]}>
                      <Col xs={24} md={12}>
                        <Typography.Text strong>{t('salesPlans:form.strategy')}</Typography.Text>
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                          {p.plan?.strategy ?? t('salesPlans:texts.none')}
                        </Typography.Paragraph>
                      </Col>
                      <Col xs={24} md={12}>
                        <Typography.Text strong>{t('salesPlans:form.actionPlan')}</Typography.Text>
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                          {p.plan?.actionPlan ?? t('salesPlans:texts.none')}
                        </Typography.Paragraph>
                      </Col>
                    </Row>
                  ),
                }}
                columns={[
                  {
                    key: 'person',
                    title: t('salesPlans:people.person'),
                    render: (_, p) => (
                      <Space direction="vertical" size={0}>
                        <Typography.Text strong={p.staffId === me}>{p.staffName}</Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {p.employeeNo}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  ...METRICS.map((m) => ({
                    key: m,
                    title: t(`salesPlans:metric.${m}`),
                    render: (_: unknown, p: PlanPersonRow) => (
                      <MetricProgress metric={m} actual={p.actual} targets={p.plan} compact />
                    ),
                  })),
                  {
                    key: 'actions',
                    title: '',
                    render: (_, p) =>
                      p.mayPlan ? (
                        <Button
                          size="small"
                          icon={p.plan ? <EditOutlined /> : <PlusOutlined />}
                          onClick={() => setEditing(personTarget(p))}
                          data-testid="person-plan-edit"
                        >
                          {p.plan ? t('salesPlans:people.edit') : t('salesPlans:people.set')}
                        </Button>
                      ) : !p.plan ? (
                        <Typography.Text type="secondary">{t('salesPlans:people.noPlan')}</Typography.Text>
                      ) : null,
                  },
                ]}
              />
            </Card>
            <Card title={t('salesPlans:chart.title')} data-testid="plan-chart">
              {chart ? (
                <EChart option={chart.option} height={chart.height} testId="plan-chart-svg" />
              ) : (
                <Empty description={t('salesPlans:chart.empty')} />
              )}
            </Card>
          </Space>
        )}
      </Spin>
      {editing && <PlanForm target={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
