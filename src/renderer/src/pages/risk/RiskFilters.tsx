import { DatePicker, Select, Space } from 'antd';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { RiskFilter } from '../../../../shared/risk/channels';
import { RISK_LEVELS, RISK_STATUSES, RISK_STRATEGIES } from '../../../../shared/risk/types';
import type { ListEntry } from '../../../../shared/settings/lists';
import {
  ClearFiltersButton,
  MoreFiltersButton,
  MultiChoice,
  SwitchFilter,
  activeFilterCount,
} from '../../components/filterBar';
import { SearchInput } from '../../components/SearchInput';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useRisk } from '../../stores/riskStore';
import { staffOption } from '../clients/owners';
import { entryOptions } from './labels';
import { useRiskStaff } from './useRiskLists';

type OtherFilters = Omit<RiskFilter, 'search' | 'scope' | 'clientId'>;

/** Behind "More filters": less used, counted on the button while hidden. */
const SECONDARY: (keyof OtherFilters)[] = ['strategies', 'ownerId', 'from', 'to', 'openOnly'];
const PRIMARY: (keyof OtherFilters)[] = ['categories', 'levels', 'statuses', 'reviewDue', 'overdueActions'];

const ListSearch = memo(function ListSearch({
  onChange,
}: {
  onChange: (patch: Partial<RiskFilter>) => void;
}) {
  const { t } = useTranslation();
  const search = useRisk((s) => s.list.filter.search);
  const onSearch = useCallback((search: string | null) => onChange({ search }), [onChange]);
  return (
    <SearchInput
      value={search}
      onSearch={onSearch}
      placeholder={t('riskDesk:list.search')}
      style={{ width: 260 }}
      testId="risk-search"
    />
  );
});

/**
 * The register's search box and filters (the schema's emptyRiskFilter is "no filter"); every change goes to
 * main, which filters. Read without the search, so typing leaves the selects alone.
 */
export const RiskFilters = memo(function RiskFilters({
  categories,
  onChange,
  onClear,
}: {
  categories: readonly ListEntry[] | undefined;
  onChange: (patch: Partial<RiskFilter>) => void;
  onClear: () => void;
}) {
  const filter = useRisk(
    useShallow((s) => {
      const { search: _search, scope: _scope, clientId: _c, ...rest } = s.list.filter;
      return rest;
    }),
  );
  const searching = useRisk((s) => s.list.filter.search !== null);
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const staff = useRiskStaff();
  const secondaryActive = activeFilterCount(filter, SECONDARY);
  const [more, setMore] = useState(secondaryActive > 0);
  const anything = searching || activeFilterCount(filter, [...PRIMARY, ...SECONDARY]) > 0;

  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap>
        <ListSearch onChange={onChange} />
        <MultiChoice
          label={t('riskDesk:list.filters.categories')}
          minWidth={120}
          value={filter.categories}
          onChange={(categories) => onChange({ categories })}
          options={entryOptions(categories, locale)}
          popupMatchSelectWidth={false}
          testId="filter-categories"
        />
        <MultiChoice
          label={t('riskDesk:list.filters.levels')}
          minWidth={110}
          value={filter.levels}
          onChange={(levels) => onChange({ levels })}
          options={RISK_LEVELS.map((l) => ({ value: l, label: t(`risk:level.${l}`) }))}
          popupMatchSelectWidth={false}
          testId="filter-levels"
        />
        <MultiChoice
          label={t('riskDesk:list.filters.statuses')}
          minWidth={110}
          value={filter.statuses}
          onChange={(statuses) => onChange({ statuses })}
          options={RISK_STATUSES.map((s) => ({ value: s, label: t(`risk:status.${s}`) }))}
          popupMatchSelectWidth={false}
          testId="filter-statuses"
        />
        <SwitchFilter
          label={t('riskDesk:list.filters.reviewDue')}
          checked={filter.reviewDue}
          onChange={(reviewDue) => onChange({ reviewDue })}
          testId="filter-review-due"
        />
        <SwitchFilter
          label={t('riskDesk:list.filters.overdueActions')}
          checked={filter.overdueActions}
          onChange={(overdueActions) => onChange({ overdueActions })}
          testId="filter-overdue-actions"
        />
        <MoreFiltersButton
          label={t('riskDesk:list.filters.more')}
          open={more}
          hiddenActive={secondaryActive}
          onToggle={() => setMore(!more)}
        />
        {anything && <ClearFiltersButton label={t('riskDesk:list.filters.clear')} onClear={onClear} />}
      </Space>
      {more && (
        <Space wrap style={{ marginTop: 12 }}>
          <MultiChoice
            label={t('riskDesk:list.filters.strategies')}
            minWidth={120}
            value={filter.strategies}
            onChange={(strategies) => onChange({ strategies })}
            options={RISK_STRATEGIES.map((s) => ({ value: s, label: t(`risk:strategy.${s}`) }))}
            popupMatchSelectWidth={false}
            testId="filter-strategies"
          />
          <Select<string | null>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 150 }}
            placeholder={t('riskDesk:list.filters.owner')}
            aria-label={t('riskDesk:list.filters.owner')}
            value={filter.ownerId}
            onChange={(ownerId) => onChange({ ownerId: ownerId ?? null })}
            options={staff.map(staffOption)}
            popupMatchSelectWidth={false}
            data-testid="filter-owner"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            onChange={(range) => onChange({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            placeholder={[t('riskDesk:list.filters.from'), t('riskDesk:list.filters.to')]}
            aria-label={t('riskDesk:list.filters.identified')}
            data-testid="filter-dates"
          />
          <SwitchFilter
            label={t('riskDesk:list.filters.openOnly')}
            checked={filter.openOnly}
            onChange={(openOnly) => onChange({ openOnly })}
            testId="filter-open-only"
          />
        </Space>
      )}
    </div>
  );
});
