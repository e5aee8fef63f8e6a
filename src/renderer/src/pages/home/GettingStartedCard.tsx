import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Card, List, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useHome } from '../../stores/homeStore';
import { useSession } from '../../stores/sessionStore';

interface Step {
  key: 'staff' | 'groups' | 'accounts' | 'clients';
  done: boolean;
  links: { label: string; to: string }[];
}

const dismissedKey = (userId: string) => `bizops.home.gettingStarted.dismissed.${userId}`;

/**
 * For the manager of a new department: the few things to set up before the app is useful, in the order they
 * depend on each other (people before group leads and accounts). Each step links to its screen and shows as
 * done when it is; the card goes away once all are done, or when the manager dismisses it.
 */
export default function GettingStartedCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const userId = useSession((s) => s.user?.userId);
  const setup = useHome((s) => s.summary?.setup);
  const [dismissed, setDismissed] = useState(
    () => !!userId && localStorage.getItem(dismissedKey(userId)) === 'yes',
  );
  // Nothing shows until Home's figures are in: an established department never sees the card flash.
  if (dismissed || !userId || !setup) return null;
  const steps: Step[] = [
    {
      key: 'staff',
      done: setup.people > 1,
      links: [{ label: t('home:start.steps.staff.action'), to: '/org/staff' }],
    },
    {
      key: 'groups',
      done: setup.groups > 0 && setup.groupsWithLead === setup.groups,
      links: [{ label: t('home:start.steps.groups.action'), to: '/org/groups' }],
    },
    {
      key: 'accounts',
      done: setup.activeAccounts > 1,
      links: [{ label: t('home:start.steps.accounts.action'), to: '/org/accounts' }],
    },
    {
      key: 'clients',
      done: setup.clients > 0,
      links: [
        { label: t('home:start.steps.clients.action'), to: '/clients' },
        { label: t('home:start.steps.clients.import'), to: '/clients/import' },
      ],
    },
  ];
  const done = steps.filter((s) => s.done).length;
  if (done === steps.length) return null;

  const dismiss = () => {
    localStorage.setItem(dismissedKey(userId), 'yes');
    setDismissed(true);
  };
  return (
    <Card
      title={t('home:start.title')}
      data-testid="getting-started"
      extra={
        <Button type="link" onClick={dismiss} data-testid="getting-started-dismiss">
          {t('home:start.dismiss')}
        </Button>
      }
    >
      <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('home:start.intro')}</Typography.Text>
        <Progress
          percent={(done / steps.length) * 100}
          format={() => t('home:start.progress', { done, total: steps.length })}
          size="small"
        />
      </Space>
      <List
        dataSource={steps}
        renderItem={(step, i) => (
          <List.Item
            data-testid={`start-${step.key}`}
            data-done={step.done ? 'true' : 'false'}
            actions={
              step.done
                ? [
                    <Typography.Text key="done" type="success">
                      {t('home:start.done')}
                    </Typography.Text>,
                  ]
                : step.links.map((l, k) => (
                    <Button
                      key={l.to}
                      type={k === 0 ? 'primary' : 'default'}
                      size="small"
                      onClick={() => navigate(l.to)}
                    >
                      {l.label}
                    </Button>
                  ))
            }
          >
            <List.Item.Meta
              avatar={
                step.done ? (
                  <CheckCircleFilled style={{ color: '#389e0d', fontSize: 20 }} />
                ) : (
                  <span
                    style={{
                      display: 'inline-flex',
                      width: 20,
                      height: 20,
                      borderRadius: 10,
                      border: '1px solid #8c8c8c',
                      alignItems: 'center',
                      justifyContent: 'center',
                      fontSize: 12,
                      color: '#595959',
                    }}
                  >
                    {i + 1}
                  </span>
                )
              }
              title={
                <Typography.Text delete={step.done} type={step.done ? 'secondary' : undefined}>
                  {t(`home:start.steps.${step.key}.title`)}
                </Typography.Text>
              }
              description={t(`home:start.steps.${step.key}.hint`)}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
