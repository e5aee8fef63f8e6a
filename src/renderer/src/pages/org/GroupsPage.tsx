import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Select, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import type { Group } from '../../../../shared/org/types';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { usePermission } from '../../components/usePermission';
import { FormModal } from '../../components/FormModal';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';

interface Values {
  name: string;
  nameEn?: string;
  leadStaffId?: string | null;
  sortOrder: number;
  active: boolean;
}

const FIELDS = ['name', 'nameEn', 'leadStaffId', 'sortOrder', 'active'];

function GroupForm({ group, onClose }: { group: Group | null; onClose: () => void }) {
  const { t } = useTranslation();
  const staff = useOrg((s) => s.staff);
  const createGroup = useOrg((s) => s.createGroup);
  const updateGroup = useOrg((s) => s.updateGroup);

  function run(v: Values) {
    const input = {
      name: v.name,
      nameEn: v.nameEn ?? null,
      leadStaffId: v.leadStaffId ?? null,
      sortOrder: v.sortOrder,
    };
    return group
      ? updateGroup({ id: group.id, version: group.version, ...input, active: v.active })
      : createGroup(input);
  }

  return (
    <FormModal<Values, Group>
      title={t(group ? 'org:groups.edit' : 'org:groups.new')}
      fields={FIELDS}
      run={run}
      successMessage={(g) => (group ? t('org:staff.saved') : t('org:groups.created', { name: g.name }))}
      onClose={onClose}
      initialValues={
        group
          ? {
              name: group.name,
              nameEn: group.nameEn ?? undefined,
              leadStaffId: group.leadStaffId,
              sortOrder: group.sortOrder,
              active: group.active,
            }
          : { sortOrder: 100, active: true }
      }
      testId="group-form"
    >
      <Form.Item
        name="name"
        label={t('org:groups.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input id="group-name" maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('org:groups.fields.nameEn')}>
        <Input id="group-nameEn" maxLength={LIMITS.name} />
      </Form.Item>
      <Form.Item name="leadStaffId" label={t('org:groups.fields.lead')}>
        <Select
          id="group-lead"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={staff
            .filter((s) => s.status !== 'left')
            .map((s) => ({ value: s.id, label: `${s.name} (${s.employeeNo})` }))}
        />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('org:groups.fields.sortOrder')}>
        <InputNumber min={0} max={9999} precision={0} />
      </Form.Item>
      {group && (
        <Form.Item name="active" label={t('org:groups.fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}

export default function GroupsPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const { allGroups, loadGroups, loadStaff } = useOrg();
  const canManage = usePermission('org.manage');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Group | null>(null);
  const [open, setOpen] = useState(false);
  const openNew = () => {
    setEditing(null);
    setOpen(true);
  };

  useEffect(() => {
    void loadGroups();
    void loadStaff();
  }, [loadGroups, loadStaff]);

  const columns: ColumnsType<Group> = [
    {
      title: t('org:groups.fields.name'),
      dataIndex: 'name',
      render: (_n, g) => {
        const label = locale === 'en-US' ? (g.nameEn ?? g.name) : g.name;
        return (
          <span>
            {canManage ? (
              <Typography.Link
                onClick={() => {
                  setEditing(g);
                  setOpen(true);
                }}
              >
                {label}
              </Typography.Link>
            ) : (
              label
            )}{' '}
            {g.builtin && <Tag color="blue">{t('org:groups.builtin')}</Tag>}
            {!g.active && <Tag>{t('org:groups.inactive')}</Tag>}
          </span>
        );
      },
    },
    {
      title: t(locale === 'en-US' ? 'org:groups.fields.nameZh' : 'org:groups.fields.nameEn'),
      key: 'other',
      render: (_v, g) => (locale === 'en-US' ? g.name : g.nameEn),
    },
    { title: t('org:groups.fields.lead'), dataIndex: 'leadName' },
    { title: t('org:groups.fields.members'), dataIndex: 'activeStaffCount', width: 120, align: 'right' },
    { title: t('org:groups.fields.sortOrder'), dataIndex: 'sortOrder', width: 90, align: 'right' },
  ];

  return (
    <div data-testid="groups-page">
      <PageHeader
        title={t('org:groups.title')}
        extra={
          <>
            <span>
              <Switch size="small" checked={showInactive} onChange={setShowInactive} />{' '}
              {t('org:groups.showInactive')}
            </span>
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="group-new">
                {t('org:groups.new')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Table<Group>
          scroll={{ x: 'max-content' }}
          rowKey="id"
          columns={columns}
          dataSource={allGroups.filter((g) => showInactive || g.active)}
          locale={{
            emptyText: (
              <ListEmpty
                filtered={false}
                title={t('org:groups.empty')}
                hint={t('org:groups.emptyHint')}
                actions={
                  canManage && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={openNew}>
                      {t('org:groups.new')}
                    </Button>
                  )
                }
              />
            ),
          }}
          pagination={false}
        />
      </Card>
      {open && <GroupForm group={editing} onClose={() => setOpen(false)} />}
    </div>
  );
}
