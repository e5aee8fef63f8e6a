import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Result, Skeleton, Space, Table, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type { FormSummary } from '../../../../shared/appraisal/forms';
import { historyChart } from '../../../../shared/appraisal/resultCharts';
import type { Locale } from '../../../../shared/contract/fields';
import { errorText } from '../../api/errors';
import { pageTestId } from '../../app/navItems';
import { EChart } from '../../components/EChart';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, formatNumber } from '../../i18n/format';
import { useAppraisalReview } from '../../stores/appraisalReviewStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { groupLabel } from './cycleWords';
import { AppealTag, GradeTag, scoreText } from './reviewWords';
import { localName } from './words';

const cycleName = (r: FormSummary, locale: Locale) =>
  localName({ nameZh: r.cycleNameZh, nameEn: r.cycleNameEn }, locale);

/**
 * A person's appraisal history: their published results over the cycles (oldest first) as a table and a line
 * of final scores, printable. Main decides whose history the reader may open (the person, whoever oversaw
 * them); anyone else gets "not found".
 */
function History({ staffId, withBack = false }: { staffId: string; withBack?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const history = useAppraisalReview((s) => (s.staffId === staffId ? s.history : null));
  const error = useAppraisalReview((s) => (s.staffId === staffId ? s.historyError : null));
  const load = useAppraisalReview((s) => s.loadHistory);
  const printHistory = useAppraisalReview((s) => s.printHistory);
  const { busy, produceAndSave } = useSaveFile();

  useEffect(() => {
    void load(staffId);
  }, [staffId, load]);

  const chart = useMemo(
    () =>
      history &&
      historyChart(
        history.rows.map((r) => ({ label: cycleName(r, locale), finalScore: r.finalScore })),
        { finalScore: t('appraisalReview:columns.final'), number: (n) => formatNumber(n, locale) },
      ),
    [history, locale, t],
  );

  const back = withBack && (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
      {t('appraisalReview:history.back')}
    </Button>
  );
  if (error) return <Result status="warning" title={errorText(t, error)} extra={back || undefined} />;
  if (!history) return <Skeleton active />;
  const c = (k: string) => t(`appraisalReview:columns.${k}`);
  return (
    <div data-testid="appraisal-history">
      <PageHeader
        title={`${t('appraisalReview:history.title')} · ${history.staffName}`}
        intro={
          <Space wrap>
            <span>{history.employeeNo}</span>
            <span>{groupLabel(history, locale, t('appraisalReview:summary.noGroup'))}</span>
            <span>{t('appraisalReview:history.count', { count: history.rows.length })}</span>
          </Space>
        }
        extra={
          <Space wrap>
            {back}
            <Button
              icon={<PrinterOutlined />}
              loading={busy}
              onClick={() => void produceAndSave(() => printHistory({ staffId, locale }))}
              data-testid="history-print"
            >
              {t('appraisalReview:history.print')}
            </Button>
          </Space>
        }
      />
      <Card title={t('appraisalReview:history.trend')} size="small" style={{ marginBottom: 16 }}>
        {chart ? (
          <EChart option={chart.option} height={chart.height} testId="history-chart" />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appraisalReview:history.none')} />
        )}
      </Card>
      <Card title={t('appraisalReview:history.results')} size="small">
        <Table<FormSummary>
          rowKey="id"
          size="small"
          dataSource={history.rows}
          pagination={false}
          locale={{ emptyText: t('appraisalReview:history.none') }}
          data-testid="history-table"
          columns={[
            {
              title: c('cycle'),
              key: 'cycle',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/appraisal/forms/${r.id}`}>{cycleName(r, locale)}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.cycleCode}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: c('kind'), key: 'kind', render: (_, r) => t(`appraisalReview:kind.${r.cycleKind}`) },
            {
              title: c('period'),
              key: 'period',
              render: (_, r) =>
                t('appraisalReview:history.period', {
                  from: formatDate(r.periodFrom, locale),
                  to: formatDate(r.periodTo, locale),
                }),
            },
            { title: c('evaluator'), dataIndex: 'evaluatorName' },
            {
              title: c('final'),
              key: 'final',
              align: 'right',
              render: (_, r) => <Typography.Text strong>{scoreText(r.finalScore, locale)}</Typography.Text>,
            },
            {
              title: c('grade'),
              key: 'grade',
              align: 'center',
              render: (_, r) => <GradeTag grade={r.grade} />,
            },
            { title: c('appeal'), key: 'appeal', render: (_, r) => <AppealTag status={r.appealStatus} /> },
          ]}
        />
      </Card>
    </div>
  );
}

function ById() {
  const { staffId = '' } = useParams();
  return <History staffId={staffId} withBack />;
}

function Mine() {
  const staffId = useSession((s) => s.user?.staffId ?? '');
  return <History staffId={staffId} />;
}

/** /appraisal/history: the reader's own history; /:staffId: a person's (opened from the consolidated table). */
export default function HistoryPage() {
  return (
    <div data-testid={pageTestId('appraisal-history')}>
      <Routes>
        <Route index element={<Mine />} />
        <Route path=":staffId" element={<ById />} />
      </Routes>
    </div>
  );
}
