import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/contract/roles';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useHome } from '../../stores/homeStore';

/** The foundation's figures: the department at a glance — people by group, accounts by role. */
export default function OrgGlanceCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const overview = useHome((s) => s.summary?.org);

  if (!overview) return <Card loading title={t('home:org.title')} />;
  const max = Math.max(1, ...overview.byGroup.map((g) => g.active + g.onLeave));
  return (
    <Card title={t('home:org.title')} data-testid="org-glance">
      <Row gutter={[24, 16]}>
        <Col xs={24} md={6}>
          <Statistic title={t('home:org.totalStaff')} value={formatNumber(overview.totalStaff, locale)} />
          <Statistic
            style={{ marginTop: 16 }}
            title={t('home:org.activeAccounts')}
            value={formatNumber(overview.accounts.active, locale)}
          />
          {overview.accounts.locked > 0 && (
            <Typography.Text type="danger">
              {t('home:org.lockedAccounts', { count: overview.accounts.locked })}
            </Typography.Text>
          )}
        </Col>
        <Col xs={24} md={10}>
          <Typography.Text strong>{t('home:org.byGroup')}</Typography.Text>
          {overview.byGroup.map((g) => {
            const name = (locale === 'en-US' ? (g.nameEn ?? g.name) : g.name) ?? t('org:noGroup');
            return (
              <div key={g.groupId ?? 'none'} style={{ marginTop: 8 }}>
                <div style={{ display: 'flex', justifyContent: 'space-between' }}>
                  <span>{name}</span>
                  <span>{t('home:org.groupCount', { active: g.active, onLeave: g.onLeave })}</span>
                </div>
                <Progress percent={((g.active + g.onLeave) / max) * 100} showInfo={false} size="small" />
              </div>
            );
          })}
        </Col>
        <Col xs={24} md={8}>
          <Typography.Text strong>{t('home:org.byRole')}</Typography.Text>
          {ROLES.map((r) => (
            <div key={r} style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
              <span>{t(`org:roles.${r}`)}</span>
              <span>{formatNumber(overview.accounts.byRole[r], locale)}</span>
            </div>
          ))}
        </Col>
      </Row>
    </Card>
  );
}
