/**
 * Performance appraisal and incentives (六): the four quarters before now, each a quarterly cycle of the
 * groups' members (the leads are appraised yearly by the deputies). The manager opens each cycle in the first
 * days of its quarter; the leads agree every member's plan and targets; after the quarter each member hands in
 * the self-assessment, the lead evaluates it — revenue, profit, new clients and client satisfaction computed from the
 * department's own transactions, contracts, status changes and complaint feedback, the rest rated — and
 * the manager publishes. The three older cycles are closed (one score raised in manager review, one appeal
 * upheld, one adjusted); the latest was published a few working days ago: most have acknowledged it, one appeal
 * waits for the manager. Incentives follow: a bonus and an honour for the best results, a warning for the D, a
 * special contribution award, a fine the manager refused, and a bonus still waiting for approval.
 */
import { mutate } from '../../src/main/core/mutation';
import type { Session } from '../../src/main/core/session';
import { insertAccount } from '../../src/main/domains/org/accounts';
import { userByUsername } from '../../src/main/domains/org/credentials';
import type { AppraisalForm, FormItem } from '../../src/shared/appraisal/forms';
import { evalTotalOf, formulaScore } from '../../src/shared/appraisal/scoring';
import { chinaDateOf } from '../../src/shared/calendar/workingTime';
import { channels } from '../../src/shared/contract/channels';
import type { IncentiveKind } from '../../src/shared/incentives/types';
import {
  achievementsText,
  ADJUST_REASON,
  REMOVED_REASON,
  APPEALS,
  figureComment,
  INCENTIVE_TEXT,
  nextPlanText,
  overallComment,
  planText,
  ratedComment,
  selfComment,
  selfFigureComment,
  shortfallsText,
  type Group,
  type Standing,
} from './appraisalContent';
import { DEMO_PASSWORD, type SampleContext, type SampleDomain } from './context';
import { shortlyAfter, stepAt } from './moments';
import { SETUP_DAYS_AGO } from './org';

/** Members per group in a cycle, whatever the scale: a benchmark department's cycles stay a department's size. */
const MAX_PER_GROUP = 8;
const GROUPS: readonly Group[] = ['sales', 'market', 'service'];
const LEAD: Record<Group, string> = { sales: 'lead.sales', market: 'lead.market', service: 'lead.service' };
const DEPUTY: Record<Group, string> = { sales: 'deputy1', market: 'deputy1', service: 'deputy2' };
/** A revenue target for someone whose clients bought nothing in the quarter (yuan). */
const DEFAULT_REVENUE: Record<Group, number> = { sales: 300_000, market: 150_000, service: 50_000 };
const SATISFACTION_TARGET: Record<Group, number> = { sales: 85, market: 85, service: 90 };

interface Person {
  username: string;
  staffId: string;
  name: string;
  group: Group;
  hireDate: string;
  standing: Standing;
  session: Session;
}

interface Quarter {
  from: string;
  to: string;
  nameZh: string;
  nameEn: string;
}

