import type { SessionUser } from '../../../shared/auth/types';
import { seesFloorPrices } from '../../../shared/pricing/rules';
import type { Ctx } from '../../core/context';
import type { Clause } from '../../db/clause';
import { canSee, scopeClause } from '../clients/visibility';
import { getSettings } from '../settings/service';

/*
 * Who sees what of the price system and the quotes (issue 11 §7).
 *
 * Quotes are scoped like client files and opportunities: staff their own, a group lead their group's, a deputy
 * the groups in their charge, the manager all — decided from the quote's own owner and group, so a quote
 * stays where it was made when its client file changes hands. Missing and out of sight answer the same
 * NOT_FOUND. An opportunity a quote names must be one the reader may see by the same rule.
 *
 * Floor prices reach only the audience the manager chose in the settings; for everyone else main sends them as
 * null — in products, in quote lines and in exports. That a line is below its floor is not secret: the
 * salesperson must know the quote needs approval.
 */

export type QuoteViewer = Pick<SessionUser, 'role' | 'staffId' | 'groupId' | 'chargeGroupIds'>;

/** The quotes the reader may see, as a condition on `quotes q`. */
export const quoteScope = (v: QuoteViewer): Clause => scopeClause(v, 'q');

/** The same rule for one quote or opportunity already read. */
export const maySeeOwned = (v: QuoteViewer, r: { ownerId: string; groupId: string | null }): boolean =>
  canSee(v, r);

/** Whether the caller sees floor prices, by the settings' audience. */
export function floorVisible(ctx: Ctx): boolean {
  if (!ctx.user) return false;
  return seesFloorPrices(ctx.user.role, getSettings(ctx).settings.salesFloorPriceAudience);
}
