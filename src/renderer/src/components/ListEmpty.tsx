import { ClearOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What an empty list says. Two different situations: nothing has been added yet (say what would fill the list
 * and offer to do it), or a search or filter matches nothing (say so, and offer to clear them). A fresh
 * install must never look filtered.
 */
export function ListEmpty({
  filtered,
  onClearFilters,
  title,
  hint,
  actions,
}: {
  /** A search or filter narrows the list right now. */
  filtered: boolean;
  onClearFilters?: () => void;
  /** Nothing yet: what is missing ("No client files yet"). */
  title: string;
  /** Nothing yet: what would fill the list, or where its rows come from. */
  hint?: string;
  /** Nothing yet: the actions that fill the list (create, import), for those who may. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  if (filtered)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        data-testid="empty-no-match"
        description={
          <Space orientation="vertical" size={2}>
            <Typography.Text strong>{t('common:empty.noMatch')}</Typography.Text>
            <Typography.Text type="secondary">{t('common:empty.noMatchHint')}</Typography.Text>
          </Space>
        }
      >
        {onClearFilters && (
          <Button icon={<ClearOutlined />} onClick={onClearFilters} data-testid="empty-clear-filters">
            {t('common:empty.clearFilters')}
          </Button>
        )}
      </Empty>
    );
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      data-testid="empty-nothing-yet"
      description={
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{title}</Typography.Text>
          {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        </Space>
      }
    >
      {actions && <Space wrap>{actions}</Space>}
    </Empty>
  );
}
