import type { ContractFilter } from '../../../shared/contracts/channels';
import type { Clause } from '../../db/clause';
import { visibleClause, type ContractViewer } from './visibility';

/*
 * The list's conditions, one place for the list and the export: the reader's scope first, then the filters.
 * A department signs a few thousand contracts a year, so the search is a LIKE over the code, the title and
 * the client's name and code — one or two Chinese characters match wherever they stand.
 */

/** `%`, `_` and `\` in the person's text match themselves. */
export const likePattern = (search: string): string =>
  `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function contractListWhere(viewer: ContractViewer, f: ContractFilter): Clause {
  const parts: Clause[] = [visibleClause(viewer)];
  const statuses = [...new Set(f.statuses)];
  if (statuses.length)
    parts.push({ sql: `c.status IN (${statuses.map(() => '?').join(', ')})`, params: statuses });
  if (f.ownerId) parts.push({ sql: 'c.owner_id = ?', params: [f.ownerId] });
  if (f.clientId) parts.push({ sql: 'c.client_id = ?', params: [f.clientId] });
  if (f.signedFrom) parts.push({ sql: 'c.signed_on >= ?', params: [f.signedFrom] });
  if (f.signedTo) parts.push({ sql: 'c.signed_on <= ?', params: [f.signedTo] });
  if (f.search) {
    const like = likePattern(f.search);
    parts.push({
      sql: `(lower(c.code) LIKE ? ESCAPE '\\' OR lower(c.title) LIKE ? ESCAPE '\\'
             OR lower(cl.name) LIKE ? ESCAPE '\\' OR lower(cl.code) LIKE ? ESCAPE '\\')`,
      params: [like, like, like, like],
    });
  }
  return { sql: parts.map((c) => c.sql).join(' AND '), params: parts.flatMap((c) => c.params) };
}
