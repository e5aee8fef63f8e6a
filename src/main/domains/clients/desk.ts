import { normalisePhoneDigits } from '../../../shared/clients/rules';
import type { CallerMatch } from '../../../shared/service/types';
import type { Ctx } from '../../core/context';
import { fillSearchHits } from './repository/clientList';
import { clientRef, contactRef, deskMatchesByPhone, deskMatchesOfHits } from './repository/desk';
import { mayBePinyin, queryKey } from './search';
import { canSee, type Viewer } from './visibility';

/*
 * What other workflows may know of client files, through this domain's rules: the service desk's caller ID
 * and client picker (every live file: the desk serves every client, but it learns only the file's code, name,
 * contacts and owner), links from their records to a file and a contact, and which files a person may see.
 */

/** Fewer digits than this identify nobody (an extension, a half-typed number). */
const MIN_CALLER_DIGITS = 5;
const MAX_CALLER_MATCHES = 20;
const MAX_PICKER_CLIENTS = 20;

const toMatch = (r: CallerMatch): CallerMatch => ({
  clientId: r.clientId,
  clientCode: r.clientCode,
  clientName: r.clientName,
  contactId: r.contactId,
  contactName: r.contactName,
  ownerName: r.ownerName,
});

/**
 * Caller ID: the live files whose contact has this mobile number (compared by digits, +86 and spaces ignored),
 * one match per contact. Two files sharing a number both come back: the desk asks which.
 */
export function findByPhone(ctx: Ctx, phone: string): CallerMatch[] {
  const digits = normalisePhoneDigits(phone);
  if (digits.length < MIN_CALLER_DIGITS) return [];
  return deskMatchesByPhone(ctx.db, digits, MAX_CALLER_MATCHES).map(toMatch);
}

/** The intake form's client picker: live files found by name, code, credit code, pinyin or a contact's name or phone. */
export function findForDesk(ctx: Ctx, search: string): CallerMatch[] {
  const key = queryKey(search);
  if (key === null) return [];
  fillSearchHits(ctx.db, key, mayBePinyin(key));
  return deskMatchesOfHits(ctx.db, MAX_PICKER_CLIENTS).map(toMatch);
}

/** A live file another record links to, by its names; null when there is none (or it was deleted). */
export function liveClientRef(ctx: Ctx, id: string): { id: string; code: string; name: string } | null {
  const c = clientRef(ctx.db, id);
  return c && !c.deletedAt ? { id: c.id, code: c.code, name: c.name } : null;
}

/** A live contact another record names, with the file it belongs to; null when there is none. */
export function liveContactRef(
  ctx: Ctx,
  id: string,
): { id: string; clientId: string; name: string; mobile: string | null } | null {
  const k = contactRef(ctx.db, id);
  return k && !k.deletedAt ? { id: k.id, clientId: k.clientId, name: k.name, mobile: k.mobile } : null;
}

/** Whether the person may see this file (deleted or not): its owner, their group's lead, a deputy in charge, the manager. */
export function mayViewClient(ctx: Ctx, viewer: Viewer, clientId: string): boolean {
  const c = clientRef(ctx.db, clientId);
  return c !== null && canSee(viewer, c);
}

/**
 * The code and name of each file other records name, by id — deleted files too, since a record keeps naming
 * the file it was about (an appraisal's drill-down of complaints). Unknown ids are left out.
 */
export function clientNames(ctx: Ctx, ids: readonly string[]): Map<string, { code: string; name: string }> {
  const names = new Map<string, { code: string; name: string }>();
  for (const id of new Set(ids)) {
    const c = clientRef(ctx.db, id);
    if (c) names.set(id, { code: c.code, name: c.name });
  }
  return names;
}
