import type { Role } from '../contract/roles';

export const STAFF_STATUSES = ['active', 'on_leave', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** Groups the rulebook names (二(一)); created on setup, more can be added. */
export const BUILTIN_GROUPS = ['market', 'sales', 'service'] as const;
export type BuiltinGroup = (typeof BUILTIN_GROUPS)[number];

export interface Group {
  id: string;
  name: string;
  nameEn: string | null;
  builtin: BuiltinGroup | null;
  leadStaffId: string | null;
  leadName: string | null;
  active: boolean;
  sortOrder: number;
  activeStaffCount: number;
  version: number;
}

export interface AccountSummary {
  userId: string;
  username: string;
  role: Role;
  active: boolean;
}

export interface Staff {
  id: string;
  employeeNo: string;
  name: string;
  position: string | null;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  supervisorId: string | null;
  supervisorName: string | null;
  hireDate: string | null;
  status: StaffStatus;
  phone: string | null;
  email: string | null;
  chargeGroupIds: string[];
  account: AccountSummary | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Account {
  id: string;
  staffId: string;
  staffName: string;
  employeeNo: string;
  username: string;
  role: Role;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
  version: number;
}

export interface OrgOverview {
  departmentName: string;
  totalStaff: number;
  byGroup: {
    groupId: string | null;
    name: string | null;
    nameEn: string | null;
    active: number;
    onLeave: number;
  }[];
  accounts: { active: number; locked: number; inactive: number; byRole: Record<Role, number> };
}
