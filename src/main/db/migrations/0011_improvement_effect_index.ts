/**
 * The improvement effect check reads, for a span of days, every live ticket's received time, kind, category
 * and client (a category's complaints, the clients served): from this index alone, in time order, without
 * visiting the ticket rows — a year of a busy desk is one index range.
 */
export const sql = /* sql */ `
CREATE INDEX service_tickets_effect ON service_tickets(received_at, kind, category, client_id) WHERE deleted_at IS NULL;
`;
