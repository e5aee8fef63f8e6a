import { Button, Card, Empty, List, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';

/** For the manager: accounts locked by failed logins, and new accounts not yet used. */
export default function AccountsAttentionCard() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const accounts = useOrg((s) => s.accounts);
  const loadAccounts = useOrg((s) => s.loadAccounts);
  useEffect(() => {
    void loadAccounts();
  }, [loadAccounts]);

  const [now] = useState(() => new Date().toISOString());
  const attention = accounts.filter(
    (a) => a.active && ((a.lockedUntil && a.lockedUntil > now) || a.mustChangePassword),
  );
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
              {a.lockedUntil && a.lockedUntil > now ? (
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
