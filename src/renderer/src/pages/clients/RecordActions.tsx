import { App, Button, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/contract/errors';
import { errorText } from '../../api/errors';

/**
 * The actions of a record on a client's detail page (a contact, a communication, a transaction): edit, and
 * delete after a confirmation, with the outcome as a message; `extra` comes first (e.g. mark done).
 */
export function RecordActions({
  onEdit,
  confirmTitle,
  onDelete,
  deletedMessage,
  extra,
}: {
  onEdit: () => void;
  confirmTitle: string;
  onDelete: () => Promise<Result<null>>;
  deletedMessage: string;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Space size={0} wrap>
      {extra}
      <Button type="link" size="small" onClick={onEdit}>
        {t('common:edit')}
      </Button>
      <Popconfirm
        title={confirmTitle}
        okText={t('clients:detail.delete')}
        cancelText={t('common:cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={async () => {
          const r = await onDelete();
          if (r.ok) message.success(deletedMessage);
          else message.error(errorText(t, r.error));
        }}
      >
        <Button type="link" size="small" danger>
          {t('clients:detail.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
