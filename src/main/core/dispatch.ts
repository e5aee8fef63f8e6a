import {
  channels,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ChannelInput,
} from '../../shared/contract/channels';
import { AppError, type AppErrorShape, type Result } from '../../shared/contract/errors';
import { accessAllows } from '../../shared/contract/permissions';
import { zodIssuesToFields } from '../../shared/contract/validation';
import { isSqliteError } from '../db/connection';
import type { Store } from '../db/store';
import { actorOf } from './context';
import type { HandlerTable } from './handlers';
import type { Logger } from './logger';
import type { Session } from './session';

/** Channels that answer while the database is corrupt or from a newer version. */
const WITHOUT_DATABASE = new Set<ChannelName>(['system.status', 'recovery.backups', 'recovery.restore']);

export type Dispatch = (channel: string, input: unknown, session: Session) => Promise<Result<unknown>>;
export type TypedDispatch = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  session: Session,
) => Promise<Result<ChannelOutput<C>>>;

const failure = (error: AppErrorShape): Result<never> => ({ ok: false, error });

function toShape(err: unknown, channel: string, logger: Logger): AppErrorShape {
  if (err instanceof AppError) return err.toShape();
  if (isSqliteError(err, 'SQLITE_FULL') || (err as { code?: string } | null)?.code === 'ENOSPC') {
    logger.error('dispatch.disk_full', err, { channel });
    return { code: 'DISK_FULL', message: 'disk full' };
  }
  if (isSqliteError(err, 'SQLITE_CORRUPT', 'SQLITE_NOTADB')) {
    logger.error('dispatch.corrupt', err, { channel });
    return { code: 'DB_CORRUPT', message: 'database corrupt' };
  }
  logger.error('dispatch.internal', err, { channel });
  return { code: 'INTERNAL', message: 'internal error' };
}

/**
 * The one entry point for every call from the UI: channel lookup → zod validation → access check →
 * handler → result envelope. Nothing reaches a handler unvalidated or unauthorised, and nothing
 * thrown inside escapes as anything but a closed-list error code.
 */
export function createDispatch(handlers: HandlerTable, store: Store, logger: Logger): Dispatch {
  return async (channel, input, session) => {
    if (!isChannelName(channel)) return failure({ code: 'UNKNOWN_CHANNEL', message: 'unknown channel' });
    const def = channels[channel];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      return failure({
        code: 'VALIDATION',
        message: 'invalid input',
        fields: zodIssuesToFields(parsed.error.issues, input),
      });
    }
    if (store.state !== 'ready' && !WITHOUT_DATABASE.has(channel)) {
      return failure({
        code: store.state === 'newer' ? 'DB_NEWER_VERSION' : 'DB_CORRUPT',
        message: `database ${store.state}`,
      });
    }
    const role = session.user?.role ?? null;
    if (!accessAllows(def.access, role)) {
      return failure(
        role === null
          ? { code: 'UNAUTHENTICATED', message: 'login required' }
          : { code: 'FORBIDDEN', message: 'not allowed' },
      );
    }
    try {
      const handler = handlers[channel] as (
        input: unknown,
        req: { session: Session; actor: ReturnType<typeof actorOf> },
      ) => unknown;
      const data = await handler(parsed.data, { session, actor: actorOf(session.user) });
      return def.kind === 'mutation' ? { ok: true, data, changes: def.changes } : { ok: true, data };
    } catch (err) {
      return failure(toShape(err, channel, logger));
    }
  };
}
