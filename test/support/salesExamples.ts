import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput } from '../../src/shared/contract/channels';
import type { Stage } from '../../src/shared/sales/stages';
import type { Opportunity, OpportunityDetail } from '../../src/shared/sales/types';
import type { ChannelExamples, ExampleContext } from './channelExamples';
import { unwrap } from './core';

/*
 * The pipeline's channel examples and the opportunities they work on: each owned by the caller (every role
 * sees its own), walked by the manager to the stage an example needs, with every stage record filled in.
 */

let seq = 0;
const next = () => `${process.pid % 1000}P${++seq}`;

const ownerOf = (ctx: ExampleContext): string => ctx.caller?.user?.staffId ?? ctx.staffId;
const assignableGroupOf = (ctx: ExampleContext): string =>
  ctx.caller?.user?.chargeGroupIds[0] ?? ctx.caller?.user?.groupId ?? ctx.groupId;

/** Every record the stages up to negotiation need, for the default scorecard (score 80). */
export const FULL_RECORDS = {
  screening: ['need', 'budget', 'authority', 'timing', 'scale'].map((key) => ({ key, rating: 80 })),
  needs: '年产能扩大，需要一套排产系统',
  proposal: '分两期实施：一期排产，二期仓储',
  visitInvitedOn: '2026-11-01',
  visitHeldOn: '2026-11-10',
  visitNotes: '客户参观了示范工厂',
  negotiationNotes: '对付款节点达成一致',
};

export const leadInput = (ownerId: string, title = `示例商机${next()}`): ChannelInput<'sales.create'> => ({
  title,
  newCompany: { name: `示例新公司${next()}`, industry: '制造业' },
  ownerId,
  expectedAmountFen: 12_000_000,
  probability: null,
  expectedCloseOn: '2030-06-30',
  nextStep: '电话回访',
  nextStepOn: '2030-01-15',
  sourceActivityId: null,
  clientId: null,
});

/** The update input that keeps the opportunity as it is, with `patch` over it. */
export const updateOf = (o: Opportunity, patch: Partial<ChannelInput<'sales.update'>> = {}) => ({
  id: o.id,
  version: o.version,
  title: o.title,
  expectedAmountFen: o.expectedAmountFen,
  probability: o.probabilityOverride,
  expectedCloseOn: o.expectedCloseOn,
  nextStep: o.nextStep,
  nextStepOn: o.nextStepOn,
  sourceActivityId: o.sourceActivityId,
  screening: o.screening,
  needs: o.needs,
  proposal: o.proposal,
  visitInvitedOn: o.visitInvitedOn,
  visitHeldOn: o.visitHeldOn,
  visitNotes: o.visitNotes,
  negotiationNotes: o.negotiationNotes,
  ...patch,
});

/** A new opportunity of `ownerId`, its records filled in, moved by `session` to `stage`. */
export async function opportunityAt(
  core: Core,
  session: Session,
  ownerId: string,
  stage: Stage,
): Promise<OpportunityDetail> {
  let o = unwrap(await core.call('sales.create', leadInput(ownerId), session));
  o = unwrap(await core.call('sales.update', updateOf(o, FULL_RECORDS), session));
  if (stage !== 'lead') {
    const to = stage === 'lost' ? 'negotiation' : stage;
    o = unwrap(await core.call('sales.move', { id: o.id, version: o.version, to }, session));
    if (stage === 'lost')
      o = unwrap(
        await core.call(
          'sales.move',
          { id: o.id, version: o.version, to: 'lost', lostReason: 'price' },
          session,
        ),
      );
  }
  return unwrap(await core.call('sales.get', { id: o.id }, session));
}

