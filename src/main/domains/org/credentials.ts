/**
 * Credentials for the auth domain: the users table belongs to org, and auth reaches it only through here.
 * The writes (login bookkeeping, a user's own new password) run inside auth's mutations.
 */
import type { Ctx } from '../../core/context';
import type { Mutation } from '../../core/mutation';
import { chargeGroupIds } from './repository/staff';
import * as users from './repository/users';

export type { UserAuthRow } from './repository/users';

export const userCount = (ctx: Ctx): number => users.userCount(ctx.db);
export const userByUsername = (ctx: Ctx, username: string) => users.findUserByUsername(ctx.db, username);
export const userById = (ctx: Ctx, id: string) => users.findUserById(ctx.db, id);
export const userChargeGroupIds = (ctx: Ctx, staffId: string): string[] => chargeGroupIds(ctx.db, staffId);

export const recordLoginFailure = (m: Mutation, id: string, attempts: number, lockedUntil: string | null) =>
  users.recordLoginFailure(m.db, id, attempts, lockedUntil);

export const recordLoginSuccess = (m: Mutation, id: string) => users.recordLoginSuccess(m.db, id, m.stamp.at);

/** A user's own new password: no version to check, no password change forced. */
export const setOwnPassword = (m: Mutation, id: string, hash: string): boolean =>
  users.updateUserPassword(m.db, id, null, hash, false, m.stamp);
