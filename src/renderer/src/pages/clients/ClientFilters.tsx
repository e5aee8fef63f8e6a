import { Select, Space } from 'antd';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  VALUE_TIERS,
  type ClientSource,
} from '../../../../shared/clients/types';
import type { Group } from '../../../../shared/org/types';
import {
  ClearFiltersButton,
  MoreFiltersButton,
  MultiChoice,
  SwitchFilter,
  activeFilterCount,
} from '../../components/filterBar';
import { SearchInput } from '../../components/SearchInput';
import type { ClientFilter } from '../../../../shared/clients/channels';
import { useClients, type ClientListKey } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { useOrg } from '../../stores/orgStore';
import { useSession } from '../../stores/sessionStore';
import { groupLabel } from '../org/groupLabel';
import { industryOptions } from './labels';
import { cityOptions, provinceOptions } from './regionOptions';
import { staffOption, useOwnerCandidates } from './owners';

type OtherFilters = Omit<ClientFilter, 'search'>;

const SECONDARY: (keyof OtherFilters)[] = ['province', 'city', 'industry', 'source', 'tags', 'stale'];

/** The list's search box: it follows the list's search alone, so a search redraws the box, not the filters. */
const ListSearch = memo(function ListSearch({
  listKey,
  onChange,
}: {
  listKey: ClientListKey;
  onChange: (patch: Partial<ClientFilter>) => void;
}) {
  const { t } = useTranslation();
  const search = useClients((s) => s.lists[listKey].filter.search);
  const onSearch = useCallback((search: string | null) => onChange({ search }), [onChange]);
  return (
    <SearchInput
      value={search}
      onSearch={onSearch}
      placeholder={t('clients:list.search')}
      style={{ width: 300 }}
      testId="client-search"
    />
  );
});

/**
 * The client list's search box and filters; every change goes to main (the list is filtered there). The
 * filters are read without the search, so typing a search, its loading and its answer leave these dozen
 * selects alone.
 */
export const ClientFilters = memo(function ClientFilters({
  listKey,
  staleFixed,
  onChange,
  onClear,
}: {
  listKey: ClientListKey;
  /** The update list always shows stale files only. */
  staleFixed: boolean;
  onChange: (patch: Partial<ClientFilter>) => void;
  onClear: () => void;
}) {
  const filter = useClients(
    useShallow((s) => {
      const { search: _search, ...rest } = s.lists[listKey].filter;
      return rest;
    }),
  );
  const searching = useClients((s) => s.lists[listKey].filter.search !== null);
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const user = useSession((s) => s.user);
  const groups = useOrg((s) => s.groups);
  const loadGroups = useOrg((s) => s.loadGroups);
  const tags = useClients((s) => s.tags);
  const loadTags = useClients((s) => s.loadTags);
  const { candidates } = useOwnerCandidates();
  const secondaryKeys = SECONDARY.filter((k) => !(staleFixed && k === 'stale'));
  const secondaryActive = activeFilterCount(filter, secondaryKeys);
  const [more, setMore] = useState(secondaryActive > 0);

  useEffect(() => {
    void loadGroups();
    void loadTags();
  }, [loadGroups, loadTags]);

  const ownerOptions = useMemo(
    () => [{ value: '', label: t('clients:list.filters.anyOwner') }, ...candidates.map(staffOption)],
    [t, candidates],
  );

  const role = user?.role;
  const showOwner = role !== undefined && role !== 'staff';
  const visibleGroups: Group[] =
    role === 'manager'
      ? groups
      : role === 'deputy'
        ? groups.filter((g) => user?.chargeGroupIds.includes(g.id))
        : [];
  const anything =
    searching || activeFilterCount(filter, ['tiers', 'statuses', 'ownerId', 'groupId', ...secondaryKeys]) > 0;

  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap>
        <ListSearch listKey={listKey} onChange={onChange} />
        <MultiChoice
          label={t('clients:list.filters.tiers')}
          minWidth={130}
          value={filter.tiers}
          onChange={(tiers) => onChange({ tiers })}
          options={VALUE_TIERS.map((v) => ({ value: v, label: t(`clients:tier.${v}`) }))}
          testId="filter-tiers"
        />
        <MultiChoice
          label={t('clients:list.filters.statuses')}
          minWidth={140}
          value={filter.statuses}
          onChange={(statuses) => onChange({ statuses })}
          options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`clients:status.${s}`) }))}
          testId="filter-statuses"
        />
        {showOwner && (
          <Select
            style={{ width: 150 }}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('clients:list.filters.owner')}
            value={filter.ownerId ?? ''}
            onChange={(v) => onChange({ ownerId: v || null })}
            options={ownerOptions}
            data-testid="filter-owner"
          />
        )}
        {visibleGroups.length > 1 && (
          <Select
            style={{ width: 150 }}
            aria-label={t('clients:list.filters.group')}
            value={filter.groupId ?? ''}
            onChange={(v) => onChange({ groupId: v || null })}
            options={[
              { value: '', label: t('clients:list.filters.anyGroup') },
              ...visibleGroups.map((g) => ({ value: g.id, label: groupLabel(g, locale) })),
            ]}
            data-testid="filter-group"
          />
        )}
        <MoreFiltersButton
          label={t('clients:list.filters.more')}
          open={more}
          hiddenActive={secondaryActive}
          onToggle={() => setMore(!more)}
        />
        {anything && <ClearFiltersButton label={t('clients:list.filters.clear')} onClear={onClear} />}
      </Space>
      {more && (
        <Space wrap style={{ marginTop: 12 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 170 }}
            placeholder={t('clients:list.filters.anyProvince')}
            aria-label={t('clients:list.filters.province')}
            value={filter.province}
            // A city belongs to one province: choosing another province drops the city filter.
            onChange={(v: string | undefined) => onChange({ province: v ?? null, city: null })}
            options={provinceOptions(t, locale, filter.province)}
            data-testid="filter-province"
          />
          {filter.province && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 170 }}
              placeholder={t('clients:list.filters.anyCity')}
              aria-label={t('clients:list.filters.city')}
              value={filter.city}
              onChange={(v: string | undefined) => onChange({ city: v ?? null })}
              options={cityOptions(t, locale, filter.province, filter.city)}
              data-testid="filter-city"
            />
          )}
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            popupMatchSelectWidth={false}
            placeholder={t('clients:list.filters.anyIndustry')}
            aria-label={t('clients:list.filters.industry')}
            value={filter.industry}
            onChange={(v: string | undefined) => onChange({ industry: v ?? null })}
            options={industryOptions(t, filter.industry)}
            data-testid="filter-industry"
          />
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('clients:list.filters.anySource')}
            aria-label={t('clients:list.filters.source')}
            value={filter.source}
            onChange={(v: ClientSource | undefined) => onChange({ source: v ?? null })}
            options={CLIENT_SOURCES.map((s) => ({ value: s, label: t(`clients:source.${s}`) }))}
            data-testid="filter-source"
          />
          <MultiChoice
            label={t('clients:list.filters.tags')}
            minWidth={180}
            value={filter.tags}
            onChange={(v) => onChange({ tags: v.slice(0, 10) })}
            options={tags.map((tag) => ({ value: tag, label: tag }))}
            testId="filter-tags"
          />
          {!staleFixed && (
            <SwitchFilter
              label={t('clients:list.filters.stale')}
              checked={filter.stale}
              onChange={(stale) => onChange({ stale })}
              testId="filter-stale"
            />
          )}
        </Space>
      )}
    </div>
  );
});
