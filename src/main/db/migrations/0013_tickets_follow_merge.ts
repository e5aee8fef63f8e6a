/**
 * A client file merged into another takes its tickets along: the kept file's Tickets tab and complaint count
 * include them, and each ticket's link, client owner and group (which decide who sees it) become the kept
 * file's (its contacts move with the merge, so a ticket's contact stays its own). The merge itself is the audited act (the clients domain writes its trail row); the tickets follow
 * it as the client's owner and group already do (0012), in the same transaction.
 */
export const sql = /* sql */ `
CREATE TRIGGER service_tickets_follow_merge AFTER UPDATE OF merged_into ON clients
WHEN old.merged_into IS NULL AND new.merged_into IS NOT NULL BEGIN
  UPDATE service_tickets
  SET client_id = new.merged_into,
      client_owner_id = (SELECT owner_id FROM clients WHERE id = new.merged_into),
      client_group_id = (SELECT group_id FROM clients WHERE id = new.merged_into),
      updated_at = new.updated_at, updated_by = new.updated_by, version = version + 1
  WHERE client_id = new.id;
END;
`;
