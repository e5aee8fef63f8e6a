import { UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/clients/types';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { formatDateTime } from '../../i18n/format';
import { useClients } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { StatusTag, TierTag } from './labels';

/** Deleted client files (the manager's): search, restore. */
export default function RecycleBinPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const recycle = useClients((s) => s.recycle);
  const loadRecycle = useClients((s) => s.loadRecycle);
  const restoreClient = useClients((s) => s.restoreClient);
  const onSearch = useCallback((search: string | null) => void loadRecycle({ search }), [loadRecycle]);

  useEffect(() => {
    void loadRecycle();
  }, [loadRecycle]);

  const data = recycle.data;
  return (
    <div data-testid="clients-recycle-page">
      <PageHeader title={t('clients:recycle.title')} intro={t('clients:recycle.intro')} />
      <Card>
        <SearchInput
          value={recycle.search}
          onSearch={onSearch}
          placeholder={t('clients:recycle.search')}
          style={{ width: 300, marginBottom: 16 }}
        />
        {recycle.error && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, recycle.error)} />
        )}
        <Table<Client>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          size="middle"
          dataSource={data?.rows ?? []}
          loading={{ spinning: recycle.loading, delay: 300 }}
          locale={{
            emptyText: data && (
              <ListEmpty
                filtered={!!recycle.search}
                onClearFilters={() => onSearch(null)}
                title={t('clients:recycle.empty')}
                hint={t('clients:recycle.emptyHint')}
              />
            ),
          }}
          pagination={{
            current: data?.page ?? 1,
            pageSize: data?.pageSize ?? 50,
            total: data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => t('clients:list.total', { count: total }),
            onChange: (page, pageSize) => void loadRecycle({ page, pageSize }),
          }}
          columns={[
            { title: t('clients:fields.code'), dataIndex: 'code', width: 150 },
            {
              title: t('clients:fields.name'),
              dataIndex: 'name',
              render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
            },
            {
              title: t('clients:fields.tier'),
              dataIndex: 'tier',
              width: 90,
              render: (v: Client['tier']) => <TierTag tier={v} />,
            },
            {
              title: t('clients:fields.status'),
              dataIndex: 'status',
              width: 110,
              render: (v: Client['status']) => <StatusTag status={v} />,
            },
            {
              title: t('clients:fields.owner'),
              dataIndex: 'ownerName',
              width: 120,
              render: (v: string | null) => v ?? t('clients:noOwner'),
            },
            {
              title: t('clients:recycle.deletedAt'),
              dataIndex: 'deletedAt',
              width: 180,
              render: (v: string | null) => formatDateTime(v, locale),
            },
            {
              title: t('common:actions'),
              key: 'actions',
              width: 110,
              render: (_v, c) => (
                <Popconfirm
                  title={t('clients:recycle.restoreConfirm', { name: c.name })}
                  okText={t('clients:recycle.restore')}
                  cancelText={t('common:cancel')}
                  onConfirm={async () => {
                    const r = await restoreClient({ id: c.id, version: c.version });
                    if (r.ok) message.success(t('clients:recycle.restored', { name: c.name }));
                    else message.error(errorText(t, r.error));
                  }}
                >
                  <Button type="link" size="small" icon={<UndoOutlined />} data-testid="client-restore">
                    {t('clients:recycle.restore')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
