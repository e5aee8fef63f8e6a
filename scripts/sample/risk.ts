/**
 * Risk management (rulebook 五(一)–(三)): two years of quarterly risk identification meetings and a couple
 * of ad hoc ones — chair, attendees, agenda, formatted minutes, decisions followed up (most done, a few open,
 * one overdue) — and the register they fed: about eighty risks across every category (credit risks name
 * sample client files), owned across the groups, assessed, reassessed as things changed (so the score
 * histories have a shape), answered with every strategy, their actions done, open, overdue or cancelled,
 * monitored, reviewed (some due for review now), closed and one reopened; accepting a high risk approved by
 * the manager once, refused once, and one request still waiting.
 *
 * The department began using the app about 390 days ago: the first year's meetings were entered from their
 * paper minutes in the weeks after (their dates are the meetings', the stamps are the entering's); every
 * later step happens on the day it would have. Everything goes through the contract as the department's
 * people, so the rules, approvals and audit trail apply.
 */
import type { Session } from '../../src/main/core/session';
import type { BuiltinGroup } from '../../src/shared/org/types';
import type { Risk, RiskStrategy } from '../../src/shared/risk/types';
import type { SampleContext, SampleDomain } from './context';
import { daysBefore, shortlyAfter, stepAt } from './moments';
import { SETUP_DAYS_AGO } from './org';
import {
  AD_HOC_MEETINGS,
  ALL_RISK_TEMPLATES,
  CANCEL_NOTES,
  CLOSE_NOTES,
  MEETING_PLACES,
  PERIODIC_AGENDA,
  PERIODIC_DECISIONS,
  QUARTER_NAMES,
  REASONS_DOWN,
  REASONS_UP,
  REVIEW_NOTES,
  type RiskHome,
  type RiskTemplate,
} from './riskContent';

/** Periodic meetings: eight quarters, the latest about six weeks ago (the next one is coming up). */
const PERIODIC_MEETINGS = 8;
const LATEST_PERIODIC_AGO = 45;
const RAISED_PER_PERIODIC = 4;
const RAISED_PER_AD_HOC = 3;
/** Client files named by credit risks. */
const CREDIT_CLIENTS = 6;

/** What becomes of a risk by now. */
type Fate = 'identified' | 'assessed' | 'responding' | 'monitoring' | 'closed' | 'reopened';
/** The acceptance stories: approved by the manager, refused, still waiting on the approvals list. */
type Special = 'acceptApproved' | 'acceptRefused' | 'acceptPending' | 'reopened' | 'critical';

const SPECIAL_TITLES: Record<string, Special> = {
  重点行业需求下滑: 'acceptApproved',
  大型招投标项目失标风险: 'acceptRefused',
  客户集中度过高: 'acceptPending',
  样品管理混乱: 'reopened',
};

interface Spec {
  t: RiskTemplate;
  title: string;
  description: string;
  clientId: string | null;
  special: Special | null;
}

interface Slot {
  ago: number;
  meeting: { kind: 'periodic'; index: number } | { kind: 'adHoc'; index: number } | null;
}

