import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_EMPTY,
  auditActionText,
  auditChangeTexts,
  auditEntityText,
  auditRecordText,
  type AuditWords,
} from '../../../../shared/audit/present';
import type { NamedAuditEntry } from '../../../../shared/audit/types';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDateTime, fromDayjs, toDayjs } from '../../i18n/format';
import { useAudit } from '../../stores/auditStore';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';

/** Long change lists (a created record lists every field) show the first few; the row expands to all. */
const SHOWN_CHANGES = 3;

/** The changed fields, each "label: before → after" (a field set from nothing: "label: value"). */
function Changes({
  entry,
  words,
  all = false,
}: {
  entry: NamedAuditEntry;
  words: AuditWords;
  all?: boolean;
}) {
  const { t } = useTranslation();
  const changes = auditChangeTexts(entry, words);
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit:noChanges')}</Typography.Text>;
  const shown = all ? changes : changes.slice(0, SHOWN_CHANGES);
  return (
    <div style={{ fontSize: 12, lineHeight: 1.6 }}>
      {shown.map((c) => (
        <div key={c.field}>
          <Typography.Text strong>{c.label}</Typography.Text>
          {t('reports:labelSeparator')}
          {c.before === AUDIT_EMPTY ? (
            c.after
          ) : (
            <>
              <Typography.Text delete type="secondary">
                {c.before}
              </Typography.Text>{' '}
              → {c.after}
            </>
          )}
        </div>
      ))}
      {!all && changes.length > SHOWN_CHANGES && (
        <Typography.Text type="secondary">
          {t('audit:moreChanges', { count: changes.length - SHOWN_CHANGES })}
        </Typography.Text>
      )}
    </div>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { filter, page, entities, loading, load, loadEntities, exportXlsx } = useAudit();
  const { accounts, loadAccounts } = useOrg();
  const { busy: exporting, produceAndSave } = useSaveFile();
  const words = useMemo<AuditWords>(() => ({ t, locale }), [t, locale]);

  useEffect(() => {
    void load();
    void loadEntities();
    void loadAccounts();
  }, [load, loadEntities, loadAccounts]);

  const columns: ColumnsType<NamedAuditEntry> = [
    {
      title: t('audit:columns.at'),
      dataIndex: 'at',
      width: 160,
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v, locale)}</span>,
    },
    {
      title: t('audit:columns.actor'),
      dataIndex: 'actorName',
      width: 90,
      render: (v: string | null) => v ?? t('audit:system'),
    },
    {
      title: t('audit:columns.entity'),
      dataIndex: 'entity',
      width: 90,
      render: (v: string) => auditEntityText(v, words),
    },
    {
      title: t('audit:columns.record'),
      key: 'record',
      width: 200,
      render: (_: unknown, r) =>
        r.entityId ? (
          <Typography.Text
            copyable={{ text: r.entityId, tooltips: [r.entityId, r.entityId] }}
            style={{ fontSize: 12 }}
          >
            {auditRecordText(r, words)}
          </Typography.Text>
        ) : (
          ''
        ),
    },
    {
      title: t('audit:columns.action'),
      dataIndex: 'action',
      width: 100,
      render: (v: string) => auditActionText(v, words),
    },
    {
      title: t('audit:columns.changes'),
      key: 'changes',
      render: (_: unknown, r) => <Changes entry={r} words={words} />,
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
              ...entities.map((e) => ({ value: e, label: auditEntityText(e, words) })),
            ]}
            aria-label={t('audit:filters.entity')}
          />
          <DatePicker.RangePicker
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            onChange={(range) => void load({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            allowEmpty={[true, true]}
          />
        </Space>
        <Table<NamedAuditEntry>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={page?.rows ?? []}
          expandable={{
            rowExpandable: (r) => auditChangeTexts(r, words).length > SHOWN_CHANGES,
            expandedRowRender: (r) => <Changes entry={r} words={words} all />,
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
