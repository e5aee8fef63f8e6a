import { Table, Typography } from 'antd';
import type { ColumnType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeetingDecision } from '../../../../shared/meetings/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { DecisionActions } from './DecisionActions';
import { DecisionStatusTag } from './labels';

const OVERDUE = '#cf1322';

/** Decisions with their owner, due date and state; `withMeeting` adds the meeting they came from (the list). */
export function DecisionsTable({
  decisions,
  withMeeting,
  ...table
}: { decisions: readonly MeetingDecision[]; withMeeting?: boolean } & Omit<
  TableProps<MeetingDecision>,
  'columns' | 'dataSource'
>) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const columns: ColumnType<MeetingDecision>[] = [
    ...(withMeeting
      ? [
          {
            key: 'heldOn',
            title: t('meetings:fields.meetingCode'),
            width: 170,
            sorter: true,
            render: (_: unknown, d: MeetingDecision) => (
              <div>
                <Link to={`/risk-meetings/${d.meetingId}`}>{d.meetingCode}</Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatDate(d.meetingHeldOn, locale)}
                </Typography.Text>
              </div>
            ),
          },
        ]
      : []),
    {
      key: 'text',
      title: t('meetings:fields.decision'),
      render: (_, d) => <span style={{ whiteSpace: 'pre-wrap' }}>{d.text}</span>,
    },
    { key: 'owner', title: t('meetings:fields.owner'), width: 100, dataIndex: 'ownerName' },
    {
      key: 'dueOn',
      title: t('meetings:fields.dueOn'),
      width: 130,
      sorter: withMeeting,
      render: (_, d) => (
        <span style={d.overdue ? { color: OVERDUE } : undefined}>{formatDate(d.dueOn, locale)}</span>
      ),
    },
    {
      key: 'status',
      title: t('meetings:fields.decisionStatus'),
      width: 150,
      sorter: withMeeting,
      render: (_, d) => (
        <div>
          <DecisionStatusTag t={t} status={d.status} overdue={d.overdue} />
          {d.doneOn && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDate(d.doneOn, locale)}
            </Typography.Text>
          )}
          {d.note && (
            <Typography.Text
              type="secondary"
              style={{ display: 'block', fontSize: 12 }}
              ellipsis={{ tooltip: d.note }}
            >
              {d.note}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { key: 'actions', width: 170, render: (_, d) => <DecisionActions decision={d} /> },
  ];
  return (
    <Table<MeetingDecision>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...decisions]}
      data-testid="decisions-table"
      {...table}
    />
  );
}
