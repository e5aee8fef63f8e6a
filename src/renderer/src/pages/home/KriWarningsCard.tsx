import { Button, Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { KRI_STATE_COLORS } from '../../../../shared/kri/chart';
import { useHome } from '../../stores/homeStore';
import { useLocale } from '../../stores/localeStore';
import { StateTag, readingWhen, valueText } from '../kri/labels';

/** Risk warnings (风险预警): the indicators the user sees whose newest reading is past a threshold, alarms first. */
export default function KriWarningsCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const warnings = useHome((s) => s.summary?.kriWarnings);

  if (!warnings) return <Card loading title={t('kri:home.title')} />;
  return (
    <Card
      title={t('kri:home.title')}
      data-testid="kri-warnings"
      extra={
        <Button type="link" onClick={() => navigate('/kris')}>
          {t('kri:home.open')}
        </Button>
      }
    >
      {warnings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kri:home.none')} />
      ) : (
        <List
          size="small"
          dataSource={warnings}
          style={{ maxHeight: 360, overflowY: 'auto' }}
          renderItem={(w) => (
            <List.Item key={w.id} data-testid="kri-warning" data-state={w.state}>
              <span style={{ minWidth: 0, display: 'flex', alignItems: 'center', gap: 8 }}>
                <StateTag t={t} state={w.state} />
                <span
                  style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                >
                  <Link to={`/kris/${w.id}`}>{w.name}</Link>
                  {w.riskCode && (
                    <Typography.Text type="secondary">{` · ${w.riskCode} ${w.riskTitle ?? ''}`}</Typography.Text>
                  )}
                </span>
              </span>
              <span style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
                <Typography.Text strong style={{ color: KRI_STATE_COLORS[w.state] }}>
                  {valueText(w.value, w.unit, locale)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                  {t(`kri:home.threshold.${w.direction}`, {
                    threshold: valueText(w.threshold, w.unit, locale),
                  })}
                  {' · '}
                  {readingWhen(t, { ...w, partial: false }, locale)}
                </Typography.Text>
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