export const riskSample: SampleDomain = {
  name: 'risk',
  async generate(ctx: SampleContext) {
    const org = ctx.ids.org;
    if (!org) throw new Error('the risk sample needs the org sample first');
    const { rng, time } = ctx;
    const staffNames = new Map(
      (await ctx.call('org.staff.list', { search: null, groupId: null, status: null })).map((s) => [
        s.id,
        s.name,
      ]),
    );
    const nameOf = (id: string) => staffNames.get(id) ?? '';
    const usernameOf = new Map(Object.entries(org.accounts).map(([u, a]) => [a.staffId, u]));
    const sessions = new Map<string, Session>();
    const sessionOf = async (username: string) => {
      let s = sessions.get(username);
      if (!s) sessions.set(username, (s = await ctx.sessionFor(username)));
      return s;
    };
    const manager = ctx.manager;
    const leadOf: Record<BuiltinGroup, string> = {
      market: 'lead.market',
      sales: 'lead.sales',
      service: 'lead.service',
    };
    const management = [org.managerStaffId, ...org.deputyStaffIds];
    const ownerFor = (home: RiskHome) =>
      home === 'management' ? rng.pick(management) : rng.pick(org.activeStaffByGroup[home]);
    /** Who works the risk: its owner when they sign in, else the lead of its group (the manager for management's). */
    const actorFor = (ownerId: string, home: RiskHome) =>
      usernameOf.get(ownerId) ?? (home === 'management' ? 'manager' : leadOf[home]);

    // The client files credit risks name: customers that are companies.
    const clients = (await ctx.call('clients.list', { page: 1, pageSize: 200 })).rows.filter(
      (c) => c.type === 'enterprise' && c.status === 'customer',
    );
    const creditClients = rng.shuffle(clients).slice(0, CREDIT_CLIENTS);

    // The register's risks, keyed and special ones first so the oldest meetings raise them (they have a
    // history to show and other parts of the sample link to them).
    const specs: Spec[] = [];
    for (const t of ALL_RISK_TEMPLATES) {
      const special = SPECIAL_TITLES[t.title] ?? null;
      if (!t.title.includes('{client}')) {
        specs.push({ t, title: t.title, description: t.description, clientId: null, special });
        continue;
      }
      for (const c of creditClients)
        specs.push({
          t,
          title: t.title.replaceAll('{client}', c.name),
          description: t.description.replaceAll('{client}', c.name),
          clientId: c.id,
          special,
        });
    }
    // Two credit risks got worse until critical.
    specs.filter((s) => s.t.key === 'receivables').forEach((s, i) => i < 2 && (s.special = 'critical'));
    const first = specs.filter((s) => s.t.key || (s.special && s.special !== 'acceptPending'));
    const firstSet = new Set(first);
    const pool = [...first, ...rng.shuffle(specs.filter((s) => !firstSet.has(s)))];
    const take = (ok: (s: Spec) => boolean = () => true): Spec | null => {
      const i = pool.findIndex(ok);
      return i < 0 ? null : pool.splice(i, 1)[0]!;
    };

    // The year's slots: meetings (each raising a few risks) and risks identified in daily work between them.
    const slots: Slot[] = [];
    for (let i = 0; i < PERIODIC_MEETINGS; i++)
      slots.push({
        ago: LATEST_PERIODIC_AGO + 91 * (PERIODIC_MEETINGS - 1 - i) + rng.int(-4, 4),
        meeting: { kind: 'periodic', index: i },
      });
    AD_HOC_MEETINGS.forEach((m, index) => slots.push({ ago: m.ago, meeting: { kind: 'adHoc', index } }));
    const raised = PERIODIC_MEETINGS * RAISED_PER_PERIODIC + AD_HOC_MEETINGS.length * RAISED_PER_AD_HOC;
    // Risks identified in daily work: a handful in the last weeks (not yet assessed or answered), the rest
    // spread over the year.
    for (let n = specs.length - raised; n > 0; n--)
      slots.push({ ago: n <= 6 ? rng.int(2, 30) : rng.int(3, SETUP_DAYS_AGO - 20), meeting: null });
    slots.sort((a, b) => b.ago - a.ago);

    const made: { id: string; title: string; created: Date; home: RiskHome; category: string }[] = [];
    const byKey: Record<string, string> = {};
    const counts = { decisions: 0, actions: 0, reassessments: 0, reviews: 0, meetings: 0 };
    let decisionsProgressed = 0;
    const periodicAgos = slots.filter((s) => s.meeting?.kind === 'periodic').map((s) => s.ago);
    const overdueMeetingAgo = periodicAgos[periodicAgos.length - 2]!;

    /** A risk on the register: its owner chosen, its story told from the moment it was created. */
    const lifeOf = async (spec: Spec, riskId: string, created: Date, fate: Fate, ownerId: string) => {
      const session = await sessionOf(actorFor(ownerId, spec.t.home));
      await riskLife(ctx, { spec, riskId, created, fate, ownerId, session, manager, counts, ownerFor });
    };

    let backfill = 0;
    for (const slot of slots) {
      if (!slot.meeting) {
        const spec = take((s) => slot.ago >= 40 || !s.special);
        if (!spec) continue;
        const created = stepAt(ctx, null, slot.ago);
        if (!created) continue;
        time.at(created);
        const ownerId = ownerFor(spec.t.home);
        const fate = fateOf(ctx, daysBefore(ctx, created), spec);
        const session = await sessionOf(actorFor(ownerId, spec.t.home));
        const scored = fate !== 'identified';
        const risk = await ctx.call(
          'risk.create',
          {
            title: spec.title,
            category: spec.t.category,
            description: spec.description,
            cause: spec.t.cause,
            ownerId,
            clientId: spec.clientId,
            identifiedOn: time.dateOf(created),
            likelihood: scored ? spec.t.l : null,
            impact: scored ? spec.t.i : null,
          },
          session,
        );
        made.push({ id: risk.id, title: risk.title, created, home: spec.t.home, category: spec.t.category });
        if (spec.t.key && !byKey[spec.t.key]) byKey[spec.t.key] = risk.id;
        await lifeOf(spec, risk.id, created, fate, ownerId);
        continue;
      }

      // A meeting: held on a working morning, written up that day (or, before the app, from the paper
      // minutes in the weeks after the department started using it), risks raised and linked, issued.
      const m = slot.meeting;
      const adHoc = m.kind === 'adHoc' ? AD_HOC_MEETINGS[m.index]! : null;
      const heldMoment = time.workMoment(rng, slot.ago);
      const heldOn = time.dateOf(heldMoment);
      const morning = new Date(
        heldMoment.getFullYear(),
        heldMoment.getMonth(),
        heldMoment.getDate(),
        11,
        rng.int(10, 50),
      );
      const before = slot.ago > SETUP_DAYS_AGO - 5;
      const entered = before
        ? stepAt(ctx, null, SETUP_DAYS_AGO - 8 - 4 * backfill++)
        : shortlyAfter(ctx, morning, rng.int(30, 240));
      if (!entered) continue;
      time.at(entered);
      const chairId = adHoc && m.index === 0 ? org.deputyStaffIds[0]! : org.managerStaffId;
      const chairSession = chairId === org.managerStaffId ? manager : await sessionOf('deputy1');
      const leads = Object.values(org.leadStaffIds);
      const members = rng
        .shuffle((['market', 'sales', 'service'] as const).flatMap((g) => org.activeStaffByGroup[g].slice(1)))
        .slice(0, rng.int(2, 4));
      const attendeeIds = [...new Set([org.managerStaffId, ...org.deputyStaffIds, ...leads, ...members])];

      const raising: Spec[] = [];
      const n = adHoc ? RAISED_PER_AD_HOC : RAISED_PER_PERIODIC;
      for (let k = 0; k < n; k++) {
        const spec = adHoc
          ? m.index === 0
            ? take((s) => s.clientId !== null && !s.special)
            : take((s) => s.t.home === 'service' && !s.special)
          : take((s) => slot.ago >= 40 || !s.special);
        if (spec) raising.push(spec);
      }
      // Risks already on the register the chair sees (a deputy chairs for the groups in their charge).
      const chairSees = (r: (typeof made)[number]) =>
        chairId === org.managerStaffId || r.home === 'sales' || r.home === 'market';
      const discussed = rng
        .shuffle(made.filter((r) => r.created < entered && chairSees(r)))
        .slice(0, made.length ? rng.int(1, 3) : 0);

      const decisionPlan = adHoc
        ? adHoc.decisions
        : [0, 1, 2].map((k) => PERIODIC_DECISIONS[(m.index * 3 + k) % PERIODIC_DECISIONS.length]!);
      const decisions = decisionPlan.map((d) => ({
        id: null,
        text: d.text,
        ownerId: d.home === 'management' ? rng.pick(org.deputyStaffIds) : org.leadStaffIds[d.home],
        // The latest meeting's decisions are for the coming months; an ad hoc one's are urgent.
        dueOn: time.dateAgo(
          slot.ago - (adHoc ? rng.int(14, 30) : slot.ago < 60 ? rng.int(50, 80) : rng.int(20, 60)),
        ),
      }));
      const quarter = `${heldMoment.getFullYear()}年${QUARTER_NAMES[Math.floor(heldMoment.getMonth() / 3)]}`;
      const title = adHoc ? adHoc.title : `${quarter}定期风险识别会议`;
      const agenda = (adHoc ? adHoc.agenda : PERIODIC_AGENDA).map((a, k) => ({
        title: a,
        presenterId: k === 0 ? chairId : (leads[(k - 1) % leads.length] ?? null),
      }));
      const minutesHtml = minutesOf({
        title,
        adHoc: adHoc?.background ?? null,
        quarter,
        chair: nameOf(chairId),
        attendees: attendeeIds.map(nameOf),
        raised: raising,
        discussed: discussed.map((r) => r.title),
        decisions: decisions.map((d) => ({ text: d.text, owner: nameOf(d.ownerId), dueOn: d.dueOn })),
      });
      let meeting = await ctx.call(
        'meetings.create',
        {
          title,
          type: adHoc ? 'ad_hoc' : 'periodic',
          heldOn,
          startTime: '09:30',
          endTime: adHoc ? '10:45' : '11:00',
          location: rng.pick(MEETING_PLACES),
          chairId,
          attendeeIds,
          agenda,
          decisions,
          minutesHtml,
        },
        chairSession,
      );
      counts.meetings++;
      counts.decisions += decisions.length;

      const raisedRisks: { spec: Spec; fate: Fate; ownerId: string }[] = [];
      for (const spec of raising) {
        const at = shortlyAfter(ctx, entered, rng.int(3, 15));
        if (at) time.at(at);
        const ownerId = ownerFor(spec.t.home);
        const fate = fateOf(ctx, daysBefore(ctx, entered), spec);
        const scored = fate !== 'identified';
        meeting = await ctx.call(
          'meetings.raiseRisk',
          {
            meetingId: meeting.meeting.id,
            title: spec.title,
            category: spec.t.category,
            description: spec.description,
            cause: spec.t.cause,
            ownerId,
            clientId: spec.clientId,
            identifiedOn: heldOn,
            likelihood: scored ? spec.t.l : null,
            impact: scored ? spec.t.i : null,
          },
          chairSession,
        );
        raisedRisks.push({ spec, fate, ownerId });
      }
      for (const r of discussed)
        meeting = await ctx.call(
          'meetings.linkRisk',
          {
            meetingId: meeting.meeting.id,
            riskId: r.id,
            relation: 'discussed',
            note: '会上通报应对进展，各组补充意见。',
          },
          chairSession,
        );
      const issuedAt = shortlyAfter(ctx, entered, before ? rng.int(20, 60) : rng.int(120, 900));
      if (!issuedAt) continue;
      time.at(issuedAt);
      meeting = await ctx.call(
        'meetings.issue',
        { id: meeting.meeting.id, version: meeting.meeting.version },
        chairSession,
      );

      // The decisions followed up: done by their due date or a little after; the one of the last-but-one
      // periodic meeting still open past its date; one cancelled when the plan changed.
      let last = issuedAt;
      for (const d of meeting.decisions) {
        const dueAgo = time.daysSince(d.dueOn);
        decisionsProgressed++;
        const overdue = slot.ago === overdueMeetingAgo && d === meeting.decisions[0];
        if (overdue || dueAgo < 0) continue;
        const doneAgo = Math.min(slot.ago, dueAgo + rng.int(-3, 6));
        const at = stepAt(ctx, last, doneAgo);
        if (!at) continue;
        last = at;
        time.at(at);
        const cancel = decisionsProgressed % 11 === 5;
        const doneOn = [time.dateAgo(Math.max(0, doneAgo)), time.dateOf(at)].sort()[0]!;
        await ctx.call(
          'meetings.setDecisionStatus',
          cancel
            ? {
                id: d.id,
                version: d.version,
                status: 'cancelled',
                doneOn: null,
                note: '并入下季度专项工作统一安排。',
              }
            : { id: d.id, version: d.version, status: 'done', doneOn, note: null },
          chairSession,
        );
      }

      const links = meeting.risks.filter((r) => r.relation === 'raised');
      for (const { spec, fate, ownerId } of raisedRisks) {
        const link = links.find((l) => l.title === spec.title)!;
        made.push({
          id: link.riskId,
          title: spec.title,
          created: entered,
          home: spec.t.home,
          category: spec.t.category,
        });
        if (spec.t.key && !byKey[spec.t.key]) byKey[spec.t.key] = link.riskId;
        await lifeOf(spec, link.riskId, issuedAt, fate, ownerId);
      }
    }

    time.at(time.now);
    ctx.ids.risk = { byKey, all: made.map((r) => ({ id: r.id, home: r.home, category: r.category })) };
    ctx.counts.riskMeetings = counts.meetings;
    ctx.counts['riskMeetings.decisions'] = counts.decisions;
    ctx.counts.risks = made.length;
    for (const status of ['identified', 'assessed', 'responding', 'monitoring', 'closed'] as const) {
      const page = await ctx.call('risk.list', { statuses: [status], page: 1, pageSize: 1 });
      ctx.counts[`risks.${status}`] = page.total;
    }
    ctx.counts['risks.actions'] = counts.actions;
    ctx.counts['risks.reassessments'] = counts.reassessments;
    ctx.counts['risks.reviews'] = counts.reviews;
    const pending = await ctx.call('approvals.list', {
      statuses: ['pending'],
      kinds: [],
      page: 1,
      pageSize: 1,
    });
    ctx.counts['approvals.pending'] = pending.total;
  },
};

