import type { IncentiveFilter } from '../../../shared/incentives/channels';
import { INCENTIVE_KINDS, TYPE_OF_KIND } from '../../../shared/incentives/types';
import type { Clause } from '../../db/clause';
import { visibleClause, type IncentiveViewer } from './visibility';

/*
 * The list's conditions, in one place for the list, its totals and the export: the reader's scope first,
 * then the filters. Every value is a bound parameter. A department has a few hundred incentives a year, so
 * the search is a LIKE over the person's name and number, the code, the title and the reason — one or two
 * Chinese characters match wherever they stand.
 */

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** `%`, `_` and `\` in the person's text match themselves. */
const likePattern = (search: string): string =>
  `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function incentiveListWhere(viewer: IncentiveViewer, f: IncentiveFilter): Clause {
  const parts: Clause[] = [];
  const visible = visibleClause(viewer);
  if (visible) parts.push(visible);
  const choice = (column: string, values: readonly string[]) => {
    const distinct = [...new Set(values)];
    if (distinct.length)
      parts.push({ sql: `${column} IN (${placeholders(distinct.length)})`, params: distinct });
  };
  choice(
    'i.kind',
    INCENTIVE_KINDS.filter((k) => f.types.includes(TYPE_OF_KIND[k])),
  );
  choice('i.status', f.statuses);
  if (f.staffId) parts.push({ sql: 'i.staff_id = ?', params: [f.staffId] });
  if (f.cycleId) parts.push({ sql: 'f.cycle_id = ?', params: [f.cycleId] });
  if (f.from) parts.push({ sql: 'i.effective_on >= ?', params: [f.from] });
  if (f.to) parts.push({ sql: 'i.effective_on <= ?', params: [f.to] });
  if (f.search) {
    const like = likePattern(f.search);
    parts.push({
      sql: `(lower(s.name) LIKE ? ESCAPE '\\' OR lower(s.employee_no) LIKE ? ESCAPE '\\'
             OR lower(i.code) LIKE ? ESCAPE '\\' OR lower(i.reason) LIKE ? ESCAPE '\\'
             OR lower(coalesce(i.title, '')) LIKE ? ESCAPE '\\')`,
      params: [like, like, like, like, like],
    });
  }
  if (parts.length === 0) return { sql: '1', params: [] };
  return { sql: parts.map((c) => c.sql).join(' AND '), params: parts.flatMap((c) => c.params) };
}
