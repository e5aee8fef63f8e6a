import type { UserCtx } from '../../core/context';
import type { Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { riskCodeOf } from './repository/riskLinks';

/*
 * The meeting's seam to the risk register: a risk to link must be one the person may see on the register;
 * a risk raised in the meeting is created by the register's own service in the meeting's mutation.
 */

/** A risk the person may link: on the register and visible to them; else a field error on the picker. */
export function riskToLink(m: Mutation<UserCtx>, riskId: string): { id: string; code: string } {
  const code = riskCodeOf(m.db, riskId);
  if (code === null) throw fieldRefusal('VALIDATION', 'riskId', 'validation.notFound');
  return { id: riskId, code };
}
