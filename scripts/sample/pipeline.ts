/**
 * The opportunity pipeline (三(一)): a year of leads — about a third gathered at the promotion activities (and
 * keeping them as their source), a few from companies not yet on file — owned by the sales and market groups'
 * people, each taken through the stages at the moments it would have been, with the record each stage needs
 * (screening ratings, the needs, the proposal, the visit, the negotiation). Most leads never get far; about a
 * fifth of the closed deals are won, the lost ones with reasons from the settings' list that suit how far they
 * got (early: no need, bad timing; late: price, a competitor). Deals agreed recently wait at negotiation for
 * their contract's signing (the contracts sample); the last weeks' leads are still open, and some stalled
 * ones have next steps and close dates passed — the owners' to-dos.
 */
import type { ChannelInput } from '../../src/shared/contract/channels';
import { OPEN_STAGES, type OpenStage } from '../../src/shared/sales/stages';
import type { Client } from '../../src/shared/clients/types';
import type { SampleContext, SampleDomain } from './context';
import type { Random } from './random';
import {
  LOST_NOTES,
  NEEDS,
  NEGOTIATION_NOTES,
  NEXT_STEPS,
  OPPORTUNITY_TITLES,
  PROPOSALS,
  VISIT_NOTES,
} from './salesContent';
import {
  chinaDate,
  dayOf,
  daysLater,
  plusDays,
  salesIds,
  sessionsOf,
  type SampleOpportunity,
  type Seller,
} from './salesShared';

/** Opportunities in the year at scale 1. */
export const OPPORTUNITIES_AT_SCALE_1 = 1500;
/** Days back the first leads were entered (the department's set-up was a little earlier). */
const FIRST_DAYS_AGO = 372;

/** The chance a deal goes on from each stage (else it is lost there); from negotiation, the chance it is won. */
const ADVANCE: Record<OpenStage, number> = {
  lead: 0.7,
  screened: 0.8,
  keyTarget: 0.85,
  needsConfirmed: 0.85,
  proposal: 0.78,
  visit: 0.85,
  negotiation: 0.75,
};
/**
 * Moves to these stages may pass over the next one: its record is made with theirs (a good screening score
 * makes a key target, the needs are known with the screening).
 */
const SKIPPABLE = new Set<OpenStage>(['screened', 'keyTarget']);
/** The share of deals that stall at some stage and stay open. */
const STALLED = 0.1;
/** Days a deal stays at each stage before it moves on or is lost. */
const DWELL: Record<OpenStage, readonly [number, number]> = {
  lead: [2, 18],
  screened: [3, 12],
  keyTarget: [4, 18],
  needsConfirmed: [5, 20],
  proposal: [6, 25],
  visit: [4, 15],
  negotiation: [7, 28],
};
/** Why deals are lost, by how far they got. */
const LOST_WEIGHTS: Record<'early' | 'middle' | 'late', Record<string, number>> = {
  early: { no_need: 30, timing: 25, no_budget: 20, other: 15, price: 5, competitor: 5 },
  middle: { price: 25, competitor: 25, no_budget: 15, timing: 15, no_need: 10, other: 10 },
  late: { price: 40, competitor: 35, timing: 10, no_budget: 10, other: 5 },
};
const phaseOf = (s: OpenStage) =>
  s === 'visit' || s === 'negotiation'
    ? 'late'
    : s === 'needsConfirmed' || s === 'proposal'
      ? 'middle'
      : 'early';

const CITIES = ['苏州', '宁波', '东莞', '佛山', '无锡', '嘉兴', '青岛', '合肥', '成都', '武汉'];
const BRANDS = [
  '瑞达',
  '启航',
  '华拓',
  '鼎新',
  '联丰',
  '德信',
  '中拓',
  '嘉泰',
  '安盛',
  '百川',
  '星海',
  '恒昌',
];
const TRADES = ['精密机械', '智能装备', '电子科技', '包装材料', '物流', '汽车配件', '新能源科技'];

/** The form's fields as last saved, sent whole with each update. */
type Form = Omit<ChannelInput<'sales.update'>, 'id' | 'version'>;

/** How a deal goes if nothing stops it: how far it gets and how it ends. */
function plannedPath(rng: Random): { reach: number; won: boolean } {
  let reach = 0;
  while (reach < OPEN_STAGES.length - 1 && rng.chance(ADVANCE[OPEN_STAGES[reach]!])) reach++;
  const won = reach === OPEN_STAGES.length - 1 && rng.chance(ADVANCE.negotiation);
  return { reach, won };
}

