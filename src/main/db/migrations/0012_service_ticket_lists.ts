/**
 * The ticket lists at a busy desk's scale (200,000 tickets), where reading one ticket's row costs microseconds
 * and a list's count may cover most of the table:
 *
 * - Who may see a ticket depends on its client file's owner and group (staff see the tickets of files they
 *   own, a lead those of their group's files). Joining the files a person may see — tens of thousands for a
 *   lead — to the tickets took 80 ms a list; so each ticket carries its file's owner and group, written with
 *   the ticket (repository/tickets.ts) and kept in step here when a file changes hands. A deleted ticket is
 *   never shown, so only live tickets follow.
 * - A list with only choice filters (kind, status, category, severity, channel, department) over everyone's
 *   or a team's tickets is counted from service_ticket_tally: live tickets per combination of those values,
 *   kept by triggers in the same statement as the ticket's write, instead of walking up to 200,000 index
 *   entries per list.
 * - A person's own tickets (handled, registered) are found and counted through indexes that carry every
 *   column the lists filter on, so that a desk clerk's ten thousand registered tickets are counted without
 *   reading one of them; the tickets of the files they own through an index of their own.
 * - Two characters (a name, 退货) are found through the trigram index too: every trigram that starts with
 *   them, read from the index's own list of terms (service_ticket_fts_terms), instead of reading all 200,000
 *   texts; a text that ends with them has no such trigram, and is found by its last two characters.
 * - A deleted ticket is found by an index of its own, so that counting search hits that are live reads none.
 * - A year's statistics (repository/stats.ts) read every ticket of the year by kind and received time: that
 *   index now carries every column they count, so no ticket row is read (a year of a busy desk: 80,000 rows,
 *   a third of the time). The effect check's index (0011) gets deleted_at for the same reason: SQLite
 *   answers from an index alone only when it holds every column a query names, its own WHERE's included.
 */
const TALLY_COLUMNS = [
  'group_id',
  'client_group_id',
  'kind',
  'status',
  'category',
  'severity',
  'channel',
  'responsible_dept',
] as const;
const NULLABLE = new Set<string>(['group_id', 'client_group_id', 'responsible_dept']);
/** A tally key of a ticket's row (`old` or `new`): NULL is stored as '' (a key column cannot be NULL). */
const key = (row: string) =>
  TALLY_COLUMNS.map((c) => (NULLABLE.has(c) ? `coalesce(${row}.${c}, '')` : `${row}.${c}`)).join(', ');
const changed = TALLY_COLUMNS.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
/**
 * The columns the personal indexes carry besides their own: everything a list filters or scopes on, and
 * deleted_at (a query is answered from an index alone only when it holds every column named, even the one
 * of the index's own WHERE).
 */
const LISTED = `received_at, kind, status, category, severity, channel, responsible_dept, next_due_at,
  group_id, client_group_id`;

export const sql = /* sql */ `
ALTER TABLE service_tickets ADD COLUMN client_owner_id TEXT;
ALTER TABLE service_tickets ADD COLUMN client_group_id TEXT;
UPDATE service_tickets
SET (client_owner_id, client_group_id) = (SELECT c.owner_id, c.group_id FROM clients c WHERE c.id = service_tickets.client_id)
WHERE client_id IS NOT NULL;

CREATE TRIGGER service_tickets_follow_client AFTER UPDATE OF owner_id, group_id ON clients
WHEN old.owner_id IS NOT new.owner_id OR old.group_id IS NOT new.group_id BEGIN
  UPDATE service_tickets SET client_owner_id = new.owner_id, client_group_id = new.group_id
  WHERE client_id = new.id AND deleted_at IS NULL;
END;

CREATE TABLE service_ticket_tally (
  ${TALLY_COLUMNS.map((c) => `${c} TEXT NOT NULL`).join(',\n  ')},
  n INTEGER NOT NULL,
  PRIMARY KEY (${TALLY_COLUMNS.join(', ')})
) STRICT;
INSERT INTO service_ticket_tally
SELECT ${key('t')}, count(*) FROM service_tickets t WHERE t.deleted_at IS NULL GROUP BY ${TALLY_COLUMNS.map((_, i) => i + 1).join(', ')};

CREATE TRIGGER service_ticket_tally_ai AFTER INSERT ON service_tickets WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO service_ticket_tally VALUES (${key('new')}, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER service_ticket_tally_au
AFTER UPDATE OF ${TALLY_COLUMNS.join(', ')}, deleted_at ON service_tickets
WHEN ${changed} OR old.deleted_at IS NOT new.deleted_at BEGIN
  INSERT INTO service_ticket_tally SELECT ${key('old')}, -1 WHERE old.deleted_at IS NULL
    ON CONFLICT DO UPDATE SET n = n - 1;
  INSERT INTO service_ticket_tally SELECT ${key('new')}, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

DROP INDEX service_tickets_handler;
DROP INDEX service_tickets_creator;
CREATE INDEX service_tickets_handler ON service_tickets(handler_id, ${LISTED}, created_by, deleted_at)
  WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_creator ON service_tickets(created_by, ${LISTED}, handler_id, deleted_at)
  WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_client_owner ON service_tickets(client_owner_id, received_at)
  WHERE client_owner_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX service_tickets_deleted ON service_tickets(deleted_at) WHERE deleted_at IS NOT NULL;

DROP INDEX service_tickets_kind_received;
CREATE INDEX service_tickets_kind_received ON service_tickets(kind, received_at, channel, category,
  responsible_dept, first_response_at, response_due_at, resolved_at, resolution_due_at, status,
  satisfaction_score, client_satisfied, reopen_count, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX service_tickets_effect;
CREATE INDEX service_tickets_effect ON service_tickets(received_at, kind, category, client_id, deleted_at)
  WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE service_ticket_fts_terms USING fts5vocab(service_ticket_fts, 'row');
CREATE INDEX service_ticket_search_tail ON service_ticket_search(substr(text, -2));
`;
