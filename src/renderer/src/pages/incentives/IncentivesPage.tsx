import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { emptyIncentiveFilter, type IncentiveFilter } from '../../../../shared/incentives/channels';
import { INCENTIVE_STATUSES, INCENTIVE_TYPES, type Incentive } from '../../../../shared/incentives/types';
import { pageTestId } from '../../app/navItems';
import { errorText } from '../../api/errors';
import { ClearFiltersButton, MultiChoice, activeFilterCount } from '../../components/filterBar';
import { ColumnChooser, ListToolbar, PagedTable, type TableChange } from '../../components/listTable';
import { ListEmpty } from '../../components/ListEmpty';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { useSaveFile } from '../../components/useSaveFile';
import { formatMoneyFen, fromDayjs, toDayjs } from '../../i18n/format';
import { useIncentives } from '../../stores/incentivesStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { IncentiveDrawer } from './IncentiveDrawer';
import { IncentiveForm } from './IncentiveForm';
import {
  OPTIONAL_COLUMNS,
  REASON_MIN_WIDTH,
  columnLabel,
  incentiveColumns,
  loadColumnChoice,
  saveColumnChoice,
  type OptionalColumn,
} from './incentiveColumns';
import { cycleNameOf } from './labels';

const FILTER_KEYS = Object.keys(emptyIncentiveFilter) as (keyof IncentiveFilter)[];

/**
 * Incentives (奖惩, 六(四)): those the user may see — their own once approved, what they proposed, their
 * groups' — filtered, paged and exported by main; proposing for the people they oversee; one opened in a
 * drawer at /incentives/:id (the Approvals screen links there).
 */
