import { Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TODO_URGENCIES, type TodoItem, type TodoUrgency } from '../../../../shared/todo/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useTodo } from '../../stores/todoStore';
import { daysLate } from '../clients/followupBuckets';

const URGENCY_COLOR: Record<TodoUrgency, string> = { overdue: '#cf1322', today: '#d46b08', soon: '#1f5fbf' };

function DueText({ item }: { item: TodoItem }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const text =
    item.urgency === 'overdue'
      ? t('todo:overdueDays', { count: daysLate(item.dueDate) })
      : item.urgency === 'today'
        ? t('todo:urgency.today')
        : t('todo:due', { date: formatDate(item.dueDate, locale) });
  return (
    <Typography.Text
      style={{
        whiteSpace: 'nowrap',
        color: item.urgency === 'soon' ? undefined : URGENCY_COLOR[item.urgency],
      }}
    >
      {text}
    </Typography.Text>
  );
}

/** My to-do (我的待办): what the user should act on from every workflow, oldest due first. */
export default function TodoCard() {
  const { t } = useTranslation();
  const list = useTodo((s) => s.list);
  const load = useTodo((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  // A reminder nobody wrote reads in the screen's language; what a person wrote, as written.
  const what = (item: TodoItem) => (item.titleKey ? t(item.titleKey) : item.title);
  if (!list) return <Card loading title={t('todo:title')} />;
  const counts = Object.fromEntries(
    TODO_URGENCIES.map((u) => [u, list.items.filter((i) => i.urgency === u).length]),
  ) as Record<TodoUrgency, number>;
  return (
    <Card title={t('todo:title')} data-testid="todo-card">
      <Row gutter={16} style={{ marginBottom: list.total ? 8 : 0 }}>
        {TODO_URGENCIES.map((u) => (
          <Col span={8} key={u}>
            <Statistic
              title={t(`todo:urgency.${u}`)}
              value={counts[u]}
              styles={{ content: { color: counts[u] && u !== 'soon' ? URGENCY_COLOR[u] : undefined } }}
              data-testid={`todo-card-${u}`}
            />
          </Col>
        ))}
      </Row>
      {list.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo:none')} />
      ) : (
        <List
          size="small"
          dataSource={list.items}
          style={{ maxHeight: 360, overflowY: 'auto' }}
          renderItem={(item) => (
            <List.Item key={item.key}>
              <span
                style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                <Tag>{t(`todo:kinds.${item.kind}`)}</Tag>
                <Link to={item.link}>{item.subject ? item.subject.name : what(item)}</Link>
                {item.subject && <Typography.Text type="secondary">{` · ${what(item)}`}</Typography.Text>}
                {item.assigneeName && (
                  <Typography.Text type="secondary">{` · ${item.assigneeName}`}</Typography.Text>
                )}
              </span>
              <DueText item={item} />
            </List.Item>
          )}
          footer={
            list.total > list.items.length ? (
              <Typography.Text type="secondary">
                {t('todo:more', { count: list.total - list.items.length })}
              </Typography.Text>
            ) : undefined
          }
        />
      )}
    </Card>
  );
}
