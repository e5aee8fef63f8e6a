import { useEffect } from 'react';
import type { Role } from '../../../../shared/contract/roles';
import type { RiskScope } from '../../../../shared/risk/types';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useRisk } from '../../stores/riskStore';
import { useSettings } from '../../stores/settingsStore';

/** The settings the register's screens label and offer (categories, scales, matrix), loaded once. */
export function useRiskSettings(): OrgSettings | undefined {
  const settings = useSettings((s) => s.record?.settings);
  const load = useSettings((s) => s.load);
  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);
  return settings;
}

/** Active staff: who can own a risk or an action. */
export function useRiskStaff() {
  const staff = useRisk((s) => s.staff);
  const load = useRisk((s) => s.loadStaff);
  useEffect(() => {
    void load();
  }, [load]);
  return staff;
}

/** The scopes a role has: everyone their own and all they may see; leads and deputies their groups' too. */
export function scopesOf(role: Role | undefined): RiskScope[] {
  if (role === 'group_lead' || role === 'deputy') return ['mine', 'group', 'all'];
  return ['mine', 'all'];
}

/** Where a role's register opens: the manager on everything, leads and deputies their groups, staff their own. */
export function defaultScopeOf(role: Role | undefined): RiskScope {
  if (role === 'manager') return 'all';
  if (role === 'group_lead' || role === 'deputy') return 'group';
  return 'mine';
}
