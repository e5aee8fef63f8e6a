import type { Staff } from '../../../../shared/org/types';

/** People to choose from: those still in the department (plus anyone already chosen), by name with their number. */
export function peopleOptions(people: readonly Staff[], keep: readonly (string | null | undefined)[] = []) {
  return people
    .filter((p) => p.status !== 'left' || keep.includes(p.id))
    .map((p) => ({ value: p.id, label: p.name, search: `${p.name} ${p.employeeNo}` }));
}

export const searchPeople = { optionFilterProp: 'search' } as const;
