/**
 * The price system and quotes (三(二)3): the manager's price list of products and services with floor prices,
 * entered in the first weeks; a quote 报价单 with each proposal of the sales people's own deals — sent, then
 * accepted when the deal was agreed or declined when it was lost, the last weeks' still drafts or waiting.
 * Some quotes have a line below its floor: the sales person asks for the manager's approval with a reason
 * and the manager decides in Approvals — most approved, one refused, the latest still waiting.
 */
import { isBelowFloor } from '../../src/shared/pricing/rules';
import type { Quote } from '../../src/shared/pricing/types';
import type { SampleContext, SampleDomain } from './context';
import { SETUP_DAYS_AGO } from './org';
import type { Random } from './random';
import { FLOOR_REASONS, PRODUCTS, QUOTE_TERMS } from './salesContent';
import { dayOf, daysLater, fen, plusDays, salesIds, sessionsOf, type SampleProduct } from './salesShared';
import { shortlyAfter } from './moments';

/** Quotes at scale 1: one with the proposal of this many of the sales people's own deals. */
export const QUOTES_AT_SCALE_1 = 90;
/** The share of quotes with a line below its floor (the manager's approval asked for). */
const BELOW_FLOOR = 0.15;

/** A quote line as the sample types it. */
interface QuoteLineInput {
  productId: string;
  description: string;
  unit: string;
  quantity: number;
  unitPriceFen: number;
  discountPct: number;
}

/** Lines from the price list adding up to about `amountFen`; with `belowFloor`, the first line under its floor. */
export function linesFor(
  rng: Random,
  products: readonly SampleProduct[],
  amountFen: number,
  belowFloor: boolean,
): QuoteLineInput[] {
  const chosen = rng.shuffle(products).slice(0, rng.int(1, 3));
  const shares = chosen.map(() => 0.5 + rng.next());
  const sum = shares.reduce((a, b) => a + b, 0);
  return chosen.map((p, i) => {
    const quantity = Math.max(1, Math.round((amountFen * shares[i]!) / sum / p.listFen));
    // A discount the floor allows, or — for the line that needs approval — a few points past it.
    const room = Math.floor((1 - p.floorFen / p.listFen) * 100);
    const discountPct =
      belowFloor && i === 0 ? room + rng.int(3, 8) : rng.chance(0.5) ? rng.int(0, Math.max(0, room - 1)) : 0;
    return {
      productId: p.id,
      description: p.nameZh,
      unit: p.unit,
      quantity,
      unitPriceFen: p.listFen,
      discountPct,
    };
  });
}