/** What becomes of a risk, by how long it has been on the register (specials have their own story). */
function fateOf(ctx: SampleContext, days: number, spec: Spec): Fate {
  if (spec.special === 'reopened') return 'reopened';
  if (spec.special === 'critical') return 'responding';
  if (spec.special) return 'responding';
  const { rng } = ctx;
  if (days < 35)
    return rng.weighted([
      ['identified', 4],
      ['assessed', 4],
      ['responding', 2],
    ] as const);
  if (days < 120)
    return rng.weighted([
      ['assessed', 2],
      ['responding', 5],
      ['monitoring', 3],
      ['closed', 1],
    ] as const);
  return rng.weighted([
    ['assessed', 1],
    ['responding', 3],
    ['monitoring', 4],
    ['closed', 3],
  ] as const);
}

interface LifeInput {
  spec: Spec;
  riskId: string;
  /** When the risk went on the register: every later step is after it. */
  created: Date;
  fate: Fate;
  ownerId: string;
  /** Who works the risk (its owner, or the lead over its group). */
  session: Session;
  manager: Session;
  counts: { actions: number; reassessments: number; reviews: number };
  ownerFor(home: RiskHome): string;
}

/**
 * One risk's story after it was identified, each step at a fraction of the time it has been on the
 * register: a response, its actions carried out (or not), reassessments as the figures moved, monitoring,
 * reviews, closing. A step that would fall after now has not happened yet: the story stops there.
 */
