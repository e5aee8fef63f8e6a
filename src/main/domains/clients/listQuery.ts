import { officialCity, officialProvince } from '../../../shared/clients/regions';
import type { ClientFilter, ClientListOrder } from '../../../shared/clients/channels';
import type { ClientSortField } from '../../../shared/clients/types';
import type { Clause } from '../../db/clause';
import type { Db } from '../../db/connection';
import { fillSearchHits, type ClientQuery, type TagQuery } from './repository/clientList';
import { ownsClientsOutside } from './repository/clients';
import { mayBePinyin, queryKey, searchProbe } from './search';
import { inGroups, scopeClause, teamGroups, type Viewer } from './visibility';

/*
 * The client lists' queries, assembled in one place — the viewer's scope, the filters, the search hits and
 * the order — for the repository (repository/clientList.ts) to run. Lists over 100,000 files stay fast
 * because of how these are put together; the comments below say why each part has its shape.
 */

/** A scope, and what it narrows by: lists pick their index by it (listQuery). */
export interface Scope extends Clause {
  by: 'all' | 'owner' | 'group' | 'either';
}

/**
 * scopeClause for lists, simplified when the data allows. A lead's or deputy's own files nearly always lie
 * in the groups they see anyway; then the plain group condition selects the same rows, and it is one index
 * range already in updated-time order, where the OR with ownership makes the planner read every row.
 */
export function listScope(db: Db, v: Viewer, alias = 'c'): Scope {
  if (v.role === 'manager') return { sql: '1', params: [], by: 'all' };
  const groups = teamGroups(v);
  if (groups.length === 0) return { sql: `${alias}.owner_id = ?`, params: [v.staffId], by: 'owner' };
  if (ownsClientsOutside(db, v.staffId, groups)) return { ...scopeClause(v, alias), by: 'either' };
  return { sql: inGroups(alias, groups), params: [...groups], by: 'group' };
}

/** The client list as the viewer sees it with these filters, in this order (a page of it, or an export). */
export function clientListQuery(
  db: Db,
  viewer: Viewer,
  list: ClientFilter & ClientListOrder,
  staleBefore: string,
): ClientQuery {
  return withHits(db, listQuery(listScope(db, viewer), list, staleBefore), listOrder(list.sort, list.order));
}

/**
 * The recycle bin: deleted files, newest deletion first. Files merged into another are left out: their
 * contents live on in the kept file, so there is nothing to restore.
 */
export function recycleBinQuery(db: Db, viewer: Viewer, search: string | null): ClientQuery {
  const scope = listScope(db, viewer);
  const parts = ['c.deleted_at IS NOT NULL', 'c.merged_into IS NULL', scope.sql].filter((p) => p !== '1');
  return withHits(
    db,
    { search: queryKey(search), where: { sql: parts.join(' AND '), params: scope.params } },
    'c.deleted_at DESC, c.rowid DESC',
  );
}

/**
 * The viewer's live files, for the tags in use on them. Every scope's index carries the tags; without a
 * scope, the planner is told which index does.
 */
export function tagsQuery(db: Db, viewer: Viewer): TagQuery {
  const scope = listScope(db, viewer);
  const where = ['c.deleted_at IS NULL', scope.sql].filter((p) => p !== '1').join(' AND ');
  return {
    where: { sql: where, params: scope.params },
    index: scope.by === 'all' ? 'clients_live_updated' : null,
  };
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
 * A search keeps to its hits (repository/clientList.listSql decides how), except within one person's files, where
 * each file's text is looked at.
 */
function listQuery(scope: Scope, f: ClientFilter, staleBefore: string): ListPlan {
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
interface ListPlan extends Omit<ClientQuery, 'hits' | 'orderBy'> {
  search: string | null;
}

/** The plan with its search hits found (once, for both the page and the count; see clientList.SEARCH_HITS). */
function withHits(db: Db, plan: ListPlan, orderBy: string): ClientQuery {
  const { search, ...rest } = plan;
  return {
    ...rest,
    orderBy,
    hits: search === null ? null : { count: fillSearchHits(db, search, mayBePinyin(search)) },
  };
}

/** Lifecycle order, not alphabetical: potential first, lost last. The same expression is indexed (0003). */
const STATUS_RANK = `(CASE c.status WHEN 'potential' THEN 0 WHEN 'key_follow_up' THEN 1 WHEN 'customer' THEN 2 WHEN 'dormant' THEN 3 ELSE 4 END)`;

/**
 * ORDER BY for a sort field. Ties fall back to the most recently updated, then to the rowid, so paging is
 * stable; the time-based sorts keep one direction throughout so they read straight from their index.
 */
function listOrder(sort: ClientSortField, order: 'asc' | 'desc'): string {
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
