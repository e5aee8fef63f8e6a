import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../../shared/clients/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { StatusTag } from './labels';
import { ListEmpty } from '../../components/ListEmpty';

/** Each change of a client's lifecycle status, newest first, with its reason (kept for 四(一)). */
export function StatusHistoryTable({ rows, compact = false }: { rows: StatusChange[]; compact?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const sorted = [...rows].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Table<StatusChange>
      scroll={{ x: 'max-content' }}
      rowKey="id"
      size="small"
      pagination={compact ? { pageSize: 5, hideOnSinglePage: true } : false}
      dataSource={sorted}
      locale={{ emptyText: <ListEmpty filtered={false} title={t('clients:history.empty')} /> }}
      data-testid="status-history"
      columns={[
        {
          title: t('clients:history.at'),
          dataIndex: 'at',
          width: 170,
          render: (v: string) => formatDateTime(v, locale),
        },
        {
          title: t('clients:history.change'),
          key: 'change',
          width: 220,
          render: (_v, r) =>
            r.from ? (
              <Space size={6}>
                <StatusTag status={r.from} />
                <ArrowRightOutlined style={{ color: '#999' }} />
                <StatusTag status={r.to} />
              </Space>
            ) : (
              <Space size={6}>
                <Typography.Text type="secondary">{t('clients:history.created')}</Typography.Text>
                <StatusTag status={r.to} />
              </Space>
            ),
        },
        {
          title: t('clients:history.reason'),
          dataIndex: 'reason',
          render: (v: string | null) =>
            v ?? <Typography.Text type="secondary">{t('clients:none')}</Typography.Text>,
        },
        ...(compact ? [] : [{ title: t('clients:history.by'), dataIndex: 'byName', width: 120 }]),
      ]}
    />
  );
}
