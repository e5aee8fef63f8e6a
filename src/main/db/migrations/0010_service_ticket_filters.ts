/**
 * The ticket list's filters by category, severity, channel and responsible department, each through an
 * index of its own in received-time order: with 200,000 tickets a count by one of them reads the index
 * alone instead of every ticket, and a rare department's page is found without walking the whole list.
 */
export const sql = /* sql */ `
CREATE INDEX service_tickets_category ON service_tickets(category, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_severity ON service_tickets(severity, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_channel ON service_tickets(channel, received_at) WHERE deleted_at IS NULL;
CREATE INDEX service_tickets_dept ON service_tickets(responsible_dept, received_at)
  WHERE responsible_dept IS NOT NULL AND deleted_at IS NULL;
`;
