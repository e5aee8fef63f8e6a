import { Button, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ServiceFigures } from '../../../../shared/home/types';
import { formatNumber } from '../../i18n/format';
import { useHome } from '../../stores/homeStore';
import { useLocale } from '../../stores/localeStore';

const FIGURES: readonly { key: keyof ServiceFigures; alert?: boolean }[] = [
  { key: 'open' },
  { key: 'overdue', alert: true },
  { key: 'openComplaints' },
  { key: 'complaintsThisMonth' },
];

/** Customer service at a glance: open tickets, those past their deadline, complaints. */
export default function ServiceFiguresCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const figures = useHome((s) => s.summary?.service);

  if (!figures) return <Card loading title={t('service:home.figures')} />;
  return (
    <Card
      title={t('service:home.figures')}
      data-testid="service-figures"
      extra={
        <Button type="link" onClick={() => navigate('/service')}>
          {t('home:open')}
        </Button>
      }
    >
      <Row gutter={[24, 16]}>
        {FIGURES.map((f) => (
          <Col key={f.key} xs={12} md={6}>
            <Statistic
              title={t(`service:home.${f.key}`)}
              value={formatNumber(figures[f.key], locale)}
              valueStyle={f.alert && figures[f.key] > 0 ? { color: '#cf1322' } : undefined}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
