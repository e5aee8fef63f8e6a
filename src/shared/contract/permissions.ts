import type { Role } from './roles';

/**
 * The one permission matrix. Every channel names one of these permissions (or 'public' / 'authenticated');
 * main checks it on every call, the renderer uses it only to hide what a role may not do.
 */
export const PERMISSION_MATRIX = {
  'org.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'org.manage': ['manager'],
  'accounts.manage': ['manager'],
  'audit.read': ['manager'],
  'settings.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'settings.manage': ['manager'],
  'backup.manage': ['manager'],
  'reports.roster': ['manager', 'deputy', 'group_lead', 'staff'],
  // Client files: every role reads and writes the files it can see (staff their own, leads their group,
  // deputies the groups in their charge, the manager all) — the scope is applied in main on every query.
  'clients.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'clients.write': ['manager', 'deputy', 'group_lead', 'staff'],
  'clients.reassign': ['manager', 'deputy'],
  'clients.merge': ['manager', 'deputy'],
  'clients.recycle': ['manager'],
  // Customer service (三(三)): anyone may take an inquiry or a complaint (sales staff get them too, 二(二)4) and
  // works on the tickets in their scope; leads and up hand tickets to another handler and read the statistics.
  'service.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'service.write': ['manager', 'deputy', 'group_lead', 'staff'],
  'service.assign': ['manager', 'deputy', 'group_lead'],
  'service.stats': ['manager', 'deputy', 'group_lead'],
  // Improvement measures: leads and up open and edit them; everyone reads them, and an owner reports progress
  // on their own (checked in main).
  'improvement.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'improvement.manage': ['manager', 'deputy', 'group_lead'],
  'improvement.progress': ['manager', 'deputy', 'group_lead', 'staff'],
  // Risk management (五): everyone identifies risks and works on those they own; leads and up hold
  // identification meetings and keep the indicators; the manager and deputies run inspections and audits,
  // whose auditors (any role) record findings and verify rectifications (checked in main).
  'risk.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'risk.write': ['manager', 'deputy', 'group_lead', 'staff'],
  'meetings.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'meetings.manage': ['manager', 'deputy', 'group_lead'],
  'meetings.progress': ['manager', 'deputy', 'group_lead', 'staff'],
  'kri.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'kri.manage': ['manager', 'deputy', 'group_lead'],
  'kri.record': ['manager', 'deputy', 'group_lead', 'staff'],
  'control.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'control.manage': ['manager', 'deputy'],
  'control.audit': ['manager', 'deputy', 'group_lead', 'staff'],
  'control.rectify': ['manager', 'deputy', 'group_lead', 'staff'],
  // Approvals: anyone sees the requests they made; the manager decides (risk acceptance, price floors …).
  'approvals.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'approvals.decide': ['manager'],
  // Performance appraisal (六): everyone reads the indicator library and the templates they are appraised
  // by; the manager keeps them.
  'appraisal.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'appraisal.library': ['manager'],
  // The manager runs the cycles: opens them, moves their phases, adjusts scores, publishes, resolves appeals.
  // Everyone works on the forms the cycle gives them (their own, those they evaluate — checked in main).
  'appraisal.cycles': ['manager'],
  // The consolidated table and the cycle's result summary are for those who oversee groups (六(三)4): the
  // manager all rows, deputies and leads their groups' (checked in main); staff oversee nobody's results.
  'appraisal.review': ['manager', 'deputy', 'group_lead'],
  // Incentives (六(四)): everyone sees their own; a supervisor, lead or deputy proposes for the people they
  // oversee (checked in main), the manager decides (approvals).
  'incentives.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'incentives.propose': ['manager', 'deputy', 'group_lead', 'staff'],
  // Sales plans (三(二)1): everyone reads the plans in their scope (staff their own and their group's); the
  // manager sets any plan, a deputy their groups' and their people's, a group lead the split of their group's
  // target to its people (checked in main).
  'salesPlans.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'salesPlans.manage': ['manager', 'deputy', 'group_lead'],
  // Price system (三(二)3): everyone reads the products (floor prices only the settings' audience, main strips
  // them); the manager keeps them. Quotes: everyone makes and works on the quotes in their scope (checked in main).
  'pricing.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'pricing.manage': ['manager'],
  'quotes.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'quotes.write': ['manager', 'deputy', 'group_lead', 'staff'],
  // Market work (二(二)3): department knowledge — everyone reads and records it; a record is changed by its
  // owner or those over the owner's group (checked in main).
  'market.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'market.write': ['manager', 'deputy', 'group_lead', 'staff'],
  // The sales pipeline (三(一)): everyone works on the opportunities they see (staff their own, leads their
  // group's, deputies their groups', the manager all — applied in main); leads and up hand one to another person.
  'sales.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'sales.write': ['manager', 'deputy', 'group_lead', 'staff'],
  'sales.assign': ['manager', 'deputy', 'group_lead'],
  // Contracts (三(二)4): everyone draws up and follows the contracts they see (staff their own, leads their
  // group's, deputies their groups', the manager all — checked in main); leads and up review them, the
  // manager and deputies approve them.
  'contracts.read': ['manager', 'deputy', 'group_lead', 'staff'],
  'contracts.write': ['manager', 'deputy', 'group_lead', 'staff'],
  'contracts.review': ['manager', 'deputy', 'group_lead'],
  'contracts.approve': ['manager', 'deputy'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_MATRIX;
/** 'public': no login needed; 'authenticated': any logged-in user. */
export type Access = Permission | 'public' | 'authenticated';

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSION_MATRIX[permission] as readonly Role[]).includes(role);
}

export function accessAllows(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'authenticated') return true;
  return roleMay(role, access);
}
