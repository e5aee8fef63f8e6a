import type { QuoteFilter } from '../../../shared/pricing/channels';
import type { Clause } from '../../db/clause';
import { quoteScope, type QuoteViewer } from './visibility';

/*
 * The quote list's conditions, in one place for the list and the export: the reader's scope first, then the
 * filters, every value bound. A department makes a few thousand quotes a year: the search is a LIKE over the
 * code and the client's name and code, so one or two Chinese characters match wherever they stand.
 */

const likePattern = (search: string): string =>
  `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function quoteListWhere(viewer: QuoteViewer, f: QuoteFilter): Clause {
  const parts: Clause[] = [{ sql: 'q.deleted_at IS NULL', params: [] }, quoteScope(viewer)];
  const statuses = [...new Set(f.statuses)];
  if (statuses.length)
    parts.push({ sql: `q.status IN (${statuses.map(() => '?').join(', ')})`, params: statuses });
  if (f.clientId) parts.push({ sql: 'q.client_id = ?', params: [f.clientId] });
  if (f.from) parts.push({ sql: 'q.quoted_on >= ?', params: [f.from] });
  if (f.to) parts.push({ sql: 'q.quoted_on <= ?', params: [f.to] });
  if (f.search) {
    const like = likePattern(f.search);
    parts.push({
      sql: `(lower(q.code) LIKE ? ESCAPE '\\' OR lower(c.name) LIKE ? ESCAPE '\\' OR lower(c.code) LIKE ? ESCAPE '\\')`,
      params: [like, like, like],
    });
  }
  return { sql: parts.map((c) => c.sql).join(' AND '), params: parts.flatMap((c) => c.params) };
}
