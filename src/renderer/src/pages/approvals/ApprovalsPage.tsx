import { Alert, Button, Card, Segmented, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { Approval, ApprovalDecision, ApprovalStatus } from '../../../../shared/approvals/types';
import type { Locale } from '../../../../shared/contract/locales';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { PAGE_SIZES } from '../../components/listTable';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { formatDateTime } from '../../i18n/format';
import { useApprovals } from '../../stores/approvalsStore';
import { useLocale } from '../../stores/localeStore';
import { DecisionModal } from './DecisionModal';

const STATUS_COLORS: Record<ApprovalStatus, string> = {
  pending: 'gold',
  approved: 'green',
  refused: 'red',
  withdrawn: 'default',
};

/** The views of the list: what waits for a decision, what was decided, everything. */
const VIEWS = {
  pending: ['pending'],
  decided: ['approved', 'refused', 'withdrawn'],
  all: [],
} as const satisfies Record<string, readonly ApprovalStatus[]>;
type View = keyof typeof VIEWS;

function columns(
  t: TFunction,
  locale: Locale,
  onDecide: ((a: Approval, d: ApprovalDecision) => void) | null,
): ColumnType<Approval>[] {
  const cols: ColumnType<Approval>[] = [
    {
      key: 'requestedAt',
      title: t('approvals:fields.requestedAt'),
      width: 150,
      render: (_, a) => formatDateTime(a.requestedAt, locale),
    },
    {
      key: 'kind',
      title: t('approvals:fields.kind'),
      width: 100,
      render: (_, a) => t(`approvals:kind.${a.kind}`),
    },
    {
      key: 'subject',
      title: t('approvals:fields.subject'),
      render: (_, a) => (
        <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
          <Link to={a.subjectLink} data-testid="approval-subject">
            {a.subjectCode}
          </Link>
          <Typography.Text ellipsis={{ tooltip: a.subjectTitle }}>{a.subjectTitle}</Typography.Text>
          {a.summary && <Typography.Text type="secondary">{a.summary}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'reason',
      title: t('approvals:fields.reason'),
      render: (_, a) => (
        <Typography.Paragraph ellipsis={{ rows: 3, tooltip: a.reason }} style={{ margin: 0 }}>
          {a.reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'requestedBy',
      title: t('approvals:fields.requestedBy'),
      width: 100,
      ellipsis: true,
      render: (_, a) => a.requestedByName,
    },
    {
      key: 'status',
      title: t('approvals:fields.status'),
      width: 190,
      render: (_, a) =>
        a.status === 'pending' && onDecide ? (
          <Space size={4}>
            <Button
              size="small"
              type="primary"
              onClick={() => onDecide(a, 'approved')}
              data-testid="approval-approve"
            >
              {t('approvals:decide.approve')}
            </Button>
            <Button size="small" danger onClick={() => onDecide(a, 'refused')} data-testid="approval-refuse">
              {t('approvals:decide.refuse')}
            </Button>
          </Space>
        ) : (
          <Space direction="vertical" size={0}>
            <Tag color={STATUS_COLORS[a.status]} data-testid="approval-status">
              {t(`approvals:status.${a.status}`)}
            </Tag>
            {a.decidedAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.decidedByName} · {formatDateTime(a.decidedAt, locale)}
              </Typography.Text>
            )}
            {a.comment && <Typography.Text style={{ fontSize: 12 }}>{a.comment}</Typography.Text>}
          </Space>
        ),
    },
  ];
  return cols;
}

/** Requests for the manager's approval: the manager decides them here; anyone else follows their own. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const mayDecide = usePermission('approvals.decide');
  const { statuses, page, pageSize, data, loading, error, load } = useApprovals();
  const [deciding, setDeciding] = useState<{ approval: Approval; decision: ApprovalDecision } | null>(null);
  const [params] = useSearchParams();
  const opened = params.get('open');

  useEffect(() => {
    void load();
  }, [load]);

  const view =
    (Object.keys(VIEWS) as View[]).find((v) => JSON.stringify(VIEWS[v]) === JSON.stringify(statuses)) ??
    'all';
  const tableColumns = useMemo(
    () => columns(t, locale, mayDecide ? (approval, decision) => setDeciding({ approval, decision }) : null),
    [t, locale, mayDecide],
  );

  return (
    <div data-testid="approvals-page">
      <PageHeader
        title={t('approvals:title')}
        intro={t(mayDecide ? 'approvals:introManager' : 'approvals:introStaff')}
      />
      <Card>
        <Segmented<View>
          value={view}
          onChange={(v) => void load({ statuses: [...VIEWS[v]] })}
          options={(Object.keys(VIEWS) as View[]).map((v) => ({
            value: v,
            label: t(`approvals:views.${v}`),
          }))}
          style={{ marginBottom: 12 }}
          data-testid="approval-view"
        />
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <Table<Approval>
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 900 }}
            columns={tableColumns}
            dataSource={data?.items ?? []}
            rowClassName={(a) => (a.id === opened ? 'ant-table-row-selected' : '')}
            locale={{
              emptyText: data ? (
                <ListEmpty
                  filtered={view !== 'all'}
                  onClearFilters={() => void load({ statuses: [] })}
                  title={t(view === 'pending' ? 'approvals:emptyPending' : 'approvals:empty')}
                  hint={t('approvals:emptyHint')}
                />
              ) : null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t('approvals:total', { count: total }),
              onChange: (p, size) => void load({ page: size !== pageSize ? 1 : p, pageSize: size }),
            }}
          />
        </Spin>
      </Card>
      {deciding && (
        <DecisionModal
          approval={deciding.approval}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </div>
  );
}
