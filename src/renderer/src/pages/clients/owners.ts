import { useEffect, useMemo } from 'react';
import type { Staff } from '../../../../shared/org/types';
import { useClients } from '../../stores/clientsStore';
import { useSession } from '../../stores/sessionStore';

/**
 * The people the user may give a client file to, as main scopes them: staff only themselves, a group lead
 * the group's members, a deputy the members of the groups in their charge, the manager everyone. People who
 * have left are not offered.
 */
export function useOwnerCandidates(): { staff: Staff[]; candidates: Staff[] } {
  const user = useSession((s) => s.user);
  const staff = useClients((s) => s.staff);
  const loadStaff = useClients((s) => s.loadStaff);
  useEffect(() => {
    void loadStaff();
  }, [loadStaff]);
  const candidates = useMemo(() => {
    if (!user) return [];
    const current = staff.filter((s) => s.status !== 'left');
    const mine = (s: Staff) => s.id === user.staffId;
    switch (user.role) {
      case 'manager':
        return current;
      case 'deputy':
        return current.filter(
          (s) => mine(s) || (s.groupId !== null && user.chargeGroupIds.includes(s.groupId)),
        );
      case 'group_lead':
        return current.filter((s) => mine(s) || (user.groupId !== null && s.groupId === user.groupId));
      case 'staff':
        return current.filter(mine);
    }
  }, [staff, user]);
  return { staff, candidates };
}

export const staffOption = (s: Staff) => ({ value: s.id, label: `${s.name} (${s.employeeNo})` });
