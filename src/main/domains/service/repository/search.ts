import { stmt, type Db } from '../../../db/connection';

/**
 * A ticket's search text (service_ticket_search, keyed by the ticket's rowid like client_search) and the
 * hits of a query. service_ticket_fts indexes the text by trigrams through the table's triggers.
 */

/** Writes the ticket's search text when it changed (an UPDATE, so the FTS delete trigger sees the old text). */
export function upsertTicketSearch(db: Db, ticketId: string, text: string): void {
  const updated = stmt(
    db,
    `UPDATE service_ticket_search SET text = @text
     WHERE ticket_rowid = (SELECT rowid FROM service_tickets WHERE id = @id) AND text IS NOT @text`,
  ).run({ id: ticketId, text }).changes;
  if (updated === 0)
    stmt(
      db,
      `INSERT OR IGNORE INTO service_ticket_search (ticket_rowid, text)
       SELECT rowid, @text FROM service_tickets WHERE id = @id`,
    ).run({ id: ticketId, text });
}

/** Where a list's search hits are kept while its page and count are read (per connection, in memory). */
export const TICKET_SEARCH_HITS = 'temp.service_ticket_search_hits';

/** An FTS5 string literal: the whole query one phrase, so `" * NEAR( AND OR -` are plain text. */
const ftsPhrase = (key: string) => `"${key.replaceAll('"', '""')}"`;

/**
 * Fills TICKET_SEARCH_HITS with the rowids of the tickets whose search text contains the query and returns
 * how many there are. Three characters or more through the trigram index; two through the trigrams that
 * start with them (the index's own list of its terms gives them) and, for a text that ends with them, its
 * last two characters; one by a pass over the texts. The query is only ever a bound parameter.
 */
export function fillTicketHits(db: Db, key: string): number {
  stmt(db, `CREATE TEMP TABLE IF NOT EXISTS service_ticket_search_hits (rowid INTEGER PRIMARY KEY)`).run();
  stmt(db, `DELETE FROM ${TICKET_SEARCH_HITS}`).run();
  const chars = [...key].length;
  const insert = (select: string, params: Record<string, string>) =>
    stmt(db, `INSERT OR IGNORE INTO ${TICKET_SEARCH_HITS} ${select}`).run(params).changes;
  const fts = (match: string) =>
    insert(`SELECT rowid FROM service_ticket_fts WHERE service_ticket_fts MATCH @match`, { match });
  if (chars >= 3) return fts(ftsPhrase(key));
  if (chars === 2) {
    const terms = stmt(db, `SELECT term FROM service_ticket_fts_terms WHERE term >= @key AND term < @next`)
      .pluck()
      .all({ key, next: `${key}\u{10FFFF}` }) as string[];
    const found = terms.length ? fts(terms.map(ftsPhrase).join(' OR ')) : 0;
    return (
      found + insert(`SELECT ticket_rowid FROM service_ticket_search WHERE substr(text, -2) = @key`, { key })
    );
  }
  return insert(`SELECT ticket_rowid FROM service_ticket_search WHERE instr(text, @key) > 0`, { key });
}
