import type { SessionUser } from '../../../shared/auth/types';
import { AppError } from '../../../shared/contract/errors';
import type { Actor, CoreDeps } from '../../core/context';
import type { Db } from '../../db/connection';
import type { SettingsService } from '../settings/service';
import * as repo from './repository';
import type { ClientRow, Stamp } from './repository';
import { searchText } from './search';
import { canSee } from './visibility';

/** Who is calling: the actor for the audit trail, the session user for the scope. */
export interface Caller {
  actor: Actor;
  user: SessionUser;
}

const DAY_MS = 86_400_000;

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (what: string) => new AppError('CONFLICT', `${what} changed since it was read`);
export const fieldRefusal = (code: 'VALIDATION' | 'FORBIDDEN' | 'DUPLICATE', field: string, key: string) =>
  new AppError(code, `${field}: ${key}`, { fields: { [field]: { key } } });

/**
 * What the client file service and the records inside files share: the connection, the stamp of a write,
 * which files the caller may see and change, and what every change to a file also does (touch, search text).
 */
export function createClientAccess(deps: CoreDeps, settings: SettingsService) {
  const db = (): Db => deps.store.db;
  const stamp = (actor: Actor): Stamp => ({ at: deps.clock.now().toISOString(), by: actor.userId });
  /** Files last touched before this instant are due for the periodic update (四(一)3). */
  const staleBefore = () =>
    new Date(deps.clock.now().getTime() - settings.get().settings.clientStaleDays * DAY_MS).toISOString();

  /**
   * A client the caller may see. Missing and out-of-scope answer the same NOT_FOUND, so a file's existence
   * is never revealed to someone who may not open it.
   */
  function visibleClient(d: Db, user: SessionUser, id: string): ClientRow {
    const row = repo.getClientRow(d, id);
    if (!row || !canSee(user, row)) throw notFound('client');
    return row;
  }

  function liveClient(d: Db, user: SessionUser, id: string): ClientRow {
    const row = visibleClient(d, user, id);
    if (row.deletedAt) throw notFound('client');
    return row;
  }

  /** For a versioned write: a stale version is a CONFLICT even when the other writer deleted the file. */
  function clientForWrite(d: Db, user: SessionUser, id: string, version: number): ClientRow {
    const row = visibleClient(d, user, id);
    if (row.version !== version) throw conflict('client');
    if (row.deletedAt) throw notFound('client');
    return row;
  }

  /** A contact, record or transaction the caller may change: its file visible and live, its version current. */
  function childForWrite<T extends { clientId: string; version: number; deletedAt: string | null }>(
    d: Db,
    user: SessionUser,
    child: T | null,
    version: number,
    what: string,
  ): T {
    if (!child) throw notFound(what);
    const client = repo.getClientRow(d, child.clientId);
    if (!client || !canSee(user, client) || client.deletedAt) throw notFound(what);
    if (child.version !== version) throw conflict(what);
    if (child.deletedAt) throw notFound(what);
    return child;
  }

  function refreshSearch(d: Db, clientId: string): void {
    const source = repo.searchSource(d, clientId);
    if (source) repo.upsertSearchText(d, clientId, searchText(source));
  }

  /** Any change inside a file marks the file as kept up to date. */
  function touched(d: Db, clientId: string, s: Stamp): void {
    repo.touchClient(d, clientId, s.at);
  }

  return {
    db,
    stamp,
    staleBefore,
    visibleClient,
    liveClient,
    clientForWrite,
    childForWrite,
    refreshSearch,
    touched,
  };
}

export type ClientAccess = ReturnType<typeof createClientAccess>;
