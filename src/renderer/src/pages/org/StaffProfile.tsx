import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/org/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';
import { groupLabel } from './groupLabel';

export const STAFF_STATUS_COLOR = { active: 'green', on_leave: 'gold', left: 'default' } as const;

/** Groups in charge belong to deputies (分管): the field shows for a deputy, or for anyone who still has some. */
export const hasCharge = (staff: Staff | null): boolean =>
  !!staff && (staff.account?.role === 'deputy' || staff.chargeGroupIds.length > 0);

/** A person's record as others read it; Edit only for those who may change it. */
export function StaffProfile({
  staff,
  onClose,
  onEdit,
}: {
  staff: Staff | null;
  onClose: () => void;
  /** Absent when the reader may not edit. */
  onEdit?: (staff: Staff) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const groups = useOrg((s) => s.groups);
  const none = (text: string): ReactNode => <Typography.Text type="secondary">{text}</Typography.Text>;
  const dash = none('—');

  return (
    <Drawer
      open={!!staff}
      size={520}
      title={staff && t('org:staff.profile', { name: staff.name })}
      onClose={onClose}
      destroyOnHidden
      extra={
        staff &&
        onEdit && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => onEdit(staff)}
            data-testid="staff-edit"
          >
            {t('common:edit')}
          </Button>
        )
      }
    >
      {staff && (
        <Descriptions column={1} bordered size="small" data-testid="staff-profile">
          <Descriptions.Item label={t('org:staff.fields.employeeNo')}>{staff.employeeNo}</Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.name')}>{staff.name}</Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.position')}>
            {staff.position ?? dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.group')}>
            {staff.groupId
              ? groupLabel({ name: staff.groupName, nameEn: staff.groupNameEn }, locale)
              : none(t('org:noGroup'))}
          </Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.supervisor')}>
            {staff.supervisorName ?? dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.account')}>
            {staff.account ? (
              <Space size={6} wrap>
                <span>{staff.account.username}</span>
                <Tag>{t(`org:roles.${staff.account.role}`)}</Tag>
                {!staff.account.active && <Tag>{t('org:accounts.state.inactive')}</Tag>}
              </Space>
            ) : (
              none(t('org:staff.noAccount'))
            )}
          </Descriptions.Item>
          {hasCharge(staff) && (
            <Descriptions.Item label={t('org:staff.fields.chargeGroups')}>
              {staff.chargeGroupIds.length
                ? staff.chargeGroupIds
                    .map((id) => groups.find((g) => g.id === id))
                    .filter((g) => g !== undefined)
                    .map((g) => groupLabel(g, locale))
                    .join(t('clients:listSeparator'))
                : none(t('org:staff.noCharge'))}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('org:staff.fields.status')}>
            <Tag color={STAFF_STATUS_COLOR[staff.status]}>{t(`org:staff.status.${staff.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.hireDate')}>
            {staff.hireDate ? formatDate(staff.hireDate, locale) : dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.phone')}>{staff.phone ?? dash}</Descriptions.Item>
          <Descriptions.Item label={t('org:staff.fields.email')}>{staff.email ?? dash}</Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
