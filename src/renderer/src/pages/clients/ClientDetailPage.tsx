import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  MergeCellsOutlined,
  MoreOutlined,
  PrinterOutlined,
  SwapOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Dropdown,
  Empty,
  Result,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ClientDetail } from '../../../../shared/clients/types';
import { errorText } from '../../api/errors';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDateTime, formatDay } from '../../i18n/format';
import { clientFiles, useClientFiles } from '../../stores/clientFilesStore';
import { useClients } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { groupLabel } from '../org/groupLabel';
import { AttachmentsTab } from './AttachmentsTab';
import { ClientForm } from './ClientForm';
import { CompletenessBar } from './clientColumns';
import { CommunicationsTab } from './CommunicationsTab';
import { ContactsTab } from './ContactsTab';
import { StatusTag, TierTag, industryLabel } from './labels';
import { clientRegionText as regionText } from '../../../../shared/clients/displayLabels';
import { MergeModal } from './MergeModal';
import { ReassignModal } from './ReassignModal';
import { StatusHistoryTable } from './StatusHistoryTable';
import { StatusModal } from './StatusModal';
import { TransactionsTab } from './TransactionsTab';
import { ClientComplaintsTag, ClientTicketsLabel, ClientTicketsTab } from '../service/ClientTicketsTab';

type Dialog = 'edit' | 'status' | 'merge' | 'reassign' | null;

