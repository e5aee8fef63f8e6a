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
