import type { AuditChange } from '../../shared/audit/types';
import type { Entity } from '../../shared/contract/entities';
import { stmt, type Db } from '../db/connection';
import { insertAudit } from './auditTrail';
import type { Ctx } from './context';
import { conflict } from './refusals';

/** When a row was written and by whom (a user id, or null for the system): every writer stamps rows with it. */
export interface Stamp {
  at: string;
  by: string | null;
}

/** One row of the audit trail, as a mutation records it; the actor and the time come from the mutation. */
export interface AuditRecord {
  entity: Entity;
  entityId: string | null;
  action: string;
  changes?: AuditChange[];
}

/** What a mutation may do besides reading: write with its stamp, record its audit rows, check its versions. */
export interface Writes {
  /** The one stamp of this mutation: every row it writes carries the same time and actor. */
  readonly stamp: Stamp;
  /** Records an audit-trail row in this mutation's transaction. */
  audit(entry: AuditRecord): void;
  /**
   * The outcome of a versioned write (`UPDATE … WHERE id = ? AND version = ?`): no row written means the
   * version the caller read is stale, a CONFLICT on `what`.
   */
  versioned(what: Entity, written: boolean): void;
}

/** A context inside a mutation: everything the call's context has, and the means to write. */
export type Mutation<C extends Ctx = Ctx> = C & Writes;

/** The mutations running now, innermost last: a nested one's audit rows count for the one around it. */
const running: { audited: number }[] = [];

const totalChanges = (db: Db): number => stmt(db, 'SELECT total_changes()').pluck().get() as number;

/**
 * Runs `fn` as one mutation: one transaction (a savepoint when nested in another mutation), one stamp,
 * its audit rows written inside it. Whatever `fn` throws rolls everything back, audit rows included.
 *
 * Every write leaves a trail: a mutation that changed rows but recorded no audit row is refused and rolled
 * back — a programming error, so dispatch logs it and answers INTERNAL — and a service cannot forget its
 * audit row and still succeed. A mutation that found nothing to change (reassigning files to the owner
 * they have) may record none.
 */
export function mutate<C extends Ctx, T>(ctx: C, fn: (m: Mutation<C>) => T): T {
  const db = ctx.db;
  const stamp: Stamp = { at: ctx.clock.now().toISOString(), by: ctx.actor.userId };
  return db.transaction(() => {
    const frame = { audited: 0 };
    const changesBefore = totalChanges(db);
    const m: Mutation<C> = {
      ...ctx,
      db,
      stamp,
      audit(entry) {
        insertAudit(db, {
          at: stamp.at,
          actorUserId: ctx.actor.userId,
          actorName: ctx.actor.name,
          entity: entry.entity,
          entityId: entry.entityId,
          action: entry.action,
          changes: entry.changes ?? [],
        });
        frame.audited++;
      },
      versioned(what, written) {
        if (!written) throw conflict(what);
      },
    };
    running.push(frame);
    let result: T;
    try {
      result = fn(m);
    } finally {
      running.pop();
    }
    if (frame.audited === 0 && totalChanges(db) !== changesBefore)
      throw new Error('a mutation changed rows without an audit row');
    const outer = running[running.length - 1];
    if (outer) outer.audited += frame.audited;
    return result;
  })();
}
