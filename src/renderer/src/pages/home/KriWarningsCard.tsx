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
              <div style={{ display: 'flex', gap: 8, width: '100%', minWidth: 0 }}>
                <StateTag t={t} state={w.state} />
                <div style={{ flex: 1, minWidth: 0 }}>
                  <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                    <Typography.Text ellipsis={{ tooltip: w.name }} style={{ minWidth: 0 }}>
                      <Link to={`/kris/${w.id}`}>{w.name}</Link>
                    </Typography.Text>
                    <Typography.Text
                      strong
                      style={{ color: KRI_STATE_COLORS[w.state], whiteSpace: 'nowrap' }}
                    >
                      {valueText(w.value, w.unit, locale)}
                    </Typography.Text>
                  </div>
                  <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontSize: 12 }}>
                    <Typography.Text
                      type="secondary"
                      ellipsis={{ tooltip: w.riskCode ? `${w.riskCode} ${w.riskTitle ?? ''}` : undefined }}
                      style={{ minWidth: 0, fontSize: 12 }}
                    >
                      {w.riskCode ? `${w.riskCode} ${w.riskTitle ?? ''}` : w.code}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
                      {t(`kri:home.threshold.${w.direction}`, {
                        threshold: valueText(w.threshold, w.unit, locale),
                      })}
                      {' · '}
                      {readingWhen(t, { ...w, partial: false }, locale)}
                    </Typography.Text>
                  </div>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
