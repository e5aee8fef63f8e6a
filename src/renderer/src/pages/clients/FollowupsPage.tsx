import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Segmented, Select, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { FollowUp } from '../../../../shared/clients/types';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { formatDate } from '../../i18n/format';
import { useFollowups, type FollowUpScope } from '../../stores/followupsStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { BUCKETS, BUCKET_COLOR, daysLate, type Bucket } from './followupBuckets';
import { staffOption, useOwnerCandidates } from './owners';

function BucketTable({ bucket, rows, team }: { bucket: Bucket; rows: FollowUp[]; team: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const complete = useFollowups((s) => s.complete);
  const canWrite = usePermission('clients.write');
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid={`followups-${bucket}`}
      title={
        <Space>
          <span style={{ color: BUCKET_COLOR[bucket] }}>{t(`clients:followups.buckets.${bucket}`)}</span>
          <Badge count={rows.length} showZero color={rows.length ? BUCKET_COLOR[bucket] : '#bfbfbf'} />
        </Space>
      }
    >
      <Table<FollowUp>
        scroll={{ x: 'max-content' }}
        rowKey="communicationId"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('clients:followups.none') }}
        columns={[
          {
            title: t('clients:followups.columns.date'),
            dataIndex: 'nextActionDate',
            width: 190,
            render: (d: string) => (
              <Space size={6}>
                <span>{formatDate(d, locale)}</span>
                {bucket === 'overdue' && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    {t('clients:followups.daysLate', { count: daysLate(d) })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('clients:followups.columns.client'),
            key: 'client',
            width: 380,
            render: (_v, f) => (
              <Link to={`/clients/${f.clientId}`}>
                <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                  {f.clientCode}
                </Typography.Text>
                {f.clientName}
              </Link>
            ),
          },
          { title: t('clients:followups.columns.action'), dataIndex: 'nextAction' },
          ...(team
            ? [{ title: t('clients:followups.columns.staff'), dataIndex: 'staffName', width: 120 }]
            : []),
          ...(canWrite
            ? [
                {
                  title: t('common:actions'),
                  key: 'actions',
                  width: 130,
                  render: (_v: unknown, f: FollowUp) => (
                    <Button
                      type="link"
                      size="small"
                      icon={<CheckOutlined />}
                      data-testid="followup-done"
                      onClick={async () => {
                        const r = await complete(f);
                        if (r.ok) message.success(t('clients:communications.marked'));
                        else message.error(errorText(t, r.error));
                      }}
                    >
                      {t('clients:communications.markDone')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** Next actions due: overdue, today, the next seven days — mine, or my team's for leads and managers. */
export default function FollowupsPage() {
  const { t } = useTranslation();
  const role = useSession((s) => s.user?.role);
  const { scope, staffId, rows, loading, error, load } = useFollowups();
  const { candidates } = useOwnerCandidates();
  const hasTeam = role !== undefined && role !== 'staff';
  const navigate = useNavigate();

  useEffect(() => {
    void load();
  }, [load]);

  const team = scope === 'team';
  const byBucket = (b: Bucket) => (rows ?? []).filter((f) => f.due === b);
  return (
    <div data-testid="followups-page">
      <PageHeader
        title={t('clients:followups.title')}
        intro={t('clients:followups.intro')}
        extra={
          hasTeam && (
            <>
              <Segmented<FollowUpScope>
                value={scope}
                onChange={(s) => void load({ scope: s })}
                options={[
                  { value: 'mine', label: t('clients:followups.scope.mine') },
                  { value: 'team', label: t('clients:followups.scope.team') },
                ]}
                data-testid="followups-scope"
              />
              {team && (
                <Select
                  style={{ width: 200 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={staffId ?? ''}
                  onChange={(v) => void load({ staffId: v || null })}
                  options={[
                    { value: '', label: t('clients:followups.everyone') },
                    ...candidates.map(staffOption),
                  ]}
                  aria-label={t('clients:followups.columns.staff')}
                  data-testid="followups-person"
                />
              )}
            </>
          )
        }
      />
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, error)} />}
      {rows === null ? (
        <Card loading={loading} />
      ) : rows.length === 0 ? (
        <Card>
          <ListEmpty
            filtered={team && staffId !== null}
            onClearFilters={() => void load({ staffId: null })}
            title={t('clients:followups.allClear')}
            hint={t('clients:followups.allClearHint')}
            actions={
              <Button onClick={() => navigate('/clients')}>{t('clients:followups.openClients')}</Button>
            }
          />
        </Card>
      ) : (
        BUCKETS.map((b) => <BucketTable key={b} bucket={b} rows={byBucket(b)} team={team} />)
      )}
    </div>
  );
}
