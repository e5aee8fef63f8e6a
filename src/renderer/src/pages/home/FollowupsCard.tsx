import { Button, Card, Col, Empty, List, Row, Statistic, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../../i18n/format';
import { useFollowups } from '../../stores/followupsStore';
import { useLocale } from '../../stores/localeStore';
import { BUCKETS, BUCKET_COLOR } from '../clients/followupBuckets';

const SHOWN = 5;

/** The user's own follow-ups: how many are overdue, due today and this week, and the first few. */
export default function FollowupsCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const mine = useFollowups((s) => s.mine);
  const loadMine = useFollowups((s) => s.loadMine);
  useEffect(() => {
    void loadMine();
  }, [loadMine]);

  if (!mine) return <Card loading title={t('clients:home.followups')} />;
  const shown = mine.slice(0, SHOWN);
  return (
    <Card
      title={t('clients:home.followups')}
      data-testid="followups-card"
      extra={
        <Button type="link" onClick={() => navigate('/followups')}>
          {t('home:open')}
        </Button>
      }
    >
      <Row gutter={16} style={{ marginBottom: mine.length ? 8 : 0 }}>
        {BUCKETS.map((b) => {
          const count = mine.filter((f) => f.due === b).length;
          return (
            <Col span={8} key={b}>
              <Statistic
                title={t(`clients:followups.buckets.${b}`)}
                value={count}
                styles={{ content: { color: count ? BUCKET_COLOR[b] : undefined } }}
                data-testid={`followups-card-${b}`}
              />
            </Col>
          );
        })}
      </Row>
      {mine.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clients:followups.allClear')} />
      ) : (
        <List
          size="small"
          dataSource={shown}
          renderItem={(f) => (
            <List.Item key={f.communicationId}>
              <span style={{ minWidth: 0 }}>
                <Link to={`/clients/${f.clientId}`}>{f.clientName}</Link>
                <Typography.Text type="secondary">{` · ${f.nextAction}`}</Typography.Text>
              </span>
              <Typography.Text
                style={{ whiteSpace: 'nowrap', color: f.due === 'week' ? undefined : BUCKET_COLOR[f.due] }}
              >
                {formatDate(f.nextActionDate, locale)}
              </Typography.Text>
            </List.Item>
          )}
          footer={
            mine.length > SHOWN ? (
              <Typography.Link onClick={() => navigate('/followups')}>
                {t('clients:home.more', { count: mine.length - SHOWN })}
              </Typography.Link>
            ) : undefined
          }
        />
      )}
    </Card>
  );
}
