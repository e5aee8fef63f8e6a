import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_STATUSES, type Staff } from '../../../../shared/org/types';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';
import { reports } from '../../stores/reportsStore';
import { groupLabel } from './groupLabel';
import { StaffForm } from './StaffForm';
import { STAFF_STATUS_COLOR, StaffProfile } from './StaffProfile';

export default function StaffPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { staff, groups, staffFilter, loading, loadStaff, loadGroups } = useOrg();
  const canManage = usePermission('org.manage');
  const canPrint = usePermission('reports.roster');
  const { busy: printing, produceAndSave } = useSaveFile();
  const [editing, setEditing] = useState<Staff | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  // The profile follows the list, so it shows the record as saved after an edit.
  const [viewingId, setViewingId] = useState<string | null>(null);
  const viewing = staff.find((s) => s.id === viewingId) ?? null;
  const [search, setSearch] = useState(staffFilter.search ?? '');

  useEffect(() => {
    void loadGroups();
    void loadStaff();
  }, [loadGroups, loadStaff]);

  useEffect(() => {
    const handle = setTimeout(() => void loadStaff({ search: search.trim() || null }), 200);
    return () => clearTimeout(handle);
  }, [search, loadStaff]);

  const openNew = () => {
    setEditing(null);
    setFormOpen(true);
  };
  const filtered = !!(staffFilter.search || staffFilter.groupId || staffFilter.status);
  const clearFilters = () => {
    setSearch('');
    void loadStaff({ search: null, groupId: null, status: null });
  };

  const columns: ColumnsType<Staff> = [
    {
      title: t('org:staff.fields.employeeNo'),
      dataIndex: 'employeeNo',
      width: 110,
      fixed: 'left',
      sorter: (a, b) => a.employeeNo.localeCompare(b.employeeNo),
    },
    {
      title: t('org:staff.fields.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, locale),
      render: (name: string, s) => (
        // A button, not an anchor: it opens the profile, it goes nowhere.
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto' }}
          onClick={() => setViewingId(s.id)}
          data-testid="staff-open"
        >
          {name}
        </Button>
      ),
    },
    { title: t('org:staff.fields.position'), dataIndex: 'position' },
    {
      title: t('org:staff.fields.group'),
      key: 'group',
      render: (_v, s) =>
        s.groupId ? (
          groupLabel({ name: s.groupName, nameEn: s.groupNameEn }, locale)
        ) : (
          <Typography.Text type="secondary">{t('org:noGroup')}</Typography.Text>
        ),
    },
    { title: t('org:staff.fields.supervisor'), dataIndex: 'supervisorName' },
    {
      title: t('org:staff.fields.hireDate'),
      dataIndex: 'hireDate',
      width: 130,
      sorter: (a, b) => (a.hireDate ?? '').localeCompare(b.hireDate ?? ''),
      render: (d: string | null) => formatDate(d, locale),
    },
    {
      title: t('org:staff.fields.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: Staff['status']) => <Tag color={STAFF_STATUS_COLOR[s]}>{t(`org:staff.status.${s}`)}</Tag>,
    },
    { title: t('org:staff.fields.phone'), dataIndex: 'phone', width: 140 },
    {
      title: t('org:staff.fields.account'),
      key: 'account',
      render: (_v, s) =>
        s.account ? (
          <span>
            {s.account.username} <Tag>{t(`org:roles.${s.account.role}`)}</Tag>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('org:staff.noAccount')}</Typography.Text>
        ),
    },
  ];

  return (
    <div data-testid="staff-page">
      <PageHeader
        title={t('org:staff.title')}
        extra={
          <>
            {canPrint && (
              <Button
                icon={<PrinterOutlined />}
                loading={printing}
                onClick={() =>
                  void produceAndSave(
                    () => reports.roster(locale, staffFilter.groupId),
                    'org:staff.rosterReady',
                  )
                }
                data-testid="print-roster"
              >
                {t('org:staff.printRoster')}
              </Button>
            )}
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="staff-new">
                {t('org:staff.new')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('org:staff.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 280 }}
            maxLength={100}
          />
          <Select
            style={{ width: 200 }}
            value={staffFilter.groupId ?? ''}
            onChange={(v) => void loadStaff({ groupId: v || null })}
            options={[
              { value: '', label: t('org:staff.allGroups') },
              ...groups.map((g) => ({ value: g.id, label: groupLabel(g, locale) })),
            ]}
          />
          <Select
            style={{ width: 140 }}
            value={staffFilter.status ?? ''}
            onChange={(v) => void loadStaff({ status: (v || null) as Staff['status'] | null })}
            options={[
              { value: '', label: t('org:staff.allStatuses') },
              ...STAFF_STATUSES.map((s) => ({ value: s, label: t(`org:staff.status.${s}`) })),
            ]}
          />
          <Typography.Text type="secondary">{t('org:staff.count', { count: staff.length })}</Typography.Text>
        </Space>
        <Table<Staff>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={staff}
          locale={{
            emptyText: !loading && (
              <ListEmpty
                filtered={filtered}
                onClearFilters={clearFilters}
                title={t('org:staff.empty')}
                hint={t('org:staff.emptyHint')}
                actions={
                  canManage && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={openNew}>
                      {t('org:staff.new')}
                    </Button>
                  )
                }
              />
            ),
          }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        />
      </Card>
      <StaffProfile
        staff={viewing}
        onClose={() => setViewingId(null)}
        onEdit={
          canManage
            ? (s) => {
                setEditing(s);
                setFormOpen(true);
              }
            : undefined
        }
      />
      <StaffForm
        open={formOpen}
        staff={editing}
        onClose={() => {
          setFormOpen(false);
          setEditing(null);
        }}
      />
    </div>
  );
}
