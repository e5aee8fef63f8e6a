import { randomUUID } from 'node:crypto';
import type { Core } from '../../src/main/core/createCore';
import type { TicketKind } from '../../src/shared/service/types';

/**
 * Tickets as rows, for tests of what reads them (the improvement effect check) without the intake
 * workflow: only the columns those readers look at carry meaning — kind, category, received time, client,
 * handler, group, who registered it. Deadlines are set to the received time (they are not read here).
 */
export interface TicketRow {
  kind?: TicketKind;
  category?: string;
  receivedAt: string;
  clientId?: string | null;
  handlerId?: string | null;
  groupId?: string | null;
  /** The registering account (users.id). */
  createdBy?: string | null;
  deleted?: boolean;
}

let seq = 0;

export function insertTicketRow(core: Core, t: TicketRow): { id: string; code: string } {
  const id = randomUUID();
  const code = `TS-TEST-${String(++seq).padStart(5, '0')}`;
  const kind = t.kind ?? 'complaint';
  core.store.db
    .prepare(
      `INSERT INTO service_tickets (id, code, kind, channel, status, client_id, received_at, sla_start_at, content,
         category, severity, handler_id, group_id, response_due_at, response_mode, resolution_due_at,
         resolution_mode, created_at, updated_at, created_by, updated_by, deleted_at)
       VALUES (@id, @code, @kind, 'hotline', @status, @clientId, @at, @at, '测试工单', @category, 'normal',
         @handlerId, @groupId, @at, 'calendar', @at, 'calendar', @at, @at, @createdBy, @createdBy, @deletedAt)`,
    )
    .run({
      id,
      code,
      kind,
      status: kind === 'complaint' ? 'registered' : 'open',
      clientId: t.clientId ?? null,
      at: t.receivedAt,
      category: t.category ?? 'delivery',
      handlerId: t.handlerId ?? null,
      groupId: t.groupId ?? null,
      createdBy: t.createdBy ?? null,
      deletedAt: t.deleted ? t.receivedAt : null,
    });
  return { id, code };
}