/** The opportunity kept for `purpose` (one per owner) while it is at `stage`; a new one once it has moved on. */
async function opportunityFor(
  ctx: ExampleContext,
  purpose: string,
  stage: Stage,
): Promise<OpportunityDetail> {
  const key = `opportunity:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) {
    const r = await ctx.core.call('sales.get', { id: known }, ctx.manager);
    if (r.ok && r.data.opportunity.stage === stage) return r.data;
  }
  const made = await opportunityAt(ctx.core, ctx.manager, ownerOf(ctx), stage);
  ctx.records.set(key, made.opportunity.id);
  return made;
}

export const proposalBytes = (n: number | string = 1): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`%PDF-1.4\n% proposal ${n}\n`);

/** A proposal file on a lead of the caller, added by the manager (a new one each time: deleting uses it up). */
async function proposalFileId(ctx: ExampleContext, purpose: string): Promise<string> {
  const o = await opportunityFor(ctx, `file-${purpose}`, 'proposal');
  const f = unwrap(
    await ctx.core.call(
      'sales.addProposalFile',
      { opportunityId: o.opportunity.id, fileName: '方案书.pdf', bytes: proposalBytes(next()) },
      ctx.manager,
    ),
  );
  return f.id;
}

const filter = {
  scope: 'all',
  search: '示例',
  stages: ['lead', 'proposal'],
  ownerId: null,
  clientId: null,
  sourceActivityId: null,
  closeFrom: '2026-01-01',
  closeTo: null,
  overdue: false,
} as const;

type SalesChannel = Extract<keyof ChannelExamples, `sales.${string}`>;

export const salesExamples: Pick<ChannelExamples, SalesChannel> = {
  'sales.list': () => ({
    ...filter,
    stages: [...filter.stages],
    sortBy: 'expectedCloseOn',
    sortDir: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'sales.board': () => ({ scope: 'mine', search: null, ownerId: null, closedSince: null }),
  'sales.get': async (ctx) => ({ id: (await opportunityFor(ctx, 'read', 'lead')).opportunity.id }),
  'sales.create': (ctx) => leadInput(ownerOf(ctx)),
  'sales.update': async (ctx) => {
    const { opportunity: o } = await opportunityFor(ctx, 'update', 'lead');
    return updateOf(o, { needs: `${o.needs ?? ''}，另需培训${next()}` });
  },
  'sales.move': async (ctx) => {
    const { opportunity: o } = await opportunityFor(ctx, 'move', 'lead');
    return { id: o.id, version: o.version, to: 'proposal', lostReason: null, lostNote: null, closedOn: null };
  },
  'sales.reopen': async (ctx) => {
    const { opportunity: o } = await opportunityFor(ctx, 'reopen', 'lost');
    return { id: o.id, version: o.version };
  },
  'sales.assign': async (ctx) => {
    const { opportunity: o } = await opportunityFor(ctx, 'assign', 'lead');
    const n = next();
    const to = unwrap(
      await ctx.core.call(
        'org.staff.create',
        { employeeNo: `SJ${n}`, name: `接手人${n}`, groupId: assignableGroupOf(ctx) },
        ctx.manager,
      ),
    );
    return { id: o.id, version: o.version, ownerId: to.id };
  },
  'sales.addProposalFile': async (ctx) => ({
    opportunityId: (await opportunityFor(ctx, 'files', 'proposal')).opportunity.id,
    fileName: '方案书.pdf',
    bytes: proposalBytes(next()),
  }),
  'sales.deleteProposalFile': async (ctx) => ({ id: await proposalFileId(ctx, 'delete') }),
  'sales.openProposalFile': async (ctx) => ({ id: await proposalFileId(ctx, 'open') }),
  'sales.funnel': () => ({ from: '2026-01-01', to: '2026-12-31', scope: 'all' }),
  'sales.forecast': () => ({ from: '2026-11', months: 6, scope: 'team' }),
  'sales.lostReasons': () => ({ from: '2026-01-01', to: '2026-12-31', scope: 'mine' }),
  'sales.export': () => ({
    ...filter,
    stages: [...filter.stages],
    sortBy: 'updatedAt',
    sortDir: 'desc',
    locale: 'zh-CN',
  }),
  'sales.activities': () => ({ search: '展会', id: null }),
  'sales.report': () => ({ periodKind: 'quarter', periodFrom: '2026-10-01', locale: 'zh-CN' }),
};
