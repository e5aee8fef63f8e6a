import {
  AUDIT_PRESENTATION,
  AUDIT_REFS,
  auditValueKind,
  type AuditName,
  type AuditRef,
} from '../../../shared/audit/presentation';
import type { AuditEntry, NamedAuditEntry } from '../../../shared/audit/types';
import type { Db } from '../../db/connection';
import { namesOf } from './nameRepository';

function isRef(kind: unknown): kind is AuditRef {
  return (AUDIT_REFS as readonly unknown[]).includes(kind);
}

/** The ids a trail row mentions, by kind of record: its own record and the ids in its changes. */
function mentions(entry: AuditEntry, into: Map<AuditRef, Set<string>>): void {
  const add = (ref: AuditRef, value: unknown) => {
    for (const id of Array.isArray(value) ? value : [value])
      if (typeof id === 'string' && id) into.get(ref)!.add(id);
  };
  const record = AUDIT_PRESENTATION[entry.entity]?.record;
  if (isRef(record)) add(record, entry.entityId);
  for (const c of entry.changes) {
    const kind = auditValueKind(entry.entity, c.field, c.after ?? c.before);
    if (kind.kind === 'ref') {
      add(kind.ref, c.before);
      add(kind.ref, c.after);
    }
    if (kind.kind === 'weightedIndicator')
      for (const items of [c.before, c.after])
        for (const item of Array.isArray(items) ? (items as { indicatorId?: unknown }[]) : [])
          add('appraisalIndicator', item.indicatorId);
  }
}

/**
 * Trail rows with the names of the records they mention (AUDIT_PRESENTATION says which ids name what),
 * looked up in one query per kind of record for the whole batch.
 */
export function withNames(db: Db, entries: readonly AuditEntry[]): NamedAuditEntry[] {
  const ids = new Map<AuditRef, Set<string>>(AUDIT_REFS.map((r) => [r, new Set<string>()]));
  for (const e of entries) mentions(e, ids);
  const found = new Map<string, AuditName>();
  for (const [ref, set] of ids) for (const [id, name] of namesOf(db, ref, [...set])) found.set(id, name);
  return entries.map((e) => {
    const own = new Map<AuditRef, Set<string>>(AUDIT_REFS.map((r) => [r, new Set<string>()]));
    mentions(e, own);
    const names: Record<string, AuditName> = {};
    for (const set of own.values())
      for (const id of set) {
        const name = found.get(id);
        if (name) names[id] = name;
      }
    return { ...e, names };
  });
}
