import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditChange, AuditEntry } from '../../../../shared/audit/types';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDateTime, fromDayjs, toDayjs } from '../../i18n/format';
import { useAudit } from '../../stores/auditStore';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** Long change lists (a created record lists every field) show the first few; the row expands to all. */
const SHOWN_CHANGES = 3;

function Changes({
  entity,
  changes,
  all = false,
}: {
  entity: string;
  changes: AuditChange[];
  all?: boolean;
}) {
  const { t } = useTranslation();
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit:noChanges')}</Typography.Text>;
  const shown = all ? changes : changes.slice(0, SHOWN_CHANGES);
  return (
    <div style={{ fontSize: 12, lineHeight: 1.6 }}>
      {!all && changes.length > SHOWN_CHANGES && (
        <Typography.Text type="secondary" style={{ float: 'right' }}>
          {t('audit:moreChanges', { count: changes.length - SHOWN_CHANGES })}
        </Typography.Text>
      )}
      {shown.map((c) => (
        <div key={c.field}>
          <Typography.Text strong>
            {t(`audit:fieldLabels.${entity}.${c.field}`, { defaultValue: c.field })}
          </Typography.Text>
          :{' '}
          <Typography.Text delete type="secondary">
            {show(c.before)}
          </Typography.Text>{' '}
          → {show(c.after)}
        </div>
      ))}
    </div>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { filter, page, entities, loading, load, loadEntities, exportXlsx } = useAudit();
  const { accounts, loadAccounts } = useOrg();
  const { busy: exporting, produceAndSave } = useSaveFile();

  useEffect(() => {
    void load();
    void loadEntities();
    void loadAccounts();
  }, [load, loadEntities, loadAccounts]);

  const columns: ColumnsType<AuditEntry> = [
    {
      title: t('audit:columns.at'),
      dataIndex: 'at',
      width: 180,
      render: (v: string) => formatDateTime(v, locale),
    },
    {
      title: t('audit:columns.actor'),
      dataIndex: 'actorName',
      width: 120,
      render: (v: string | null) => v ?? t('audit:system'),
    },
    {
      title: t('audit:columns.entity'),
      dataIndex: 'entity',
      width: 110,
      render: (v: string) => t(`audit:entities.${v}`, { defaultValue: v }),
    },
    {
      title: t('audit:columns.action'),
      dataIndex: 'action',
      width: 120,
      render: (v: string) => t(`audit:actions.${v}`, { defaultValue: v }),
    },
    {
      title: t('audit:columns.changes'),
      dataIndex: 'changes',
      render: (c: AuditChange[], r) => <Changes entity={r.entity} changes={c} />,
    },
    {
      title: t('audit:columns.entityId'),
      dataIndex: 'entityId',
      width: 140,
      render: (v: string | null) =>
        v ? (
          <Typography.Text copyable={{ text: v }} ellipsis style={{ maxWidth: 120, fontSize: 12 }}>
            {v}
          </Typography.Text>
        ) : (
          ''
        ),
    },
  ];

  return (
    <div data-testid="audit-page">
      <PageHeader
        title={t('audit:title')}
        intro={t('audit:intro')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void produceAndSave(() => exportXlsx(locale), 'audit:exported')}
          >
            {t('audit:export')}
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            style={{ width: 200 }}
            value={filter.actorUserId ?? ''}
            onChange={(v) => void load({ actorUserId: v || null })}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: '', label: t('audit:filters.anyActor') },
              ...accounts.map((a) => ({ value: a.id, label: `${a.staffName} (${a.username})` })),
            ]}
            aria-label={t('audit:filters.actor')}
          />
          <Select
            style={{ width: 160 }}
            value={filter.entity ?? ''}
            onChange={(v) => void load({ entity: v || null })}
            options={[
              { value: '', label: t('audit:filters.anyEntity') },
              ...entities.map((e) => ({ value: e, label: t(`audit:entities.${e}`, { defaultValue: e }) })),
            ]}
            aria-label={t('audit:filters.entity')}
          />
          <DatePicker.RangePicker
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            onChange={(range) => void load({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            allowEmpty={[true, true]}
          />
        </Space>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={page?.rows ?? []}
          expandable={{
            rowExpandable: (r) => r.changes.length > SHOWN_CHANGES,
            expandedRowRender: (r) => <Changes entity={r.entity} changes={r.changes} all />,
          }}
          pagination={{
            current: page?.page ?? 1,
            pageSize: page?.pageSize ?? 50,
            total: page?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('audit:total', { count: total }),
            onChange: (p, size) => void load({}, p, size),
          }}
        />
      </Card>
    </div>
  );
}
