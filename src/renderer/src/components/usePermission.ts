import { roleMay, type Permission } from '../../../shared/contract/permissions';
import { useSession } from '../stores/sessionStore';

/** Whether to show an action; main checks the same matrix on every call. */
export function usePermission(permission: Permission): boolean {
  const role = useSession((s) => s.user?.role);
  return role !== undefined && roleMay(role, permission);
}
