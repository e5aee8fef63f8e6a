import { Select } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import { errorText } from '../../api/errors';
import { useMarket } from '../../stores/marketStore';

/** The first field error's text, else the error's. */
export function refusalText(t: TFunction, error: AppErrorShape): string {
  const first = error.fields ? Object.values(error.fields)[0] : undefined;
  if (first) return t(first.key.replace(/^validation\./, 'validation:'), first.params ?? {});
  return errorText(t, error);
}

/** The department's people to choose an owner from: those at work, and whoever is already named. */
export function useOwnerOptions(named: string | null): { value: string; label: string }[] {
  const people = useMarket((s) => s.people);
  const loadPeople = useMarket((s) => s.loadPeople);
  useEffect(() => {
    void loadPeople();
  }, [loadPeople]);
  return useMemo(
    () =>
      people
        .filter((p) => p.status === 'active' || p.id === named)
        .map((p) => ({ value: p.id, label: p.groupName ? `${p.name}（${p.groupName}）` : p.name })),
    [people, named],
  );
}

/** A filter on the owner: anyone, or one person. */
export function OwnerFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const options = useOwnerOptions(value);
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={label}
      aria-label={label}
      style={{ minWidth: 160 }}
      value={value ?? undefined}
      onChange={(v?: string) => onChange(v ?? null)}
      options={options}
      data-testid="filter-owner"
    />
  );
}

/** Yuan typed on a form as fen for main (main refuses a negative amount on the field). */
export const fenOf = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined ? null : Math.round(yuan * 100);
export const yuanOf = (fen: number | null): number | null => (fen === null ? null : fen / 100);
