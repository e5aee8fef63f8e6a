import { Button, Card, Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../i18n/format';
import { useHome } from '../../stores/homeStore';
import { useLocale } from '../../stores/localeStore';

/** For the manager: accounts locked by failed logins, and new accounts not yet used. */
export default function AccountsAttentionCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const attention = useHome((s) => s.summary?.accounts);
  if (!attention) return <Card loading title={t('home:accounts.title')} />;
  return (
    <Card
      title={t('home:accounts.title')}
      extra={
        <Button type="link" onClick={() => navigate('/org/accounts')}>
          {t('home:open')}
        </Button>
      }
    >
      {attention.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home:accounts.none')} />
      ) : (
        <List
          size="small"
          dataSource={attention}
          renderItem={(a) => (
            <List.Item>
              <span>
                {a.staffName} <span style={{ color: '#888' }}>({a.username})</span>
              </span>
              {a.lockedUntil ? (
                <Tag color="red">
                  {t('org:accounts.lockedUntil', { time: formatDateTime(a.lockedUntil, locale) })}
                </Tag>
              ) : (
                <Tag color="gold">{t('org:accounts.state.mustChange')}</Tag>
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
