import type { CallerMatch } from '../../../../shared/service/types';

/** A client file as the desk picks it: who it is, whose account it is, and the contacts main told us of. */
export interface PickedClient {
  id: string;
  code: string;
  name: string;
  ownerName: string | null;
  contacts: { id: string; name: string }[];
}

/** Matches (one per file, or one per contact of a file) grouped into files, in main's order. */
export function groupMatches(matches: readonly CallerMatch[]): PickedClient[] {
  const byId = new Map<string, PickedClient>();
  for (const m of matches) {
    let c = byId.get(m.clientId);
    if (!c) {
      c = { id: m.clientId, code: m.clientCode, name: m.clientName, ownerName: m.ownerName, contacts: [] };
      byId.set(m.clientId, c);
    }
    if (m.contactId && !c.contacts.some((k) => k.id === m.contactId))
      c.contacts.push({ id: m.contactId, name: m.contactName ?? '' });
  }
  return [...byId.values()];
}

/** The same file with the contacts of both answers (a phone's match first, then the file's others). */
export function mergeContacts(a: PickedClient, b: PickedClient | undefined): PickedClient {
  if (!b || b.id !== a.id) return a;
  return {
    ...a,
    contacts: [...a.contacts, ...b.contacts.filter((k) => !a.contacts.some((x) => x.id === k.id))],
  };
}

/** A phone worth asking caller ID about: at least seven digits (a local landline without its area code). */
export const lookupWorthy = (phone: string | null | undefined): phone is string =>
  !!phone && phone.replace(/\D/g, '').length >= 7 && /^\+?[0-9][0-9 -]*$/.test(phone.trim());
