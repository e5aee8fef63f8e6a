import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CycleForm } from '../../../../shared/appraisal/cycles';
import {
  GRADES,
  type ConsolidatedRow,
  type ConsolidatedTable,
  type Grade,
} from '../../../../shared/appraisal/forms';
import { distributionChart } from '../../../../shared/appraisal/resultCharts';
import type { GradeGuideline } from '../../../../shared/appraisal/settings';
import type { Locale } from '../../../../shared/contract/fields';
import { errorText } from '../../api/errors';
import { EChart } from '../../components/EChart';
import { SearchInput } from '../../components/SearchInput';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDay, formatNumber, formatPercent } from '../../i18n/format';
import { useAppraisalCycles } from '../../stores/appraisalCycleStore';
import { useAppraisalReview } from '../../stores/appraisalReviewStore';
import { useLocale } from '../../stores/localeStore';
import { AdjustScoreDialog } from './AdjustScoreDialog';
import { ResolveAppealDialog } from './ResolveAppealDialog';
import { groupLabel } from './cycleWords';
import { AppealTag, GradeTag, scoreText } from './reviewWords';

type Dialog = { kind: 'adjust' | 'resolve'; row: ConsolidatedRow; form: CycleForm } | null;

const NO_GROUP = '∅';

/** Sorts numbers with the empty ones last, whichever way the column is sorted. */
const byScore =
  (key: 'selfTotal' | 'evalTotal' | 'quarterMean' | 'adjustedTotal' | 'finalScore') =>
  (a: ConsolidatedRow, b: ConsolidatedRow) =>
    (a[key] ?? -1) - (b[key] ?? -1);

/** The grade distribution as bars against the guideline's ceilings, and the warning when a grade is over. */
function Distribution({ table, guideline }: { table: ConsolidatedTable; guideline: GradeGuideline | null }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const d = table.distribution;
  const chart = useMemo(
    () =>
      guideline &&
      distributionChart(d, guideline, {
        grade: (g) => g,
        share: t('appraisalReview:chart.share'),
        ceiling: t('appraisalReview:chart.ceiling'),
        percent: (n) => formatPercent(n, locale),
        count: (n) => t('appraisalReview:chart.people', { count: n }),
      }),
    [d, guideline, t, locale],
  );
  return (
    <Card
      size="small"
      title={t('appraisalReview:distribution.title')}
      extra={
        <Typography.Text type="secondary">
          {t('appraisalReview:distribution.graded', { count: d.graded })}
        </Typography.Text>
      }
      data-testid="grade-distribution"
    >
      {d.graded === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appraisalReview:summary.noneGraded')} />
      ) : (
        <>
          {d.overGuideline.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="grade-over-guideline"
              message={t('appraisalReview:distribution.overGuideline')}
              description={d.overGuideline
                .map((o) =>
                  t('appraisalReview:distribution.overLine', {
                    grade: o.grade,
                    share: formatPercent(o.share, locale),
                    ceiling: formatPercent(o.ceiling, locale),
                  }),
                )
                .join(t('appraisalReview:distribution.separator'))}
            />
          ) : (
            <Alert type="success" showIcon message={t('appraisalReview:distribution.withinGuideline')} />
          )}
          {chart && <EChart option={chart.option} height={chart.height} testId="grade-chart" />}
        </>
      )}
    </Card>
  );
}

/** Each grade's count and share beside its guideline ceiling, the ones over it in red. */
function GradeFigures({ table, guideline }: { table: ConsolidatedTable; guideline: GradeGuideline | null }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const d = table.distribution;
  const over = new Set(d.overGuideline.map((o) => o.grade));
  const share = (g: Grade) => (d.graded ? Math.round((d.counts[g] / d.graded) * 1000) / 10 : 0);
  return (
    <Card size="small" title={t('appraisalReview:consolidated.figures')} data-testid="grade-figures">
      <Table
        rowKey="grade"
        size="small"
        pagination={false}
        dataSource={GRADES.map((g) => ({ grade: g }))}
        columns={[
          {
            title: t('appraisalReview:columns.grade'),
            key: 'grade',
            render: (_, { grade }) => <GradeTag grade={grade} />,
          },
          {
            title: t('appraisalReview:columns.people'),
            key: 'people',
            align: 'right',
            render: (_, { grade }) => formatNumber(d.counts[grade], locale),
          },
          {
            title: t('appraisalReview:columns.share'),
            key: 'share',
            align: 'right',
            render: (_, { grade }) => (
              <Typography.Text type={over.has(grade) ? 'danger' : undefined} strong={over.has(grade)}>
                {formatPercent(share(grade), locale)}
              </Typography.Text>
            ),
          },
          {
            title: t('appraisalReview:columns.ceiling'),
            key: 'ceiling',
            align: 'right',
            render: (_, { grade }) =>
              guideline && guideline[grade] < 100 ? `≤ ${formatPercent(guideline[grade], locale)}` : '—',
          },
        ]}
      />
    </Card>
  );
}

