import type { Staff } from '../../../shared/org/types';
import type { Ctx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { findStaff } from '../org/staff';

/**
 * A person who can take on work now (an auditor, an owner): someone who left or is on leave is refused on
 * `field`. A value the write does not change is not checked again (someone since on leave stays named).
 */
export function staffAtWork(ctx: Ctx, id: string, field: string): Staff {
  const s = findStaff(ctx, id);
  if (!s) throw fieldRefusal('VALIDATION', field, 'validation.notFound');
  if (s.status === 'left') throw fieldRefusal('VALIDATION', field, 'validation.staffLeft');
  if (s.status === 'on_leave') throw fieldRefusal('VALIDATION', field, 'validation.staffOnLeave');
  return s;
}
