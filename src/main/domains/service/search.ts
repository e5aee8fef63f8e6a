import { normalisePhoneDigits } from '../../../shared/clients/rules';

/**
 * The form both a ticket's stored search text and a query take: full-width → half-width, Latin letters in
 * lower case (the client files' search does the same), so either path (FTS or instr) finds the other's text.
 */
export function ticketSearchKey(raw: string): string {
  return raw.normalize('NFKC').toLowerCase();
}

/** The query as it is matched; null when there is nothing to search for. */
export function ticketQueryKey(raw: string | null): string | null {
  const key = raw === null ? '' : ticketSearchKey(raw).trim();
  return key === '' ? null : key;
}

/** What a ticket is found by. */
export interface TicketSearchSource {
  code: string;
  /** The linked file's name, or what an unknown caller called themselves. */
  clientName: string | null;
  clientCode: string | null;
  contactName: string | null;
  callerPhone: string | null;
  content: string;
}

/**
 * The search text: code, client (name and code), contact, phone as given and as bare digits ('138 1234 5678'
 * is found by '13812345678'), content. Lines keep the parts apart, so a query never matches across the end of
 * one and the start of the next.
 */
export function ticketSearchText(s: TicketSearchSource): string {
  const parts = [s.code, s.clientName ?? '', s.clientCode ?? '', s.contactName ?? ''];
  if (s.callerPhone) {
    parts.push(s.callerPhone);
    const digits = normalisePhoneDigits(s.callerPhone);
    if (digits !== s.callerPhone) parts.push(digits);
  }
  parts.push(s.content);
  return ticketSearchKey(parts.filter((p) => p !== '').join('\n'));
}
