/**
 * Market work (rulebook 二(二)3): a year of the market expansion group's research records, competitor files
 * with what was seen of them over time, and promotion activities of every kind — exhibitions, seminars, demos,
 * online campaigns — each recorded after it was held with its cost and attendees (the next one, a few days
 * ahead, planned with its budget). The pipeline's leads name the activity they came from, so each activity
 * shows its leads, its won deals and what a lead and a won deal cost.
 */
import { ACTIVITY_KINDS, type ActivityKind } from '../../src/shared/market/types';
import type { SampleContext, SampleDomain } from './context';
import { SETUP_DAYS_AGO } from './org';
import { ACTIVITY_KINDS_PLAN, ACTIVITY_NOTES, COMPETITORS, RESEARCH, SIGHTING_NOTES } from './salesContent';
import { chinaDate, fen, plusDays, sellersOf, sessionsOf, type Seller } from './salesShared';

/** Promotion activities in the year at scale 1 (four of each kind). */
export const ACTIVITIES_AT_SCALE_1 = 16;
const RESEARCH_AT_SCALE_1 = 5;

/** The first market records: a few weeks after the department was set up. */
const FIRST_DAYS_AGO = SETUP_DAYS_AGO - 20;

export const marketSample: SampleDomain = {
  name: 'market',
  async generate(ctx: SampleContext) {
    const { rng, time } = ctx;
    const sellers = await sellersOf(ctx);
    const session = sessionsOf(ctx);
    const marketPeople = sellers.filter((s) => s.group === 'market');
    /** Someone of the market group at work on that day (hired by then). */
    const marketOwner = (date: string): Seller => {
      const hired = marketPeople.filter((p) => !p.hireDate || p.hireDate <= date);
      return rng.pick(hired.length ? hired : marketPeople);
    };
    const lead = await session('lead.market');

    // Research: spread over the year, recorded when done.
    const researchCount = Math.max(2, Math.round(RESEARCH_AT_SCALE_1 * ctx.scale));
    for (let i = 0; i < researchCount; i++) {
      const r = RESEARCH[i % RESEARCH.length]!;
      const at = time.workMoment(
        rng,
        Math.round(FIRST_DAYS_AGO - ((i + 0.5) * (FIRST_DAYS_AGO - 15)) / researchCount),
      );
      time.at(at);
      const on = chinaDate(at);
      await ctx.call(
        'market.createResearch',
        {
          topic: i < RESEARCH.length ? r.topic : `${r.topic}（${on.slice(0, 7)}）`,
          targetGroup: r.target,
          findings: r.findings,
          conductedOn: plusDays(on, -rng.int(1, 10)),
          ownerId: marketOwner(on).staffId,
        },
        lead,
      );
    }

    // Competitors: filed in the first weeks, then seen now and again over the year.
    let sightings = 0;
    const watchers = [lead, await session('lead.sales'), await session('staff1')];
    for (const [k, c] of COMPETITORS.entries()) {
      const filedAgo = FIRST_DAYS_AGO - k * 3;
      time.at(time.workMoment(rng, filedAgo));
      const created = await ctx.call(
        'market.createCompetitor',
        {
          name: c.name,
          products: c.products,
          strengths: c.strengths,
          weaknesses: c.weaknesses,
          website: c.website,
          notes: null,
        },
        lead,
      );
      const n = Math.max(2, Math.round(rng.int(3, 7) * Math.min(ctx.scale, 3)));
      const days = Array.from({ length: n }, () => rng.int(2, filedAgo - 10)).sort((a, b) => b - a);
      let price = rng.int(20, 300) * 1000;
      for (const ago of days) {
        const at = time.workMoment(rng, ago);
        time.at(at);
        price = Math.round((price * (0.9 + rng.next() * 0.15)) / 100) * 100;
        const withPrice = rng.chance(0.7);
        await ctx.call(
          'market.addSighting',
          {
            competitorId: created.competitor.id,
            seenOn: chinaDate(at),
            product: rng.pick(c.products_seen),
            priceFen: withPrice ? fen(price) : null,
            note: withPrice && rng.chance(0.5) ? null : rng.pick(SIGHTING_NOTES),
          },
          rng.pick(watchers),
        );
        sightings++;
      }
    }

    // Activities: every kind through the year, recorded a day or two after each was held; the last is ahead.
    const count = Math.max(ACTIVITY_KINDS.length, Math.round(ACTIVITIES_AT_SCALE_1 * ctx.scale));
    const activities: { id: string; at: Date }[] = [];
    const perKind = new Map<ActivityKind, number>();
    for (let i = 0; i < count; i++) {
      const kind = ACTIVITY_KINDS[i % ACTIVITY_KINDS.length]!;
      const nth = perKind.get(kind) ?? 0;
      perKind.set(kind, nth + 1);
      const plan = ACTIVITY_KINDS_PLAN[kind];
      const upcoming = i === count - 1;
      const heldAgo = upcoming
        ? -rng.int(6, 12)
        : Math.round(FIRST_DAYS_AGO - 10 - ((i + rng.next()) * (FIRST_DAYS_AGO - 30)) / count);
      const heldOn = time.dateAgo(heldAgo);
      const days = kind === 'exhibition' ? rng.int(2, 3) : 1;
      const recordedAt = time.workMoment(
        rng,
        upcoming ? rng.int(1, 4) : Math.max(0, heldAgo - days - rng.int(0, 2)),
      );
      time.at(recordedAt);
      const owner = marketOwner(heldOn);
      const created = await ctx.call(
        'market.createActivity',
        {
          kind,
          title: `${time.dateAgo(heldAgo).slice(0, 4)}${plan.titles[nth % plan.titles.length]}`,
          heldOn,
          endsOn: days > 1 ? plusDays(heldOn, days - 1) : null,
          place: plan.places[nth % plan.places.length]!,
          costFen: fen(rng.int(plan.cost[0] / 100, plan.cost[1] / 100) * 100),
          attendees: upcoming ? null : rng.int(plan.attendees[0], plan.attendees[1]),
          notes: upcoming ? null : rng.pick(ACTIVITY_NOTES),
          ownerId: owner.staffId,
        },
        lead,
      );
      if (!upcoming) activities.push({ id: created.activity.id, at: recordedAt });
    }

    time.at(time.now);
    ctx.ids.sales = {
      sellers,
      activities,
      opportunities: [],
      products: [],
      acceptedQuotes: [],
      signed: [],
    };
    ctx.counts['market.research'] = researchCount;
    ctx.counts['market.competitors'] = COMPETITORS.length;
    ctx.counts['market.sightings'] = sightings;
    ctx.counts['market.activities'] = count;
  },
};