async function riskLife(ctx: SampleContext, life: LifeInput): Promise<void> {
  const { rng, time } = ctx;
  const { spec, session, fate } = life;
  const span = daysBefore(ctx, life.created);
  let last = life.created;
  const when = (fraction: number): boolean => {
    const at = stepAt(ctx, last, span * (1 - fraction));
    if (!at) return false;
    last = at;
    time.at(at);
    return true;
  };
  const call = ctx.call;
  const fresh = async (): Promise<Risk> => (await call('risk.get', { id: life.riskId }, session)).risk;
  let risk = await fresh();
  if (fate === 'identified') return;

  let l = risk.likelihood!;
  let i = risk.impact!;
  const reassess = async (fraction: number, up: boolean, to?: [number, number]): Promise<boolean> => {
    if (!when(fraction)) return false;
    if (to) [l, i] = to;
    else if (up) l = Math.min(5, l + 1);
    else if (l > 1 && (i <= 2 || rng.chance(0.7))) l--;
    else i = Math.max(1, i - 1);
    risk = await call(
      'risk.assess',
      {
        id: risk.id,
        version: risk.version,
        likelihood: l,
        impact: i,
        reason: rng.pick(up ? REASONS_UP : REASONS_DOWN),
      },
      session,
    );
    life.counts.reassessments++;
    return true;
  };
  const review = async (fraction: number): Promise<boolean> => {
    if (!when(fraction)) return false;
    risk = await call(
      'risk.review',
      { id: risk.id, version: risk.version, note: rng.pick(REVIEW_NOTES) },
      session,
    );
    life.counts.reviews++;
    return true;
  };

  if (fate === 'assessed') {
    if (rng.chance(0.5) && !(await reassess(0.5, rng.chance(0.4)))) return;
    if (rng.chance(0.3)) await review(0.7);
    return;
  }

  const respond = async (
    fraction: number,
    strategy: RiskStrategy,
    acceptanceReason: string | null = null,
  ): Promise<boolean> => {
    if (!when(fraction)) return false;
    risk = await call(
      'risk.respond',
      { id: risk.id, version: risk.version, strategy, responsePlan: spec.t.plan, acceptanceReason },
      session,
    );
    return true;
  };
  const decide = async (fraction: number, decision: 'approved' | 'refused', comment: string | null) => {
    if (!when(fraction)) return false;
    const page = await call(
      'approvals.list',
      { statuses: ['pending'], kinds: ['riskAcceptance'], page: 1, pageSize: 100 },
      life.manager,
    );
    const request = page.items.find((a) => a.subjectId === risk.id)!;
    await call(
      'approvals.decide',
      { id: request.id, version: request.version, decision, comment },
      life.manager,
    );
    risk = await fresh();
    return true;
  };

  // Accepting a high risk: the manager approves it (then it is monitored), refuses it (the owner turns to
  // reducing it), or has not decided yet.
  if (spec.special === 'acceptApproved') {
    if (
      !(await respond(
        0.1,
        'accept',
        '行业周期性波动无法通过自身措施消除，已调整客户结构，接受该风险并按月监控。',
      ))
    )
      return;
    if (!(await decide(0.15, 'approved', '同意接受，按月报告相关客户订单变化。'))) return;
    if (!when(0.2)) return;
    risk = await call(
      'risk.move',
      { id: risk.id, version: risk.version, to: 'monitoring', note: null },
      session,
    );
    await review(0.6);
    return;
  }
  if (spec.special === 'acceptRefused') {
    if (!(await respond(0.3, 'accept', '投标成败受评审因素影响较大，拟接受该风险。'))) return;
    if (!(await decide(0.35, 'refused', '该项目对全年业绩影响重大，不同意接受，请制定降低措施。'))) return;
  }
  if (spec.special === 'acceptPending') {
    const ago = 3;
    if (span <= ago + 1) return;
    if (
      !(await respond(
        1 - ago / span,
        'accept',
        '已通过新客户开发逐步降低集中度，短期内接受现状并按季度监控。',
      ))
    )
      return;
    return;
  }

  const strategy: RiskStrategy = spec.special === 'acceptRefused' ? 'reduce' : spec.t.strategy;
  const start = spec.special === 'acceptRefused' ? 0.45 : 0.08;
  if (!(await respond(start, strategy))) return;
  const settles = fate === 'monitoring' || fate === 'closed' || fate === 'reopened';

  if (strategy === 'accept') {
    if (settles && when(0.2))
      risk = await call(
        'risk.move',
        { id: risk.id, version: risk.version, to: 'monitoring', note: null },
        session,
      );
  } else {
    // The actions: every one done before the risk is monitored; while it is being answered some are done,
    // some open (a few past their date), one now and then cancelled.
    const titles = spec.t.actions.length ? spec.t.actions : ['制定并落实应对措施'];
    const planned = titles.slice(0, rng.int(1, titles.length)).map((title, k) => {
      const outcome: 'done' | 'open' | 'overdue' | 'cancelled' = settles
        ? k > 0 && rng.chance(0.15)
          ? 'cancelled'
          : 'done'
        : spec.special === 'critical' && k === 0
          ? 'overdue'
          : rng.weighted([
              ['done', 3],
              ['open', 3],
              ['overdue', 2],
              ['cancelled', 1],
            ] as const);
      const doneAt = start + 0.1 + rng.next() * 0.3;
      const dueAgo =
        outcome === 'open'
          ? -rng.int(7, 60)
          : outcome === 'overdue'
            ? rng.int(2, Math.max(2, Math.floor(span * (1 - start) * 0.5)))
            : Math.round(span * (1 - doneAt) + rng.int(-5, 10));
      return { title, outcome, doneAt, dueOn: time.dateAgo(Math.min(dueAgo, Math.floor(span) - 1)) };
    });
    const added: { id: string; version: number; outcome: string; doneAt: number }[] = [];
    for (const p of planned) {
      const a = await call(
        'risk.addAction',
        {
          riskId: risk.id,
          title: p.title,
          ownerId: rng.chance(0.6) ? life.ownerId : life.ownerFor(spec.t.home),
          dueOn: p.dueOn,
        },
        session,
      );
      added.push({ id: a.id, version: a.version, outcome: p.outcome, doneAt: p.doneAt });
      life.counts.actions++;
    }
    let allDone = true;
    for (const a of added.sort((x, y) => x.doneAt - y.doneAt)) {
      if (a.outcome === 'open' || a.outcome === 'overdue') continue;
      if (!when(a.doneAt)) {
        allDone = false;
        break;
      }
      await call(
        'risk.setActionStatus',
        a.outcome === 'done'
          ? { id: a.id, version: a.version, status: 'done', doneOn: null, note: null }
          : { id: a.id, version: a.version, status: 'cancelled', doneOn: null, note: rng.pick(CANCEL_NOTES) },
        session,
      );
    }
    risk = await fresh();
    if (spec.special === 'critical') {
      await reassess(0.6, true, [5, 4]);
      return;
    }
    if (!settles || !allDone) {
      if (rng.chance(0.5)) await reassess(0.65, spec.t.category === 'credit' || rng.chance(0.3));
      return;
    }
    if (!(await reassess(0.55, false))) return;
    if (!when(0.6)) return;
    risk = await call(
      'risk.move',
      { id: risk.id, version: risk.version, to: 'monitoring', note: null },
      session,
    );
  }
  if (risk.status !== 'monitoring') return;

  if (fate === 'monitoring') {
    if (rng.chance(0.3)) await reassess(0.7, false);
    if (rng.chance(0.55)) await review(0.85);
    return;
  }
  if (!when(fate === 'reopened' ? 0.65 : 0.85)) return;
  risk = await call(
    'risk.move',
    { id: risk.id, version: risk.version, to: 'closed', note: rng.pick(CLOSE_NOTES) },
    session,
  );
  if (fate !== 'reopened') return;
  // Closed too early: the trouble came back, the risk is reopened, scored higher and answered again.
  if (!when(0.8)) return;
  risk = await call(
    'risk.reopen',
    { id: risk.id, version: risk.version, reason: '关闭后抽查再次发现样品借出未登记、账实不符，重新打开。' },
    session,
  );
  if (!(await reassess(0.83, true))) return;
  if (!(await respond(0.86, 'reduce'))) return;
  await call(
    'risk.addAction',
    { riskId: risk.id, title: '样品管理纳入月度检查', ownerId: life.ownerId, dueOn: time.dateAgo(-30) },
    session,
  );
  life.counts.actions++;
}

