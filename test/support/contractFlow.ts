import { randomUUID } from 'node:crypto';
import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { Client, ClientStatus } from '../../src/shared/clients/types';
import type { ChannelInput } from '../../src/shared/contract/channels';
import { CHECKLIST_ITEMS, type ContractDetail, type ContractStatus } from '../../src/shared/contracts/types';
import { unwrap } from './core';

/**
 * Contracts walked to a given state through the contract channels, for tests and channel examples. The
 * opportunities and quotes they start from are written straight into their tables (the pipeline and the
 * price system are built apart); the clock is the tests' (FakeClock: China date 2026-11-27).
 */
export const DRAFTED_ON = '2026-11-27';
export const SIGNED_ON = '2026-11-28';

let seq = 0;
const next = () => `${process.pid % 1000}${++seq}`;

export async function clientFor(
  core: Core,
  manager: Session,
  ownerId: string,
  status: ClientStatus = 'potential',
): Promise<Client> {
  return unwrap(
    await core.call(
      'clients.create',
      {
        name: `合同客户${next()}有限公司`,
        industry: '制造业',
        province: '江苏',
        city: '苏州',
        status,
        ownerId,
      } as ChannelInput<'clients.create'>,
      manager,
    ),
  );
}

async function groupOf(core: Core, manager: Session, staffId: string): Promise<string | null> {
  return unwrap(await core.call('org.staff.get', { id: staffId }, manager)).groupId;
}

/** An opportunity row of the pipeline's table, owned by `ownerId` (in their group) for the client. */
export async function insertOpportunity(
  core: Core,
  manager: Session,
  o: { clientId: string; ownerId: string; stage?: string; amountFen?: number },
): Promise<string> {
  const id = randomUUID();
  const at = new Date('2026-11-01T02:00:00Z').toISOString();
  const stage = o.stage ?? 'negotiation';
  core.store.db
    .prepare(
      `INSERT INTO opportunities (id, code, title, client_id, owner_id, group_id, stage, expected_amount_fen,
         closed_on, stage_entered_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      `SJ-2026-${next().padStart(5, '0')}`,
      `智能仓储改造项目${next()}`,
      o.clientId,
      o.ownerId,
      await groupOf(core, manager, o.ownerId),
      stage,
      o.amountFen ?? 12_000_000,
      stage === 'won' ? '2026-11-20' : null,
      at,
      at,
      at,
    );
  return id;
}

/** An accepted quote row of the price system's table, with its lines as the price system stores them. */
export async function insertQuote(
  core: Core,
  manager: Session,
  q: { clientId: string; ownerId: string; opportunityId?: string | null; status?: string },
): Promise<string> {
  const id = randomUUID();
  const at = new Date('2026-11-15T02:00:00Z').toISOString();
  const lines = [
    {
      productId: null,
      productCode: null,
      description: '货架系统',
      unit: '套',
      quantity: 2,
      unitPriceFen: 3_000_000,
      discountPct: 10,
      amountFen: 5_400_000,
      floorPriceFen: null,
      belowFloor: false,
    },
    {
      productId: null,
      productCode: null,
      description: '安装调试服务',
      unit: '项',
      quantity: 1,
      unitPriceFen: 600_000,
      discountPct: 0,
      amountFen: 600_000,
      floorPriceFen: null,
      belowFloor: false,
    },
  ];
  core.store.db
    .prepare(
      `INSERT INTO quotes (id, code, client_id, opportunity_id, owner_id, group_id, status, quoted_on, valid_until,
         lines, total_fen, terms, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '2026-11-15', '2026-12-15', ?, 6000000, '预付30%，验收后付清', ?, ?)`,
    )
    .run(
      id,
      `BJ-2026-${next().padStart(4, '0')}`,
      q.clientId,
      q.opportunityId ?? null,
      q.ownerId,
      await groupOf(core, manager, q.ownerId),
      q.status ?? 'accepted',
      JSON.stringify(lines),
      at,
      at,
    );
  return id;
}

export const contractTerms = {
  title: '智能仓储设备采购合同',
  amountFen: 0,
  costFen: 4_000_000,
  lines: [],
  subject: '货架系统两套及安装调试',
  deliveryTerms: '签订后30日内交付并安装',
  paymentTerms: '预付30%，验收后付清',
  liabilityTerms: '逾期交付每日按合同金额0.05%支付违约金',
  disputeTerms: '提交苏州仲裁委员会仲裁',
};

/** A draft owned by `ownerId` (through an opportunity of theirs), for a client of theirs. */
export async function draftContract(
  core: Core,
  manager: Session,
  ownerId: string,
  clientStatus: ClientStatus = 'potential',
): Promise<ContractDetail> {
  const client = await clientFor(core, manager, ownerId, clientStatus);
  const opportunityId = await insertOpportunity(core, manager, { clientId: client.id, ownerId });
  return unwrap(await core.call('contracts.create', { ...contractTerms, opportunityId } as never, manager));
}

export const ref = (d: ContractDetail) => ({ id: d.contract.id, version: d.contract.version });

export const allPassed = CHECKLIST_ITEMS.map((item) => ({ item, result: 'passed' as const, comment: null }));

/** The draft walked on to `status` by `session` (a manager or deputy can take it all the way). */
export async function walkTo(
  core: Core,
  session: Session,
  start: ContractDetail,
  /** 'checked': under review with every checklist item passed, ready to approve. */
  status: ContractStatus | 'checked',
  handoffs: ChannelInput<'contracts.sign'>['handoffs'] = [],
): Promise<ContractDetail> {
  let d = start;
  const step = async <C extends Parameters<Core['call']>[0]>(channel: C, extra: object = {}) => {
    d = unwrap(await core.call(channel, { ...ref(d), ...extra } as never, session)) as ContractDetail;
  };
  if (status === 'draft') return d;
  if (status === 'terminated') {
    await step('contracts.terminate', { reason: '客户取消采购计划' });
    return d;
  }
  await step('contracts.submit');
  if (status === 'review') return d;
  await step('contracts.check', { checklist: allPassed });
  if (status === 'checked') return d;
  await step('contracts.approve');
  if (status === 'approved') return d;
  await step('contracts.sign', { signedOn: SIGNED_ON, handoffs });
  if (status === 'signed') return d;
  const me = session.user!.staffId;
  d = unwrap(
    await core.call(
      'contracts.addMilestone',
      {
        contractId: d.contract.id,
        kind: 'payment',
        title: '全款',
        ownerId: me,
        dueOn: '2026-12-31',
        amountFen: d.contract.amountFen,
      },
      session,
    ),
  );
  const payment = d.milestones.find((m) => m.kind === 'payment')!;
  const amount = status === 'completed' ? d.contract.amountFen : 100_000;
  d = unwrap(
    await core.call(
      'contracts.recordPayment',
      { id: payment.id, version: payment.version, amountFen: amount, receivedOn: SIGNED_ON },
      session,
    ),
  );
  return d;
}
