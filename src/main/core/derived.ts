import type { Db } from '../db/connection';
import type { Ctx } from './context';

/**
 * Rewrites derived rows — data computed from source rows, such as the client search text — in one
 * transaction, outside any user's mutation: when what they are computed from changes shape (a new version of
 * the search text), not when a user changes a record. No audit row: the trail records the source rows; these
 * can always be computed again from them (docs/architecture.md, "Data").
 */
export function rewriteDerived<T>(ctx: Ctx, fn: (db: Db) => T): T {
  const db = ctx.db;
  return db.transaction(() => fn(db))();
}