/** A deal's expected amount: a few tens of thousands of yuan to about a million, most in between. */
const amountFen = (rng: Random): number =>
  Math.round(Math.exp(Math.log(30_000) + rng.next() * Math.log(1_200_000 / 30_000)) / 1000) * 1000 * 100;

export const pipelineSample: SampleDomain = {
  name: 'pipeline',
  async generate(ctx: SampleContext) {
    const { rng, time } = ctx;
    const ids = salesIds(ctx, 'pipeline');
    const session = sessionsOf(ctx);
    const day = dayOf(ctx);
    const { settings } = await ctx.call('settings.get', {});
    const scorecard = settings.salesScorecard;
    const reasons = settings.salesLostReasons.filter((r) => r.active).map((r) => r.key);

    // The files each group may work on, with when they were entered (a deal comes after its client's file).
    const clients: Client[] = [];
    for (let page = 1; ; page++) {
      const p = await ctx.call('clients.list', { page, pageSize: 100 });
      clients.push(...p.rows);
      if (clients.length >= p.total) break;
    }
    const groupClients = (seller: Seller, day: string) =>
      clients.filter(
        (c) => c.groupId === seller.groupId && c.createdAt.slice(0, 10) <= day && c.status !== 'lost',
      );
    const names = new Set(clients.map((c) => c.name));
    const newCompany = (): string => {
      for (;;) {
        const name = `${rng.pick(CITIES)}${rng.pick(BRANDS)}${rng.pick(TRADES)}有限公司`;
        if (!names.has(name)) {
          names.add(name);
          return name;
        }
      }
    };
    const weighted = ids.sellers.map((s) => [s, s.weight] as const);
    const sellerOn = (day: string): Seller => {
      for (;;) {
        const s = rng.weighted(weighted);
        if (!s.hireDate || s.hireDate <= day) return s;
      }
    };

    const total = Math.max(20, Math.round(OPPORTUNITIES_AT_SCALE_1 * ctx.scale));
    const created: SampleOpportunity[] = [];
    const counts = { fromActivities: 0, newCompanies: 0, won: 0, lost: 0, open: 0, agreed: 0 };
    const starts = Array.from({ length: total }, () => {
      const activity = ids.activities.length && rng.chance(0.35) ? rng.pick(ids.activities) : null;
      const at = activity
        ? daysLater(ctx, activity.at, rng.int(0, 12))
        : time.workMoment(rng, rng.int(1, FIRST_DAYS_AGO));
      return { activity: at ? activity : null, at: at ?? time.workMoment(rng, rng.int(1, FIRST_DAYS_AGO)) };
    }).sort((a, b) => a.at.getTime() - b.at.getTime());

    for (const [i, start] of starts.entries()) {
      const on = day(start.at);
      const seller = sellerOn(chinaDate(start.at));
      const actor = await session(seller.actor);
      const own = groupClients(seller, on).filter(
        (c) => seller.actor !== 'staff1' || c.ownerId === seller.staffId,
      );
      const mine = own.filter((c) => c.ownerId === seller.staffId);
      const fresh = own.length === 0 || rng.chance(start.activity ? 0.12 : 0.015);
      const client = fresh ? null : mine.length && rng.chance(0.6) ? rng.pick(mine) : rng.pick(own);
      const path = plannedPath(rng);
      const amount = amountFen(rng);
      const title = `${rng.pick(OPPORTUNITY_TITLES)}`;

      time.at(start.at);
      const form: Form = {
        title,
        expectedAmountFen: amount,
        probability: null,
        expectedCloseOn: plusDays(on, rng.int(45, 150)),
        nextStep: rng.pick(NEXT_STEPS),
        nextStepOn: plusDays(on, rng.int(2, 10)),
        sourceActivityId: start.activity?.id ?? null,
        screening: [],
        needs: null,
        proposal: null,
        visitInvitedOn: null,
        visitHeldOn: null,
        visitNotes: null,
        negotiationNotes: null,
      };
      const {
        screening: _s,
        needs: _n,
        proposal: _p,
        visitInvitedOn: _vi,
        visitHeldOn: _vh,
        visitNotes: _vn,
        negotiationNotes: _nn,
        ...fields
      } = form;
      let o = await ctx.call(
        'sales.create',
        {
          ...fields,
          clientId: client?.id ?? null,
          newCompany: client ? null : { name: newCompany(), industry: null },
          ownerId: seller.staffId,
        },
        actor,
      );
      if (start.activity) counts.fromActivities++;
      if (!client) counts.newCompanies++;
      const record: SampleOpportunity = {
        id: o.id,
        clientId: o.clientId,
        seller,
        title,
        amountFen: amount,
        stage: 'lead',
        proposalAt: null,
        agreedAt: null,
        lostAt: null,
      };
      created.push(record);

      /** Saves the form at `at` with the next step moved on (and the close date, once it has passed). */
      const save = async (at: Date, change: Partial<Form>) => {
        const on = day(at);
        Object.assign(form, change, {
          nextStep: rng.pick(NEXT_STEPS),
          nextStepOn: plusDays(on, rng.int(3, 14)),
        });
        if (form.expectedCloseOn! <= on) form.expectedCloseOn = plusDays(on, rng.int(20, 90));
        time.at(at);
        o = await ctx.call('sales.update', { id: o.id, version: o.version, ...form }, actor);
      };
      const move = async (
        at: Date,
        to: ChannelInput<'sales.move'>['to'],
        extra: Partial<ChannelInput<'sales.move'>> = {},
      ) => {
        time.at(time.later(at, rng.int(1, 4)));
        o = await ctx.call('sales.move', { id: o.id, version: o.version, to, ...extra }, actor);
      };

      // Some deals stall where they are: nobody closes them, their next step and close date pass.
      const stallsAt = rng.chance(STALLED) ? rng.int(0, path.reach) : -1;
      let at = start.at;
      let stage = 0;
      let closed = false;
      for (; stage <= path.reach; stage++) {
        const here = OPEN_STAGES[stage]!;
        const next = daysLater(ctx, at, rng.int(...DWELL[here]));
        if (!next || stage === stallsAt) break;
        at = next;
        if (stage === path.reach) {
          if (path.won) {
            record.agreedAt = at;
            counts.agreed++;
            // Most agreed deals are closed won at once; the others wait at negotiation for the signing.
            if (rng.chance(0.6)) {
              await move(at, 'won', { closedOn: day(at) });
              counts.won++;
            }
          } else {
            const weights = LOST_WEIGHTS[phaseOf(here)];
            const reason = rng.weighted(reasons.map((r) => [r, weights[r] ?? 5] as const));
            await move(at, 'lost', {
              lostReason: reason,
              lostNote: rng.chance(0.6) ? rng.pick(LOST_NOTES[reason] ?? LOST_NOTES.other!) : null,
              closedOn: day(at),
            });
            record.lostAt = at;
            counts.lost++;
          }
          closed = true;
          break;
        }
        const to = OPEN_STAGES[stage + 1]!;
        if (to === 'screened') {
          // Rated on the scorecard; a deal that goes on to be a key target scores above the minimum.
          const good = path.reach >= 2;
          const screening = scorecard.map((c) => ({
            key: c.key,
            rating: good ? rng.int(62, 95) : rng.int(25, 80),
          }));
          await save(at, { screening, needs: path.reach >= 3 ? rng.pick(NEEDS) : null });
        } else if (to === 'proposal') {
          record.proposalAt = at;
          const on = day(at);
          await save(at, {
            proposal: rng.pick(PROPOSALS),
            ...(path.reach >= 5
              ? {
                  visitInvitedOn: on,
                  visitHeldOn: plusDays(on, rng.int(5, 12)),
                  visitNotes: rng.pick(VISIT_NOTES),
                }
              : {}),
          });
        } else if (to === 'negotiation') {
          await save(at, { negotiationNotes: rng.pick(NEGOTIATION_NOTES) });
        }
        // A stage whose record is already there is sometimes passed over (the board allows it).
        if (SKIPPABLE.has(to) && stage + 2 <= path.reach && stage + 1 !== stallsAt && rng.chance(0.35)) {
          stage++;
          await move(at, OPEN_STAGES[stage + 1]!);
        } else await move(at, to);
      }
      record.stage = o.stage;
      if (!closed) counts.open++;
      if ((i + 1) % 500 === 0) ctx.progress(`pipeline: ${i + 1} / ${total}`);
    }

    time.at(time.now);
    ids.opportunities = created;
    ctx.counts.opportunities = total;
    ctx.counts['opportunities.fromActivities'] = counts.fromActivities;
    ctx.counts['opportunities.newCompanies'] = counts.newCompanies;
    ctx.counts['opportunities.open'] = counts.open;
    ctx.counts['opportunities.won'] = counts.won;
    ctx.counts['opportunities.agreed'] = counts.agreed;
    ctx.counts['opportunities.lost'] = counts.lost;
  },
};
