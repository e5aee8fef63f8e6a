import type { AuditName } from './presentation';

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  changes: AuditChange[];
}

/** A trail row as the trail is read (listed or exported): with the names of the records it mentions. */
export interface NamedAuditEntry extends AuditEntry {
  /**
   * The records this row names (its own record, and the ids in its changes) by id, looked up when the
   * trail is read: a deleted record is still named; one gone entirely is missing here.
   */
  names: Record<string, AuditName>;
}

export interface AuditPage {
  rows: NamedAuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}
