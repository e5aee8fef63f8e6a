import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TicketRow } from '../../../../shared/service/types';
import { errorText } from '../../api/errors';
import { ListEmpty } from '../../components/ListEmpty';
import { ListTag } from '../../components/ListTag';
import { usePermission } from '../../components/usePermission';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useService } from '../../stores/serviceStore';
import { ClockText, KIND_COLOR, SEVERITY_COLOR, STATUS_COLOR, entryName } from './labels';
import { useServiceSettings } from './useServiceLists';

/** Loads a client file's tickets and figures while its page is open (the tab's label needs the figures). */
export function useClientTickets(clientId: string) {
  const loadClientTickets = useService((s) => s.loadClientTickets);
  const state = useService((s) => (s.clientTickets.clientId === clientId ? s.clientTickets : null));
  const allowed = usePermission('service.read');
  useEffect(() => {
    if (allowed) void loadClientTickets(clientId, 1);
  }, [allowed, clientId, loadClientTickets]);
  return state;
}

/** The Tickets tab's label: how many tickets the file has. */
export function ClientTicketsLabel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const figures = useClientTickets(clientId)?.figures;
  if (!figures) return <span>{t('serviceDesk:client.tab')}</span>;
  return (
    <span data-testid="client-tickets-label">
      {t('serviceDesk:client.tabCount', { count: figures.complaints + figures.inquiries })}
    </span>
  );
}

/**
 * The file's complaint count in its header (投诉 3 次, 1 open), beside its tier and status: a client who
 * complains is something everyone opening the file should see. Nothing when there are none.
 */
export function ClientComplaintsTag({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const figures = useClientTickets(clientId)?.figures;
  if (!figures?.complaints) return null;
  return (
    <span
      title={t('serviceDesk:client.inquiries', { count: figures.inquiries })}
      data-testid="client-complaints-tag"
    >
      <ListTag color={figures.openComplaints ? 'red' : 'default'}>
        {figures.openComplaints
          ? t('serviceDesk:client.complaintsOpen', {
              count: figures.complaints,
              open: figures.openComplaints,
            })
          : t('serviceDesk:client.complaints', { count: figures.complaints })}
      </ListTag>
    </span>
  );
}

/**
 * A client file's tickets (inquiries and complaints, newest first), with its complaint figures; each opens
 * the ticket. A new ticket for the file starts the intake form.
 */
export function ClientTicketsTab({ client }: { client: { id: string; code: string; name: string } }) {
  const clientId = client.id;
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const settings = useServiceSettings();
  const canWrite = usePermission('service.write');
  const state = useClientTickets(clientId);
  const loadClientTickets = useService((s) => s.loadClientTickets);
  const figures = state?.figures;

  return (
    <div data-testid="client-tickets">
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          marginBottom: 12,
          gap: 12,
          flexWrap: 'wrap',
        }}
      >
        <Space size={16} wrap>
          {figures && (
            <>
              <Typography.Text data-testid="client-complaints">
                {t('serviceDesk:client.complaints', { count: figures.complaints })}
              </Typography.Text>
              <Typography.Text type={figures.openComplaints ? 'danger' : 'secondary'}>
                {t('serviceDesk:client.openComplaints', { count: figures.openComplaints })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('serviceDesk:client.inquiries', { count: figures.inquiries })}
              </Typography.Text>
            </>
          )}
        </Space>
        {canWrite && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => navigate('/service/new', { state: { client } })}
            data-testid="client-ticket-new"
          >
            {t('serviceDesk:list.new')}
          </Button>
        )}
      </div>
      {state?.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, state.error)} />
      )}
      <Table<TicketRow>
        rowKey="id"
        size="middle"
        tableLayout="fixed"
        scroll={{ x: 1000 }}
        loading={{ spinning: !!state?.loading, delay: 200 }}
        dataSource={state?.data?.rows ?? []}
        data-testid="client-tickets-table"
        locale={{ emptyText: <ListEmpty filtered={false} title={t('serviceDesk:client.empty')} /> }}
        pagination={{
          current: state?.page ?? 1,
          pageSize: state?.pageSize ?? 10,
          total: state?.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (p) => void loadClientTickets(clientId, p),
        }}
        columns={[
          {
            title: t('serviceDesk:columns.code'),
            dataIndex: 'code',
            width: 140,
            render: (code: string, r) => <a href={`#/service/${r.id}`}>{code}</a>,
          },
          {
            title: t('serviceDesk:columns.kind'),
            dataIndex: 'kind',
            width: 90,
            render: (v: TicketRow['kind']) => (
              <ListTag color={KIND_COLOR[v]}>{t(`service:kind.${v}`)}</ListTag>
            ),
          },
          {
            title: t('serviceDesk:columns.status'),
            dataIndex: 'status',
            width: 110,
            render: (v: TicketRow['status']) => (
              <ListTag color={STATUS_COLOR[v]}>{t(`service:status.${v}`)}</ListTag>
            ),
          },
          {
            title: t('serviceDesk:columns.summary'),
            dataIndex: 'summary',
            ellipsis: true,
          },
          {
            title: t('serviceDesk:columns.category'),
            dataIndex: 'category',
            width: 110,
            render: (v: string) => entryName(settings?.serviceCategories, v, locale),
          },
          {
            title: t('serviceDesk:columns.severity'),
            dataIndex: 'severity',
            width: 90,
            render: (v: TicketRow['severity']) => (
              <ListTag color={SEVERITY_COLOR[v]}>{t(`service:severity.${v}`)}</ListTag>
            ),
          },
          {
            title: t('serviceDesk:columns.receivedAt'),
            dataIndex: 'receivedAt',
            width: 160,
            render: (v: string) => formatDateTime(v, locale),
          },
          {
            title: t('serviceDesk:columns.clock'),
            dataIndex: 'clock',
            width: 150,
            render: (v: TicketRow['clock']) => <ClockText clock={v} t={t} />,
          },
        ]}
      />
    </div>
  );
}