function columns(
  t: ReturnType<typeof useTranslation>['t'],
  locale: Locale,
  annual: boolean,
  formOf: (r: ConsolidatedRow) => CycleForm | undefined,
  onDialog: (d: Dialog) => void,
): TableColumnsType<ConsolidatedRow> {
  const c = (k: string) => t(`appraisalReview:columns.${k}`);
  const num = (k: Parameters<typeof byScore>[0], title: string) => ({
    title,
    key: k,
    align: 'right' as const,
    sorter: byScore(k),
    render: (_: unknown, r: ConsolidatedRow) => scoreText(r[k], locale),
  });
  return [
    {
      title: c('staff'),
      key: 'staff',
      fixed: 'left',
      sorter: (a, b) => a.staffName.localeCompare(b.staffName, locale),
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Link to={`/appraisal/forms/${r.formId}`}>{r.staffName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.employeeNo}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: c('group'),
      key: 'group',
      sorter: (a, b) => groupLabel(a, locale, '').localeCompare(groupLabel(b, locale, ''), locale),
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {groupLabel(r, locale, '—')}
          {r.position && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.position}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: c('evaluator'), dataIndex: 'evaluatorName' },
    num('selfTotal', c('self')),
    num('evalTotal', c('supervisor')),
    ...(annual ? [num('quarterMean', c('quarterMean'))] : []),
    {
      ...num('adjustedTotal', c('adjusted')),
      render: (_, r) =>
        r.adjustedTotal === null ? (
          '—'
        ) : (
          <Tooltip title={t('appraisalReview:consolidated.reasonTip', { reason: r.adjustReason ?? '' })}>
            <Typography.Text underline style={{ cursor: 'help' }} data-testid="adjusted-score">
              {scoreText(r.adjustedTotal, locale)}
            </Typography.Text>
          </Tooltip>
        ),
    },
    {
      ...num('finalScore', c('final')),
      render: (_, r) => <Typography.Text strong>{scoreText(r.finalScore, locale)}</Typography.Text>,
    },
    {
      title: c('grade'),
      key: 'grade',
      align: 'center',
      sorter: (a, b) => (a.grade ? GRADES.indexOf(a.grade) : 9) - (b.grade ? GRADES.indexOf(b.grade) : 9),
      render: (_, r) => <GradeTag grade={r.grade} />,
    },
    {
      title: c('acknowledged'),
      key: 'acknowledged',
      render: (_, r) => (r.acknowledgedAt ? formatDay(r.acknowledgedAt, locale) : '—'),
    },
    { title: c('appeal'), key: 'appeal', render: (_, r) => <AppealTag status={r.appealStatus} /> },
    {
      title: c('actions'),
      key: 'actions',
      render: (_, r) => {
        const form = formOf(r);
        return (
          <Space size={0} wrap>
            {form?.allowed.includes('adjust') && (
              <Button
                type="link"
                size="small"
                onClick={() => onDialog({ kind: 'adjust', row: r, form })}
                data-testid="row-adjust"
              >
                {t('appraisalReview:consolidated.adjust')}
              </Button>
            )}
            {form?.allowed.includes('resolveAppeal') && (
              <Button
                type="link"
                size="small"
                onClick={() => onDialog({ kind: 'resolve', row: r, form })}
                data-testid="row-resolve"
              >
                {t('appraisalReview:resolve.button')}
              </Button>
            )}
            <Link to={`/appraisal/history/${r.staffId}`} data-testid="row-history">
              {t('appraisalReview:history.open')}
            </Link>
          </Space>
        );
      },
    },
  ];
}

