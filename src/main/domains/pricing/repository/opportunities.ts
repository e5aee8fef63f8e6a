import { stmt, type Db } from '../../../db/connection';

/*
 * The opportunities a quote may belong to, read-only: the pipeline keeps them; a quote only names one, and who
 * may name it is decided from its owner and group, as for the quote itself.
 */
export interface OpportunityRow {
  id: string;
  code: string;
  title: string;
  clientId: string;
  ownerId: string;
  groupId: string | null;
  stage: string;
}

const SELECT = `
  SELECT o.id, o.code, o.title, o.client_id AS clientId, o.owner_id AS ownerId, o.group_id AS groupId, o.stage
  FROM opportunities o`;

export function getOpportunityRow(db: Db, id: string): OpportunityRow | null {
  return (stmt(db, `${SELECT} WHERE o.id = ? AND o.deleted_at IS NULL`).get(id) as OpportunityRow) ?? null;
}

/** A client's opportunities, newest first. */
export function opportunitiesOfClient(db: Db, clientId: string): OpportunityRow[] {
  return stmt(db, `${SELECT} WHERE o.client_id = ? AND o.deleted_at IS NULL ORDER BY o.created_at DESC`).all(
    clientId,
  ) as OpportunityRow[];
}