/** The minutes as the recorder writes them: details, what was raised and discussed, the decisions. */
function minutesOf(m: {
  title: string;
  adHoc: string | null;
  quarter: string;
  chair: string;
  attendees: string[];
  raised: Spec[];
  discussed: string[];
  decisions: { text: string; owner: string; dueOn: string }[];
}): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const li = (items: string[]) => items.map((x) => `<li>${x}</li>`).join('');
  const parts = [
    `<p>${esc(m.title)}由<strong>${esc(m.chair)}</strong>主持，${esc(m.attendees.join('、'))}参加。</p>`,
    m.adHoc
      ? `<h3>一、会议背景</h3><p>${esc(m.adHoc)}</p>`
      : `<h3>一、上期决议落实情况</h3><p>上期会议决议已逐项跟踪，<strong>大部分已按期完成</strong>，未完成事项已明确新的完成时限。</p>`,
    `<h3>二、本期识别的风险</h3>`,
    m.raised.length
      ? `<ol>${li(m.raised.map((r) => `<strong>${esc(r.title)}</strong>：${esc(r.t.cause)}`))}</ol>`
      : '<p>本期未识别新的风险。</p>',
  ];
  if (m.discussed.length)
    parts.push(
      '<h3>三、已登记风险讨论</h3>',
      `<ul>${li(m.discussed.map((t) => `${esc(t)}：通报应对进展，各组补充意见。`))}</ul>`,
    );
  parts.push(
    `<h3>${m.discussed.length ? '四' : '三'}、会议决议</h3>`,
    `<ol>${li(m.decisions.map((d) => `${esc(d.text)}（责任人：${esc(d.owner)}，完成时限：${d.dueOn}）`))}</ol>`,
    '<blockquote>各组应于会后一周内更新本组风险清单，重大变化随时报告部门经理。</blockquote>',
  );
  return parts.join('');
}
