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

export interface AuditPage {
  rows: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}
