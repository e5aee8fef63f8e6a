import { BulbOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { CountPair, ParetoRow, ServiceStats } from '../../../../shared/service/stats';
import type { StatsLabels } from '../../../../shared/service/statsLabels';
import { usePermission } from '../../components/usePermission';

const column = (k: string, t: (k: string) => string) => t(`serviceReports:report.columns.${k}`);

/** A "by …" table: name, this period, its share of the total, the previous period, the change. */
export function PairTable({
  rows,
  name,
  nameLabel,
  total,
  labels: l,
  testId,
}: {
  rows: CountPair[];
  name: (key: string) => string;
  nameLabel: string;
  total: number;
  labels: StatsLabels;
  testId: string;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<CountPair> = [
    { title: nameLabel, dataIndex: 'key', render: (key: string) => name(key) },
    { title: column('current', t), dataIndex: 'count', align: 'right', render: (n: number) => l.number(n) },
    {
      title: column('share', t),
      key: 'share',
      align: 'right',
      render: (_, r) => (total ? l.pct(Math.round((r.count / total) * 1000) / 10) : l.none),
    },
    {
      title: column('previous', t),
      dataIndex: 'previous',
      align: 'right',
      render: (n: number) => l.number(n),
    },
    {
      title: column('change', t),
      key: 'change',
      align: 'right',
      render: (_, r) => l.countChange(r.count, r.previous),
    },
  ];
  return (
    <Table<CountPair>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      data-testid={testId}
    />
  );
}

/**
 * The Pareto of causes as a table; a lead or manager opens an improvement measure against a cause from
 * its row (the improvement form takes the category and the source from the link).
 */
export function ParetoTable({ stats, labels: l }: { stats: ServiceStats; labels: StatsLabels }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayOpenMeasure = usePermission('improvement.manage');
  const columns: ColumnsType<ParetoRow> = [
    {
      title: column('rank', t),
      key: 'rank',
      width: 64,
      align: 'right',
      render: (_, __, i) => l.number(i + 1),
    },
    { title: column('category', t), dataIndex: 'key', render: (key: string) => l.category(key) },
    { title: column('count', t), dataIndex: 'count', align: 'right', render: (n: number) => l.number(n) },
    { title: column('share', t), dataIndex: 'share', align: 'right', render: (n: number) => l.pct(n) },
    {
      title: column('cumulative', t),
      dataIndex: 'cumulative',
      align: 'right',
      render: (n: number) => l.pct(n),
    },
  ];
  if (mayOpenMeasure && stats.kind === 'complaint')
    columns.push({
      key: 'measure',
      align: 'right',
      render: (_, r) => (
        <Button
          size="small"
          icon={<BulbOutlined />}
          onClick={() =>
            navigate(`/improvements/new?category=${encodeURIComponent(r.key)}&source=statistics`)
          }
          data-testid={`new-measure-${r.key}`}
        >
          {t('serviceReports:page.newMeasure')}
        </Button>
      ),
    });
  return (
    <Table<ParetoRow>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={stats.pareto}
      data-testid="stats-pareto"
    />
  );
}

/** Each month of the period with its count. */
export function MonthTable({ stats, labels: l }: { stats: ServiceStats; labels: StatsLabels }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="month"
      size="small"
      pagination={false}
      columns={[
        { title: column('month', t), dataIndex: 'month', render: (m: string) => l.month(m) },
        { title: column('count', t), dataIndex: 'count', align: 'right', render: (n: number) => l.number(n) },
      ]}
      dataSource={stats.byMonth}
      data-testid="stats-months"
    />
  );
}
