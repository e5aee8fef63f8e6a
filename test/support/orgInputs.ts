import type { ChannelInput } from '../../src/shared/contract/channels';
import type { Staff } from '../../src/shared/org/types';

/** The org.staff.update input that writes a person back as they are (tests change one field on top). */
export const staffUpdateInput = (s: Staff): ChannelInput<'org.staff.update'> => ({
  id: s.id,
  version: s.version,
  employeeNo: s.employeeNo,
  name: s.name,
  position: s.position,
  groupId: s.groupId,
  supervisorId: s.supervisorId,
  hireDate: s.hireDate,
  status: s.status,
  phone: s.phone,
  email: s.email,
  chargeGroupIds: s.chargeGroupIds,
});
