import {
  channels,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ChannelInput,
} from '../../shared/contract/channels';
import { AppError, type AppErrorShape, type Result } from '../../shared/contract/errors';
import { exceedsInputLimit, maxInputBytesOf } from '../../shared/contract/inputSize';
import { accessAllows } from '../../shared/contract/permissions';
import { zodIssuesToFields } from '../../shared/contract/validation';
import { isSqliteError } from '../db/connection';
import type { Store } from '../db/store';
import { actorOf } from './context';
import type { HandlerTable } from './handlers';
import type { Logger } from './logger';
import type { Session } from './session';
import type { WriteGate } from './writeGate';

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

/** Whether a call may go on, decided before its input is looked at; when it may, how much input it may carry. */
export type Admission =
  { ok: true; channel: ChannelName; maxInputBytes: number } | { ok: false; error: AppErrorShape };
export type Admit = (channel: string, session: Session) => Admission;

/**
 * The checks that need nothing of the input: the channel exists, the database can answer it, and the
 * caller's session and role may use it. A caller without the right learns nothing about the input's shape
 * (no field errors), and an input is never parsed for a caller who may not send it. The database state
 * comes before access because it says nothing about the input, and a logged-out window of a damaged or
 * newer database must learn that rather than "log in first".
 */
export function createAdmission(store: Store): Admit {
  return (channel, session) => {
    if (!isChannelName(channel))
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel' } };
    if (store.state !== 'ready' && !WITHOUT_DATABASE.has(channel)) {
      return {
        ok: false,
        error: {
          code: store.state === 'newer' ? 'DB_NEWER_VERSION' : 'DB_CORRUPT',
          message: `database ${store.state}`,
        },
      };
    }
    const def = channels[channel];
    const role = session.user?.role ?? null;
    if (!accessAllows(def.access, role)) {
      return {
        ok: false,
        error:
          role === null
            ? { code: 'UNAUTHENTICATED', message: 'login required' }
            : { code: 'FORBIDDEN', message: 'not allowed' },
      };
    }
    return { ok: true, channel, maxInputBytes: maxInputBytesOf(def) };
  };
}

/**
 * The one entry point for every call from the UI: admission (channel, database state, session and role)
 * → input size → zod validation → handler → result envelope. Nothing reaches a handler unvalidated or
 * unauthorised, and nothing thrown inside escapes as anything but a closed-list error code. Mutations pass
 * the write gate: they wait while a long writer (the import) holds the database.
 */
export function createDispatch(
  handlers: HandlerTable,
  admit: Admit,
  writeGate: WriteGate,
  logger: Logger,
): Dispatch {
  return async (name, input, session) => {
    const admission = admit(name, session);
    if (!admission.ok) return failure(admission.error);
    const { channel } = admission;
    if (exceedsInputLimit(input, admission.maxInputBytes))
      return failure({ code: 'TOO_LARGE', message: 'input too large' });
    const def = channels[channel];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      return failure({
        code: 'VALIDATION',
        message: 'invalid input',
        fields: zodIssuesToFields(parsed.error.issues, input),
      });
    }
    const handler = handlers[channel] as (
      input: unknown,
      req: { session: Session; actor: ReturnType<typeof actorOf> },
    ) => unknown;
    const run = () => handler(parsed.data, { session, actor: actorOf(session.user) });
    try {
      if (def.kind === 'query') return { ok: true, data: await run() };
      const data = await writeGate.shared(run);
      return { ok: true, data, changes: def.changes };
    } catch (err) {
      return failure(toShape(err, channel, logger));
    }
  };
}
