import type { SalesScope } from '../../../shared/sales/types';
import type { Clause } from '../../db/clause';
import type { Db } from '../../db/connection';
import { canAssignTo, canSee, scopeClause, teamGroups, type Viewer } from '../clients/visibility';
import { ownsOpportunitiesOutside } from './repository/opportunities';

/*
 * Who sees an opportunity (issue 11 point 7): the same rule as client files, decided from the row's owner
 * and group — staff their own, a group lead their group's, a deputy the groups in their charge, the manager
 * all, and everyone the ones they own. Working on one (editing, recording, moving) is for whoever sees it;
 * handing it to someone else needs 'sales.assign' and a new owner within the groups the person covers.
 */

export type SalesViewer = Viewer;

/** The opportunities the viewer sees, as a condition on `opportunities o`. */
export const visibleClause = (v: SalesViewer): Clause => scopeClause(v, 'o');

export const maySee = (v: SalesViewer, o: { ownerId: string; groupId: string | null }): boolean =>
  canSee(v, o);

export const mayAssignTo = canAssignTo;

/** A list's scope on `o`: mine, my team's (a lead's group, a deputy's charge; everyone's for the manager), or all I see. */
export function salesScopeClause(v: SalesViewer, scope: SalesScope): Clause {
  if (scope === 'mine') return { sql: 'o.owner_id = ?', params: [v.staffId] };
  if (scope === 'team' && v.role !== 'manager') {
    const groups = teamGroups(v);
    if (groups.length === 0) return { sql: 'o.owner_id = ?', params: [v.staffId] };
    return { sql: `o.group_id IN (${groups.map(() => '?').join(', ')})`, params: [...groups] };
  }
  return visibleClause(v);
}

/**
 * salesScopeClause for lists, simplified when the data allows (as the client lists do): a lead's or deputy's
 * own opportunities nearly always lie in the groups they see anyway; then the plain group condition selects
 * the same rows and is one index range, where the OR with ownership makes the planner read every row.
 */
export function salesListScope(db: Db, v: SalesViewer, scope: SalesScope): Clause {
  const groups = teamGroups(v);
  if (
    scope === 'all' &&
    v.role !== 'manager' &&
    groups.length &&
    !ownsOpportunitiesOutside(db, v.staffId, groups)
  )
    return { sql: `o.group_id IN (${groups.map(() => '?').join(', ')})`, params: [...groups] };
  return salesScopeClause(v, scope);
}
