import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Spin, Statistic, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { ActivityLead } from '../../../../shared/market/types';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { formatMoneyFen, formatNumber } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useMarket } from '../../stores/marketStore';
import { activityDates } from './activityParts';

/**
 * One activity: its particulars, what it brought in (leads, won deals, cost per lead and per won deal) and
 * the leads the reader may see; a new lead can be started from here in the pipeline.
 */
export function ActivityDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const canCreateLead = usePermission('sales.write');
  const detail = useMarket((s) => (s.activityDetail.id === id ? s.activityDetail.data : null));
  const error = useMarket((s) => (s.activityDetail.id === id ? s.activityDetail.error : null));
  const loadDetail = useMarket((s) => s.loadDetail);

  useEffect(() => {
    void loadDetail('activityDetail', id);
  }, [id, loadDetail]);

  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!detail) return <Spin />;
  const a = detail.activity;
  const none = t('market:detail.none');
  const money = (fen: number | null) => (fen === null ? none : formatMoneyFen(fen, locale));
  const hidden = a.leadCount - detail.leads.length;

  return (
    <div data-testid="activity-detail-page">
      <PageHeader
        title={`${a.code} ${a.title}`}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/sales/activities')}>
              {t('market:detail.back')}
            </Button>
            {detail.mayEdit && (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/sales/activities/${a.id}/edit`)}
                data-testid="activity-edit"
              >
                {t('market:detail.edit')}
              </Button>
            )}
            {canCreateLead && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                href={`#/sales/opportunities/new?activity=${a.id}`}
                data-testid="activity-new-lead"
              >
                {t('market:detail.newLead')}
              </Button>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="activity-info">
          <Descriptions.Item label={t('market:fields.kind')}>{t(`market:kind.${a.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('market:fields.dates')}>{activityDates(a, locale)}</Descriptions.Item>
          <Descriptions.Item label={t('market:fields.place')}>{a.place ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('market:fields.owner')}>{a.ownerName}</Descriptions.Item>
          <Descriptions.Item label={t('market:fields.attendees')}>
            {a.attendees === null ? none : formatNumber(a.attendees, locale)}
          </Descriptions.Item>
          <Descriptions.Item label={t('market:fields.notes')}>{a.notes ?? none}</Descriptions.Item>
        </Descriptions>
      </Card>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))',
          gap: 16,
          marginBottom: 16,
        }}
        data-testid="activity-figures"
      >
        {(
          [
            ['cost', money(a.costFen)],
            ['leadCount', formatNumber(a.leadCount, locale)],
            ['wonCount', formatNumber(a.wonCount, locale)],
            ['costPerLead', money(detail.costPerLeadFen)],
            ['costPerWon', money(detail.costPerWonFen)],
          ] as const
        ).map(([key, value]) => (
          <Card key={key} size="small">
            <Statistic title={t(`market:fields.${key}`)} value={value} data-testid={`figure-${key}`} />
          </Card>
        ))}
      </div>
      <Card title={t('market:detail.leads')}>
        <Table<ActivityLead>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={detail.leads}
          data-testid="activity-leads"
          locale={{ emptyText: t('market:detail.noLeads') }}
          columns={[
            { key: 'code', title: t('market:fields.code'), width: 150, render: (_, l) => l.code },
            {
              key: 'client',
              title: t('market:fields.client'),
              ellipsis: true,
              render: (_, l) => l.clientName,
            },
            { key: 'title', title: t('market:fields.leadTitle'), ellipsis: true, render: (_, l) => l.title },
            {
              key: 'stage',
              title: t('market:fields.stage'),
              width: 120,
              render: (_, l) => t(`sales:stage.${l.stage}`),
            },
            { key: 'owner', title: t('market:fields.owner'), width: 110, render: (_, l) => l.ownerName },
            {
              key: 'amount',
              title: t('market:fields.expectedAmount'),
              width: 150,
              align: 'right',
              render: (_, l) => money(l.expectedAmountFen),
            },
          ]}
        />
        {hidden > 0 && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {t('market:detail.hiddenLeads', { count: hidden })}
          </Typography.Text>
        )}
      </Card>
    </div>
  );
}
