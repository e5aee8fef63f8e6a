import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Row,
  Space,
  Spin,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { priceChart } from '../../../../shared/market/chart';
import type { CompetitorSighting } from '../../../../shared/market/types';
import { errorText } from '../../api/errors';
import { EChart } from '../../components/EChart';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { formatDate, formatMoneyFen } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { market, useMarket } from '../../stores/marketStore';
import { refusalText } from './parts';
import { SightingModal } from './SightingModal';

/** A competitor's file: its profile, the prices seen over time as a chart, and every entry as a time line. */
export function CompetitorDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const canWrite = usePermission('market.write');
  const detail = useMarket((s) => (s.competitorDetail.id === id ? s.competitorDetail.data : null));
  const error = useMarket((s) => (s.competitorDetail.id === id ? s.competitorDetail.error : null));
  const loadDetail = useMarket((s) => s.loadDetail);
  const [editing, setEditing] = useState<CompetitorSighting | 'new' | null>(null);

  useEffect(() => {
    void loadDetail('competitorDetail', id);
  }, [id, loadDetail]);

  const chart = useMemo(
    () =>
      detail &&
      priceChart(detail.sightings, {
        noProduct: t('market:fields.price'),
        money: (fen) => formatMoneyFen(fen, locale),
        date: (d) => formatDate(d, locale),
      }),
    [detail, t, locale],
  );

  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!detail) return <Spin />;
  const c = detail.competitor;
  const none = t('market:detail.none');

  async function remove(s: CompetitorSighting) {
    const r = await market.deleteSighting(s.id);
    if (!r.ok) message.error(refusalText(t, r.error));
    else message.success(t('market:detail.removed'));
  }

  return (
    <div data-testid="competitor-detail-page">
      <PageHeader
        title={c.name}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/sales/competitors')}>
              {t('market:detail.back')}
            </Button>
            {canWrite && (
              <Button
                icon={<EditOutlined />}
                onClick={() => navigate(`/sales/competitors/${c.id}/edit`)}
                data-testid="competitor-edit"
              >
                {t('market:detail.edit')}
              </Button>
            )}
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="sighting-add"
              >
                {t('market:detail.addSighting')}
              </Button>
            )}
          </>
        }
      />
      <Card title={t('market:detail.profile')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="competitor-info">
          <Descriptions.Item label={t('market:fields.products')} span={2}>
            {c.products ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('market:fields.strengths')}>{c.strengths ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('market:fields.weaknesses')}>{c.weaknesses ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('market:fields.website')}>{c.website ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('market:fields.notes')}>{c.notes ?? none}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={chart ? 12 : 24}>
          <Card title={t('market:detail.sightings')} style={{ marginBottom: 16 }}>
            {detail.sightings.length === 0 ? (
              <Typography.Text type="secondary">{t('market:detail.noSightings')}</Typography.Text>
            ) : (
              <Timeline
                data-testid="sighting-timeline"
                items={detail.sightings.map((s) => ({
                  key: s.id,
                  children: (
                    <div data-testid="sighting">
                      <Space size={8} wrap>
                        <Typography.Text strong>{formatDate(s.seenOn, locale)}</Typography.Text>
                        {s.product && <Typography.Text>{s.product}</Typography.Text>}
                        {s.priceFen !== null && (
                          <Typography.Text strong style={{ color: '#1677ff' }}>
                            {formatMoneyFen(s.priceFen, locale)}
                          </Typography.Text>
                        )}
                        {s.mayEdit && (
                          <>
                            <Button
                              type="link"
                              size="small"
                              style={{ padding: 0 }}
                              onClick={() => setEditing(s)}
                            >
                              {t('market:detail.editSighting')}
                            </Button>
                            <Popconfirm
                              title={t('market:detail.deleteSightingConfirm')}
                              onConfirm={() => remove(s)}
                            >
                              <Button
                                type="text"
                                size="small"
                                danger
                                icon={<DeleteOutlined />}
                                aria-label={t('market:detail.deleteSighting')}
                              />
                            </Popconfirm>
                          </>
                        )}
                      </Space>
                      {s.note && (
                        <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
                          {s.note}
                        </Typography.Paragraph>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('market:detail.recordedBy', { name: s.createdByName ?? none })}
                      </Typography.Text>
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
        {chart && (
          <Col xs={24} xl={12}>
            <Card title={t('market:detail.priceChart')} style={{ marginBottom: 16 }}>
              <EChart option={chart} height={300} testId="price-chart" />
            </Card>
          </Col>
        )}
      </Row>
      {editing && (
        <SightingModal
          competitorId={c.id}
          sighting={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
