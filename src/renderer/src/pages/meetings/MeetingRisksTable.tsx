import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeetingRisk } from '../../../../shared/meetings/types';
import type { ListEntry } from '../../../../shared/settings/lists';
import { ListTag } from '../../components/ListTag';
import { useLocale } from '../../stores/localeStore';
import { categoryName, LevelChip } from './labels';

/** The risks a meeting raised or discussed, with their levels; removable from a draft. */
export function MeetingRisksTable({
  risks,
  categories,
  onUnlink,
  emptyText,
}: {
  risks: readonly MeetingRisk[];
  categories: readonly ListEntry[];
  onUnlink?: (r: MeetingRisk) => void;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  return (
    <Table<MeetingRisk>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...risks]}
      locale={{ emptyText }}
      data-testid="meeting-risks"
      columns={[
        {
          key: 'code',
          title: t('meetings:fields.riskCode'),
          width: 130,
          render: (_, r) => <Link to={`/risks/${r.riskId}`}>{r.code}</Link>,
        },
        { key: 'title', title: t('meetings:fields.riskTitle'), dataIndex: 'title', ellipsis: true },
        {
          key: 'category',
          title: t('meetings:fields.category'),
          width: 110,
          render: (_, r) => categoryName(categories, r.category, locale),
        },
        { key: 'owner', title: t('meetings:fields.riskOwner'), width: 100, dataIndex: 'ownerName' },
        {
          key: 'level',
          title: t('meetings:fields.level'),
          width: 120,
          render: (_, r) => <LevelChip t={t} level={r.level} score={r.score} />,
        },
        {
          key: 'relation',
          title: t('meetings:fields.relation'),
          width: 100,
          render: (_, r) => (
            <ListTag color={r.relation === 'raised' ? 'orange' : 'default'}>
              {t(`meetings:relation.${r.relation}`)}
            </ListTag>
          ),
        },
        ...(onUnlink
          ? [
              {
                key: 'actions',
                width: 56,
                render: (_: unknown, r: MeetingRisk) => (
                  <Popconfirm
                    title={t('meetings:form.unlinkConfirm', { code: r.code })}
                    onConfirm={() => onUnlink(r)}
                    okText={t('meetings:form.unlink')}
                    cancelText={t('common:cancel')}
                  >
                    <Tooltip title={t('meetings:form.unlink')}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('meetings:form.unlink')}
                      />
                    </Tooltip>
                  </Popconfirm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
