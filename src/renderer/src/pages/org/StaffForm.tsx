import { Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import { STAFF_STATUSES, type Staff, type StaffStatus } from '../../../../shared/org/types';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';
import { groupLabel } from './groupLabel';
import { hasCharge } from './StaffProfile';

interface Values {
  employeeNo: string;
  name: string;
  position?: string;
  groupId?: string | null;
  supervisorId?: string | null;
  hireDate?: Dayjs | null;
  status: StaffStatus;
  phone?: string;
  email?: string;
  chargeGroupIds?: string[];
}

const FIELDS = [
  'employeeNo',
  'name',
  'position',
  'groupId',
  'supervisorId',
  'hireDate',
  'status',
  'phone',
  'email',
  'chargeGroupIds',
];

/** Create or edit a person; `staff` null means new. */
export function StaffForm({
  open,
  staff,
  onClose,
}: {
  open: boolean;
  staff: Staff | null;
  onClose: (saved?: Staff) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const [form] = Form.useForm<Values>();
  const groups = useOrg((s) => s.groups);
  const everyone = useOrg((s) => s.staff);
  const createStaff = useOrg((s) => s.createStaff);
  const updateStaff = useOrg((s) => s.updateStaff);
  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: Staff) => onClose(saved));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (staff)
      form.setFieldsValue({
        ...staff,
        position: staff.position ?? undefined,
        phone: staff.phone ?? undefined,
        email: staff.email ?? undefined,
        hireDate: toDayjs(staff.hireDate),
      });
  }, [open, staff, form]);

  function onFinish(v: Values) {
    const input = {
      employeeNo: v.employeeNo,
      name: v.name,
      position: v.position ?? null,
      groupId: v.groupId ?? null,
      supervisorId: v.supervisorId ?? null,
      hireDate: fromDayjs(v.hireDate),
      status: v.status,
      phone: v.phone ?? null,
      email: v.email ?? null,
      // Hidden for a non-deputy: they keep none.
      chargeGroupIds: v.chargeGroupIds ?? [],
    };
    return submit(() =>
      staff ? updateStaff({ id: staff.id, version: staff.version, ...input }) : createStaff(input),
    );
  }

  const required = { required: true, whitespace: true, message: t('validation:required') };
  const groupOptions = groups.map((g) => ({ value: g.id, label: groupLabel(g, locale) }));
  return (
    <Drawer
      open={open}
      size={520}
      title={t(staff ? 'org:staff.edit' : 'org:staff.new')}
      onClose={() => onClose()}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={() => onClose()}>{t('common:cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="staff-save">
            {t('common:save')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ status: 'active', chargeGroupIds: [] }}
        data-testid="staff-form"
      >
        <Space.Compact block>
          <Form.Item
            name="employeeNo"
            label={t('org:staff.fields.employeeNo')}
            rules={[required]}
            style={{ width: '40%' }}
          >
            <Input id="staff-employeeNo" maxLength={LIMITS.code} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('org:staff.fields.name')}
            rules={[required]}
            style={{ width: '60%', paddingInlineStart: 12 }}
          >
            <Input id="staff-name" maxLength={LIMITS.name} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="position" label={t('org:staff.fields.position')}>
          <Input id="staff-position" maxLength={LIMITS.name} />
        </Form.Item>
        <Form.Item name="groupId" label={t('org:staff.fields.group')}>
          <Select id="staff-group" allowClear options={groupOptions} placeholder={t('org:noGroup')} />
        </Form.Item>
        <Form.Item name="supervisorId" label={t('org:staff.fields.supervisor')}>
          <Select
            id="staff-supervisor"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={everyone
              .filter((s) => s.id !== staff?.id && s.status !== 'left')
              .map((s) => ({ value: s.id, label: `${s.name} (${s.employeeNo})` }))}
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="hireDate" label={t('org:staff.fields.hireDate')} style={{ width: '50%' }}>
            <DatePicker id="staff-hireDate" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="status"
            label={t('org:staff.fields.status')}
            style={{ width: '50%', paddingInlineStart: 12 }}
          >
            <Select
              id="staff-status"
              options={STAFF_STATUSES.map((s) => ({ value: s, label: t(`org:staff.status.${s}`) }))}
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="phone" label={t('org:staff.fields.phone')}>
          <Input id="staff-phone" maxLength={LIMITS.phone} />
        </Form.Item>
        <Form.Item name="email" label={t('org:staff.fields.email')}>
          <Input id="staff-email" maxLength={LIMITS.email} />
        </Form.Item>
        {hasCharge(staff) && (
          <Form.Item
            name="chargeGroupIds"
            label={t('org:staff.fields.chargeGroups')}
            extra={t('org:staff.hints.chargeGroups')}
          >
            <Select id="staff-chargeGroups" mode="multiple" allowClear options={groupOptions} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