/**
 * Manager review's consolidated table 汇总表 (六(三)): everyone in the cycle the reader oversees (main scopes
 * it: the manager all, leads and deputies their groups) with the self, supervisor and final scores and the
 * grade, the grade distribution against the guideline (a warning, never a block), the manager's adjustment
 * with its reason, the appeals to resolve; the Excel export and the printed summary.
 */
export function ConsolidatedTab({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const detail = useAppraisalCycles((s) => (s.detail?.cycle.id === cycleId ? s.detail : null));
  const table = useAppraisalReview((s) => (s.cycleId === cycleId ? s.table : null));
  const error = useAppraisalReview((s) => (s.cycleId === cycleId ? s.tableError : null));
  const guideline = useAppraisalReview((s) => s.guideline);
  const load = useAppraisalReview((s) => s.loadTable);
  const exportTable = useAppraisalReview((s) => s.exportConsolidated);
  const printSummary = useAppraisalReview((s) => s.printSummary);
  const { busy, produceAndSave } = useSaveFile();
  const [search, setSearch] = useState<string | null>(null);
  const [group, setGroup] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => {
    void load(cycleId);
  }, [cycleId, load]);

  const formsById = useMemo(() => new Map(detail?.forms.map((f) => [f.id, f]) ?? []), [detail]);
  const groups = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of table?.rows ?? [])
      seen.set(r.groupId ?? NO_GROUP, groupLabel(r, locale, t('appraisalReview:summary.noGroup')));
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [table, locale, t]);
  const rows = useMemo(() => {
    const needle = search?.toLowerCase() ?? null;
    return (table?.rows ?? []).filter(
      (r) =>
        (group === null || (r.groupId ?? NO_GROUP) === group) &&
        (needle === null ||
          r.staffName.toLowerCase().includes(needle) ||
          r.employeeNo.toLowerCase().includes(needle)),
    );
  }, [table, search, group]);
  const cols = useMemo(
    () => columns(t, locale, detail?.cycle.kind === 'annual', (r) => formsById.get(r.formId), setDialog),
    [t, locale, detail?.cycle.kind, formsById],
  );

  if (error) return <Alert type="warning" showIcon message={errorText(t, error)} />;
  if (!table) return <Skeleton active />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('appraisalReview:consolidated.intro')}</Typography.Paragraph>
      {/* The manager reads the count above the tabs, beside the move it holds back. */}
      {table.phase === 'managerReview' && detail?.blockedBy && !detail.allowed.includes('editDeadlines') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="consolidated-missing"
          message={t('appraisalReview:consolidated.missing', { count: detail.blockedBy.count })}
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={15}>
          <Distribution table={table} guideline={guideline} />
        </Col>
        <Col xs={24} xl={9}>
          <GradeFigures table={table} guideline={guideline} />
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <SearchInput
            value={search}
            onSearch={setSearch}
            placeholder={t('appraisalReview:consolidated.search')}
            style={{ width: 260 }}
            testId="consolidated-search"
          />
          <Select
            allowClear
            value={group}
            onChange={(v: string | undefined) => setGroup(v ?? null)}
            placeholder={t('appraisalReview:consolidated.allGroups')}
            options={groups}
            style={{ minWidth: 160 }}
            data-testid="consolidated-group"
          />
        </Space>
        <Space wrap>
          <Button
            icon={<FileExcelOutlined />}
            loading={busy}
            onClick={() =>
              void produceAndSave(() => exportTable({ cycleId, locale }), 'appraisalReview:export.done')
            }
            data-testid="consolidated-export"
          >
            {t('appraisalReview:export.button')}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            loading={busy}
            onClick={() => void produceAndSave(() => printSummary({ cycleId, locale }))}
            data-testid="consolidated-print"
          >
            {t('appraisalReview:summary.print')}
          </Button>
        </Space>
      </Space>
      <Table<ConsolidatedRow>
        rowKey="formId"
        size="small"
        dataSource={rows}
        columns={cols}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('appraisalReview:consolidated.empty') }}
        data-testid="consolidated-table"
      />
      {dialog?.kind === 'adjust' && (
        <AdjustScoreDialog
          form={{ ...dialog.row, id: dialog.form.id, version: dialog.form.version }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'resolve' && (
        <ResolveAppealDialog
          form={{ ...dialog.row, id: dialog.form.id, version: dialog.form.version }}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