/** What a complete file still lacks, in words (Completeness.missing holds keys). */
function MissingList({ missing }: { missing: string[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return <Tag color="green">{t('clients:detail.complete')}</Tag>;
  return (
    <Typography.Text type="secondary" data-testid="completeness-missing">
      {t('clients:detail.missing', {
        items: missing
          .map((k) =>
            t(`clients:missing.${k}`, { defaultValue: t(`clients:fields.${k}`, { defaultValue: k }) }),
          )
          .join(t('clients:listSeparator')),
      })}
    </Typography.Text>
  );
}

function Header({ detail, onDialog }: { detail: ClientDetail; onDialog: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const deleteClient = useClients((s) => s.deleteClient);
  const canWrite = usePermission('clients.write');
  const canReassign = usePermission('clients.reassign');
  const canMerge = usePermission('clients.merge');
  const canSeeTickets = usePermission('service.read');
  const { client, completeness } = detail;

  function confirmDelete() {
    modal.confirm({
      title: t('clients:detail.deleteConfirm', { name: client.name }),
      content: t('clients:detail.deleteHint'),
      okText: t('clients:detail.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:cancel'),
      onOk: async () => {
        const r = await deleteClient({ id: client.id, version: client.version });
        if (!r.ok) return void message.error(errorText(t, r.error));
        message.success(t('clients:detail.deleted', { name: client.name }));
        navigate('/clients');
      },
    });
  }

  const more = [
    ...(canReassign
      ? [{ key: 'reassign', icon: <SwapOutlined />, label: t('clients:detail.reassign') }]
      : []),
    ...(canMerge ? [{ key: 'merge', icon: <MergeCellsOutlined />, label: t('clients:detail.merge') }] : []),
    ...(canWrite
      ? [
          { type: 'divider' as const },
          { key: 'delete', icon: <DeleteOutlined />, danger: true, label: t('clients:detail.delete') },
        ]
      : []),
  ];

  return (
    <Card style={{ marginBottom: 16 }} data-testid="client-header">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" copyable data-testid="client-code">
            {client.code}
          </Typography.Text>
          <Space align="center" wrap style={{ display: 'flex', marginTop: 2 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="client-name">
              {client.name}
            </Typography.Title>
            <TierTag tier={client.tier} />
            <StatusTag status={client.status} />
            {canSeeTickets && <ClientComplaintsTag clientId={client.id} />}
            <Typography.Text type="secondary">
              {t('clients:detail.statusSince', { date: formatDay(client.statusChangedAt, locale) })}
            </Typography.Text>
          </Space>
        </div>
        {canWrite && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => onDialog('edit')} data-testid="client-edit">
              {t('clients:detail.edit')}
            </Button>
            <Button icon={<SyncOutlined />} onClick={() => onDialog('status')} data-testid="client-status">
              {t('clients:detail.changeStatus')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: more,
                onClick: ({ key }) => (key === 'delete' ? confirmDelete() : onDialog(key as Dialog)),
              }}
            >
              <Button icon={<MoreOutlined />} data-testid="client-more">
                {t('clients:detail.more')}
              </Button>
            </Dropdown>
          </Space>
        )}
      </div>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('clients:fields.owner')}>
          {client.ownerName ?? <Typography.Text type="secondary">{t('clients:noOwner')}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('clients:fields.group')}>
          {client.groupId
            ? groupLabel({ name: client.groupName, nameEn: client.groupNameEn }, locale)
            : t('clients:none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('clients:fields.touchedAt')}>
          {formatDateTime(client.touchedAt, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('clients:detail.completeness')}>
          <CompletenessBar value={completeness.score} width={110} />
        </Descriptions.Item>
      </Descriptions>
      <MissingList missing={completeness.missing} />
      {client.stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="stale-warning"
          title={t('clients:detail.stale', { date: formatDay(client.touchedAt, locale) })}
        />
      )}
    </Card>
  );
}

function BasicInfo({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { client } = detail;
  const none = <Typography.Text type="secondary">{t('clients:none')}</Typography.Text>;
  const text = (v: string | null) => (v ? v : none);
  return (
    <Descriptions bordered size="small" column={{ xs: 1, lg: 2 }} data-testid="client-basic">
      <Descriptions.Item label={t('clients:fields.type')}>
        {t(`clients:type.${client.type}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.creditCode')}>
        {client.creditCode ? <Typography.Text copyable>{client.creditCode}</Typography.Text> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.industry')}>
        {text(industryLabel(t, client.industry))}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.source')}>
        {t(`clients:source.${client.source}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.region')}>
        {text(regionText(locale, client))}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.address')}>{text(client.address)}</Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.tags')} span={2}>
        {client.tags.length > 0 ? client.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.notes')} span={2}>
        {client.notes ? <span style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</span> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.createdAt')}>
        {formatDateTime(client.createdAt, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('clients:fields.updatedAt')}>
        {formatDateTime(client.updatedAt, locale)}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** One client file: header with its state and actions, then tabs for details and everything it holds. */
export function ClientDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const detail = useClients((s) => (s.detail?.client.id === id ? s.detail : null));
  const detailError = useClients((s) => (s.detailId === id ? s.detailError : null));
  const communications = useClients((s) => s.communications);
  const loadDetail = useClients((s) => s.loadDetail);
  const [dialog, setDialog] = useState<Dialog>(null);
  const locale = useLocale((s) => s.locale);
  const sheet = useSaveFile();
  const attachments = useClientFiles((s) => s.attachments);
  const canSeeTickets = usePermission('service.read');
  // Another file opens on its details tab.
  const [tabOf, setTabOf] = useState({ id, tab: 'basic' });
  const tab = tabOf.id === id ? tabOf.tab : 'basic';

  useEffect(() => {
    void loadDetail(id);
  }, [id, loadDetail]);

  const back = (
    <Button
      type="text"
      icon={<ArrowLeftOutlined />}
      // Back where the user came from; a file opened directly goes back to the list.
      onClick={() => (location.key !== 'default' ? navigate(-1) : navigate('/clients'))}
      style={{ marginBottom: 8, paddingInline: 4 }}
    >
      {t('clients:detail.back')}
    </Button>
  );

  if (detailError)
    return (
      <div data-testid="client-detail-page">
        {back}
        <Card>
          <Result
            status={detailError.code === 'NOT_FOUND' ? '404' : 'warning'}
            title={
              detailError.code === 'NOT_FOUND' ? t('clients:detail.notFound') : errorText(t, detailError)
            }
            subTitle={detailError.code === 'NOT_FOUND' ? t('clients:detail.notFoundHint') : undefined}
          />
        </Card>
      </div>
    );
  if (!detail)
    return (
      <div data-testid="client-detail-page">
        {back}
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );

  const { client } = detail;
  return (
    <div data-testid="client-detail-page">
      {back}
      <Header detail={detail} onDialog={setDialog} />
      <Card>
        <Tabs
          activeKey={tab}
          tabBarExtraContent={
            <Button
              icon={<PrinterOutlined />}
              loading={sheet.busy}
              onClick={() => void sheet.produceAndSave(() => clientFiles.printSheet(client.id, locale))}
              data-testid="client-print-sheet"
            >
              {t('clientFiles:page.printSheet')}
            </Button>
          }
          onChange={(key) => setTabOf({ id, tab: key })}
          items={[
            { key: 'basic', label: t('clients:detail.tabs.basic'), children: <BasicInfo detail={detail} /> },
            {
              key: 'contacts',
              label: t('clients:detail.tabs.contacts', { count: detail.contacts.length }),
              children: <ContactsTab clientId={client.id} contacts={detail.contacts} />,
            },
            {
              key: 'communications',
              label: t('clients:detail.tabs.communications', { count: detail.communicationsTotal }),
              children: (
                <CommunicationsTab clientId={client.id} page={communications} contacts={detail.contacts} />
              ),
            },
            {
              key: 'transactions',
              label: t('clients:detail.tabs.transactions', { count: detail.transactions.length }),
              children: (
                <TransactionsTab
                  clientId={client.id}
                  transactions={detail.transactions}
                  totalFen={detail.transactionsTotalFen}
                />
              ),
            },
            {
              key: 'attachments',
              label: t('clientFiles:attachments.tab', {
                count:
                  attachments.clientId === client.id ? attachments.rows.length : detail.attachments.length,
              }),
              children: <AttachmentsTab clientId={client.id} initial={detail.attachments} />,
            },
            ...(canSeeTickets
              ? [
                  {
                    key: 'tickets',
                    label: <ClientTicketsLabel clientId={client.id} />,
                    children: <ClientTicketsTab client={client} />,
                  },
                ]
              : []),
            {
              key: 'history',
              label: t('clients:detail.tabs.history'),
              children:
                detail.statusHistory.length > 0 ? (
                  <StatusHistoryTable rows={detail.statusHistory} />
                ) : (
                  <Empty description={t('clients:history.empty')} />
                ),
            },
          ]}
        />
      </Card>
      <ClientForm
        open={dialog === 'edit'}
        client={client}
        onClose={(saved) => {
          setDialog(null);
          if (saved) message.success(t('clients:form.saved'));
        }}
      />
      {dialog === 'status' && <StatusModal detail={detail} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeModal keep={detail} onClose={() => setDialog(null)} />}
      {dialog === 'reassign' && <ReassignModal ids={[client.id]} onClose={() => setDialog(null)} />}
    </div>
  );
}
