import { DatePicker, Space } from 'antd';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { TicketFilter } from '../../../../shared/service/channels';
import {
  COMPLAINT_STATUSES,
  INQUIRY_STATUSES,
  TICKET_CHANNELS,
  TICKET_KINDS,
  TICKET_SEVERITIES,
  TICKET_STATUSES,
  type TicketStatus,
} from '../../../../shared/service/types';
import type { ListEntry } from '../../../../shared/service/settings';
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
import { useService } from '../../stores/serviceStore';
import { entryOptions } from './labels';

type OtherFilters = Omit<TicketFilter, 'search' | 'scope' | 'clientId' | 'handlerId'>;

/** Behind "More filters": less used, counted on the button while hidden. */
const SECONDARY: (keyof OtherFilters)[] = ['channels', 'departments', 'from', 'to', 'openOnly'];
const PRIMARY: (keyof OtherFilters)[] = ['kinds', 'statuses', 'categories', 'severities', 'overdue'];

/** The statuses worth offering for the kinds chosen (both workflows when none or both are chosen). */
function statusesFor(kinds: readonly string[]): readonly TicketStatus[] {
  if (kinds.length === 1 && kinds[0] === 'inquiry') return INQUIRY_STATUSES;
  if (kinds.length === 1 && kinds[0] === 'complaint') return COMPLAINT_STATUSES;
  return TICKET_STATUSES;
}

const ListSearch = memo(function ListSearch({
  onChange,
}: {
  onChange: (patch: Partial<TicketFilter>) => void;
}) {
  const { t } = useTranslation();
  const search = useService((s) => s.list.filter.search);
  const onSearch = useCallback((search: string | null) => onChange({ search }), [onChange]);
  return (
    <SearchInput
      value={search}
      onSearch={onSearch}
      placeholder={t('serviceDesk:list.search')}
      style={{ width: 280 }}
      testId="ticket-search"
    />
  );
});

/**
 * The desk list's search box and filters (the schema's emptyTicketFilter is "no filter"); every change goes
 * to main, which filters. Read without the search, so typing leaves the selects alone.
 */
export const TicketFilters = memo(function TicketFilters({
  categories,
  departments,
  onChange,
  onClear,
}: {
  categories: readonly ListEntry[] | undefined;
  departments: readonly ListEntry[] | undefined;
  onChange: (patch: Partial<TicketFilter>) => void;
  onClear: () => void;
}) {
  const filter = useService(
    useShallow((s) => {
      const { search: _search, scope: _scope, clientId: _c, handlerId: _h, ...rest } = s.list.filter;
      return rest;
    }),
  );
  const searching = useService((s) => s.list.filter.search !== null);
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const secondaryActive = activeFilterCount(filter, SECONDARY);
  const [more, setMore] = useState(secondaryActive > 0);
  const anything = searching || activeFilterCount(filter, [...PRIMARY, ...SECONDARY]) > 0;

  const statusOptions = useMemo(
    () => statusesFor(filter.kinds).map((s) => ({ value: s, label: t(`service:status.${s}`) })),
    [filter.kinds, t],
  );

  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap>
        <ListSearch onChange={onChange} />
        <MultiChoice
          label={t('serviceDesk:list.filters.kinds')}
          minWidth={120}
          value={filter.kinds}
          onChange={(kinds) =>
            onChange({
              kinds,
              // A status the chosen workflow does not have would only empty the list.
              statuses: filter.statuses.filter((s) => statusesFor(kinds).includes(s)),
            })
          }
          options={TICKET_KINDS.map((k) => ({ value: k, label: t(`service:kind.${k}`) }))}
          popupMatchSelectWidth={false}
          testId="filter-kinds"
        />
        <MultiChoice
          label={t('serviceDesk:list.filters.statuses')}
          minWidth={130}
          value={filter.statuses}
          onChange={(statuses) => onChange({ statuses })}
          options={statusOptions}
          popupMatchSelectWidth={false}
          testId="filter-statuses"
        />
        <MultiChoice
          label={t('serviceDesk:list.filters.categories')}
          minWidth={130}
          value={filter.categories}
          onChange={(categories) => onChange({ categories })}
          options={entryOptions(categories, locale)}
          popupMatchSelectWidth={false}
          testId="filter-categories"
        />
        <MultiChoice
          label={t('serviceDesk:list.filters.severities')}
          minWidth={120}
          value={filter.severities}
          onChange={(severities) => onChange({ severities })}
          options={TICKET_SEVERITIES.map((s) => ({ value: s, label: t(`service:severity.${s}`) }))}
          popupMatchSelectWidth={false}
          testId="filter-severities"
        />
        <SwitchFilter
          label={t('serviceDesk:list.filters.overdue')}
          checked={filter.overdue}
          onChange={(overdue) => onChange({ overdue })}
          testId="filter-overdue"
        />
        <MoreFiltersButton
          label={t('serviceDesk:list.filters.more')}
          open={more}
          hiddenActive={secondaryActive}
          onToggle={() => setMore(!more)}
        />
        {anything && <ClearFiltersButton label={t('serviceDesk:list.filters.clear')} onClear={onClear} />}
      </Space>
      {more && (
        <Space wrap style={{ marginTop: 12 }}>
          <MultiChoice
            label={t('serviceDesk:list.filters.channels')}
            minWidth={130}
            value={filter.channels}
            onChange={(channels) => onChange({ channels })}
            options={TICKET_CHANNELS.map((c) => ({ value: c, label: t(`service:channel.${c}`) }))}
            popupMatchSelectWidth={false}
            testId="filter-channels"
          />
          <MultiChoice
            label={t('serviceDesk:list.filters.departments')}
            minWidth={160}
            value={filter.departments}
            onChange={(departments) => onChange({ departments })}
            options={entryOptions(departments, locale)}
            popupMatchSelectWidth={false}
            testId="filter-departments"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[toDayjs(filter.from), toDayjs(filter.to)]}
            onChange={(range) => onChange({ from: fromDayjs(range?.[0]), to: fromDayjs(range?.[1]) })}
            placeholder={[t('serviceDesk:list.filters.from'), t('serviceDesk:list.filters.to')]}
            aria-label={t('serviceDesk:list.filters.received')}
            data-testid="filter-dates"
          />
          <SwitchFilter
            label={t('serviceDesk:list.filters.openOnly')}
            checked={filter.openOnly}
            onChange={(openOnly) => onChange({ openOnly })}
            testId="filter-open-only"
          />
        </Space>
      )}
    </div>
  );
});
