import { Button, Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CLIENT_STATUSES } from '../../../../shared/clients/types';
import { formatNumber } from '../../i18n/format';
import { useHome } from '../../stores/homeStore';
import { useLocale } from '../../stores/localeStore';
import { STATUS_COLOR } from '../clients/labels';

const BAR_COLOR: Record<string, string> = {
  geekblue: '#2f54eb',
  orange: '#fa8c16',
  green: '#52c41a',
  default: '#8c8c8c',
  red: '#f5222d',
};

/** The client files the user can see: how many in each lifecycle status, and how many are due an update. */
export default function ClientFiguresCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const figures = useHome((s) => s.summary?.clients);

  if (!figures) return <Card loading title={t('clients:home.figures')} />;
  const max = Math.max(1, ...CLIENT_STATUSES.map((s) => figures.byStatus[s]));
  return (
    <Card
      title={t('clients:home.figures')}
      data-testid="client-figures"
      extra={
        <Button type="link" onClick={() => navigate('/clients')}>
          {t('home:open')}
        </Button>
      }
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <Statistic title={t('clients:home.total')} value={formatNumber(figures.total, locale)} />
          <Statistic
            style={{ marginTop: 16 }}
            title={
              <Typography.Link onClick={() => navigate('/clients-stale')}>
                {t('clients:home.stale')}
              </Typography.Link>
            }
            value={formatNumber(figures.stale, locale)}
          />
        </Col>
        <Col xs={24} md={16}>
          <Typography.Text strong>{t('clients:home.byStatus')}</Typography.Text>
          {CLIENT_STATUSES.map((s) => (
            <div key={s} style={{ marginTop: 8 }}>
              <div style={{ display: 'flex', justifyContent: 'space-between' }}>
                <span>{t(`clients:status.${s}`)}</span>
                <span>{formatNumber(figures.byStatus[s], locale)}</span>
              </div>
              <Progress
                percent={(figures.byStatus[s] / max) * 100}
                showInfo={false}
                size="small"
                strokeColor={BAR_COLOR[STATUS_COLOR[s]]}
              />
            </div>
          ))}
        </Col>
      </Row>
    </Card>
  );
}
