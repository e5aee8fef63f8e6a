import type { SessionUser } from '../../shared/auth/types';
import { AppError } from '../../shared/contract/errors';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { ScryptCost } from './password';
import type { Printer } from '../printing/printer';
import type { Session, SessionRegistry } from './session';
import type { Store } from '../db/store';
import type { WriteGate } from './writeGate';

/** Who is acting: the logged-in user, or the system (setup, scheduled backups). */
export interface Actor {
  userId: string | null;
  name: string | null;
}

export const actorOf = (user: SessionUser | null): Actor =>
  user ? { userId: user.userId, name: user.displayName } : { userId: null, name: null };

/** One call's context, given to every handler. */
export interface Request {
  session: Session;
  actor: Actor;
}

/**
 * The logged-in user of a call, for services that scope what they show by who is asking (client files).
 * Dispatch reaches a handler behind a permission only with a user, so the throw is a safety net.
 */
export function sessionUser(req: Request): SessionUser {
  if (!req.session.user) throw new AppError('UNAUTHENTICATED', 'login required');
  return req.session.user;
}

/** What services are built from. */
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
