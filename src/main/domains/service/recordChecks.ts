import { normalisePhoneDigits } from '../../../shared/clients/rules';
import type { ListEntry } from '../../../shared/service/settings';
import type { OrgSettings } from '../../../shared/settings/types';
import type { Ctx } from '../../core/context';
import { fieldRefusal } from '../../core/refusals';
import { liveClientRef, liveContactRef } from '../clients/desk';
import { findStaff } from '../org/staff';

/*
 * What a ticket records, checked before it is written: keys on the settings lists, a handler or owner who is
 * at work, the client file and contact it links to, times that have already come.
 */

const onActiveList = (list: readonly ListEntry[], key: string) => list.some((e) => e.key === key && e.active);

/**
 * A category must be on the active list; a ticket keeps the retired one it was given (an edit that leaves it
 * as it is passes).
 */
export function checkCategory(settings: OrgSettings, key: string, current: string | null): void {
  if (key !== current && !onActiveList(settings.serviceCategories, key))
    throw fieldRefusal('VALIDATION', 'category', 'validation.unknownCategory');
}

/** A responsible department (or an action's) must be on the active list, unless it is the one already kept. */
export function checkDepartment(
  settings: OrgSettings,
  field: string,
  key: string | null,
  current: string | null,
): void {
  if (key !== null && key !== current && !onActiveList(settings.serviceDepartments, key))
    throw fieldRefusal('VALIDATION', field, 'validation.unknownDepartment');
}

/** A person put in charge (handler, action owner): someone on the roster who is at work, with their group. */
export function personAtWork(
  ctx: Ctx,
  field: string,
  staffId: string,
): { id: string; name: string; groupId: string | null } {
  const s = findStaff(ctx, staffId);
  if (!s) throw fieldRefusal('VALIDATION', field, 'validation.notFound');
  if (s.status !== 'active') throw fieldRefusal('VALIDATION', field, 'validation.handlerInactive');
  return { id: s.id, name: s.name, groupId: s.groupId };
}

/** Who called, as stored: the linked file and contact, or the unknown caller's own words, and the phone's digits. */
export interface CallerLink {
  clientId: string | null;
  contactId: string | null;
  callerName: string | null;
  callerPhone: string | null;
  callerPhoneNorm: string | null;
}

/**
 * The caller as the form gave them: a linked file must be a live one, and a contact must be one of that
 * file's; an unknown caller keeps the name they gave (ignored once a file is linked). A link that an edit
 * leaves as it was passes even if the file has since gone to the recycle bin.
 */
export function callerLink(
  ctx: Ctx,
  input: {
    clientId: string | null;
    contactId: string | null;
    callerName: string | null;
    callerPhone: string | null;
  },
  current: { clientId: string | null; contactId: string | null } | null,
): CallerLink {
  const clientUnchanged = current !== null && input.clientId === current.clientId;
  if (input.clientId !== null && !clientUnchanged && !liveClientRef(ctx, input.clientId))
    throw fieldRefusal('VALIDATION', 'clientId', 'validation.notFound');
  if (input.contactId !== null && !(clientUnchanged && input.contactId === current.contactId)) {
    const contact = liveContactRef(ctx, input.contactId);
    if (!contact || contact.clientId !== input.clientId)
      throw fieldRefusal('VALIDATION', 'contactId', 'validation.contactNotOfClient');
  }
  const digits = input.callerPhone ? normalisePhoneDigits(input.callerPhone) : '';
  return {
    clientId: input.clientId,
    contactId: input.contactId,
    callerName: input.clientId === null ? input.callerName : null,
    callerPhone: input.callerPhone,
    callerPhoneNorm: digits === '' ? null : digits,
  };
}

/** An instant as stored: every timestamp in one form (ms and Z), so they compare as text. */
export const storedInstant = (iso: string): string => new Date(iso).toISOString();

/** A time the person gives must have come already (the call's clock). */
export function checkNotFuture(ctx: Ctx, field: string, iso: string): void {
  if (Date.parse(iso) > ctx.clock.now().getTime())
    throw fieldRefusal('VALIDATION', field, 'validation.timeFuture');
}