export const quotesSample: SampleDomain = {
  name: 'quotes',
  async generate(ctx: SampleContext) {
    const { rng, time } = ctx;
    const ids = salesIds(ctx, 'quotes');
    const session = sessionsOf(ctx);
    const day = dayOf(ctx);

    // The price list: entered by the manager in the department's first weeks.
    let at = time.workMoment(rng, SETUP_DAYS_AGO - 12);
    const validFrom = day(at);
    for (const p of PRODUCTS) {
      at = time.later(at, rng.int(2, 6));
      time.at(at);
      const created = await ctx.call('pricing.createProduct', {
        code: p.code,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        kind: p.kind,
        unit: p.unit,
        listPriceFen: fen(p.list),
        floorPriceFen: fen(Math.round(p.list * p.floor)),
        validFrom,
        validTo: null,
        active: true,
      });
      ids.products.push({
        id: created.id,
        code: p.code,
        nameZh: p.nameZh,
        unit: p.unit,
        listFen: created.listPriceFen,
        floorFen: created.floorPriceFen!,
      });
    }

    // Quotes go with the proposals of the people's own deals (a quote is its writer's).
    const candidates = ids.opportunities
      .filter((o) => o.proposalAt && o.seller.ownLogin)
      .sort((a, b) => a.proposalAt!.getTime() - b.proposalAt!.getTime());
    const count = Math.min(candidates.length, Math.round(QUOTES_AT_SCALE_1 * ctx.scale));
    const step = candidates.length / Math.max(1, count);
    const picked = Array.from({ length: count }, (_x, i) => candidates[Math.floor(i * step)]!);
    const lastBelow = picked.map((_o, i) => i).filter((i) => i % Math.round(1 / BELOW_FLOOR) === 3);
    const refusedAt = lastBelow[Math.floor(lastBelow.length / 2)];
    const pendingAt = lastBelow.at(-1);
    // Approved, not sent yet: the sales person is still to send it.
    const unsentAt = lastBelow.at(-2);
    const statuses: Record<string, number> = {};
    const manager = ctx.manager;

    for (const [i, o] of picked.entries()) {
      const actor = await session(o.seller.actor);
      const below = lastBelow.includes(i);
      const quotedAt = shortlyAfter(ctx, o.proposalAt!, rng.int(30, 240)) ?? o.proposalAt!;
      const quotedOn = day(quotedAt);
      const lines = linesFor(rng, ids.products, o.amountFen, below);
      if (below && !lines.some((l) => isBelowFloor(l.unitPriceFen, l.discountPct, floorOf(ids.products, l))))
        throw new Error('a quote meant to be below floor is not');
      time.at(quotedAt);
      let q: Quote = await ctx.call(
        'quotes.create',
        {
          clientId: o.clientId,
          opportunityId: o.id,
          quotedOn,
          validUntil: plusDays(quotedOn, 30),
          lines,
          terms: rng.pick(QUOTE_TERMS),
        },
        actor,
      );
      const done = () => (statuses[q.status] = (statuses[q.status] ?? 0) + 1);
      let sentFrom = quotedAt;
      if (below) {
        const asked = shortlyAfter(ctx, quotedAt, rng.int(10, 60));
        if (!asked) {
          done();
          continue;
        }
        time.at(asked);
        q = await ctx.call(
          'quotes.submit',
          { id: q.id, version: q.version, reason: rng.pick(FLOOR_REASONS) },
          actor,
        );
        const decidedAt = i === pendingAt ? null : daysLater(ctx, asked, rng.int(0, 2));
        if (!decidedAt) {
          done();
          continue;
        }
        time.at(decidedAt);
        const approval = (
          await ctx.call(
            'approvals.list',
            { kinds: ['priceFloor'], statuses: ['pending'], page: 1, pageSize: 50 },
            manager,
          )
        ).items.find((a) => a.id === q.approvalId)!;
        const refuse = i === refusedAt;
        await ctx.call(
          'approvals.decide',
          {
            id: approval.id,
            version: approval.version,
            decision: refuse ? 'refused' : 'approved',
            comment: refuse
              ? '降幅过大，请先争取按底价成交，或调整配置方案。'
              : '同意，注意控制后续维保价格。',
          },
          manager,
        );
        q = await ctx.call('quotes.get', { id: q.id }, actor);
        if (refuse) {
          done();
          continue;
        }
        sentFrom = decidedAt;
      }
      const sentAt = shortlyAfter(ctx, sentFrom, rng.int(20, 180));
      // The newest proposals' quotes are still being worked on.
      if (!sentAt || i === unsentAt || (!o.agreedAt && !o.lostAt && rng.chance(0.4))) {
        done();
        continue;
      }
      time.at(sentAt);
      q = await ctx.call('quotes.markSent', { id: q.id, version: q.version }, actor);
      const answer = o.agreedAt ?? o.lostAt;
      if (answer && answer > sentAt) {
        time.at(answer);
        if (o.agreedAt) {
          q = await ctx.call('quotes.markAccepted', { id: q.id, version: q.version }, actor);
          ids.acceptedQuotes.push({ id: q.id, opportunity: o, acceptedAt: answer, totalFen: q.totalFen });
        } else q = await ctx.call('quotes.markDeclined', { id: q.id, version: q.version }, actor);
      }
      done();
    }

    time.at(time.now);
    ctx.counts.products = PRODUCTS.length;
    ctx.counts.quotes = picked.length;
    for (const [status, n] of Object.entries(statuses)) ctx.counts[`quotes.${status}`] = n;
  },
};

const floorOf = (products: readonly SampleProduct[], l: QuoteLineInput): number | null =>
  products.find((p) => p.id === l.productId)?.floorFen ?? null;
