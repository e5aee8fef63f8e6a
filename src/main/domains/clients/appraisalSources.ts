import type {
  NewCustomerRecord,
  RevenueRecord,
  RevenueTotal,
} from '../../../shared/clients/appraisalSources';
import { chinaDate, periodInstants } from '../../../shared/service/statsPeriod';
import type { Ctx } from '../../core/context';
import {
  newCustomerRecordsOf,
  newCustomersByOwners,
  revenueByOwners,
  revenueRecordsOf,
} from './repository/appraisalSources';

/*
 * The client files' figures for the appraisal's computed indicators (六 performance appraisal): a person's
 * revenue and new customers over a period, for a whole cycle in one query each, and the records behind each
 * figure (the drill-down a computed value shows).
 *
 * Whose: the files a person owns NOW. A file handed over during the period brings its whole period to the new
 * owner (the appraisal states this rule beside the figure); a file merged into another counts as the kept
 * file, which holds the merged file's transactions and status history; a deleted file counts for nobody.
 * Not scoped by the caller: the appraisal decides who sees a person's results.
 *
 * Periods are calendar days on the Chinese calendar, both ends included: a transaction is dated by its own
 * calendar date, a status change by the China day of its instant.
 */

/** A period of China calendar dates (YYYY-MM-DD), both ends included, and whose figures. */
export interface OwnersPeriod {
  from: string;
  to: string;
  ownerIds: readonly string[];
}

/** A period of China calendar dates (YYYY-MM-DD), both ends included, and one person. */
export interface OwnerPeriod {
  from: string;
  to: string;
  ownerId: string;
}

/** Every owner asked, in the order asked, with `empty` where nothing counted. */
function everyOwner<T>(ownerIds: readonly string[], found: Map<string, T>, empty: () => T): Map<string, T> {
  return new Map(ownerIds.map((id) => [id, found.get(id) ?? empty()]));
}

const owners = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * Revenue per person: the sum (fen) and number of the live transactions dated in the period of the live files
 * each person owns now. Every owner asked is in the map (0 and 0 when nothing counted).
 */
export function revenueByOwner(ctx: Ctx, q: OwnersPeriod): Map<string, RevenueTotal> {
  const ownerIds = owners(q.ownerIds);
  const found =
    ownerIds.length === 0 || q.from > q.to
      ? new Map<string, RevenueTotal>()
      : revenueByOwners(ctx.db, { from: q.from, to: q.to, ownerIds });
  return everyOwner(ownerIds, found, () => ({ amountFen: 0, transactions: 0 }));
}

/** The transactions revenueByOwner counts for one person, by date. */
export function revenueRecords(ctx: Ctx, q: OwnerPeriod): RevenueRecord[] {
  return q.from > q.to ? [] : revenueRecordsOf(ctx.db, q);
}

/**
 * New customers (成交) per person: the live files each person owns now that became a customer in the period
 * for the first time (from the status history, a file created as a customer included). A file counts once:
 * customer → dormant → customer again in the period is one new customer, and a file that had been a
 * customer before the period is not a new one when it comes back. Every owner asked is in the map.
 */
export function newCustomersByOwner(ctx: Ctx, q: OwnersPeriod): Map<string, number> {
  const ownerIds = owners(q.ownerIds);
  const found =
    ownerIds.length === 0 || q.from > q.to
      ? new Map<string, number>()
      : newCustomersByOwners(ctx.db, { ...periodInstants(q), ownerIds });
  return everyOwner(ownerIds, found, () => 0);
}

/** The files newCustomersByOwner counts for one person, with the China day each became a customer, in that order. */
export function newCustomerRecords(ctx: Ctx, q: OwnerPeriod): NewCustomerRecord[] {
  if (q.from > q.to) return [];
  return newCustomerRecordsOf(ctx.db, { ...periodInstants(q), ownerId: q.ownerId }).map((r) => ({
    clientId: r.clientId,
    clientCode: r.clientCode,
    clientName: r.clientName,
    date: chinaDate(r.at),
  }));
}
