import { AppError } from '../../../shared/contract/errors';
import type { Contract } from '../../../shared/contracts/types';
import type { UserCtx } from '../../core/context';
import { conflict, notFound } from '../../core/refusals';
import { toContract } from './contractView';
import { getContract, involves } from './repository/contracts';
import { inScope } from './visibility';

/** A contract the caller may see (missing and not-theirs answer the same NOT_FOUND), and whether it is in their scope. */
export function visibleContract(ctx: UserCtx, id: string): { contract: Contract; scoped: boolean } {
  const row = getContract(ctx.db, id);
  if (!row) throw notFound('contract');
  const scoped = inScope(ctx.user, row);
  if (!scoped && !involves(ctx.db, id, ctx.user.staffId)) throw notFound('contract');
  return { contract: toContract(row), scoped };
}

/**
 * A contract the caller runs (its owner, their lead or deputy, the manager), at the version they read. Someone
 * only involved in it (a milestone's owner, a hand-off's assignee) sees it but may not change it.
 */
export function contractForWrite(ctx: UserCtx, id: string, version: number): Contract {
  const { contract, scoped } = visibleContract(ctx, id);
  if (!scoped) throw new AppError('FORBIDDEN', 'only those running the contract may change it');
  if (contract.version !== version) throw conflict('contract');
  return contract;
}

/** The contract a child record belongs to, for a change in it; scoped as contractForWrite, any version. */
export function runContract(ctx: UserCtx, id: string): Contract {
  const { contract, scoped } = visibleContract(ctx, id);
  if (!scoped) throw new AppError('FORBIDDEN', 'only those running the contract may change it');
  return contract;
}

/** A workflow move the contract's state does not allow. */
export const invalidMove = (from: string, what: string): AppError =>
  new AppError('INVALID_STATE', `a ${from} contract cannot be ${what}`);