/** What the evaluator will make of one person's quarter, decided when the plan is agreed. */
interface Intent {
  /** Names the form in the seeded streams (ids are not seeded). */
  label: string;
  standing: Standing;
  /** How far the person gets to their targets (1 = on target). */
  pace: number;
  rated: number;
  profitActual: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const maxDate = (a: string, b: string) => (a > b ? a : b);
const later = (a: Date | null, b: Date | null): Date | null => (!a ? b : !b ? a : a > b ? a : b);

/** Two significant figures: targets as a department sets them. */
function nice(x: number): number {
  if (x <= 0) return 0;
  const e = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.round(x / e) * e;
}

/** The four quarters before now, oldest first: the latest ended at least three weeks ago (time to appraise it). */
function quarters(ctx: SampleContext): Quarter[] {
  const [y, m] = ctx.today.split('-').map(Number) as [number, number];
  let year = y;
  let q = Math.floor((m - 1) / 3); // the current quarter, 0-based; the latest appraised is before it
  const step = () => {
    q--;
    if (q < 0) {
      q = 3;
      year--;
    }
  };
  const endOf = (yy: number, qq: number) => {
    const d = new Date(Date.UTC(yy, qq * 3 + 3, 0));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  step();
  if (ctx.time.daysSince(endOf(year, q)) < 21) step();
  const out: Quarter[] = [];
  const numeral = ['一', '二', '三', '四'];
  for (let n = 0; n < 4; n++) {
    out.unshift({
      from: `${year}-${pad(q * 3 + 1)}-01`,
      to: endOf(year, q),
      nameZh: `${year}年第${numeral[q]}季度考核`,
      nameEn: `${year} Q${q + 1} appraisal`,
    });
    step();
  }
  return out;
}

export const appraisalSample: SampleDomain = {
  name: 'appraisal',
  async generate(ctx: SampleContext) {
    const org = ctx.ids.org;
    if (!org) throw new Error('the appraisal sample needs the org sample first');
    const { rng, time, manager } = ctx;
    const periods = quarters(ctx);
    const firstOpenAgo = Math.min(time.daysSince(periods[0]!.from) - rng.int(3, 8), SETUP_DAYS_AGO - 20);

    // The members of each group (not the lead), in hiring order, at most a department's worth.
    const byUsername = new Map(Object.entries(org.accounts).map(([u, a]) => [a.staffId, u]));
    const planned: { staffId: string; group: Group }[] = [];
    for (const g of GROUPS)
      for (const staffId of org.activeStaffByGroup[g].slice(1, 1 + MAX_PER_GROUP))
        planned.push({ staffId, group: g });

    // Everyone appraised fills in their own forms: the members without an account get one from the manager
    // before the first cycle (written as org.ts writes the demo accounts: the documented password, no change
    // forced at first login), and sign in now and then — last this fortnight.
    let typing = stepAt(ctx, null, firstOpenAgo + rng.int(2, 5))!;
    const passwordHash = userByUsername(ctx.core.context(), 'manager')?.password_hash;
    if (!passwordHash) throw new Error('set-up did not create the manager account');
    const accounts: Record<string, { userId: string; staffId: string }> = {};
    const people: Person[] = [];
    const standings = rng.shuffle<Standing>(
      planned.map((_, i) => (i % 10 < 3 ? 'strong' : i % 10 > 7 ? 'weak' : 'solid')),
    );
    for (const [i, p] of planned.entries()) {
      const staff = await ctx.call('org.staff.get', { id: p.staffId });
      let username = byUsername.get(p.staffId);
      if (!username) {
        username = staff.employeeNo.toLowerCase();
        typing = shortlyAfter(ctx, typing, rng.int(1, 3)) ?? typing;
        time.at(typing);
        const { password: _checked, ...input } = channels['accounts.create'].input.parse({
          staffId: p.staffId,
          username,
          password: DEMO_PASSWORD,
          role: 'staff',
        });
        const account = mutate(ctx.core.context(manager), (m) =>
          insertAccount(m, { ...input, passwordHash, mustChangePassword: false }),
        );
        accounts[username] = { userId: account.id, staffId: p.staffId };
      }
      people.push({
        username,
        staffId: p.staffId,
        name: staff.name,
        group: p.group,
        hireDate: staff.hireDate ?? '2000-01-01',
        standing: standings[i]!,
        session: null as unknown as Session,
      });
    }
    const opened: Session[] = [];
    for (const p of people) {
      if (!accounts[p.username]) {
        p.session = await ctx.sessionFor(p.username);
        continue;
      }
      time.at(time.arrival(rng, rng.int(0, 9)));
      const session = ctx.core.sessions.create();
      await ctx.call('auth.login', { username: p.username, password: DEMO_PASSWORD }, session);
      opened.push(session);
      p.session = session;
    }
    const leadSession = Object.fromEntries(
      await Promise.all(GROUPS.map(async (g) => [g, await ctx.sessionFor(LEAD[g])] as const)),
    ) as Record<Group, Session>;

    const counts = { forms: 0, acknowledged: 0, removed: 0 };
    const cycleIds: string[] = [];
    const results: {
      cycle: number;
      formId: string;
      person: Person;
      grade: string | null;
      total: number | null;
    }[] = [];
    let openAppealFormId: string | null = null;
    // One D over the year (a weak member's second quarter), an S aimed for in the first and the third (the first
    // quarter's may fall short: its profit is what the contracts of the department's first weeks made).
    const dPerson = people.find((p) => p.standing === 'weak' && p.group !== 'service') ?? people[0]!;

    for (const [k, q] of periods.entries()) {
      const latest = k === periods.length - 1;
      const endAgo = time.daysSince(q.to);
      // The latest a few working days ago, so that what follows it (acknowledgements, an appeal) has happened.
      const pubAgo = latest ? time.workingDaysAgo(rng.int(3, 4)) : endAgo - rng.int(18, 24);
      const span = endAgo - pubAgo;
      const agoAt = (fraction: number) => endAgo - fraction * span;
      const members = people.filter((p) => p.hireDate <= addDays(q.from, 30));

      // Opening, in the first week or so of the quarter (the first cycle once the department used the app).
      const openAgo = k === 0 ? firstOpenAgo : time.daysSince(q.from) - rng.int(3, 8);
      const openAt = stepAt(ctx, null, openAgo)!;
      time.at(openAt);
      const goalDue = addDays(time.dateOf(openAt), 10);
      const selfDue = maxDate(goalDue, addDays(q.to, 8));
      const reviewDue = maxDate(selfDue, addDays(q.to, 15));
      const managerDue = maxDate(reviewDue, addDays(q.to, 22));
      let cycle = await ctx.call('appraisal.openCycle', {
        nameZh: q.nameZh,
        nameEn: q.nameEn,
        kind: 'quarterly',
        periodFrom: q.from,
        periodTo: q.to,
        everyone: false,
        groupIds: [],
        staffIds: members.map((p) => p.staffId),
        deadlines: {
          goalSetting: goalDue,
          selfAssessment: selfDue,
          supervisorReview: reviewDue,
          managerReview: managerDue,
        },
      });
      cycleIds.push(cycle.id);
      const detail = await ctx.call('appraisal.getCycle', { id: cycle.id });
      const formOf = new Map(detail.forms.map((f) => [f.staffId, f.id]));
      counts.forms += detail.forms.length;

      // Who stands out this quarter: the designated S and D, the rest by their usual standing, now and then
      // a better or a worse quarter.
      const strong = members.filter((p) => p.standing === 'strong' && p.group !== 'service');
      const sPerson = (k === 0 || k === 2) && strong.length ? rng.pick(strong) : null;
      const intents = new Map<string, Intent>();
      for (const p of members) {
        let standing = p.standing;
        if (rng.chance(0.2))
          standing = standing === 'solid' ? rng.pick<Standing>(['strong', 'weak']) : 'solid';
        let pace =
          standing === 'strong'
            ? 0.88 + rng.next() * 0.14
            : standing === 'solid'
              ? 0.78 + rng.next() * 0.15
              : 0.6 + rng.next() * 0.2;
        if (p === sPerson) [standing, pace] = ['strong', 1.12];
        if (k === 1 && p === dPerson) [standing, pace] = ['weak', 0.45];
        intents.set(p.staffId, {
          label: `${k}:${people.indexOf(p)}`,
          standing,
          pace,
          rated: Math.max(50, Math.min(96, Math.round(25 + 60 * pace))),
          profitActual: 0,
        });
      }

      // Goal setting: some write their plan first; the lead sets the targets and agrees it.
      let last: Date = openAt;
      for (const p of members) {
        const intent = intents.get(p.staffId)!;
        const formId = formOf.get(p.staffId)!;
        let at = stepAt(ctx, openAt, openAgo - rng.int(1, 7)) ?? openAt;
        const plan = planText(rng, p.group);
        let form = await ctx.call('appraisal.getForm', { id: formId }, leadSession[p.group]);
        if (rng.chance(0.6)) {
          time.at(at);
          form = await ctx.call(
            'appraisal.savePlan',
            { id: form.id, version: form.version, plan, targets: [] },
            p.session,
          );
          at = shortlyAfter(ctx, at, rng.int(60, 600)) ?? at;
        }
        const revenue = form.items.find((i) => i.source === 'revenue');
        const revenueTarget = revenue
          ? revenue.actual
            ? nice(revenue.actual / (intent.pace * (0.92 + rng.next() * 0.16)))
            : DEFAULT_REVENUE[p.group]
          : 0;
        const targets = form.items
          .filter((i) => i.scoring === 'quantitative')
          .map((i) => {
            let target: number;
            if (i.source === 'revenue') target = revenueTarget;
            else if (i.source === 'newClients')
              target = i.actual
                ? Math.max(1, Math.round(i.actual / (intent.pace * (0.92 + rng.next() * 0.16))))
                : rng.int(1, 2);
            else if (i.source === 'satisfaction') target = SATISFACTION_TARGET[p.group];
            else if (i.source === 'profit')
              // Computed from the quarter's contracts: a target the person's pace makes of it.
              target =
                i.actual && i.actual > 0
                  ? nice(i.actual / (intent.pace * (0.92 + rng.next() * 0.16)))
                  : nice(Math.max(revenueTarget, DEFAULT_REVENUE[p.group]) * (0.15 + rng.next() * 0.1));
            else {
              target = nice(Math.max(revenueTarget, DEFAULT_REVENUE[p.group]) * (0.15 + rng.next() * 0.1));
              intent.profitActual = revenue?.actual
                ? Math.round((target * intent.pace * (0.9 + rng.next() * 0.2)) / 100) * 100
                : 0;
            }
            return { indicatorId: i.indicatorId, target, planNote: null };
          });
        time.at(at);
        form = await ctx.call(
          'appraisal.savePlan',
          { id: form.id, version: form.version, plan: form.plan ?? plan, targets },
          leadSession[p.group],
        );
        at = shortlyAfter(ctx, at, rng.int(2, 10)) ?? at;
        time.at(at);
        await ctx.call('appraisal.agreePlan', { id: form.id, version: form.version }, leadSession[p.group]);
        last = later(last, at)!;
      }

      const advance = async (after: Date, ago: number): Promise<Date> => {
        const at = stepAt(ctx, after, ago) ?? shortlyAfter(ctx, after, 30)!;
        time.at(at);
        cycle = await ctx.call('appraisal.advanceCycle', { id: cycle.id, version: cycle.version });
        return at;
      };

      // After the quarter: the self-assessments, a draft first for some.
      last = await advance(last, endAgo - 1);
      const selfStart = last;
      for (const p of members) {
        const intent = intents.get(p.staffId)!;
        let at = stepAt(ctx, selfStart, agoAt(0.05 + rng.next() * 0.25))!;
        intent.rated = settleRated(
          await ctx.call('appraisal.getForm', { id: formOf.get(p.staffId)! }, leadSession[p.group]),
          intent,
          k === 1 && p === dPerson ? 'D' : p === sPerson ? 'S' : null,
          rng,
        );
        let form = await ctx.call('appraisal.getForm', { id: formOf.get(p.staffId)! }, p.session);
        const items = form.items.map((i) => ({
          indicatorId: i.indicatorId,
          score: selfScore(i, intent, rng.int(1, 7)),
          comment:
            i.scoring === 'quantitative' && i.source !== 'manual' && i.actual !== null && i.target
              ? selfFigureComment(rng, i.actual / i.target)
              : selfComment(rng, intent.standing),
        }));
        const input = {
          items,
          achievements: achievementsText(rng, p.group),
          shortfalls: shortfallsText(rng, p.group, intent.standing),
          nextPlan: nextPlanText(rng, p.group),
        };
        if (rng.chance(0.4)) {
          time.at(at);
          form = await ctx.call(
            'appraisal.saveSelf',
            { id: form.id, version: form.version, ...input },
            p.session,
          );
          at = shortlyAfter(ctx, at, rng.int(60, 900)) ?? at;
        }
        time.at(at);
        await ctx.call('appraisal.submitSelf', { id: form.id, version: form.version, ...input }, p.session);
        last = later(last, at)!;
      }

      // The leads' evaluations; a total that would fall below 60 for anyone but the quarter's D is raised
      // through the rated indicators (the lead's judgement), the S's kept at S.
      last = await advance(last, agoAt(0.33));
      const reviewStart = last;
      const incomplete: string[] = [];
      for (const p of members) {
        const intent = intents.get(p.staffId)!;
        const at = stepAt(ctx, reviewStart, agoAt(0.36 + rng.next() * 0.24))!;
        const form = await ctx.call(
          'appraisal.getForm',
          { id: formOf.get(p.staffId)! },
          leadSession[p.group],
        );
        const items = evaluationItems(form, intent, intent.rated, rng);
        const total = predictedTotal(form, items);
        if (
          k === 0 &&
          total !== null &&
          total < 58 &&
          form.items.some((i) => i.source !== 'manual' && i.actual === 0)
        )
          incomplete.push(form.id);
        time.at(at);
        await ctx.call(
          'appraisal.submitEvaluation',
          { id: form.id, version: form.version, items, overallComment: overallComment(rng, intent.standing) },
          leadSession[p.group],
        );
        last = later(last, at)!;
      }

      // Manager review; in the third quarter the manager raises one score, with the reason.
      last = await advance(last, agoAt(0.65));
      // The first quarter began before the department used the app: whoever's quarter was all in the old
      // spreadsheets has nothing to measure, and the manager takes them out of this cycle.
      for (const formId of incomplete) {
        const form = (await ctx.call('appraisal.getCycle', { id: cycle.id })).forms.find(
          (f) => f.id === formId,
        )!;
        last = shortlyAfter(ctx, last, rng.int(3, 15)) ?? last;
        time.at(last);
        await ctx.call('appraisal.removeFromCycle', {
          id: form.id,
          version: form.version,
          reason: REMOVED_REASON,
        });
        counts.removed++;
      }
      if (incomplete.length) cycle = (await ctx.call('appraisal.getCycle', { id: cycle.id })).cycle;
      if (k === 2) {
        const table = await ctx.call('appraisal.consolidated', { cycleId: cycle.id });
        const row = table.rows.find((r) => r.evalTotal !== null && r.evalTotal >= 74 && r.evalTotal < 80);
        if (row) {
          const form = await ctx.call('appraisal.getForm', { id: row.formId });
          const at = stepAt(ctx, last, agoAt(0.75))!;
          time.at(at);
          await ctx.call('appraisal.adjustScore', {
            id: form.id,
            version: form.version,
            total: Math.min(84, Math.round(row.evalTotal! + 5)),
            reason: ADJUST_REASON,
          });
          last = at;
        }
      }

      // Publication: the older ones about three weeks after the quarter, the latest a few working days ago.
      let pubAt: Date;
      if (latest) {
        const planned = time.later(time.arrival(rng, pubAgo), rng.int(40, 240));
        pubAt = planned > last ? planned : shortlyAfter(ctx, last, 60)!;
      } else pubAt = stepAt(ctx, last, pubAgo)!;
      time.at(pubAt);
      cycle = await ctx.call('appraisal.advanceCycle', { id: cycle.id, version: cycle.version });
      const appealUntil = cycle.appealUntil!;
      const sincePub = time.daysSince(time.dateOf(pubAt));
      const table = await ctx.call('appraisal.consolidated', { cycleId: cycle.id });
      for (const r of table.rows) {
        if (incomplete.includes(r.formId)) continue;
        const person = members.find((p) => p.staffId === r.staffId)!;
        results.push({ cycle: k, formId: r.formId, person, grade: r.grade, total: r.finalScore });
      }

      // An appeal: upheld in the second quarter, adjusted in the third, still open in the latest.
      const appealKind = k === 1 ? 'upheld' : k === 2 ? 'adjusted' : latest ? 'open' : null;
      let appellant: string | null = null;
      if (appealKind) {
        const eligible = table.rows.filter(
          (r) => r.finalScore !== null && !incomplete.includes(r.formId) && r.adjustedTotal === null,
        );
        const candidates = eligible.filter((r) =>
          appealKind === 'adjusted'
            ? r.finalScore! >= 76 && r.finalScore! < 80
            : r.grade === 'B' || r.grade === 'C',
        );
        // An adjustment needs someone just below 80; without one, the best score under it (the figures the
        // quarter's computed indicators came to decide who that is).
        const closest = eligible
          .filter((r) => r.finalScore! < 80)
          .sort((a, b) => b.finalScore! - a.finalScore!)[0];
        const row = candidates.length
          ? rng.pick(candidates)
          : appealKind === 'adjusted'
            ? (closest ?? null)
            : null;
        if (row) {
          appellant = row.staffId;
          const person = members.find((p) => p.staffId === row.staffId)!;
          const appealAt =
            stepAt(ctx, pubAt, sincePub - rng.int(1, 2)) ?? shortlyAfter(ctx, pubAt, rng.int(60, 180))!;
          time.at(appealAt);
          let form = await ctx.call('appraisal.getForm', { id: row.formId }, person.session);
          form = await ctx.call(
            'appraisal.appeal',
            { id: form.id, version: form.version, reason: APPEALS[appealKind].reason },
            person.session,
          );
          if (appealKind === 'open') openAppealFormId = form.id;
          else {
            const resolveAt = stepAt(ctx, appealAt, sincePub - rng.int(3, 5))!;
            time.at(resolveAt);
            form = await ctx.call('appraisal.getForm', { id: row.formId });
            const total = appealKind === 'adjusted' ? Math.round(row.finalScore! + 3) : null;
            await ctx.call('appraisal.resolveAppeal', {
              id: form.id,
              version: form.version,
              outcome: appealKind,
              note: appealKind === 'adjusted' ? `${APPEALS.adjusted.note}${total}分。` : APPEALS.upheld.note,
              total,
            });
          }
        }
      }

      // Acknowledgements: nearly everyone within days; of the latest, a few not yet.
      for (const p of members) {
        if (p.staffId === appellant || incomplete.includes(formOf.get(p.staffId)!)) continue;
        if (rng.chance(latest ? 0.2 : 0.08)) continue;
        const at = stepAt(ctx, pubAt, sincePub - rng.int(0, latest ? sincePub : 4));
        if (!at) continue;
        time.at(at);
        const form = await ctx.call('appraisal.getForm', { id: formOf.get(p.staffId)! }, p.session);
        await ctx.call('appraisal.acknowledge', { id: form.id, version: form.version }, p.session);
        counts.acknowledged++;
      }

      // Closed once the appeal window is over (a working day after its last day, China time).
      if (!latest) {
        let closeOn = addDays(appealUntil, rng.int(1, 4));
        while ([0, 6].includes(new Date(`${closeOn}T00:00:00Z`).getUTCDay())) closeOn = addDays(closeOn, 1);
        let closeAt = stepAt(ctx, null, time.daysSince(closeOn))!;
        while (chinaDateOf(closeAt.getTime()) <= appealUntil) closeAt = shortlyAfter(ctx, closeAt, 240)!;
        time.at(closeAt);
        cycle = await ctx.call('appraisal.advanceCycle', { id: cycle.id, version: cycle.version });
      }
      ctx.progress(`appraisal: ${q.nameEn} ${cycle.phase}`);
    }

    // Incentives, proposed by whoever oversees the person, decided by the manager.
    const propose = async (
      proposer: string,
      person: Person,
      kind: IncentiveKind,
      fields: { amountFen?: number; title?: string; reason: string; formId?: string },
      at: Date,
      decision: { decision: 'approved' | 'refused'; comment: string | null; at: Date | null } | null,
    ) => {
      time.at(at);
      const incentive = await ctx.call(
        'incentives.propose',
        {
          staffId: person.staffId,
          kind,
          amountFen: fields.amountFen ?? null,
          title: fields.title ?? null,
          reason: fields.reason,
          effectiveOn: addDays(time.dateOf(at), rng.int(3, 12)),
          formId: fields.formId ?? null,
        },
        await ctx.sessionFor(proposer),
      );
      if (!decision?.at) return incentive;
      time.at(decision.at);
      const page = await ctx.call('approvals.list', {
        statuses: ['pending'],
        kinds: ['incentive'],
        page: 1,
        pageSize: 100,
      });
      const request = page.items.find((a) => a.subjectId === incentive.id)!;
      await ctx.call('approvals.decide', {
        id: request.id,
        version: request.version,
        decision: decision.decision,
        comment: decision.comment,
      });
      return incentive;
    };
    const published = async (cycle: number) => {
      const c = await ctx.call('appraisal.getCycle', { id: cycleIds[cycle]! });
      return new Date(c.cycle.publishedAt!);
    };
    const resultOf = (cycle: number, grade: string) =>
      results.find((r) => r.cycle === cycle && r.grade === grade);
    const afterPub = async (cycle: number, days: number) =>
      stepAt(ctx, await published(cycle), time.daysSince(time.dateOf(await published(cycle))) - days)!;
    const decided = (at: Date, decision: 'approved' | 'refused', comment: string | null) => ({
      decision,
      comment,
      at: shortlyAfter(ctx, at, rng.int(120, 900)),
    });
    let incentives = 0;

    const s0 = resultOf(0, 'S') ?? resultOf(0, 'A');
    if (s0) {
      const at = await afterPub(0, 8);
      await propose(
        LEAD[s0.person.group],
        s0.person,
        'bonus',
        { amountFen: 300_000, reason: INCENTIVE_TEXT.bonus, formId: s0.formId },
        at,
        decided(at, 'approved', '同意。'),
      );
      incentives++;
    }
    const s2 = resultOf(2, 'S') ?? resultOf(2, 'A');
    if (s2) {
      const at = await afterPub(2, 9);
      await propose(
        DEPUTY[s2.person.group],
        s2.person,
        'honour',
        { title: INCENTIVE_TEXT.honour.title, reason: INCENTIVE_TEXT.honour.reason, formId: s2.formId },
        at,
        decided(at, 'approved', null),
      );
      incentives++;
    }
    const d = results.find((r) => r.grade === 'D');
    if (d) {
      const at = await afterPub(d.cycle, 9);
      await propose(
        LEAD[d.person.group],
        d.person,
        'warning',
        { reason: INCENTIVE_TEXT.warning, formId: d.formId },
        at,
        decided(at, 'approved', '同意，请组长制定改进计划并每月跟进。'),
      );
      incentives++;
    }
    const servicePerson = people.find((p) => p.group === 'service' && p.standing !== 'weak') ?? people[0]!;
    {
      const at = stepAt(ctx, null, time.daysSince(periods[2]!.from) - rng.int(20, 40))!;
      await propose(
        LEAD[servicePerson.group],
        servicePerson,
        'specialContribution',
        { amountFen: 200_000, title: '特殊贡献奖', reason: INCENTIVE_TEXT.special.reason },
        at,
        decided(at, 'approved', '同意，在部门例会上通报表扬。'),
      );
      incentives++;
    }
    const fined = people.find((p) => p.group === 'sales' && p.standing === 'weak') ?? people[0]!;
    {
      const at = stepAt(ctx, null, time.daysSince(periods[3]!.from) + 10)!;
      await propose(
        LEAD[fined.group],
        fined,
        'fine',
        { amountFen: 20_000, reason: INCENTIVE_TEXT.fine.reason },
        at,
        decided(at, 'refused', INCENTIVE_TEXT.fine.refusal),
      );
      incentives++;
    }
    const best = results
      .filter((r) => r.cycle === 3 && r.total !== null && r.person.staffId !== d?.person.staffId)
      .sort((a, b) => b.total! - a.total!)[0];
    let pendingIncentiveId: string | null = null;
    if (best) {
      const pub = await published(3);
      const at = shortlyAfter(ctx, pub, rng.int(120, 600))!;
      const incentive = await propose(
        LEAD[best.person.group],
        best.person,
        'bonus',
        { amountFen: 200_000, reason: INCENTIVE_TEXT.pending, formId: best.formId },
        at,
        null,
      );
      pendingIncentiveId = incentive.id;
      incentives++;
    }

    for (const s of opened) ctx.core.sessions.dispose(s);
    time.at(time.now);
    ctx.ids.appraisal = { cycleIds, openAppealFormId, pendingIncentiveId, accounts };
    ctx.counts['appraisal.cycles'] = cycleIds.length;
    ctx.counts['appraisal.forms'] = counts.forms;
    ctx.counts['appraisal.acknowledged'] = counts.acknowledged;
    ctx.counts['appraisal.removed'] = counts.removed;
    ctx.counts['appraisal.accounts'] = Object.keys(accounts).length;
    for (const g of ['S', 'A', 'B', 'C', 'D'])
      ctx.counts[`appraisal.grade${g}`] = results.filter((r) => r.grade === g).length;
    ctx.counts.incentives = incentives;
  },
};

/** The person's own score: a little above what the evaluator will give (the formula's for a measured figure). */
function selfScore(item: FormItem, intent: Intent, lift: number): number {
  const measured = item.scoring === 'quantitative' && item.source !== 'manual' && item.actual !== null;
  const base = measured ? Math.min(100, formulaScore(item) ?? intent.rated) : intent.rated;
  return Math.min(100, Math.round(base) + lift);
}

/** The evaluation's items: rated ones scored around `rated`, profit typed in, measured ones commented. */
function evaluationItems(form: AppraisalForm, intent: Intent, rated: number, rng: SampleContext['rng']) {
  const fork = rng.fork(`${intent.label}:${rated}`);
  return form.items.map((i) => {
    const byHand = i.scoring === 'rated' || (i.source !== 'manual' && i.actual === null);
    const score = byHand ? Math.max(0, Math.min(100, rated + fork.int(-3, 3))) : null;
    const actual = i.scoring === 'quantitative' && i.source === 'manual' ? intent.profitActual : null;
    const figure = i.scoring === 'quantitative' ? (actual ?? i.actual) : null;
    const comment =
      i.scoring === 'rated'
        ? ratedComment(fork, i.nameEn, intent.standing)
        : figure === null
          ? byHand
            ? ratedComment(fork, i.nameEn, intent.standing)
            : figureComment(fork, i.nameZh, null)
          : figureComment(fork, i.nameZh, i.target ? figure / i.target : null);
    return { indicatorId: i.indicatorId, score, actual, comment };
  });
}

/**
 * The evaluator's rated scores for the quarter: around the person's pace, raised (the lead's judgement of a
 * quarter whose figures fell short) so that nobody but the year's D falls below 62 — the solid and strong
 * below 70 — where the rated indicators can carry it, and the quarter's S kept at S.
 */
function settleRated(
  form: AppraisalForm,
  intent: Intent,
  mark: 'S' | 'D' | null,
  rng: SampleContext['rng'],
): number {
  if (mark === 'D') return rng.int(50, 57);
  const floor = mark === 'S' ? 90.5 : intent.standing === 'weak' ? 62 : 70;
  let rated = intent.rated;
  while (rated < 96) {
    const total = predictedTotal(form, evaluationItems(form, intent, rated, rng));
    if (total === null || total >= floor) break;
    rated++;
  }
  return rated;
}

/** The total the evaluation would come to (the server works it out the same way on submission). */
function predictedTotal(
  form: AppraisalForm,
  items: { indicatorId: string; score: number | null; actual: number | null }[],
): number | null {
  const given = new Map(items.map((i) => [i.indicatorId, i]));
  return evalTotalOf(
    form.items.map((i) => {
      const g = given.get(i.indicatorId)!;
      return {
        ...i,
        actual: i.scoring === 'quantitative' && i.source === 'manual' ? g.actual : i.actual,
        evalScore: g.score,
      };
    }),
  );
}
