import { CLIENT_STATUSES, type ClientStatus } from '../../../shared/clients/types';
import type { ClientFigures } from '../../../shared/home/types';
import type { UserCtx } from '../../core/context';
import { staleBefore } from './access';
import { listScope } from './listQuery';
import { clientCounts } from './repository/figures';

/** Home's client figures: the files the user may see, per lifecycle status, and how many are due an update. */
export function clientFigures(ctx: UserCtx): ClientFigures {
  const counts = clientCounts(ctx.db, listScope(ctx.db, ctx.user), staleBefore(ctx));
  const byStatus = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, 0])) as Record<ClientStatus, number>;
  for (const c of counts.byStatus) byStatus[c.status] = c.n;
  return { byStatus, total: counts.byStatus.reduce((sum, c) => sum + c.n, 0), stale: counts.stale };
}
