import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, CalendarDayInfo, CalendarYear } from '../../../../shared/calendar/types';
import { errorText } from '../../api/errors';
import { formatDate, formatWeekday } from '../../i18n/format';
import { useCalendar } from '../../stores/calendarStore';
import { useLocale } from '../../stores/localeStore';
import { CalendarDayModal } from './CalendarDayModal';

interface Row {
  info: CalendarDayInfo;
  /** The manager's day behind the row, which can be changed or removed. */
  own: CalendarDay | null;
}

/**
 * Every day of the year that is not Monday to Friday as usual: the official holidays and make-up workdays,
 * and the manager's own days — a manager's day that only undoes an official one (a make-up Saturday off
 * again) is listed too, so it can be found and removed.
 */
function rowsOf(data: CalendarYear): Row[] {
  const own = new Map(data.managerDays.map((d) => [d.date, d]));
  const rows: Row[] = data.exceptions.map((info) => ({ info, own: own.get(info.date) ?? null }));
  const listed = new Set(rows.map((r) => r.info.date));
  for (const d of data.managerDays)
    if (!listed.has(d.date))
      rows.push({
        info: {
          date: d.date,
          working: d.kind === 'workday',
          name: d.name,
          nameEn: d.name,
          source: 'manager',
        },
        own: d,
      });
  return rows.sort((a, b) => (a.info.date < b.info.date ? -1 : a.info.date > b.info.date ? 1 : 0));
}

/** The year picker and the year's non-standard days, with the manager's days to add, change and remove. */
export function CalendarYearSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const { year, data, load, deleteDay } = useCalendar();
  const [editing, setEditing] = useState<{ day: CalendarDay | null } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const rows = useMemo(() => (data ? rowsOf(data) : []), [data]);

  async function remove(day: CalendarDay) {
    const r = await deleteDay(day);
    if (r.ok) message.success(t('calendar:day.deleted'));
    else message.error(errorText(t, r.error));
  }

  return (
    <div data-testid="calendar-year">
      <Space wrap align="center" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('calendar:year.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('calendar:year.pick')}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => d && void load(d.year())}
            style={{ width: 120 }}
            data-testid="calendar-year-pick"
          />
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ day: null })}>
            {t('calendar:year.add')}
          </Button>
        </Space>
      </Space>
      {data && (
        <Alert
          type={data.packageCovers ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          message={t(data.packageCovers ? 'calendar:year.covered' : 'calendar:year.notCovered', {
            year: data.year,
          })}
        />
      )}
      <Table<Row>
        size="small"
        rowKey={(r) => r.info.date}
        loading={!data}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 360 }}
        locale={{ emptyText: t('calendar:year.empty', { year }) }}
        columns={[
          {
            title: t('calendar:columns.date'),
            key: 'date',
            width: 150,
            render: (_, r) => formatDate(r.info.date, locale),
          },
          {
            title: t('calendar:columns.weekday'),
            key: 'weekday',
            width: 80,
            render: (_, r) => formatWeekday(r.info.date, locale),
          },
          {
            title: t('calendar:columns.name'),
            key: 'name',
            render: (_, r) => (locale === 'en-US' ? (r.info.nameEn ?? r.info.name) : r.info.name) ?? '',
          },
          {
            title: t('calendar:columns.kind'),
            key: 'kind',
            width: 100,
            render: (_, r) => (
              <Tag color={r.info.working ? 'blue' : 'green'}>
                {t(`calendar:working.${String(r.info.working)}`)}
              </Tag>
            ),
          },
          {
            title: t('calendar:columns.source'),
            key: 'source',
            width: 120,
            render: (_, r) => (
              <Tag color={r.info.source === 'manager' ? 'gold' : undefined}>
                {t(`calendar:source.${r.info.source}`)}
              </Tag>
            ),
          },
          {
            key: 'actions',
            width: 96,
            render: (_, r) =>
              r.own && (
                <Space size={4}>
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    aria-label={t('common:edit')}
                    title={t('common:edit')}
                    onClick={() => setEditing({ day: r.own })}
                  />
                  <Popconfirm
                    title={t('calendar:day.deleteConfirm', {
                      date: formatDate(r.own.date, locale),
                      name: r.own.name,
                    })}
                    okText={t('calendar:day.delete')}
                    cancelText={t('common:cancel')}
                    onConfirm={() => remove(r.own!)}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('calendar:day.delete')}
                      title={t('calendar:day.delete')}
                    />
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <CalendarDayModal day={editing.day} defaultDate={`${year}-01-01`} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