export default function IncentivesPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const openedId = useParams()['*'] || null;
  const role = useSession((s) => s.user?.role);
  const { filter, page, pageSize, data, loading, error, load, resetFilters, loadDetail, exportList } =
    useIncentives();
  const [columns, setColumns] = useState<OptionalColumn[]>(loadColumnChoice);
  const [proposing, setProposing] = useState(false);
  const exporter = useSaveFile();
  // The person and the cycle filtered on, as the row clicked named them.
  const [picked, setPicked] = useState<{ person?: string; cycle?: string }>({});

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    void loadDetail(openedId);
  }, [openedId, loadDetail]);

  const onFilter = useCallback((patch: Partial<IncentiveFilter>) => void load({ filter: patch }), [load]);
  const open = useCallback((i: Incentive) => navigate(`/incentives/${i.id}`), [navigate]);
  const tableColumns = useMemo(
    () =>
      incentiveColumns(t, locale, columns, {
        open,
        person: (i) => {
          setPicked((p) => ({ ...p, person: i.staffName }));
          onFilter({ staffId: i.staffId });
        },
        cycle: (i) => {
          setPicked((p) => ({ ...p, cycle: `${i.cycleCode} ${cycleNameOf(i, locale)}` }));
          onFilter({ cycleId: i.cycleId });
        },
      }),
    [t, locale, columns, open, onFilter],
  );
  const onTableChange = useCallback<TableChange<Incentive>>(
    (p) => void load({ page: p.current ?? 1, pageSize: p.pageSize ?? pageSize }),
    [load, pageSize],
  );

  const filtered = activeFilterCount(filter, FILTER_KEYS) > 0;
  const proposeButton = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setProposing(true)}
      data-testid="incentive-new"
    >
      {t('incentives:list.new')}
    </Button>
  );
  const empty = (
    <ListEmpty
      filtered={filtered}
      onClearFilters={() => void resetFilters()}
      title={t('incentives:list.empty')}
      hint={t(role === 'staff' ? 'incentives:list.emptyHintOwn' : 'incentives:list.emptyHint')}
      actions={role !== 'staff' ? proposeButton : undefined}
    />
  );

  return (
    <div data-testid={pageTestId('incentives')}>
      <PageHeader
        title={t('incentives:title')}
        intro={t('incentives:intro')}
        extra={
          <Space>
            <Button
              icon={<FileExcelOutlined />}
              loading={exporter.busy}
              disabled={!data?.total}
              onClick={() => void exporter.produceAndSave(() => exportList({ ...filter, locale }))}
              data-testid="incentive-export"
            >
              {t('incentives:list.export')}
            </Button>
            {proposeButton}
          </Space>
        }
      />
      <Card data-testid="incentive-list" data-loading={loading ? 'true' : 'false'}>
        <Space wrap style={{ marginBottom: 12 }}>
          <SearchInput
            value={filter.search}
            onSearch={(search) => onFilter({ search })}
            placeholder={t('incentives:list.search')}
            style={{ width: 260 }}
            testId="incentive-search"
          />
          <MultiChoice
            label={t('incentives:list.filters.types')}
            minWidth={110}
            value={filter.types}
            onChange={(types) => onFilter({ types })}
            options={INCENTIVE_TYPES.map((v) => ({ value: v, label: t(`incentives:type.${v}`) }))}
            popupMatchSelectWidth={false}
            testId="filter-types"
          />
          <MultiChoice
            label={t('incentives:list.filters.statuses')}
            minWidth={110}
            value={filter.statuses}
            onChange={(statuses) => onFilter({ statuses })}
            options={INCENTIVE_STATUSES.map((v) => ({ value: v, label: t(`incentives:status.${v}`) }))}
            popupMatchSelectWidth={false}
            testId="filter-statuses"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            onChange={(range) => onFilter({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            placeholder={[t('incentives:list.filters.from'), t('incentives:list.filters.to')]}
            data-testid="filter-dates"
          />
          {filter.staffId && (
            <Tag closable onClose={() => onFilter({ staffId: null })} data-testid="filter-person">
              {t('incentives:list.filters.staff')}: {picked.person ?? ''}
            </Tag>
          )}
          {filter.cycleId && (
            <Tag closable onClose={() => onFilter({ cycleId: null })} data-testid="filter-cycle">
              {t('incentives:list.filters.cycle')}: {picked.cycle ?? ''}
            </Tag>
          )}
          {filtered && (
            <ClearFiltersButton
              label={t('incentives:list.filters.clear')}
              onClear={() => void resetFilters()}
            />
          )}
        </Space>
        <ListToolbar>
          <Space size={16} wrap>
            <Typography.Text type="secondary" data-testid="incentive-total">
              {data ? t('incentives:list.total', { count: data.total }) : ''}
            </Typography.Text>
            {data && (data.rewardFen > 0 || data.fineFen > 0) && (
              <Typography.Text data-testid="incentive-sums">
                {t('incentives:list.totals', {
                  reward: formatMoneyFen(data.rewardFen, locale),
                  fine: formatMoneyFen(data.fineFen, locale),
                })}
              </Typography.Text>
            )}
          </Space>
          <ColumnChooser
            title={t('incentives:list.columns')}
            columns={OPTIONAL_COLUMNS.map((c) => ({ value: c, label: columnLabel(t, c) }))}
            value={columns}
            onChange={(v) => {
              setColumns(v);
              saveColumnChoice(v);
            }}
          />
        </ListToolbar>
        {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(t, error)} />}
        <Spin spinning={loading} delay={300}>
          <PagedTable<Incentive>
            columns={tableColumns}
            rows={data?.items ?? null}
            total={data?.total ?? 0}
            page={page}
            pageSize={pageSize}
            empty={data ? empty : null}
            onChange={onTableChange}
            totalText={(total) => t('incentives:list.total', { count: total })}
            flexMinWidth={REASON_MIN_WIDTH}
            testId="incentive-table"
          />
        </Spin>
      </Card>
      {proposing && <IncentiveForm onClose={() => setProposing(false)} onSaved={open} />}
      {openedId && <IncentiveDrawer onClose={() => navigate('/incentives')} />}
    </div>
  );
}
