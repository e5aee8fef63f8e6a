import type { AuditChange } from '../../shared/audit/types';

/** Bookkeeping fields that change on every update and say nothing to a reader of the trail. */
const IGNORED = new Set(['updatedAt', 'updatedBy', 'version', 'createdAt', 'createdBy']);

/** Field-by-field before → after of two flat records; a created record diffs against {}, a deleted one to {}. */
export function diffRecords(
  before: object | null,
  after: object | null,
  omit: readonly string[] = [],
): AuditChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changes: AuditChange[] = [];
  for (const field of keys) {
    if (IGNORED.has(field) || omit.includes(field)) continue;
    const from = b[field] ?? null;
    const to = a[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, before: from, after: to });
  }
  return changes;
}
