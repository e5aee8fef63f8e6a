import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, DatePicker, Select, Space, Switch } from 'antd';
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
import { SearchInput } from '../../components/SearchInput';
import { fromDayjs, toDayjs } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useService } from '../../stores/serviceStore';
import { entryOptions } from './labels';

type OtherFilters = Omit<TicketFilter, 'search' | 'scope' | 'clientId' | 'handlerId'>;

/** Behind "More filters": less used, counted on the button while hidden. */
const SECONDARY: (keyof OtherFilters)[] = ['channels', 'departments', 'from', 'to', 'openOnly'];
const PRIMARY: (keyof OtherFilters)[] = ['kinds', 'statuses', 'categories', 'severities', 'overdue'];

function activeCount(filter: OtherFilters, keys: (keyof OtherFilters)[]): number {
  return keys.filter((k) => {
    const v = filter[k];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== false;
  }).length;
}

function MultiChoice<V extends string>({
  label,
  minWidth,
  value,
  onChange,
  options,
  testId,
}: {
  label: string;
  minWidth: number;
  value: V[];
  onChange: (value: V[]) => void;
  options: { value: V; label: string }[];
  testId: string;
}) {
  return (
    <Select<V[]>
      mode="multiple"
      allowClear
      style={{ minWidth }}
      maxTagCount="responsive"
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}

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
  const secondaryActive = activeCount(filter, SECONDARY);
  const [more, setMore] = useState(secondaryActive > 0);
  const anything = searching || activeCount(filter, [...PRIMARY, ...SECONDARY]) > 0;

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
          testId="filter-kinds"
        />
        <MultiChoice
          label={t('serviceDesk:list.filters.statuses')}
          minWidth={130}
          value={filter.statuses}
          onChange={(statuses) => onChange({ statuses })}
          options={statusOptions}
          testId="filter-statuses"
        />
        <MultiChoice
          label={t('serviceDesk:list.filters.categories')}
          minWidth={130}
          value={filter.categories}
          onChange={(categories) => onChange({ categories })}
          options={entryOptions(categories, locale)}
          testId="filter-categories"
        />
        <MultiChoice
          label={t('serviceDesk:list.filters.severities')}
          minWidth={120}
          value={filter.severities}
          onChange={(severities) => onChange({ severities })}
          options={TICKET_SEVERITIES.map((s) => ({ value: s, label: t(`service:severity.${s}`) }))}
          testId="filter-severities"
        />
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <Switch
            size="small"
            checked={filter.overdue}
            onChange={(overdue) => onChange({ overdue })}
            aria-label={t('serviceDesk:list.filters.overdue')}
            data-testid="filter-overdue"
          />
          {t('serviceDesk:list.filters.overdue')}
        </span>
        <Badge count={more ? 0 : secondaryActive} size="small">
          <Button
            icon={<FilterOutlined />}
            type={more ? 'primary' : 'default'}
            ghost={more}
            onClick={() => setMore(!more)}
            data-testid="filter-more"
          >
            {t('serviceDesk:list.filters.more')}
          </Button>
        </Badge>
        {anything && (
          <Button type="link" onClick={onClear} data-testid="filter-clear">
            {t('serviceDesk:list.filters.clear')}
          </Button>
        )}
      </Space>
      {more && (
        <Space wrap style={{ marginTop: 12 }}>
          <MultiChoice
            label={t('serviceDesk:list.filters.channels')}
            minWidth={130}
            value={filter.channels}
            onChange={(channels) => onChange({ channels })}
            options={TICKET_CHANNELS.map((c) => ({ value: c, label: t(`service:channel.${c}`) }))}
            testId="filter-channels"
          />
          <MultiChoice
            label={t('serviceDesk:list.filters.departments')}
            minWidth={160}
            value={filter.departments}
            onChange={(departments) => onChange({ departments })}
            options={entryOptions(departments, locale)}
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
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <Switch
              size="small"
              checked={filter.openOnly}
              onChange={(openOnly) => onChange({ openOnly })}
              aria-label={t('serviceDesk:list.filters.openOnly')}
              data-testid="filter-open-only"
            />
            {t('serviceDesk:list.filters.openOnly')}
          </span>
        </Space>
      )}
    </div>
  );
});
