import type { Entity } from '../../../shared/contract/entities';
import type { Ctx, UserCtx } from '../../core/context';
import type { Mutation } from '../../core/mutation';
import { conflict, notFound } from '../../core/refusals';
import { getSettings } from '../settings/service';
import { getClientRow, touchClient, type ClientRow } from './repository/clients';
import { searchSource, upsertSearchText } from './repository/searchText';
import { SEARCH_TEXT_VERSION, searchText } from './search';
import { canSee } from './visibility';

/*
 * What the services of client files and of the records inside them share: which files the caller may see
 * and change, and what every change to a file also does (touch, search text).
 */

const DAY_MS = 86_400_000;

/** Files last touched before this instant are due for the periodic update (四(一)3). */
export const staleBefore = (ctx: Ctx): string =>
  new Date(ctx.clock.now().getTime() - getSettings(ctx).settings.clientStaleDays * DAY_MS).toISOString();

/**
 * A client the caller may see. Missing and out-of-scope answer the same NOT_FOUND, so a file's existence
 * is never revealed to someone who may not open it.
 */
export function visibleClient(ctx: UserCtx, id: string): ClientRow {
  const row = getClientRow(ctx.db, id);
  if (!row || !canSee(ctx.user, row)) throw notFound('client');
  return row;
}

export function liveClient(ctx: UserCtx, id: string): ClientRow {
  const row = visibleClient(ctx, id);
  if (row.deletedAt) throw notFound('client');
  return row;
}

/** For a versioned write: a stale version is a CONFLICT even when the other writer deleted the file. */
export function clientForWrite(ctx: UserCtx, id: string, version: number): ClientRow {
  const row = visibleClient(ctx, id);
  if (row.version !== version) throw conflict('client');
  if (row.deletedAt) throw notFound('client');
  return row;
}

/** A contact, record or transaction the caller may change: its file visible and live, its version current. */
export function childForWrite<T extends { clientId: string; version: number; deletedAt: string | null }>(
  ctx: UserCtx,
  what: Entity,
  child: T | null,
  version: number,
): T {
  if (!child) throw notFound(what);
  const client = getClientRow(ctx.db, child.clientId);
  if (!client || !canSee(ctx.user, client) || client.deletedAt) throw notFound(what);
  if (child.version !== version) throw conflict(what);
  if (child.deletedAt) throw notFound(what);
  return child;
}

/** The file's search text, written again from its name, codes and contacts. */
export function refreshSearch(m: Mutation, clientId: string): void {
  const source = searchSource(m.db, clientId);
  if (source) upsertSearchText(m.db, clientId, searchText(source), SEARCH_TEXT_VERSION);
}

/** Any change inside a file marks the file as kept up to date. */
export function touched(m: Mutation, clientId: string): void {
  touchClient(m.db, clientId, m.stamp.at);
}
