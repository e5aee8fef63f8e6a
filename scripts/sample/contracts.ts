/**
 * Contracts (三(二)4): one for each agreed deal — from its accepted quote (lines copied) or from the won
 * opportunity — drawn up by its owner with the plan of milestones (delivery, often followed up by the service
 * group; acceptance, invoice and payments for the larger ones), submitted for review, checked item by item by
 * the group's lead (comments where something needs care; now and then an item fails and the draft is
 * corrected), agreed by the deputy, approved, signed — which writes the client's transactions, makes the client
 * a customer and hands the contract to finance, logistics or the service group — and then carried out: goods
 * delivered, accepted, invoiced, paid, some late. The last weeks' contracts are still drafts, in review or
 * approved; a few were terminated with the reason.
 */
import type { ChannelInput } from '../../src/shared/contract/channels';
import { lineAmountFen } from '../../src/shared/contracts/rules';
import { CHECKLIST_ITEMS, type ContractDetail } from '../../src/shared/contracts/types';
import type { Session } from '../../src/main/core/session';
import type { SampleContext, SampleDomain } from './context';
import { daysBefore, shortlyAfter } from './moments';
import { linesFor } from './quotes';
import { CHECK_COMMENTS, CONTRACT_TERMS, OPINIONS_AGREE, TERMINATION_REASONS } from './salesContent';
import { dayOf, daysLater, fen, plusDays, salesIds, sessionsOf, type SampleOpportunity } from './salesShared';

/** Contracts drawn up in the last days are held at a step of the way, in turn (none signed yet). */
const RECENT_DAYS = 21;
const HOLD = ['review', 'draft', 'approved', 'review', 'signed', 'review', 'draft', 'approved'] as const;
/** Above this amount the manager approves (below it the deputy in charge). */
const MANAGER_APPROVES_FEN = fen(500_000);
/** Contracts with acceptance, invoice and two payments; smaller ones are delivered and paid at once. */
const LARGE_FEN = fen(300_000);

type Checklist = ChannelInput<'contracts.check'>['checklist'];

interface Source {
  kind: 'quote' | 'opportunity';
  id: string;
  opportunity: SampleOpportunity;
  at: Date;
  /** A quote's total (the contract's amount from its lines). */
  totalFen: number;
}

