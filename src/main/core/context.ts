import type { SessionUser } from '../../shared/auth/types';
import { AppError } from '../../shared/contract/errors';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { ScryptCost } from './password';
import type { Printer } from '../printing/printer';
import type { Session, SessionRegistry } from './session';
import type { Db } from '../db/connection';
import type { Store } from '../db/store';
import type { WriteGate } from './writeGate';

/** Who is acting: the logged-in user, or the system (setup, scheduled backups). */
export interface Actor {
  userId: string | null;
  name: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, name: null };

export const actorOf = (user: SessionUser | null): Actor =>
  user ? { userId: user.userId, name: user.displayName } : SYSTEM_ACTOR;

/** What dispatch hands every handler besides the input: the caller's session and who is acting. */
export interface Request {
  session: Session;
  actor: Actor;
}

/** What the core is built from, the same for every call. */
export interface CoreDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  sessions: SessionRegistry;
  printer: Printer;
  fontsDir: string;
  appVersion: string;
  passwordCost: ScryptCost;
  /** Mutations share the database; a long writer (the import) holds it alone. */
  writeGate: WriteGate;
}

/**
 * One call's context, the first argument of every service function: the core's dependencies, who is acting
 * (the audit trail, the stamp of every row written) and the session user when the call is behind a login.
 * Handlers build it from the request (contextOf, userContextOf); scheduled work uses systemContext.
 */
export interface Ctx extends CoreDeps {
  readonly actor: Actor;
  readonly user: SessionUser | null;
  /** The open connection. Read it where it is used: a restore replaces it in the middle of a call. */
  readonly db: Db;
}

/** The context of a call behind a login, for services that scope what they show by who is asking. */
export interface UserCtx extends Ctx {
  readonly user: SessionUser;
}

function context<U extends SessionUser | null>(
  deps: CoreDeps,
  actor: Actor,
  user: U,
): Ctx & { readonly user: U } {
  const { store, clock, logger, sessions, printer, fontsDir, appVersion, passwordCost, writeGate } = deps;
  return {
    store,
    clock,
    logger,
    sessions,
    printer,
    fontsDir,
    appVersion,
    passwordCost,
    writeGate,
    actor,
    user,
    get db() {
      return store.db;
    },
  };
}

/** A call's context from its request: the session's user, if any, acting. */
export const contextOf = (deps: CoreDeps, req: Request): Ctx => context(deps, req.actor, req.session.user);

/**
 * A call's context for a service that needs to know who is asking. Dispatch reaches a handler behind a
 * permission only with a user, so the throw is a safety net.
 */
export function userContextOf(deps: CoreDeps, req: Request): UserCtx {
  const user = req.session.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'login required');
  return context(deps, req.actor, user);
}

/** Work nobody asked for in a call (scheduled backups, housekeeping, first-run setup): the system acts. */
export const systemContext = (deps: CoreDeps): Ctx => context(deps, SYSTEM_ACTOR, null);

/** The same call with someone else acting (setup: the new manager writes the first settings). */
export const actingAs = (ctx: Ctx, actor: Actor): Ctx => context(ctx, actor, ctx.user);

/**
 * State a domain keeps for the life of one core (import jobs in memory, the backup queue), created on
 * first use and gone with the core; keyed by the core's store, which lives exactly as long.
 */
export function perCore<T>(create: (deps: CoreDeps) => T): (deps: CoreDeps) => T {
  const byCore = new WeakMap<Store, T>();
  return (deps) => {
    let state = byCore.get(deps.store);
    if (state === undefined) {
      state = create(deps);
      byCore.set(deps.store, state);
    }
    return state;
  };
}
