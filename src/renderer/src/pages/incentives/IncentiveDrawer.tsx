import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Popconfirm,
  Space,
  Spin,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Incentive } from '../../../../shared/incentives/types';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { formatDate, formatDateTime, formatMoneyFen } from '../../i18n/format';
import { useIncentives } from '../../stores/incentivesStore';
import { useLocale } from '../../stores/localeStore';
import { KindTag, StatusTag, cycleNameOf, groupNameOf } from './labels';

const STEP_COLOR = { approved: 'green', refused: 'red', withdrawn: 'gray' } as const;

/** The approval's course: proposed, then decided, withdrawn, or still waiting for the manager. */
function ApprovalTimeline({ incentive: i }: { incentive: Incentive }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const at = (iso: string | null) => (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
      {formatDateTime(iso, locale)}
    </Typography.Text>
  );
  const last =
    i.status === 'pending'
      ? {
          color: 'gold',
          content: <Typography.Text type="secondary">{t('incentives:detail.waiting')}</Typography.Text>,
        }
      : {
          color: STEP_COLOR[i.status],
          content: (
            <div>
              <Typography.Text strong>
                {t(`incentives:detail.${i.status}`, { name: i.decidedByName ?? '' })}
              </Typography.Text>
              {at(i.decidedAt)}
              {i.decisionComment && (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                  {i.decisionComment}
                </Typography.Paragraph>
              )}
            </div>
          ),
        };
  return (
    <Timeline
      data-testid="incentive-timeline"
      items={[
        {
          color: 'blue',
          content: (
            <div>
              <Typography.Text strong>
                {t('incentives:detail.proposed', { name: i.proposedByName })}
              </Typography.Text>
              {at(i.proposedAt)}
            </div>
          ),
        },
        last,
      ]}
    />
  );
}

/** One incentive (/incentives/:id): what was proposed, for whom, on which result, and where its approval stands. */
export function IncentiveDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const mayDecide = usePermission('approvals.decide');
  const detail = useIncentives((s) => s.detail);
  const error = useIncentives((s) => s.detailError);
  const withdraw = useIncentives((s) => s.withdraw);

  const onWithdraw = async (i: Incentive) => {
    const r = await withdraw({ id: i.id, version: i.version });
    if (r.ok) message.success(t('incentives:detail.withdrawDone'));
    else message.error(errorText(t, r.error));
  };

  return (
    <Drawer
      open
      width={560}
      onClose={onClose}
      title={
        detail ? (
          <Space>
            {detail.code}
            <StatusTag status={detail.status} />
          </Space>
        ) : (
          t('incentives:detail.title')
        )
      }
      extra={
        detail && (
          <Space>
            {detail.status === 'pending' && mayDecide && detail.approvalId && (
              <Link to={`/approvals?open=${detail.approvalId}`} data-testid="incentive-to-approvals">
                <Button type="primary">{t('incentives:detail.toApprovals')}</Button>
              </Link>
            )}
            {detail.mayWithdraw && (
              <Popconfirm
                title={t('incentives:detail.withdrawConfirm')}
                okText={t('incentives:detail.withdraw')}
                cancelText={t('common:cancel')}
                onConfirm={() => onWithdraw(detail)}
              >
                <Button danger data-testid="incentive-withdraw">
                  {t('incentives:detail.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
      data-testid="incentive-drawer"
    >
      {error && <Alert type="error" showIcon title={t('incentives:detail.notFound')} />}
      {!detail && !error && <Spin />}
      {detail && (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 24 }}
            data-testid="incentive-facts"
          >
            <Descriptions.Item label={t('incentives:field.staff')}>
              {detail.staffName} · {detail.employeeNo}
              {groupNameOf(detail, locale) && (
                <Typography.Text type="secondary"> · {groupNameOf(detail, locale)}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('incentives:field.kind')}>
              <Space size={4}>
                <KindTag incentive={detail} />
                <Typography.Text type="secondary">{t(`incentives:type.${detail.type}`)}</Typography.Text>
              </Space>
            </Descriptions.Item>
            {detail.amountFen !== null && (
              <Descriptions.Item label={t('incentives:field.amount')}>
                {formatMoneyFen(detail.amountFen, locale)}
              </Descriptions.Item>
            )}
            {detail.title && (
              <Descriptions.Item label={t(`incentives:field.title`)}>{detail.title}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('incentives:field.effectiveOn')}>
              {formatDate(detail.effectiveOn, locale)}
            </Descriptions.Item>
            {detail.cycleCode && (
              <Descriptions.Item label={t('incentives:field.result')}>
                {detail.cycleCode} {cycleNameOf(detail, locale)}
                {detail.grade && ` · ${t('incentives:field.grade')} ${detail.grade}`}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('incentives:field.reason')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {detail.reason}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('incentives:detail.timeline')}</Typography.Title>
          <ApprovalTimeline incentive={detail} />
        </>
      )}
    </Drawer>
  );
}