export const contractsSample: SampleDomain = {
  name: 'contracts',
  async generate(ctx: SampleContext) {
    const { rng, time } = ctx;
    const ids = salesIds(ctx, 'contracts');
    const org = ctx.ids.org!;
    const session = sessionsOf(ctx);
    const day = dayOf(ctx);
    const deputy = await session('deputy1');
    const servicePeople = org.activeStaffByGroup.service.slice(1);
    const counts: Record<string, number> = {};
    const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);

    const quoted = new Set(ids.acceptedQuotes.map((q) => q.opportunity.id));
    const sources: Source[] = [
      ...ids.acceptedQuotes.map((q) => ({
        kind: 'quote' as const,
        id: q.id,
        opportunity: q.opportunity,
        at: q.acceptedAt,
        totalFen: q.totalFen,
      })),
      ...ids.opportunities
        .filter((o) => o.agreedAt && !quoted.has(o.id))
        .map((o) => ({
          kind: 'opportunity' as const,
          id: o.id,
          opportunity: o,
          at: o.agreedAt!,
          totalFen: 0,
        })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());

    let recent = 0;
    for (const source of sources) {
      const o = source.opportunity;
      const draftAt = daysLater(ctx, source.at, rng.int(1, 4));
      // Agreed in the last days: no contract yet (the Contracts page offers the deal as a source).
      if (!draftAt) continue;
      // The latest contracts are still on their way, at every step of it.
      const holdAt = daysBefore(ctx, source.at) < RECENT_DAYS ? HOLD[recent++ % HOLD.length]! : null;
      const owner: Session = await session(o.seller.actor);
      const reviewer: Session = await session(o.seller.group === 'sales' ? 'lead.sales' : 'lead.market');
      let d: ContractDetail;
      const at = (moment: Date) => time.at(moment);

      at(draftAt);
      const lines =
        source.kind === 'quote'
          ? []
          : linesFor(rng, ids.products, o.amountFen, false).map((l) => ({
              productId: l.productId,
              description: l.description,
              unit: l.unit,
              quantity: l.quantity,
              unitPriceFen: l.unitPriceFen,
              discount: l.discountPct,
            }));
      const fields = {
        title: o.title,
        amountFen: 0,
        costFen: Math.round(
          (source.kind === 'quote' ? source.totalFen : lines.reduce((n, l) => n + lineAmountFen(l), 0)) *
            (0.55 + rng.next() * 0.25),
        ),
        lines,
        subject: CONTRACT_TERMS.subject,
        deliveryTerms: CONTRACT_TERMS.delivery,
        paymentTerms: CONTRACT_TERMS.payment,
        liabilityTerms: CONTRACT_TERMS.liability,
        disputeTerms: CONTRACT_TERMS.dispute,
      };
      d = await ctx.call(
        'contracts.create',
        {
          clientId: null,
          opportunityId: source.kind === 'opportunity' ? source.id : null,
          quoteId: source.kind === 'quote' ? source.id : null,
          ...fields,
        },
        owner,
      );
      const amount = d.contract.amountFen;
      const cost = fields.costFen;
      const large = amount >= LARGE_FEN;

      // The plan of milestones, made with the draft.
      const draftOn = day(draftAt);
      const signExpected = plusDays(draftOn, 14);
      const deliveryDue = plusDays(signExpected, rng.int(20, 40));
      const acceptanceDue = plusDays(deliveryDue, rng.int(10, 20));
      const first = large ? Math.round((amount * 3) / 10) : 0;
      const plan: ChannelInput<'contracts.addMilestone'>[] = [
        {
          contractId: d.contract.id,
          kind: 'delivery',
          title: '发货并完成安装调试',
          ownerId: servicePeople.length && rng.chance(0.5) ? rng.pick(servicePeople) : o.seller.staffId,
          dueOn: deliveryDue,
          amountFen: null,
          note: null,
        },
      ];
      if (large)
        plan.push(
          {
            contractId: d.contract.id,
            kind: 'payment',
            title: '预付款（30%）',
            ownerId: o.seller.staffId,
            dueOn: plusDays(signExpected, 10),
            amountFen: first,
            note: null,
          },
          {
            contractId: d.contract.id,
            kind: 'acceptance',
            title: '客户验收',
            ownerId: o.seller.staffId,
            dueOn: acceptanceDue,
            amountFen: null,
            note: null,
          },
        );
      if (large && rng.chance(0.3))
        plan.push({
          contractId: d.contract.id,
          kind: 'invoice',
          title: '开具发票',
          ownerId: o.seller.staffId,
          dueOn: plusDays(acceptanceDue, 5),
          amountFen: null,
          note: null,
        });
      plan.push({
        contractId: d.contract.id,
        kind: 'payment',
        title: large ? '验收款（70%）' : '合同全款',
        ownerId: o.seller.staffId,
        dueOn: plusDays(large ? acceptanceDue : deliveryDue, 30),
        amountFen: amount - first,
        note: null,
      });
      let typing = draftAt;
      for (const m of plan) {
        typing = time.later(typing, rng.int(2, 6));
        at(typing);
        d = await ctx.call('contracts.addMilestone', m, owner);
      }
      // Review: submitted, checked by the group's lead, agreed by the deputy, approved.
      const submitAt = daysLater(ctx, draftAt, rng.int(1, 3));
      if (!submitAt || holdAt === 'draft') {
        count('draft');
        continue;
      }
      at(submitAt);
      d = await ctx.call('contracts.submit', { id: d.contract.id, version: d.contract.version }, owner);
      let checkAt = daysLater(ctx, submitAt, rng.int(1, 4));
      if (checkAt && rng.chance(0.06)) {
        // An item fails: the draft goes back, the terms are put right, and the review starts over.
        at(checkAt);
        d = await ctx.call(
          'contracts.check',
          {
            id: d.contract.id,
            version: d.contract.version,
            checklist: [
              { item: 'delivery', result: 'failed', comment: '交货期与生产排产冲突，请与客户确认分批交货。' },
            ],
          },
          reviewer,
        );
        const back = shortlyAfter(ctx, checkAt, rng.int(30, 120));
        const again = back && daysLater(ctx, back, 1);
        if (!back || !again) {
          count('review');
          continue;
        }
        at(back);
        d = await ctx.call(
          'contracts.returnToDraft',
          { id: d.contract.id, version: d.contract.version, comment: '按评审意见修改交货条款' },
          owner,
        );
        at(again);
        d = await ctx.call('contracts.submit', { id: d.contract.id, version: d.contract.version }, owner);
        checkAt = daysLater(ctx, again, 1);
      }
      const approveAt = holdAt === 'review' ? null : checkAt && daysLater(ctx, checkAt, rng.int(1, 3));
      if (!checkAt || !approveAt) {
        // Still in review: some items checked already, with what the reviewer noticed.
        if (checkAt) {
          at(checkAt);
          const items = rng.shuffle([...CHECKLIST_ITEMS]).slice(0, rng.int(2, 5));
          d = await ctx.call(
            'contracts.check',
            { id: d.contract.id, version: d.contract.version, checklist: checklist(items, true) },
            reviewer,
          );
        }
        count('review');
        continue;
      }
      at(checkAt);
      d = await ctx.call(
        'contracts.check',
        { id: d.contract.id, version: d.contract.version, checklist: checklist([...CHECKLIST_ITEMS], false) },
        reviewer,
      );
      if (rng.chance(0.4)) {
        at(time.later(checkAt, rng.int(30, 120)));
        d = await ctx.call(
          'contracts.opine',
          { id: d.contract.id, version: d.contract.version, agree: true, comment: rng.pick(OPINIONS_AGREE) },
          deputy,
        );
      }
      at(approveAt);
      d = await ctx.call(
        'contracts.approve',
        { id: d.contract.id, version: d.contract.version },
        amount > MANAGER_APPROVES_FEN ? ctx.manager : deputy,
      );

      // Signed: the client's transactions, a customer, the hand-offs.
      const signAt = holdAt === 'approved' ? null : daysLater(ctx, approveAt, rng.int(3, 10));
      if (!signAt) {
        count('approved');
        continue;
      }
      at(signAt);
      const signedOn = day(signAt);
      const withService = servicePeople.length > 0 && rng.chance(0.35);
      d = await ctx.call(
        'contracts.sign',
        {
          id: d.contract.id,
          version: d.contract.version,
          signedOn,
          handoffs: [
            { department: 'finance', assigneeId: null, note: null },
            ...(withService
              ? [{ department: 'service', assigneeId: rng.pick(servicePeople), note: '请安排交付跟进与回访' }]
              : large
                ? [{ department: 'logistics', assigneeId: null, note: null }]
                : []),
          ],
        },
        owner,
      );

      // Carried out: each step when it happened; a step not yet come stops the rest.
      const late = rng.chance(0.25);
      const terminates = rng.chance(0.04);
      const events: { at: Date | null; run: (at: Date) => Promise<void> }[] = [];
      for (const h of d.handoffs)
        if (rng.chance(0.85))
          events.push({
            at: daysLater(ctx, signAt, rng.int(1, 6)),
            run: async () => {
              const current = d.handoffs.find((x) => x.id === h.id)!;
              d = await ctx.call(
                'contracts.acknowledgeHandoff',
                { id: h.id, version: current.version, acknowledgedBy: HANDOFF_PEOPLE[h.department] ?? null },
                owner,
              );
            },
          });
      const milestone = (kind: string, nth = 0) => d.milestones.filter((m) => m.kind === kind)[nth]!;
      const complete = (kind: string) => async (moment: Date) => {
        const m = milestone(kind);
        d = await ctx.call(
          'contracts.completeMilestone',
          { id: m.id, version: m.version, doneOn: day(moment) },
          owner,
        );
      };
      const pay = (nth: number, share: number) => async (moment: Date) => {
        const m = milestone('payment', nth);
        d = await ctx.call(
          'contracts.recordPayment',
          {
            id: m.id,
            version: m.version,
            amountFen: share === 1 ? m.amountFen! - m.receivedFen : Math.round(m.amountFen! * share),
            receivedOn: day(moment),
          },
          owner,
        );
      };
      let chain: Date | null = signAt;
      const next = (days: number, run: (at: Date) => Promise<void>) => {
        chain = chain && daysLater(ctx, chain, days);
        events.push({ at: chain, run });
      };
      if (large) next(rng.int(3, 15), pay(0, 1));
      next(rng.int(15, 40) + (late ? rng.int(20, 50) : 0), complete('delivery'));
      if (large) next(rng.int(5, 15), complete('acceptance'));
      if (d.milestones.some((m) => m.kind === 'invoice')) next(rng.int(2, 6), complete('invoice'));
      const last = large ? 1 : 0;
      if (rng.chance(0.15)) {
        next(rng.int(10, 30) + (late ? rng.int(45, 120) : 0), pay(last, 0.5));
        next(rng.int(15, 40), pay(last, 1));
      } else next(rng.int(10, 40) + (late ? rng.int(45, 120) : 0), pay(last, 1));
      const endAt = terminates ? daysLater(ctx, signAt, rng.int(20, 60)) : null;
      if (endAt)
        events.push({
          at: endAt,
          run: async () => {
            if (d.contract.status === 'completed') return;
            d = await ctx.call(
              'contracts.terminate',
              { id: d.contract.id, version: d.contract.version, reason: rng.pick(TERMINATION_REASONS) },
              owner,
            );
          },
        });
      for (const e of events
        .filter((x): x is { at: Date; run: (at: Date) => Promise<void> } => x.at !== null)
        .sort((a, b) => a.at.getTime() - b.at.getTime())) {
        if (d.contract.status === 'terminated') break;
        at(e.at);
        await e.run(e.at);
      }
      count(d.contract.status);
      if (d.contract.status !== 'terminated')
        ids.signed.push({
          ownerId: d.contract.ownerId,
          groupId: d.contract.groupId!,
          signedOn,
          amountFen: amount,
          costFen: cost,
        });
    }

    time.at(time.now);
    ctx.counts.contracts = Object.values(counts).reduce((a, b) => a + b, 0);
    for (const [status, n] of Object.entries(counts)) ctx.counts[`contracts.${status}`] = n;

    /** The checklist of `items`: passed, a few with a remark; in a review still going, perhaps one failed. */
    function checklist(items: readonly (typeof CHECKLIST_ITEMS)[number][], going: boolean): Checklist {
      const failed = going && rng.chance(0.3) ? rng.pick(items) : null;
      return items.map((item, i) => ({
        item,
        result: item === failed ? 'failed' : 'passed',
        comment:
          item === failed || (going && i === 0) || rng.chance(0.25) ? rng.pick(CHECK_COMMENTS[item]!) : null,
      }));
    }
  },
};

/** Who in each department took a contract over, as its owner records it. */
const HANDOFF_PEOPLE: Record<string, string> = {
  finance: '财务部 周会计',
  logistics: '物流仓储部 刘主管',
  production: '生产部 陈经理',
  service: '客户服务组 值班专员',
};
