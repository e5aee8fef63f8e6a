import { FileExcelOutlined, OrderedListOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Segmented, Select, Space, Spin, Table, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import {
  MEETING_SCOPES,
  MEETING_STATUSES,
  MEETING_TYPES,
  type MeetingScope,
  type MeetingSortField,
  type RiskMeeting,
} from '../../../../shared/meetings/types';
import { errorText } from '../../api/errors';
import { ClearFiltersButton, MultiChoice, activeFilterCount } from '../../components/filterBar';
import { ListEmpty } from '../../components/ListEmpty';
import { ListToolbar, PAGE_SIZES, sortOfTable } from '../../components/listTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import { formatDate, fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { emptyMeetingFilter, useMeetings } from '../../stores/meetingsStore';
import { MeetingStatusTag, timeRange } from './labels';
import { peopleOptions } from './peopleOptions';

const SORTABLE: Partial<Record<string, MeetingSortField>> = {
  heldOn: 'heldOn',
  code: 'code',
  title: 'title',
};
const FILTER_KEYS = ['search', 'types', 'statuses', 'chairId', 'from', 'to'] as const;

/** The meetings the user may see: search, filters, sort, paging and Excel export. */
export function MeetingListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const canManage = usePermission('meetings.manage');
  const { filter, order, page, pageSize, data, loading, error, people } = useMeetings();
  const loadList = useMeetings((s) => s.loadList);
  const resetFilters = useMeetings((s) => s.resetFilters);
  const loadPeople = useMeetings((s) => s.loadPeople);
  const exportList = useMeetings((s) => s.exportList);
  const { busy: exporting, produceAndSave } = useSaveFile();

  useEffect(() => {
    void loadList();
    void loadPeople();
  }, [loadList, loadPeople]);

  const onFilter = useCallback(
    (patch: Partial<typeof filter>) => void loadList({ filter: patch }),
    [loadList],
  );
  const filtered = activeFilterCount(filter, FILTER_KEYS) > 0 || filter.scope !== emptyMeetingFilter.scope;
  const sortOrder = (key: MeetingSortField) =>
    order.sortBy === key ? (order.sortDir === 'asc' ? 'ascend' : 'descend') : null;

  const columns = useMemo<ColumnType<RiskMeeting>[]>(
    () => [
      {
        key: 'code',
        title: t('meetings:fields.code'),
        width: 150,
        sorter: true,
        sortOrder: sortOrder('code'),
        render: (_, m) => (
          <Link to={`/risk-meetings/${m.id}`} data-testid="meeting-code">
            {m.code}
          </Link>
        ),
      },
      {
        key: 'title',
        title: t('meetings:fields.title'),
        sorter: true,
        sortOrder: sortOrder('title'),
        render: (_, m) => <Typography.Text ellipsis={{ tooltip: m.title }}>{m.title}</Typography.Text>,
      },
      {
        key: 'heldOn',
        title: t('meetings:fields.heldOn'),
        width: 170,
        sorter: true,
        sortOrder: sortOrder('heldOn'),
        render: (_, m) => (
          <div>
            {formatDate(m.heldOn, locale)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {timeRange(m.startTime, m.endTime)}
            </Typography.Text>
          </div>
        ),
      },
      {
        key: 'type',
        title: t('meetings:fields.type'),
        width: 100,
        render: (_, m) => t(`meetings:type.${m.type}`),
      },
      {
        key: 'chair',
        title: t('meetings:fields.chairId'),
        width: 100,
        ellipsis: true,
        dataIndex: 'chairName',
      },
      {
        key: 'counts',
        title: `${t('meetings:fields.attendeeCount')} / ${t('meetings:fields.decisionCount')} / ${t('meetings:fields.riskCount')}`,
        width: 150,
        render: (_, m) => (
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>
            {m.attendeeCount} / {m.decisionCount}
            {m.openDecisions > 0 && (
              <Typography.Text type="secondary">{` (${m.openDecisions})`}</Typography.Text>
            )}{' '}
            / {m.riskCount}
          </span>
        ),
      },
      {
        key: 'status',
        title: t('meetings:fields.status'),
        width: 90,
        render: (_, m) => <MeetingStatusTag t={t} status={m.status} />,
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, locale, order],
  );

  return (
    <div data-testid="risk-meetings-page">
      <PageHeader
        title={t('meetings:list.title')}
        intro={t('meetings:list.intro')}
        extra={
          <>
            <Button
              icon={<OrderedListOutlined />}
              onClick={() => navigate('/risk-meetings/decisions')}
              data-testid="meeting-decisions"
            >
              {t('meetings:list.decisions')}
            </Button>
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/risk-meetings/new')}
                data-testid="meeting-new"
              >
                {t('meetings:list.new')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented<MeetingScope>
            value={filter.scope}
            onChange={(scope) => onFilter({ scope })}
            options={MEETING_SCOPES.map((s) => ({ value: s, label: t(`meetings:scope.${s}`) }))}
            data-testid="meeting-scope"
          />
          <SearchInput
            value={filter.search}
            onSearch={(search) => onFilter({ search })}
            placeholder={t('meetings:list.search')}
            style={{ width: 280 }}
            testId="meeting-search"
          />
          <MultiChoice
            label={t('meetings:list.anyType')}
            minWidth={120}
            value={filter.types}
            onChange={(types) => onFilter({ types })}
            options={MEETING_TYPES.map((v) => ({ value: v, label: t(`meetings:type.${v}`) }))}
            testId="filter-type"
          />
          <MultiChoice
            label={t('meetings:list.anyStatus')}
            minWidth={120}
            value={filter.statuses}
            onChange={(statuses) => onFilter({ statuses })}
            options={MEETING_STATUSES.map((v) => ({ value: v, label: t(`meetings:status.${v}`) }))}
            testId="filter-status"
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'search' }}
            style={{ minWidth: 130 }}
            placeholder={t('meetings:list.anyChair')}
            aria-label={t('meetings:fields.chairId')}
            value={filter.chairId ?? undefined}
            onChange={(chairId) => onFilter({ chairId: chairId ?? null })}
            options={peopleOptions(people, [filter.chairId])}
            data-testid="filter-chair"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('meetings:list.from'), t('meetings:list.to')]}
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            onChange={(range) => onFilter({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            data-testid="filter-dates"
          />
          {filtered && (
            <ClearFiltersButton label={t('meetings:list.clear')} onClear={() => void resetFilters()} />
          )}
        </Space>
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="meeting-total">
            {data ? t('meetings:list.total', { count: data.total }) : ''}
          </Typography.Text>
          <Button
            icon={<FileExcelOutlined />}
            loading={exporting}
            disabled={!data || data.total === 0}
            onClick={() => void produceAndSave(() => exportList(locale))}
            data-testid="meeting-export"
          >
            {t('meetings:list.export')}
          </Button>
        </ListToolbar>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <Table<RiskMeeting>
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            scroll={{ x: 960 }}
            columns={columns}
            dataSource={data?.items ?? []}
            onChange={(_p, _f, sorter) =>
              void loadList({
                order: (({ sort, order: dir }) => ({ sortBy: sort, sortDir: dir }))(
                  sortOfTable(sorter, SORTABLE, { sort: 'heldOn', order: 'desc' }),
                ),
              })
            }
            locale={{
              emptyText: data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void resetFilters()}
                  title={t('meetings:list.empty')}
                  hint={t(canManage ? 'meetings:list.emptyHint' : 'meetings:list.emptyHintReadOnly')}
                  actions={
                    canManage && (
                      <Button
                        type="primary"
                        icon={<PlusOutlined />}
                        onClick={() => navigate('/risk-meetings/new')}
                      >
                        {t('meetings:list.new')}
                      </Button>
                    )
                  }
                />
              ) : null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t('meetings:list.total', { count: total }),
              onChange: (p, size) => void loadList({ page: size !== pageSize ? 1 : p, pageSize: size }),
            }}
          />
        </Spin>
      </Card>
    </div>
  );
}
