import { officialCity, officialProvince } from '../../../shared/clients/regions';
import type { ClientSortField, ClientSource, ClientStatus, ValueTier } from '../../../shared/clients/types';
import type { ClientQuery } from './repository';
import type { Db } from '../../db/connection';
import { fillSearchHits, queryKey, searchProbe } from './search';
import type { Scope } from './visibility';

export interface ClientFilter {
  search: string | null;
  tiers: ValueTier[];
  statuses: ClientStatus[];
  ownerId: string | null;
  groupId: string | null;
  province: string | null;
  city: string | null;
  industry: string | null;
  source: ClientSource | null;
  stale: boolean;
  tags: string[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The client list's query: search hits (if searching), then live files, the viewer's scope and each filter
 * that is set. Every value is a bound parameter; only the shape of the SQL depends on which filters are set.
 *
 * The planner has no statistics, so it cannot tell a staff member's hundred files from a tier's ten
 * thousand; the query tells it which index drives. A scope or an owner or group filter drives through its
 * covering index (clients_live_owner / clients_live_group, which carry the other filter columns), and the
 * other filters are then marked with unary + so that no index is used for them; for the manager, the
 * filter's own index drives. Stale and tag filters never drive: they are checked from clients_live_updated
 * while it is walked in updated-time order, and a count with nothing to drive it walks that index too.
 * A search keeps to its hits (repository.listSql decides how), except within one person's files, where
 * each file's text is looked at.
 */
export function listQuery(scope: Scope, f: ClientFilter, staleBefore: string): ListPlan {
  const parts = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (scope.sql !== '1') add(scope.sql, ...scope.params);
  if (f.ownerId) add('c.owner_id = ?', f.ownerId);
  if (f.groupId) add('c.group_id = ?', f.groupId);
  const narrowed = parts.length > 1;
  const col = (name: string) => (narrowed ? `+c.${name}` : `c.${name}`);
  const tiers = [...new Set(f.tiers)];
  const statuses = [...new Set(f.statuses)];
  if (tiers.length) add(`${col('tier')} IN (${placeholders(tiers.length)})`, ...tiers);
  if (statuses.length) add(`${col('status')} IN (${placeholders(statuses.length)})`, ...statuses);
  // A short form (江苏, 苏州) filters by the official name it stands for; a name on no list, as it is.
  const province = f.province && (officialProvince(f.province) ?? f.province);
  if (province) add(`${col('province')} = ?`, province);
  if (f.city) add(`${col('city')} = ?`, (province && officialCity(province, f.city)) ?? f.city);
  if (f.industry) add(`${col('industry')} = ?`, f.industry);
  if (f.source) add(`${col('source')} = ?`, f.source);
  const indexed = parts.length > 1;
  if (f.stale) add('+c.touched_at < ?', staleBefore);
  // Tags: a file carrying any of the chosen tags, like the other multi-choice filters (tiers, statuses).
  // The stored array is JSON.stringify'd, so each tag appears in it as its JSON string: instr on that
  // rules out nearly every file cheaply (from the index), and json_each then checks the candidates exactly.
  const tags = [...new Set(f.tags)];
  if (tags.length)
    add(
      `(${tags.map(() => 'instr(c.tags, ?) > 0').join(' OR ')})
       AND EXISTS (SELECT 1 FROM json_each(c.tags) t WHERE t.value IN (SELECT value FROM json_each(?)))`,
      ...tags.map((t) => JSON.stringify(t)),
      JSON.stringify(tags),
    );
  const key = queryKey(f.search);
  let search = null;
  if (key && (scope.by === 'owner' || f.ownerId)) {
    const probe = searchProbe(key);
    add(probe.sql, ...probe.params);
  } else if (key) {
    search = key;
  }
  return {
    search,
    where: { sql: parts.join(' AND '), params },
    countIndex: indexed ? null : 'clients_live_updated',
    liveOnly: parts.length === 1,
  };
}

/** A list query before its search hits are read: `search` is the query key whose hits it keeps to. */
export interface ListPlan extends Omit<ClientQuery, 'hits'> {
  search: string | null;
}

/** The plan with its search hits found (once, for both the page and the count; see search.SEARCH_HITS). */
export function withHits(db: Db, plan: ListPlan): ClientQuery {
  const { search, ...rest } = plan;
  return { ...rest, hits: search === null ? null : { count: fillSearchHits(db, search) } };
}

/** Lifecycle order, not alphabetical: potential first, lost last. The same expression is indexed (0003). */
const STATUS_RANK = `(CASE c.status WHEN 'potential' THEN 0 WHEN 'key_follow_up' THEN 1 WHEN 'customer' THEN 2 WHEN 'dormant' THEN 3 ELSE 4 END)`;

/**
 * ORDER BY for a sort field. Ties fall back to the most recently updated, then to the rowid, so paging is
 * stable; the time-based sorts keep one direction throughout so they read straight from their index.
 */
export function listOrder(sort: ClientSortField, order: 'asc' | 'desc'): string {
  const d = order === 'asc' ? 'ASC' : 'DESC';
  switch (sort) {
    case 'updatedAt':
      return `c.updated_at ${d}, c.rowid ${d}`;
    case 'createdAt':
      return `c.created_at ${d}, c.rowid ${d}`;
    case 'touchedAt':
      return `c.touched_at ${d}, c.rowid ${d}`;
    case 'code':
      return `c.code ${d}`;
    case 'name':
      return `c.name ${d}, c.rowid ${d}`;
    case 'tier':
      return `c.tier ${d}, c.updated_at DESC, c.rowid DESC`;
    case 'status':
      return `${STATUS_RANK} ${d}, c.updated_at DESC, c.rowid DESC`;
  }
}
