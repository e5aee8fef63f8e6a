import type { Role } from '../contract/roles';

export interface SessionUser {
  userId: string;
  staffId: string;
  username: string;
  displayName: string;
  role: Role;
  groupId: string | null;
  chargeGroupIds: string[];
  mustChangePassword: boolean;
}

export interface SetupStatus {
  needsSetup: boolean;
  departmentName: string | null;
}
