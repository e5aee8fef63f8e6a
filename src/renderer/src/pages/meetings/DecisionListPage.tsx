import { ArrowLeftOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  DECISION_STATUSES,
  MEETING_SCOPES,
  type DecisionSortField,
  type MeetingScope,
} from '../../../../shared/meetings/types';
import { errorText } from '../../api/errors';
import { ClearFiltersButton, MultiChoice, SwitchFilter, activeFilterCount } from '../../components/filterBar';
import { ListEmpty } from '../../components/ListEmpty';
import { ListToolbar, PAGE_SIZES, sortOfTable } from '../../components/listTable';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { useSaveFile } from '../../components/useSaveFile';
import { useLocale } from '../../stores/localeStore';
import { emptyDecisionFilter, useMeetings } from '../../stores/meetingsStore';
import { DecisionsTable } from './DecisionsTable';
import { peopleOptions } from './peopleOptions';

const SORTABLE: Partial<Record<string, DecisionSortField>> = {
  dueOn: 'dueOn',
  heldOn: 'heldOn',
  status: 'status',
};

/** Every decision of issued minutes the user may see: who owns it, by when, done or not; Excel export. */
export function DecisionListPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const s = useMeetings();
  const { decisionFilter: filter, decisions: data, decisionsLoading: loading, decisionsError: error } = s;
  const loadDecisions = useMeetings((x) => x.loadDecisions);
  const reset = useMeetings((x) => x.resetDecisionFilters);
  const loadPeople = useMeetings((x) => x.loadPeople);
  const exportDecisions = useMeetings((x) => x.exportDecisions);
  const { busy: exporting, produceAndSave } = useSaveFile();

  useEffect(() => {
    void loadDecisions();
    void loadPeople();
  }, [loadDecisions, loadPeople]);

  const onFilter = useCallback(
    (patch: Partial<typeof filter>) => void loadDecisions({ filter: patch }),
    [loadDecisions],
  );
  const filtered =
    activeFilterCount(filter, ['search', 'statuses', 'ownerId', 'overdue', 'meetingId'] as const) > 0 ||
    filter.scope !== emptyDecisionFilter.scope;

  return (
    <div data-testid="meeting-decisions-page">
      <PageHeader
        title={t('meetings:decisions.title')}
        intro={t('meetings:decisions.intro')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/risk-meetings')}>
            {t('meetings:decisions.back')}
          </Button>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented<MeetingScope>
            value={filter.scope}
            onChange={(scope) => onFilter({ scope })}
            options={MEETING_SCOPES.map((v) => ({ value: v, label: t(`meetings:scope.${v}`) }))}
          />
          <SearchInput
            value={filter.search}
            onSearch={(search) => onFilter({ search })}
            placeholder={t('meetings:decisions.search')}
            style={{ width: 260 }}
            testId="decision-search"
          />
          <MultiChoice
            label={t('meetings:decisions.anyStatus')}
            minWidth={130}
            value={filter.statuses}
            onChange={(statuses) => onFilter({ statuses })}
            options={DECISION_STATUSES.map((v) => ({ value: v, label: t(`meetings:decisionStatus.${v}`) }))}
            testId="decision-filter-status"
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'search' }}
            style={{ minWidth: 130 }}
            placeholder={t('meetings:decisions.anyOwner')}
            aria-label={t('meetings:fields.owner')}
            value={filter.ownerId ?? undefined}
            onChange={(ownerId) => onFilter({ ownerId: ownerId ?? null })}
            options={peopleOptions(s.people, [filter.ownerId])}
          />
          <SwitchFilter
            label={t('meetings:decisions.overdueOnly')}
            checked={filter.overdue}
            onChange={(overdue) => onFilter({ overdue })}
            testId="decision-filter-overdue"
          />
          {filtered && <ClearFiltersButton label={t('meetings:list.clear')} onClear={() => void reset()} />}
        </Space>
        <ListToolbar>
          <Typography.Text type="secondary" data-testid="decision-total">
            {data ? t('meetings:decisions.total', { count: data.total }) : ''}
          </Typography.Text>
          <Button
            icon={<FileExcelOutlined />}
            loading={exporting}
            disabled={!data || data.total === 0}
            onClick={() => void produceAndSave(() => exportDecisions(locale))}
            data-testid="decision-export"
          >
            {t('meetings:decisions.export')}
          </Button>
        </ListToolbar>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <DecisionsTable
            withMeeting
            decisions={data?.items ?? []}
            onChange={(_p, _f, sorter) => {
              const { sort, order } = sortOfTable(sorter, SORTABLE, { sort: 'dueOn', order: 'asc' });
              void loadDecisions({ order: { sortBy: sort, sortDir: order } });
            }}
            locale={{
              emptyText: data ? (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => void reset()}
                  title={t('meetings:decisions.empty')}
                  hint={t('meetings:decisions.emptyHint')}
                />
              ) : null,
            }}
            pagination={{
              current: s.decisionPage,
              pageSize: s.decisionPageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t('meetings:decisions.total', { count: total }),
              onChange: (p, size) =>
                void loadDecisions({ page: size !== s.decisionPageSize ? 1 : p, pageSize: size }),
            }}
          />
        </Spin>
      </Card>
    </div>
  );
}
