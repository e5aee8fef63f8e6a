import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { CalendarDay } from '../../src/shared/calendar/types';
import type { Attachment, Client, Communication, Contact, Transaction } from '../../src/shared/clients/types';
import type { ChannelInput, ChannelName } from '../../src/shared/contract/channels';
import type { TicketAction, TicketDetail, TicketKind, TicketStatus } from '../../src/shared/service/types';
import type { ImprovementMeasure } from '../../src/shared/improvement/types';
import type { Approval } from '../../src/shared/approvals/types';
import type { MeetingDetail } from '../../src/shared/meetings/types';
import type { RiskAction, RiskDetail, RiskStatus } from '../../src/shared/risk/types';
import type { KriDetail, KriReading } from '../../src/shared/kri/types';
import type { Incentive } from '../../src/shared/incentives/types';
import type { SalesPlan } from '../../src/shared/salesPlans/types';
import type { Product, Quote, QuoteStatus } from '../../src/shared/pricing/types';
import { makeProduct, productInput, quoteInput, quoteUpdateInput } from './quoteFlow';
import type {
  Competitor,
  CompetitorSighting,
  MarketResearch,
  PromotionActivity,
  ResearchFile,
} from '../../src/shared/market/types';
import { clientUpdateInput } from './clientInputs';
import { quantitativeInput, templateInput } from './appraisalInputs';
import { doAllSteps, quarterlyCycle, soloCycle } from './appraisalCycles';
import { formToAdjust, formWithOpenAppeal, ownResult, reviewCycleFor } from './appraisalExamples';
import {
  asCaller,
  evaluationItemsFor,
  exampleForm,
  selfItemsFor,
  targetsFor,
  toggledText,
} from './appraisalFormExamples';
import type { AppraisalIndicator } from '../../src/shared/appraisal/indicators';
import type { AppraisalTemplate } from '../../src/shared/appraisal/templates';
import { MEETING_DAY, meetingInput, meetingUpdateInput } from './meetingInputs';
import { unwrap } from './core';
import { salesExamples } from './salesExamples';
import { TICKET_TIMES, doneAction, ticketAt, ticketEditInput, ticketInput } from './ticketFlow';
import type { ContractDetail, ContractStatus, MilestoneKind } from '../../src/shared/contracts/types';
import {
  SIGNED_ON,
  allPassed,
  clientFor as contractClientFor,
  contractTerms,
  draftContract,
  insertOpportunity,
  walkTo,
} from './contractFlow';
import type {
  AuditStatus,
  ControlFinding,
  EvidenceFile,
  Rectification,
  RectificationStatus,
} from '../../src/shared/control/types';
import {
  auditAt,
  auditInput,
  evidenceBytes,
  findingInput,
  findingOn,
  rectificationAt,
  rectificationInput,
} from './controlFlow';

/**
 * What the examples work on: a set-up department, the manager's session (used to read current versions and
 * to create prerequisites), and a group, a person and that person's account created for the purpose.
 */
export interface ExampleContext {
  core: Core;
  manager: Session;
  groupId: string;
  staffId: string;
  /** The account (users.id) of `staffId`. */
  accountId: string;
  username: string;
  password: string;
  /** Password of the session that will dispatch the example (auth.changePassword needs it). */
  callerPassword: string;
  /**
   * The session that will dispatch the example, when the test says. Client files are scoped by who asks,
   * so client examples work on files owned by the caller (every role sees its own); without one, on files
   * owned by `staffId`, which the manager sees.
   */
  caller?: Session;
  /** Records the client examples made, by purpose and owner: update examples come back to the same one. */
  records: Map<string, string>;
}

export type ChannelExamples = {
  [C in ChannelName]: (ctx: ExampleContext) => ChannelInput<C> | Promise<ChannelInput<C>>;
};

export const EXAMPLE_PASSWORD = 'Example#Pass42';
/** A well-formed backup file name that does not exist: restore examples never replace the database. */
export const ABSENT_BACKUP = 'bizops-20260101-000000-000-manual.sqlite';

let seq = 0;
const next = () => `${process.pid % 1000}${++seq}`;

/** Creates the group, person and account the examples work on. */
export async function makeExampleContext(
  core: Core,
  manager: Session,
  callerPassword: string,
): Promise<ExampleContext> {
  const n = next();
  const group = unwrap(
    await core.call('org.groups.create', { name: `示例组${n}`, nameEn: `Example group ${n}` }, manager),
  );
  const staff = unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: `EX${n}`, name: `示例员工${n}`, groupId: group.id },
      manager,
    ),
  );
  const username = `example${n}`;
  const account = unwrap(
    await core.call(
      'accounts.create',
      { staffId: staff.id, username, password: EXAMPLE_PASSWORD, role: 'staff' },
      manager,
    ),
  );
  return {
    core,
    manager,
    groupId: group.id,
    staffId: staff.id,
    accountId: account.id,
    username,
    password: EXAMPLE_PASSWORD,
    callerPassword,
    records: new Map(),
  };
}

async function currentAccount(ctx: ExampleContext) {
  const accounts = unwrap(await ctx.core.call('accounts.list', {}, ctx.manager));
  const account = accounts.find((a) => a.id === ctx.accountId);
  if (!account) throw new Error('example account missing');
  return account;
}

async function currentGroup(ctx: ExampleContext) {
  const groups = unwrap(await ctx.core.call('org.groups.list', { includeInactive: true }, ctx.manager));
  const group = groups.find((g) => g.id === ctx.groupId);
  if (!group) throw new Error('example group missing');
  return group;
}

// Client files

/** Whose files the client examples use: the caller's own, else the example person's. */
const ownerOf = (ctx: ExampleContext): string => ctx.caller?.user?.staffId ?? ctx.staffId;

/** A group the caller may hand files to: a deputy's charge, a lead's or staff member's own, else the example group. */
const assignableGroupOf = (ctx: ExampleContext): string =>
  ctx.caller?.user?.chargeGroupIds[0] ?? ctx.caller?.user?.groupId ?? ctx.groupId;

async function newClient(ctx: ExampleContext, name: string): Promise<Client> {
  return unwrap(
    await ctx.core.call(
      'clients.create',
      { name: `${name}${next()}`, industry: '制造业', province: '江苏', city: '苏州', ownerId: ownerOf(ctx) },
      ctx.manager,
    ),
  );
}

async function readClient(ctx: ExampleContext, id: string) {
  const r = await ctx.core.call('clients.get', { id }, ctx.manager);
  return r.ok ? r.data : null;
}

/** The live client kept for `purpose` (one per owner); a new one when there is none or it was deleted. */
async function clientFor(ctx: ExampleContext, purpose: string): Promise<Client> {
  const key = `client:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  const detail = known ? await readClient(ctx, known) : null;
  if (detail) return detail.client;
  const client = await newClient(ctx, `示例客户-${purpose}-`);
  ctx.records.set(key, client.id);
  return client;
}

/** A child record kept for `purpose` on that purpose's own client; made again once it is gone or used up. */
async function childFor<T extends { id: string }>(
  ctx: ExampleContext,
  purpose: string,
  pick: (detail: NonNullable<Awaited<ReturnType<typeof readClient>>>) => T[],
  usable: (row: T) => boolean,
  create: (clientId: string) => Promise<T>,
): Promise<T> {
  const client = await clientFor(ctx, purpose);
  const key = `child:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  const detail = await readClient(ctx, client.id);
  const found = known && detail ? pick(detail).find((r) => r.id === known) : undefined;
  if (found && usable(found)) return found;
  const created = await create(client.id);
  ctx.records.set(key, created.id);
  return created;
}

const contactFor = (ctx: ExampleContext, purpose: string): Promise<Contact> =>
  childFor(
    ctx,
    purpose,
    (d) => d.contacts,
    () => true,
    async (clientId) =>
      unwrap(
        await ctx.core.call(
          'contacts.create',
          { clientId, name: `联系人${next()}`, title: '采购经理', mobile: '13912345678' },
          ctx.manager,
        ),
      ),
  );

const communicationFor = (ctx: ExampleContext, purpose: string): Promise<Communication> =>
  childFor(
    ctx,
    purpose,
    (d) => d.communications,
    (m) => !m.nextActionDone,
    async (clientId) =>
      unwrap(
        await ctx.core.call(
          'communications.create',
          {
            clientId,
            at: '2026-11-20T03:00:00.000Z',
            channel: 'phone',
            content: '电话沟通采购计划',
            nextAction: '发送报价',
            nextActionDate: '2026-11-30',
          },
          ctx.manager,
        ),
      ),
  );

const transactionFor = (ctx: ExampleContext, purpose: string): Promise<Transaction> =>
  childFor(
    ctx,
    purpose,
    (d) => d.transactions,
    () => true,
    async (clientId) =>
      unwrap(
        await ctx.core.call(
          'transactions.create',
          { clientId, date: '2026-11-01', item: '年度维保服务', quantity: 1, amountFen: 1_280_000 },
          ctx.manager,
        ),
      ),
  );

/** A deleted client kept for the restore example: a fresh one once the last was restored. */
async function deletedClientFor(ctx: ExampleContext): Promise<{ id: string; version: number }> {
  const key = `deleted:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) {
    const row = ctx.core.store.db
      .prepare('SELECT version, deleted_at AS deletedAt FROM clients WHERE id = ?')
      .get(known) as { version: number; deletedAt: string | null };
    if (row.deletedAt) return { id: known, version: row.version };
  }
  const client = await newClient(ctx, '示例待恢复客户');
  unwrap(await ctx.core.call('clients.delete', { id: client.id, version: client.version }, ctx.manager));
  ctx.records.set(key, client.id);
  return { id: client.id, version: client.version + 1 };
}

// Client files: import jobs, attachments

/** An .xlsx with the given header row and data rows, as an upload (exceljs loads only when an example needs it). */
async function importFile(headers: string[], rows: string[][]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  // exceljs types its result as its own Buffer interface; at run time it is a Node Buffer (a Uint8Array).
  return Uint8Array.from((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
}

/** Name of the client the last import example creates, for the audit expectation. */
export const IMPORTED_NAME_KEY = 'import:lastName';

/**
 * A fresh import job with one new client, previewed by the session that will dispatch the example (a job
 * belongs to the user who uploaded it); by the manager when that session may not import at all.
 */
async function importJobFor(ctx: ExampleContext): Promise<string> {
  const name = `导入示例客户${next()}有限公司`;
  ctx.records.set(IMPORTED_NAME_KEY, name);
  const input = {
    fileName: '客户导入.xlsx',
    bytes: await importFile(['name', 'province'], [[name, '浙江']]),
  };
  const own = ctx.caller ? await ctx.core.call('clients.import.preview', input, ctx.caller) : null;
  if (own?.ok) return own.data.jobId;
  return unwrap(await ctx.core.call('clients.import.preview', input, ctx.manager)).jobId;
}

const attachmentBytes = () => new TextEncoder().encode(`%PDF-1.4\n% example ${next()}\n`);

/** A fresh attachment on the caller's (or the example person's) attachments client. */
async function attachmentFor(ctx: ExampleContext): Promise<Attachment> {
  const clientId = (await clientFor(ctx, 'attachments')).id;
  return unwrap(
    await ctx.core.call(
      'attachments.add',
      { clientId, fileName: '营业执照.pdf', bytes: attachmentBytes() },
      ctx.manager,
    ),
  );
}

// Customer service

async function readTicket(ctx: ExampleContext, id: string): Promise<TicketDetail | null> {
  const r = await ctx.core.call('service.get', { id }, ctx.manager);
  return r.ok ? r.data : null;
}

/**
 * The ticket kept for `purpose` (one per handler: the caller, so every role works on its own), while it is
 * still a `kind` at `status`; a new one, walked there by the manager, once it has moved on. `ready` asks for
 * a resolving complaint whose actions are all done.
 */
async function ticketFor(
  ctx: ExampleContext,
  purpose: string,
  kind: TicketKind,
  status: TicketStatus,
  ready = false,
): Promise<TicketDetail> {
  const key = `ticket:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  const current = known ? await readTicket(ctx, known) : null;
  if (current && current.kind === kind && current.status === status) return current;
  let t = await ticketAt(ctx.core, ctx.manager, ownerOf(ctx), kind, status);
  if (ready) t = await doneAction(ctx.core, ctx.manager, t);
  ctx.records.set(key, t.id);
  return t;
}

/** A live action kept for `purpose` on a resolving complaint of its own; a new one once it is gone or `usable` says no. */
async function ticketActionFor(
  ctx: ExampleContext,
  purpose: string,
  usable: (a: TicketAction) => boolean,
): Promise<TicketAction> {
  const ticket = await ticketFor(ctx, `action-${purpose}`, 'complaint', 'resolving');
  const key = `ticketAction:${purpose}:${ownerOf(ctx)}`;
  const found = ticket.actions.find((a) => a.id === ctx.records.get(key));
  if (found && usable(found)) return found;
  const created = unwrap(
    await ctx.core.call(
      'service.addAction',
      {
        ticketId: ticket.id,
        department: 'quality',
        ownerId: ownerOf(ctx),
        description: '质检复核同批次产品',
        dueDate: '2026-12-02',
      },
      ctx.manager,
    ),
  );
  ctx.records.set(key, created.id);
  return created;
}

// Improvement measures

/** A planned measure's fields, owned by the caller (or the example person). */
const measureInput = (ctx: ExampleContext) => ({
  title: `缩短配送时效${next()}`,
  description: '与物流部约定发货后 48 小时内送达',
  source: 'statistics' as const,
  causeCategory: 'delivery',
  ownerId: ownerOf(ctx),
  dueDate: '2026-12-31',
});

/**
 * The measure kept for `purpose` (one per owner), read afresh; a new planned one when there is none or when
 * it has moved on from planned (a status example moves it once).
 */
async function measureFor(ctx: ExampleContext, purpose: string): Promise<ImprovementMeasure> {
  const key = `improvement:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  const current = known ? await ctx.core.call('improvement.get', { id: known }, ctx.manager) : null;
  if (current?.ok && current.data.status === 'planned') return current.data;
  const created = unwrap(await ctx.core.call('improvement.create', measureInput(ctx), ctx.manager));
  ctx.records.set(key, created.id);
  return created;
}

// Risk identification meetings: chaired by the caller (whoever chairs a meeting sees and manages it), made by
// the manager.

/**
 * The meeting kept for `purpose` (one per chair), read afresh; a new one when there is none or it no longer
 * fits (`fits`: a draft for the edits, an issued one with an open decision for the follow-up).
 */
async function meetingFor(
  ctx: ExampleContext,
  purpose: string,
  state: 'draft' | 'issued',
): Promise<MeetingDetail> {
  const chair = ownerOf(ctx);
  const key = `meeting:${purpose}:${chair}`;
  const known = ctx.records.get(key);
  const current = known ? await ctx.core.call('meetings.get', { id: known }, ctx.manager) : null;
  const fits = (d: MeetingDetail) =>
    d.meeting.status === state && (state === 'draft' || d.decisions[0]?.status === 'open');
  if (current?.ok && fits(current.data)) return current.data;
  let made = unwrap(
    await ctx.core.call(
      'meetings.create',
      meetingInput(
        chair,
        [ctx.staffId].filter((id) => id !== chair),
      ),
      ctx.manager,
    ),
  );
  if (state === 'issued')
    made = unwrap(
      await ctx.core.call(
        'meetings.issue',
        { id: made.meeting.id, version: made.meeting.version },
        ctx.manager,
      ),
    );
  ctx.records.set(key, made.meeting.id);
  return made;
}

/** A new risk on the register owned by the caller (so they see it), for a meeting to link. */
async function riskToLink(ctx: ExampleContext): Promise<string> {
  const risk = unwrap(
    await ctx.core.call(
      'risk.create',
      {
        title: `示例风险${next()}`,
        category: 'credit',
        ownerId: ownerOf(ctx),
        identifiedOn: MEETING_DAY,
        likelihood: 3,
        impact: 4,
      },
      ctx.manager,
    ),
  );
  return risk.id;
}

const ticketRef = (t: { id: string; version: number }) => ({ id: t.id, version: t.version });

// Risk register

/** A new risk's fields, owned by the caller (or the example person); assessed at once when a cell is given. */
const riskInput = (ctx: ExampleContext, cell: { likelihood: number; impact: number } | null = null) => ({
  title: `示例风险${next()}：大客户回款延迟`,
  category: 'credit',
  description: '主要客户付款周期拉长',
  cause: '客户资金紧张',
  ownerId: ownerOf(ctx),
  clientId: null,
  identifiedOn: '2026-11-20',
  likelihood: cell?.likelihood ?? null,
  impact: cell?.impact ?? null,
});

async function readRisk(ctx: ExampleContext, id: string): Promise<RiskDetail | null> {
  const r = await ctx.core.call('risk.get', { id }, ctx.manager);
  return r.ok ? r.data : null;
}

/** A risk of the owner walked by the manager to `status` (responding: with the strategy reduce). */
export async function riskAt(
  core: Core,
  manager: Session,
  ownerId: string,
  status: RiskStatus,
  title = `示例风险${next()}：大客户回款延迟`,
): Promise<RiskDetail> {
  const base = { title, category: 'credit', ownerId, identifiedOn: '2026-11-20' };
  const cell = status === 'identified' ? {} : { likelihood: 3, impact: 4 };
  let risk = unwrap(await core.call('risk.create', { ...base, ...cell }, manager));
  const ref = () => ({ id: risk.id, version: risk.version });
  if (status === 'responding' || status === 'monitoring')
    risk = unwrap(
      await core.call('risk.respond', { ...ref(), strategy: 'reduce', responsePlan: '缩短账期' }, manager),
    );
  if (status === 'monitoring') {
    const action = unwrap(
      await core.call(
        'risk.addAction',
        { riskId: risk.id, title: '催收', ownerId, dueOn: '2026-12-01' },
        manager,
      ),
    );
    unwrap(
      await core.call(
        'risk.setActionStatus',
        { id: action.id, version: action.version, status: 'done' },
        manager,
      ),
    );
    risk = unwrap(await core.call('risk.get', { id: risk.id }, manager)).risk;
    risk = unwrap(await core.call('risk.move', { ...ref(), to: 'monitoring' }, manager));
  }
  if (status === 'closed')
    risk = unwrap(await core.call('risk.move', { ...ref(), to: 'closed', note: '风险已消除' }, manager));
  return unwrap(await core.call('risk.get', { id: risk.id }, manager));
}

/**
 * A request waiting for the manager: a new staff member of the example group accepts a high risk they own
 * (the manager's own acceptance would be approved as it is made).
 */
export async function pendingAcceptance(core: Core, manager: Session, groupId: string): Promise<Approval> {
  const n = next();
  const staff = unwrap(
    await core.call('org.staff.create', { employeeNo: `AP${n}`, name: `接受风险${n}`, groupId }, manager),
  );
  const username = `accept${n}`;
  unwrap(
    await core.call(
      'accounts.create',
      { staffId: staff.id, username, password: EXAMPLE_PASSWORD, role: 'staff' },
      manager,
    ),
  );
  const session = core.sessions.create();
  unwrap(await core.call('auth.login', { username, password: EXAMPLE_PASSWORD }, session));
  const risk = unwrap(
    await core.call(
      'risk.create',
      {
        title: `示例风险${n}：汇率波动`,
        category: 'market',
        ownerId: staff.id,
        identifiedOn: '2026-11-20',
        likelihood: 4,
        impact: 4,
      },
      session,
    ),
  );
  unwrap(
    await core.call(
      'risk.respond',
      { id: risk.id, version: risk.version, strategy: 'accept', acceptanceReason: '对冲成本高于可能损失' },
      session,
    ),
  );
  const requests = unwrap(await core.call('approvals.list', { statuses: ['pending'] }, manager));
  return requests.items.find((a) => a.subjectId === risk.id)!;
}

/** The risk kept for `purpose` (one per owner) while it is at `status`; a new one once it has moved on. */
async function riskFor(ctx: ExampleContext, purpose: string, status: RiskStatus): Promise<RiskDetail> {
  const key = `risk:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  const current = known ? await readRisk(ctx, known) : null;
  if (current && current.risk.status === status) return current;
  const created = await riskAt(ctx.core, ctx.manager, ownerOf(ctx), status);
  ctx.records.set(key, created.risk.id);
  return created;
}

/** An action kept for `purpose` on an assessed risk of its own; a new one once `usable` says no. */
async function riskActionFor(
  ctx: ExampleContext,
  purpose: string,
  usable: (a: RiskAction) => boolean,
): Promise<RiskAction> {
  const risk = await riskFor(ctx, `action-${purpose}`, 'assessed');
  const key = `riskAction:${purpose}:${ownerOf(ctx)}`;
  const found = risk.actions.find((a) => a.id === ctx.records.get(key));
  if (found && usable(found)) return found;
  const created = unwrap(
    await ctx.core.call(
      'risk.addAction',
      { riskId: risk.risk.id, title: '每周跟进回款', ownerId: ownerOf(ctx), dueOn: '2026-12-15' },
      ctx.manager,
    ),
  );
  ctx.records.set(key, created.id);
  return created;
}

const riskRef = (d: RiskDetail) => ({ id: d.risk.id, version: d.risk.version });

// Key risk indicators: each owned by the caller (every role sees its own), made by the manager.

const kriInput = (ctx: ExampleContext) => ({
  name: `客户投诉数量${next()}`,
  description: '每月受理的客户投诉件数',
  unit: '件',
  direction: 'higher_worse' as const,
  warningThreshold: 10,
  alarmThreshold: 20,
  riskId: null,
  ownerId: ownerOf(ctx),
  frequency: 'monthly' as const,
  source: 'manual' as const,
  active: true,
});

/** The indicator kept for `purpose` (one per owner), read afresh; a new one when there is none (or it was deleted). */
async function kriFor(ctx: ExampleContext, purpose: string): Promise<KriDetail> {
  const key = `kri:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  const current = known ? await ctx.core.call('kri.get', { id: known }, ctx.manager) : null;
  if (current?.ok) return current.data;
  const created = unwrap(await ctx.core.call('kri.create', kriInput(ctx), ctx.manager));
  ctx.records.set(key, created.id);
  return unwrap(await ctx.core.call('kri.get', { id: created.id }, ctx.manager));
}

/** A past day no reading of the example indicators has used yet. */
let readingDays = 0;
const readingDay = () =>
  new Date(Date.UTC(2015, 0, 1) + ++readingDays * 86_400_000).toISOString().slice(0, 10);

/** The newest reading of the caller's indicator for `purpose`; a new one when there is none (or it was deleted). */
async function kriReadingFor(ctx: ExampleContext, purpose: string): Promise<KriReading> {
  const kri = await kriFor(ctx, `reading-${purpose}`);
  const last = kri.readings.at(-1);
  if (last) return last;
  return unwrap(
    await ctx.core.call(
      'kri.addReading',
      { kriId: kri.kri.id, periodOn: readingDay(), value: 12 },
      ctx.manager,
    ),
  );
}

// Appraisal library: indicators and templates made for the examples (one position each), kept by the manager;
// update examples flip a name back and forth, set-active examples flip the record in use or not.
async function indicatorFor(ctx: ExampleContext, purpose: string): Promise<AppraisalIndicator> {
  const key = `appraisalIndicator:${purpose}`;
  const known = ctx.records.get(key);
  if (known) return unwrap(await ctx.core.call('appraisal.getIndicator', { id: known }, ctx.manager));
  const created = unwrap(await ctx.core.call('appraisal.createIndicator', quantitativeInput(), ctx.manager));
  ctx.records.set(key, created.id);
  return created;
}

async function templateFor(ctx: ExampleContext, purpose: string): Promise<AppraisalTemplate> {
  const key = `appraisalTemplate:${purpose}`;
  const known = ctx.records.get(key);
  if (known) return unwrap(await ctx.core.call('appraisal.getTemplate', { id: known }, ctx.manager));
  const created = unwrap(
    await ctx.core.call('appraisal.createTemplate', await templateInput(ctx.core, ctx.manager), ctx.manager),
  );
  ctx.records.set(key, created.id);
  return created;
}

const templateEdit = (t: AppraisalTemplate) => ({
  id: t.id,
  version: t.version,
  nameZh: t.nameZh,
  nameEn: t.nameEn,
  groupId: t.groupId,
  position: t.position,
  categoryWeights: t.categoryWeights,
  items: t.items.map((i) => ({ indicatorId: i.indicatorId, weight: i.weight })),
});

/** The example's appraisal cycle for `purpose` (one person in it), as the manager sees it now. */
async function cycleFor(ctx: ExampleContext, purpose: string) {
  const key = `appraisalCycle:${purpose}`;
  let id = ctx.records.get(key);
  if (!id) {
    id = (await soloCycle(ctx.core, ctx.manager)).cycle.id;
    ctx.records.set(key, id);
  }
  const detail = unwrap(await ctx.core.call('appraisal.getCycle', { id }, ctx.manager));
  return { cycle: detail.cycle, form: detail.forms[0]! };
}

const toggled = (name: string) => (name.endsWith('（修订）') ? name.slice(0, -4) : `${name}（修订）`);

// Internal control: the caller audits the examples' audits and owns their rectifications, so every role's
// call is legal (the manager walks them to the step each example needs).

async function controlAuditFor(ctx: ExampleContext, purpose: string, status: AuditStatus) {
  const key = `controlAudit:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  const current = known ? await ctx.core.call('control.getAudit', { id: known }, ctx.manager) : null;
  if (current?.ok && current.data.audit.status === status) return current.data.audit;
  const created = await auditAt(ctx.core, ctx.manager, ownerOf(ctx), status);
  ctx.records.set(key, created.audit.id);
  return created.audit;
}

async function controlFindingFor(ctx: ExampleContext, purpose: string): Promise<ControlFinding> {
  const key = `controlFinding:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) {
    const page = unwrap(
      await ctx.core.call('control.listFindings', { search: known, pageSize: 5 }, ctx.manager),
    );
    const found = page.items.find((f) => f.code === known);
    if (found) return found;
  }
  const created = await findingOn(ctx.core, ctx.manager, ownerOf(ctx));
  ctx.records.set(key, created.code);
  return created;
}

async function rectificationFor(
  ctx: ExampleContext,
  purpose: string,
  status: RectificationStatus,
): Promise<Rectification> {
  const key = `rectification:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) {
    const page = unwrap(
      await ctx.core.call('control.listRectifications', { auditId: known, pageSize: 5 }, ctx.manager),
    );
    const found = page.items[0];
    if (found && found.status === status) return found;
  }
  const who = { auditorId: ownerOf(ctx), ownerId: ownerOf(ctx) };
  const created = await rectificationAt(ctx.core, ctx.manager, who, status);
  ctx.records.set(key, created.auditId);
  return created;
}

/** A fresh evidence file on an open rectification of the caller's. */
async function evidenceFor(ctx: ExampleContext): Promise<EvidenceFile> {
  const r = await rectificationFor(ctx, 'evidence-file', 'open');
  return unwrap(
    await ctx.core.call(
      'control.addEvidence',
      { rectificationId: r.id, fileName: '整改照片.pdf', bytes: evidenceBytes(next()) },
      ctx.manager,
    ),
  );
}

const controlRef = (r: { id: string; version: number }) => ({ id: r.id, version: r.version });

// Incentives

/** A bonus proposal for `staffId`, as the examples send it. */
const incentiveInput = (staffId: string) => ({
  staffId,
  kind: 'bonus' as const,
  amountFen: 500_000,
  reason: '第四季度超额完成销售目标',
  effectiveOn: '2026-12-01',
});

/** A person at work in `groupId` whose direct supervisor is `supervisorId` (made by the manager). */
async function overseenPerson(
  core: Core,
  manager: Session,
  groupId: string,
  supervisorId: string | null,
): Promise<string> {
  const n = next();
  return unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: `JL${n}`, name: `奖惩对象${n}`, groupId, supervisorId },
      manager,
    ),
  ).id;
}

/**
 * A proposal still waiting for the manager, made by a supervisor who is not the manager (the manager's own
 * is approved as it is made): `proposer` when given, else a staff member made for the purpose.
 */
export async function pendingIncentive(
  core: Core,
  manager: Session,
  groupId: string,
  proposer?: Session,
): Promise<Incentive> {
  let session = proposer;
  if (!session) {
    const n = next();
    const staff = unwrap(
      await core.call('org.staff.create', { employeeNo: `JP${n}`, name: `提议人${n}`, groupId }, manager),
    );
    const username = `proposer${n}`;
    unwrap(
      await core.call(
        'accounts.create',
        { staffId: staff.id, username, password: EXAMPLE_PASSWORD, role: 'staff' },
        manager,
      ),
    );
    session = core.sessions.create();
    unwrap(await core.call('auth.login', { username, password: EXAMPLE_PASSWORD }, session));
  }
  const user = session.user!;
  const person = await overseenPerson(core, manager, user.groupId ?? groupId, user.staffId);
  return unwrap(await core.call('incentives.propose', incentiveInput(person), session));
}

/**
 * The incentive kept for `purpose` (one per caller) while it waits; a new one once it was withdrawn. The
 * caller proposes it unless the caller is a manager, so the caller may always read and withdraw it.
 */
async function incentiveFor(ctx: ExampleContext, purpose: string): Promise<Incentive> {
  const caller = ctx.caller?.user;
  const proposer = caller && caller.role !== 'manager' ? ctx.caller : undefined;
  const key = `incentive:${purpose}:${caller?.userId ?? 'manager'}`;
  const known = ctx.records.get(key);
  if (known) {
    const current = unwrap(await ctx.core.call('incentives.get', { id: known }, ctx.manager));
    if (current.status === 'pending') return current;
  }
  const created = await pendingIncentive(ctx.core, ctx.manager, ctx.groupId, proposer);
  ctx.records.set(key, created.id);
  return created;
}

// Sales plans

/** A month no example plan has used yet (from January 2040): each new plan needs a period of its own. */
let planMonths = 0;
function unusedPlanMonth(): string {
  const d = new Date(Date.UTC(2040, planMonths++, 1));
  return d.toISOString().slice(0, 10);
}

/** The plan of the caller themselves (the example person's, without one) for a month of its own. */
export function planInput(staffId: string): ChannelInput<'salesPlans.create'> {
  return {
    periodKind: 'month',
    periodFrom: unusedPlanMonth(),
    staffId,
    groupId: null,
    revenueTargetFen: 50_000_000,
    profitTargetFen: 10_000_000,
    newClientsTarget: 3,
    strategy: '深耕老客户，拓展华东新行业',
    actionPlan: '每周拜访三家重点客户',
  };
}

/** The plan kept for `purpose` and the caller (set by the manager); its current version, as the manager reads it. */
export async function salesPlanFor(ctx: ExampleContext, purpose: string): Promise<SalesPlan> {
  const staffId = ctx.caller?.user?.staffId ?? ctx.staffId;
  const key = `salesPlan:${purpose}:${staffId}`;
  let id = ctx.records.get(key);
  if (!id) {
    id = unwrap(await ctx.core.call('salesPlans.create', planInput(staffId), ctx.manager)).id;
    ctx.records.set(key, id);
  }
  const page = unwrap(
    await ctx.core.call(
      'salesPlans.list',
      { periodKind: null, periodFrom: null, groupId: null, staffId, page: 1, pageSize: 500 },
      ctx.manager,
    ),
  );
  return page.items.find((p) => p.id === id)!;
}

// The price system and quotes

/** The product kept for the quote examples (listed ¥100.00, floor ¥80.00). */
async function productFor(ctx: ExampleContext, purpose: string): Promise<Product> {
  const key = `product:${purpose}`;
  const known = ctx.records.get(key);
  if (known) {
    const page = unwrap(await ctx.core.call('pricing.products', { pageSize: 500 }, ctx.manager));
    const found = page.items.find((p) => p.id === known);
    if (found) return found;
  }
  const product = await makeProduct(ctx.core, ctx.manager);
  ctx.records.set(key, product.id);
  return product;
}

/**
 * A quote in `status` kept for `purpose` (one per caller), for a client file of the caller's: made by the
 * caller (the manager without one), with a line below the floor when it must go through approval.
 */
async function quoteFor(ctx: ExampleContext, purpose: string, status: QuoteStatus): Promise<Quote> {
  const session = ctx.caller?.user ? ctx.caller : ctx.manager;
  const key = `quote:${purpose}:${session.user?.userId ?? 'manager'}`;
  const known = ctx.records.get(key);
  if (known) {
    const current = unwrap(await ctx.core.call('quotes.get', { id: known }, ctx.manager));
    if (current.status === status) return current;
  }
  const client = await clientFor(ctx, 'quote');
  const product = await productFor(ctx, 'quote');
  const below = purpose === 'submit';
  let q = unwrap(await ctx.core.call('quotes.create', quoteInput(client.id, product.id, below), session));
  if (status === 'sent')
    q = unwrap(await ctx.core.call('quotes.markSent', { id: q.id, version: q.version }, session));
  ctx.records.set(key, q.id);
  return q;
}

// Contracts: each example works on a contract of the caller's (drawn up from an opportunity of theirs), which
// the manager walks to the state the example needs; milestones and hand-offs are the caller's too, so every
// role's call is legal.

async function contractFor(
  ctx: ExampleContext,
  purpose: string,
  status: ContractStatus | 'checked',
  handoffs: ChannelInput<'contracts.sign'>['handoffs'] = [],
): Promise<ContractDetail> {
  const key = `contract:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) {
    const d = unwrap(await ctx.core.call('contracts.get', { id: known }, ctx.manager));
    // Under review means not reviewed yet: a checklist example then always changes something.
    const results = new Set(d.contract.checklist.map((c) => c.result));
    const fits =
      status === 'checked'
        ? d.contract.status === 'review' && results.size === 1 && results.has('passed')
        : status === 'review'
          ? d.contract.status === 'review' && !results.has('passed') && !results.has('failed')
          : d.contract.status === status;
    if (fits) return d;
  }
  const d = await walkTo(
    ctx.core,
    ctx.manager,
    await draftContract(ctx.core, ctx.manager, ownerOf(ctx)),
    status,
    handoffs,
  );
  ctx.records.set(key, d.contract.id);
  return d;
}

const contractRef = (d: ContractDetail) => ({ id: d.contract.id, version: d.contract.version });

/** A new open milestone of `kind` owned by the caller, on a signed contract of theirs. */
async function newMilestone(ctx: ExampleContext, kind: MilestoneKind) {
  const signed = await contractFor(ctx, 'milestones', 'signed');
  const d = unwrap(
    await ctx.core.call(
      'contracts.addMilestone',
      {
        contractId: signed.contract.id,
        kind,
        title: kind === 'payment' ? '分期回款' : '设备交付',
        ownerId: ownerOf(ctx),
        dueOn: '2026-12-20',
        amountFen: kind === 'payment' ? 10_000 : null,
      },
      ctx.manager,
    ),
  );
  return d.milestones[d.milestones.length - 1]!;
}

/**
 * The caller's milestone kept for `purpose` as it stands now, while `usable` (still open, still owing …);
 * a new one of `kind` once it is not.
 */
async function milestoneFor(
  ctx: ExampleContext,
  purpose: string,
  kind: MilestoneKind,
  usable: (m: ContractDetail['milestones'][number]) => boolean = (m) => m.doneOn === null,
) {
  const key = `contractMilestone:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) {
    const [contractId, id] = known.split('|') as [string, string];
    const d = unwrap(await ctx.core.call('contracts.get', { id: contractId }, ctx.manager));
    const m = d.milestones.find((x) => x.id === id);
    if (m && usable(m)) return m;
  }
  const m = await newMilestone(ctx, kind);
  ctx.records.set(key, `${m.contractId}|${m.id}`);
  return m;
}

/** A hand-off still waiting, without an assignee: the caller, the contract's owner, records it. */
async function openHandoffFor(ctx: ExampleContext) {
  const handoffs = [{ department: 'finance', assigneeId: null, note: '请登记应收' }];
  const open = (await contractFor(ctx, 'handoff', 'signed', handoffs)).handoffs.find(
    (h) => h.acknowledgedAt === null,
  );
  if (open) return open;
  ctx.records.delete(`contract:handoff:${ownerOf(ctx)}`);
  return (await contractFor(ctx, 'handoff', 'signed', handoffs)).handoffs[0]!;
}

async function contractFileFor(ctx: ExampleContext) {
  const d = await contractFor(ctx, 'files', 'draft');
  return unwrap(
    await ctx.core.call(
      'contracts.addAttachment',
      { contractId: d.contract.id, fileName: '合同签署版.pdf', bytes: evidenceBytes(next()) },
      ctx.manager,
    ),
  );
}

const toggledTitle = (t: string) => (t.endsWith('（修订）') ? t.slice(0, -4) : `${t}（修订）`);

/**
 * A valid input for every channel of the contract (a new channel without one is a type error). Update
 * examples read the record's current version first and change one field, so each call is a real change.
 */
// Market work: everyone records it; the examples' research and activities are owned by the caller (who keeps
// their own), the sightings recorded by the caller (who corrects their own), so every role's call is legal.

/** The logged-in session the caller dispatches with, else the manager's. */
const callerOrManager = (ctx: ExampleContext): Session => (ctx.caller?.user ? ctx.caller : ctx.manager);

export const researchInput = (ownerId: string, topic = '华东地区中小制造企业数字化需求调研') => ({
  topic,
  targetGroup: '年营收五千万以下的制造企业',
  findings: '七成受访企业计划两年内上线进销存系统，价格敏感。',
  conductedOn: '2026-03-10',
  ownerId,
});

export const activityInput = (ownerId: string, title = '2026 华东工业博览会') => ({
  kind: 'exhibition' as const,
  title,
  heldOn: '2026-04-15',
  endsOn: '2026-04-17',
  place: '上海国家会展中心',
  costFen: 4_800_000,
  attendees: 320,
  notes: '展位 A-12',
  ownerId,
});

async function researchFor(ctx: ExampleContext, purpose: string): Promise<MarketResearch> {
  const key = `marketResearch:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) return unwrap(await ctx.core.call('market.getResearch', { id: known }, ctx.manager)).research;
  const created = unwrap(
    await ctx.core.call('market.createResearch', researchInput(ownerOf(ctx)), ctx.manager),
  ).research;
  ctx.records.set(key, created.id);
  return created;
}

/** A fresh file on a research record of the caller's. */
async function researchFileFor(ctx: ExampleContext): Promise<ResearchFile> {
  const r = await researchFor(ctx, 'file');
  return unwrap(
    await ctx.core.call(
      'market.addResearchFile',
      { researchId: r.id, fileName: '调研报告.pdf', bytes: evidenceBytes(next()) },
      ctx.manager,
    ),
  );
}

async function competitorFor(ctx: ExampleContext, purpose: string): Promise<Competitor> {
  const key = `competitor:${purpose}`;
  const known = ctx.records.get(key);
  if (known)
    return unwrap(await ctx.core.call('market.getCompetitor', { id: known }, ctx.manager)).competitor;
  const created = unwrap(
    await ctx.core.call('market.createCompetitor', competitorInput(`示例竞品公司${next()}`), ctx.manager),
  ).competitor;
  ctx.records.set(key, created.id);
  return created;
}

export const competitorInput = (name: string) => ({
  name,
  products: '进销存软件、财务软件',
  strengths: '渠道广',
  weaknesses: '售后响应慢',
  website: 'www.example.com',
  notes: null,
});

export const sightingInput = (priceFen: number | null = 1_280_000) => ({
  seenOn: '2026-05-20',
  product: '标准版进销存',
  priceFen,
  note: '展会现场报价',
});

/** A sighting the caller recorded: the same one for `purpose` while it lives, else a fresh one. */
async function sightingFor(ctx: ExampleContext, purpose: string | null): Promise<CompetitorSighting> {
  const c = await competitorFor(ctx, 'sightings');
  const key = `competitorSighting:${purpose}:${ownerOf(ctx)}`;
  const known = purpose ? ctx.records.get(key) : undefined;
  if (known) {
    const { sightings } = unwrap(await ctx.core.call('market.getCompetitor', { id: c.id }, ctx.manager));
    const live = sightings.find((x) => x.id === known);
    if (live) return live;
  }
  const created = unwrap(
    await ctx.core.call(
      'market.addSighting',
      { competitorId: c.id, ...sightingInput() },
      callerOrManager(ctx),
    ),
  );
  if (purpose) ctx.records.set(key, created.id);
  return created;
}

async function activityFor(ctx: ExampleContext, purpose: string): Promise<PromotionActivity> {
  const key = `promotionActivity:${purpose}:${ownerOf(ctx)}`;
  const known = ctx.records.get(key);
  if (known) return unwrap(await ctx.core.call('market.getActivity', { id: known }, ctx.manager)).activity;
  const created = unwrap(
    await ctx.core.call('market.createActivity', activityInput(ownerOf(ctx)), ctx.manager),
  ).activity;
  ctx.records.set(key, created.id);
  return created;
}

export const channelExamples: ChannelExamples = {
  'system.status': () => ({}),

  'auth.setupStatus': () => ({}),
  'auth.setup': () => ({
    departmentName: '业务部',
    managerName: '第二经理',
    employeeNo: 'M900',
    username: 'second.manager',
    password: 'Second#Pass1',
  }),
  'auth.login': (ctx) => ({ username: ctx.username, password: ctx.password }),
  'auth.logout': () => ({}),
  'auth.me': () => ({}),
  'auth.changePassword': (ctx) => ({
    currentPassword: ctx.callerPassword,
    newPassword: `${ctx.callerPassword}-next`,
  }),

  'org.overview': () => ({}),
  'org.groups.list': () => ({ includeInactive: true }),
  'org.groups.create': () => {
    const n = next();
    return { name: `新小组${n}`, nameEn: `New group ${n}`, sortOrder: 50 };
  },
  'org.groups.update': async (ctx) => {
    const g = await currentGroup(ctx);
    return {
      id: g.id,
      version: g.version,
      name: g.name,
      nameEn: g.nameEn,
      leadStaffId: g.leadStaffId,
      sortOrder: g.sortOrder === 60 ? 61 : 60,
      active: true,
    };
  },
  'org.staff.list': (ctx) => ({ search: '示例', groupId: ctx.groupId, status: 'active' }),
  'org.staff.get': (ctx) => ({ id: ctx.staffId }),
  'org.staff.create': (ctx) => {
    const n = next();
    return {
      employeeNo: `NS${n}`,
      name: `新员工${n}`,
      position: '客户经理',
      groupId: ctx.groupId,
      hireDate: '2025-03-01',
      phone: '13812345678',
      email: `new${n}@example.com`,
    };
  },
  'org.staff.update': async (ctx) => {
    const s = unwrap(await ctx.core.call('org.staff.get', { id: ctx.staffId }, ctx.manager));
    return {
      id: s.id,
      version: s.version,
      employeeNo: s.employeeNo,
      name: s.name,
      position: s.position === '销售代表' ? '高级销售代表' : '销售代表',
      groupId: s.groupId,
      supervisorId: s.supervisorId,
      hireDate: s.hireDate,
      status: s.status,
      phone: s.phone,
      email: s.email,
      chargeGroupIds: s.chargeGroupIds,
    };
  },

  'accounts.list': () => ({}),
  'accounts.create': async (ctx) => {
    const n = next();
    const staff = unwrap(
      await ctx.core.call(
        'org.staff.create',
        { employeeNo: `NA${n}`, name: `待开户${n}`, groupId: ctx.groupId },
        ctx.manager,
      ),
    );
    return { staffId: staff.id, username: `opened${n}`, password: 'Opened#Pass1', role: 'staff' };
  },
  'accounts.update': async (ctx) => {
    const a = await currentAccount(ctx);
    return { id: a.id, version: a.version, role: a.role === 'staff' ? 'group_lead' : 'staff', active: true };
  },
  // The same password again, so the example account can still log in afterwards.
  'accounts.resetPassword': async (ctx) => {
    const a = await currentAccount(ctx);
    return { id: a.id, version: a.version, newPassword: ctx.password };
  },
  'accounts.unlock': async (ctx) => {
    const a = await currentAccount(ctx);
    return { id: a.id, version: a.version };
  },

  'settings.get': () => ({}),
  'settings.update': async (ctx) => {
    const { settings, version } = unwrap(await ctx.core.call('settings.get', {}, ctx.manager));
    return { version, settings: { ...settings, backupKeepRecent: settings.backupKeepRecent === 6 ? 7 : 6 } };
  },

  'audit.list': (ctx) => ({
    actorUserId: null,
    entity: 'staff',
    entityId: ctx.staffId,
    from: '2020-01-01',
    to: '2099-12-31',
    page: 1,
    pageSize: 20,
  }),
  'audit.entities': () => ({}),
  'audit.export': () => ({ entity: 'staff', locale: 'zh-CN' }),

  'backup.list': () => ({}),
  'backup.create': () => ({}),
  'backup.restore': () => ({ fileName: ABSENT_BACKUP }),
  'recovery.backups': () => ({}),
  'recovery.restore': () => ({ fileName: ABSENT_BACKUP }),

  'reports.roster': (ctx) => ({ locale: 'zh-CN', groupId: ctx.groupId }),
  'clients.list': () => ({
    search: '示例客户',
    tiers: ['A', 'B', 'C'],
    statuses: ['potential', 'key_follow_up'],
    province: '江苏',
    sort: 'name',
    order: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'clients.get': async (ctx) => ({ id: (await clientFor(ctx, 'file')).id }),
  'clients.tags': () => ({}),
  'clients.checkDuplicates': () => ({
    exceptId: null,
    name: '示例客户有限责任公司',
    creditCode: '91350100M000100Y43',
    phones: ['+86 139 1234 5678'],
  }),
  'clients.create': (ctx) => ({
    type: 'enterprise',
    name: `新客户${next()}有限公司`,
    industry: '软件',
    province: '上海',
    city: '上海',
    source: 'referral',
    tier: 'B',
    ownerId: ownerOf(ctx),
    tags: ['重点'],
  }),
  'clients.update': async (ctx) => {
    const c = await clientFor(ctx, 'update');
    return { ...clientUpdateInput(c), industry: c.industry === '软件' ? '制造业' : '软件' };
  },
  'clients.setStatus': async (ctx) => {
    const c = await clientFor(ctx, 'status');
    return {
      id: c.id,
      version: c.version,
      status: c.status === 'potential' ? 'key_follow_up' : 'potential',
      reason: '客户需求变化',
    };
  },
  'clients.delete': async (ctx) => {
    const c = await clientFor(ctx, 'delete');
    return { id: c.id, version: c.version };
  },
  'clients.recycleBin': () => ({ search: '示例', page: 1, pageSize: 20 }),
  'clients.restore': (ctx) => deletedClientFor(ctx),
  'clients.reassign': async (ctx) => {
    const client = await newClient(ctx, '示例移交客户');
    const n = next();
    const to = unwrap(
      await ctx.core.call(
        'org.staff.create',
        { employeeNo: `RA${n}`, name: `接手人${n}`, groupId: assignableGroupOf(ctx) },
        ctx.manager,
      ),
    );
    return { ids: [client.id], ownerId: to.id };
  },
  'clients.merge': async (ctx) => {
    const keep = await newClient(ctx, '示例保留客户');
    const merged = await newClient(ctx, '示例合并客户');
    return { keepId: keep.id, keepVersion: keep.version, mergeId: merged.id, mergeVersion: merged.version };
  },
  'clients.statusHistory': async (ctx) => ({ id: (await clientFor(ctx, 'file')).id }),

  'contacts.create': async (ctx) => ({
    clientId: (await clientFor(ctx, 'contacts')).id,
    name: `新联系人${next()}`,
    title: '总经理',
    mobile: '138 1234 5678',
    email: 'contact@example.com',
    wechat: 'wx_contact',
    isPrimary: true,
    birthday: '1980-05-01',
  }),
  'contacts.update': async (ctx) => {
    const { id, version, clientId: _c, ...fields } = await contactFor(ctx, 'contact-update');
    return { id, version, ...fields, title: fields.title === '采购经理' ? '采购总监' : '采购经理' };
  },
  'contacts.delete': async (ctx) => {
    const c = await contactFor(ctx, 'contact-delete');
    return { id: c.id, version: c.version };
  },

  'communications.list': async (ctx) => ({
    clientId: (await clientFor(ctx, 'file')).id,
    page: 1,
    pageSize: 20,
  }),
  'communications.create': async (ctx) => ({
    clientId: (await clientFor(ctx, 'communications')).id,
    at: '2026-11-25T06:30:00.000Z',
    channel: 'visit',
    content: '上门拜访，了解明年采购计划',
    nextAction: '安排产品演示',
    nextActionDate: '2026-12-01',
  }),
  'communications.update': async (ctx) => {
    const m = await communicationFor(ctx, 'communication-update');
    return {
      id: m.id,
      version: m.version,
      contactId: m.contactId,
      at: m.at,
      channel: m.channel,
      content: m.content === '电话沟通采购计划' ? '电话沟通采购计划（已确认预算）' : '电话沟通采购计划',
      nextAction: m.nextAction,
      nextActionDate: m.nextActionDate,
      nextActionDone: m.nextActionDone,
    };
  },
  'communications.delete': async (ctx) => {
    const m = await communicationFor(ctx, 'communication-delete');
    return { id: m.id, version: m.version };
  },
  'communications.complete': async (ctx) => {
    const m = await communicationFor(ctx, 'communication-complete');
    return { id: m.id, version: m.version };
  },

  'transactions.create': async (ctx) => ({
    clientId: (await clientFor(ctx, 'transactions')).id,
    date: '2026-11-15',
    item: '软件许可',
    quantity: 3,
    amountFen: 4_500_000,
    contractRef: 'HT-2026-018',
  }),
  'transactions.update': async (ctx) => {
    const { id, version, clientId: _c, ...fields } = await transactionFor(ctx, 'transaction-update');
    return {
      id,
      version,
      ...fields,
      item: fields.item === '年度维保服务' ? '年度维保服务（续约）' : '年度维保服务',
    };
  },
  'transactions.delete': async (ctx) => {
    const t = await transactionFor(ctx, 'transaction-delete');
    return { id: t.id, version: t.version };
  },

  'followups.list': () => ({ scope: 'team', staffId: null }),
  'todo.list': () => ({}),
  'home.summary': () => ({}),

  'clients.import.template': () => ({ locale: 'zh-CN' }),
  'clients.import.preview': async () => ({
    fileName: '客户导入.xlsx',
    bytes: await importFile(['name', 'province'], [[`预览示例客户${next()}`, '江苏']]),
  }),
  'clients.import.rows': async (ctx) => ({
    jobId: await importJobFor(ctx),
    filter: 'all',
    page: 1,
    pageSize: 20,
  }),
  'clients.import.commit': async (ctx) => ({
    jobId: await importJobFor(ctx),
    mode: 'create',
    skipInvalid: false,
  }),
  'clients.import.progress': async (ctx) => ({ jobId: await importJobFor(ctx) }),
  'clients.import.report': async (ctx) => ({ jobId: await importJobFor(ctx), locale: 'en-US' }),
  'clients.export': () => ({
    search: '示例客户',
    tiers: ['A', 'B', 'C'],
    statuses: [],
    province: '江苏',
    sort: 'name',
    order: 'asc',
    locale: 'zh-CN',
  }),
  'clients.printSheet': async (ctx) => ({
    id: (await clientFor(ctx, 'file')).id,
    locale: 'zh-CN',
    communications: 5,
  }),

  'attachments.list': async (ctx) => ({ clientId: (await clientFor(ctx, 'attachments')).id }),
  'attachments.add': async (ctx) => ({
    clientId: (await clientFor(ctx, 'attachments')).id,
    fileName: '合同扫描件.pdf',
    bytes: attachmentBytes(),
  }),
  'attachments.open': async (ctx) => ({ id: (await attachmentFor(ctx)).id }),
  'attachments.delete': async (ctx) => ({ id: (await attachmentFor(ctx)).id }),

  'improvement.list': () => ({
    search: '配送',
    statuses: ['planned', 'in_progress'],
    causeCategory: 'delivery',
    page: 1,
    pageSize: 20,
  }),
  'improvement.get': async (ctx) => ({ id: (await measureFor(ctx, 'read')).id }),
  'improvement.create': (ctx) => measureInput(ctx),
  'improvement.update': async (ctx) => {
    const m = await measureFor(ctx, 'update');
    return {
      id: m.id,
      version: m.version,
      title: m.title.startsWith('缩短') ? m.title.replace('缩短', '压缩') : m.title.replace('压缩', '缩短'),
      description: m.description,
      source: m.source,
      sourceTicketId: m.sourceTicketId,
      causeCategory: m.causeCategory,
      ownerId: m.ownerId!,
      dueDate: m.dueDate,
    };
  },
  // The owner starts their own planned measure (the caller's, so every role's call is legal).
  'improvement.setStatus': async (ctx) => {
    const m = await measureFor(ctx, 'status');
    return { id: m.id, version: m.version, status: 'in_progress' };
  },
  'calendar.year': () => ({ year: 2026 }),
  'calendar.saveDay': async (ctx) => {
    const { id, version, date, kind, name } = await calendarDayFor(ctx, 'update');
    return { id, version, date, kind, name: name === '示例公司假日' ? '示例公司团建日' : '示例公司假日' };
  },
  'calendar.deleteDay': async (ctx) => {
    const day = await calendarDayFor(ctx, 'delete');
    return { id: day.id, version: day.version };
  },
  'service.lookupCaller': () => ({ phone: '139 1234 5678' }),
  'service.findClients': () => ({ search: '示例客户' }),
  'service.list': () => ({
    scope: 'all',
    search: '包装',
    kinds: ['complaint'],
    statuses: ['registered', 'investigating'],
    severities: ['major'],
    sort: 'dueAt',
    order: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'service.get': async (ctx) => ({ id: (await ticketFor(ctx, 'get', 'complaint', 'registered')).id }),
  'service.clientFigures': async (ctx) => ({ clientId: (await clientFor(ctx, 'file')).id }),
  'service.create': async (ctx) => {
    const client = await clientFor(ctx, 'tickets');
    return ticketInput(ownerOf(ctx), { clientId: client.id, callerName: null, callerPhone: '13912345678' });
  },
  'service.update': async (ctx) => {
    const t = await ticketFor(ctx, 'update', 'complaint', 'registered');
    const content = t.content === '外包装破损，需补发' ? '外包装破损，需补发并致歉' : '外包装破损，需补发';
    return { ...ticketEditInput(t), content };
  },
  'service.assign': async (ctx) => {
    const t = await ticketFor(ctx, 'assign', 'complaint', 'registered');
    const n = next();
    const to = unwrap(
      await ctx.core.call(
        'org.staff.create',
        { employeeNo: `TA${n}`, name: `接单人${n}`, groupId: assignableGroupOf(ctx) },
        ctx.manager,
      ),
    );
    return { ...ticketRef(t), handlerId: to.id };
  },
  'service.startInvestigation': async (ctx) => ({
    ...ticketRef(await ticketFor(ctx, 'investigate', 'complaint', 'registered')),
    at: TICKET_TIMES.firstResponse,
    note: '已回电致歉并说明处理安排',
  }),
  'service.saveInvestigation': async (ctx) => {
    const t = await ticketFor(ctx, 'saveInvestigation', 'complaint', 'investigating');
    return {
      ...ticketRef(t),
      findings: t.findings === '仓库装车时挤压' ? '运输途中挤压' : '仓库装车时挤压',
      rootCause: t.rootCause,
      responsibleDept: t.responsibleDept,
      solution: t.solution,
    };
  },
  'service.startResolving': async (ctx) => ({
    ...ticketRef(await ticketFor(ctx, 'startResolving', 'complaint', 'investigating')),
    at: TICKET_TIMES.resolving,
    findings: '运输途中挤压',
    rootCause: '外箱强度不足',
    responsibleDept: 'production',
    solution: '更换五层瓦楞外箱并补发',
  }),
  'service.addAction': async (ctx) => ({
    ticketId: (await ticketFor(ctx, 'addAction', 'complaint', 'resolving')).id,
    department: 'logistics',
    ownerId: ownerOf(ctx),
    description: '安排补发',
    dueDate: '2026-12-01',
  }),
  'service.updateAction': async (ctx) => {
    const a = await ticketActionFor(ctx, 'update', () => true);
    return {
      ...ticketRef(a),
      department: a.department,
      ownerId: a.ownerId,
      description:
        a.description === '质检复核同批次产品' ? '质检复核同批次及前一批次产品' : '质检复核同批次产品',
      dueDate: a.dueDate,
    };
  },
  'service.completeAction': async (ctx) => ({
    ...ticketRef(await ticketActionFor(ctx, 'complete', (a) => a.doneAt === null)),
    at: TICKET_TIMES.actionDone,
    note: '复核无异常',
  }),
  'service.deleteAction': async (ctx) => ticketRef(await ticketActionFor(ctx, 'delete', () => true)),
  'service.resolve': async (ctx) => ({
    ...ticketRef(await ticketFor(ctx, 'resolve', 'complaint', 'resolving', true)),
    at: TICKET_TIMES.resolved,
    summary: '已补发新品，客户签收',
  }),
  'service.answer': async (ctx) => ({
    ...ticketRef(await ticketFor(ctx, 'answer', 'inquiry', 'open')),
    at: TICKET_TIMES.firstResponse,
    answer: '产品保修期为两年，凭发票保修',
  }),
  'service.close': async (ctx) => ({
    ...ticketRef(await ticketFor(ctx, 'close', 'complaint', 'feedback')),
    at: TICKET_TIMES.closed,
    feedbackMethod: 'phone',
    feedbackAt: TICKET_TIMES.feedback,
    feedbackNote: '客户认可处理结果',
    clientSatisfied: true,
    satisfactionScore: 4,
  }),
  'service.reopen': async (ctx) => ({
    ...ticketRef(await ticketFor(ctx, 'reopen', 'complaint', 'closed')),
    reason: '客户反映补发商品仍有破损',
  }),
  'service.convert': async (ctx) => ({
    ...ticketRef(await ticketFor(ctx, 'convert', 'inquiry', 'open')),
    category: 'delivery',
    severity: 'critical',
    reason: '客户明确提出投诉',
  }),
  'service.export': () => ({
    scope: 'all',
    search: null,
    kinds: [],
    statuses: [],
    openOnly: true,
    sort: 'receivedAt',
    order: 'desc',
    locale: 'zh-CN',
  }),
  'service.printForm': async (ctx) => ({
    id: (await ticketFor(ctx, 'print', 'complaint', 'registered')).id,
    locale: 'zh-CN',
  }),
  'service.stats': () => ({ from: '2026-11-01', to: '2026-11-30', kind: 'complaint' }),
  'service.analysisReport': () => ({ from: '2026-11-01', to: '2026-11-30', locale: 'en-US' }),

  'risk.list': () => ({
    scope: 'all',
    search: '回款',
    categories: ['credit'],
    levels: ['medium', 'high'],
    statuses: ['assessed', 'responding'],
    openOnly: true,
    sortBy: 'nextReviewOn',
    sortDir: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'kri.list': () => ({
    search: '投诉',
    states: ['alarm', 'warning'],
    sources: ['manual', 'complaints_per_month'],
    sortBy: 'state',
    sortDir: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'risk.get': async (ctx) => ({ id: (await riskFor(ctx, 'read', 'assessed')).risk.id }),
  'risk.pick': () => ({ search: '示例风险', includeClosed: false }),
  'approvals.list': () => ({ statuses: ['pending'] }),
  'approvals.decide': async (ctx) => {
    // The same request while it waits (a stale-version test reads it twice), a new one once it is decided.
    const known = ctx.records.get('approval:decide');
    const waiting = unwrap(
      await ctx.core.call('approvals.list', { statuses: ['pending'], pageSize: 500 }, ctx.manager),
    );
    const request =
      waiting.items.find((a) => a.id === known) ??
      (await pendingAcceptance(ctx.core, ctx.manager, ctx.groupId));
    ctx.records.set('approval:decide', request.id);
    return { id: request.id, version: request.version, decision: 'approved', comment: '同意接受，季度复核' };
  },
  'risk.create': (ctx) => riskInput(ctx, { likelihood: 2, impact: 4 }),
  'risk.update': async (ctx) => {
    const { risk: r } = await riskFor(ctx, 'update', 'identified');
    return {
      id: r.id,
      version: r.version,
      title: r.title.endsWith('（已核实）') ? r.title.replace('（已核实）', '') : `${r.title}（已核实）`,
      category: r.category,
      description: r.description,
      cause: r.cause,
      ownerId: r.ownerId,
      clientId: r.clientId,
      identifiedOn: r.identifiedOn,
    };
  },
  'risk.assess': async (ctx) => ({
    ...riskRef(await riskFor(ctx, 'assess', 'identified')),
    likelihood: 4,
    impact: 3,
  }),
  // Accepting a high risk (3 × 4): a request to the manager (approved at once when the manager accepts).
  'risk.respond': async (ctx) => ({
    ...riskRef(await riskFor(ctx, 'respond', 'assessed')),
    strategy: 'accept',
    responsePlan: '保留业务，按月监控回款',
    acceptanceReason: '客户为战略合作伙伴，已投保信用险',
  }),
  'risk.move': async (ctx) => ({
    ...riskRef(await riskFor(ctx, 'move', 'assessed')),
    to: 'closed',
    note: '客户已全额回款',
  }),
  'risk.reopen': async (ctx) => ({
    ...riskRef(await riskFor(ctx, 'reopen', 'closed')),
    reason: '客户再次拖欠货款',
  }),
  'risk.review': async (ctx) => ({
    ...riskRef(await riskFor(ctx, 'review', 'assessed')),
    note: `季度复核${next()}：情况未变`,
  }),
  'risk.addAction': async (ctx) => ({
    riskId: (await riskFor(ctx, 'addAction', 'assessed')).risk.id,
    title: '与客户签订还款计划',
    ownerId: ownerOf(ctx),
    dueOn: '2026-12-20',
  }),
  'risk.updateAction': async (ctx) => {
    const a = await riskActionFor(ctx, 'update', () => true);
    return {
      id: a.id,
      version: a.version,
      title: a.title === '每周跟进回款' ? '每周跟进回款并记录' : '每周跟进回款',
      ownerId: a.ownerId,
      dueOn: a.dueOn,
    };
  },
  'risk.setActionStatus': async (ctx) => {
    const a = await riskActionFor(ctx, 'status', (x) => x.status === 'open');
    return { id: a.id, version: a.version, status: 'done' };
  },
  'risk.listActions': () => ({
    scope: 'all',
    search: '回款',
    statuses: ['open'],
    overdue: false,
    page: 1,
    pageSize: 20,
  }),
  'risk.heatmap': () => ({ categories: ['credit'], compareTo: '2026-10-31' }),
  'reports.riskRegister': () => ({
    locale: 'zh-CN',
    from: '2026-01-01',
    to: '2026-11-30',
    compareTo: '2026-06-30',
    categories: [],
  }),
  'risk.heatmapCell': () => ({ categories: [], likelihood: 3, impact: 4, asOf: null }),
  'risk.export': () => ({ scope: 'all', openOnly: true, sortBy: 'score', sortDir: 'desc', locale: 'zh-CN' }),
  'risk.exportActions': () => ({ scope: 'mine', statuses: ['open'], locale: 'en-US' }),
  'meetings.list': () => ({
    scope: 'all',
    search: '风险识别',
    types: ['periodic'],
    statuses: ['draft', 'issued'],
    from: '2026-01-01',
    to: '2026-12-31',
    sortBy: 'heldOn',
    sortDir: 'desc',
    page: 1,
    pageSize: 20,
  }),
  'meetings.get': async (ctx) => ({ id: (await meetingFor(ctx, 'read', 'draft')).meeting.id }),
  'meetings.create': (ctx) => meetingInput(ownerOf(ctx)),
  'meetings.update': async (ctx) => {
    const d = await meetingFor(ctx, 'update', 'draft');
    const title = d.meeting.title.endsWith('（补充）')
      ? d.meeting.title.slice(0, -4)
      : `${d.meeting.title}（补充）`;
    return meetingUpdateInput(d, { title });
  },
  'meetings.issue': async (ctx) => {
    const d = await meetingFor(ctx, 'issue', 'draft');
    return { id: d.meeting.id, version: d.meeting.version };
  },
  'meetings.raiseRisk': async (ctx) => ({
    meetingId: (await meetingFor(ctx, 'raise', 'draft')).meeting.id,
    title: `会上提出的风险${next()}`,
    category: 'credit',
    description: '大客户回款周期拉长',
    ownerId: ownerOf(ctx),
    identifiedOn: MEETING_DAY,
    likelihood: 4,
    impact: 4,
  }),
  'meetings.linkRisk': async (ctx) => ({
    meetingId: (await meetingFor(ctx, 'link', 'draft')).meeting.id,
    riskId: await riskToLink(ctx),
    relation: 'discussed',
    note: '会上复核了应对措施',
  }),
  'meetings.unlinkRisk': async (ctx) => {
    const meetingId = (await meetingFor(ctx, 'unlink', 'draft')).meeting.id;
    const riskId = await riskToLink(ctx);
    unwrap(await ctx.core.call('meetings.linkRisk', { meetingId, riskId }, ctx.manager));
    return { meetingId, riskId };
  },
  // The decision's owner (the caller, who chairs the example meeting) marks it done.
  'meetings.setDecisionStatus': async (ctx) => {
    const decision = (await meetingFor(ctx, 'decision', 'issued')).decisions[0]!;
    return { id: decision.id, version: decision.version, status: 'done', doneOn: '2026-11-26' };
  },
  'meetings.listDecisions': () => ({
    scope: 'all',
    search: '授信',
    statuses: ['open'],
    overdue: false,
    sortBy: 'dueOn',
    sortDir: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'meetings.exportDecisions': () => ({ statuses: ['open', 'done'], locale: 'en-US' }),
  'meetings.export': () => ({ types: ['periodic'], locale: 'zh-CN' }),
  'meetings.printMinutes': async (ctx) => ({
    id: (await meetingFor(ctx, 'print', 'issued')).meeting.id,
    locale: 'zh-CN',
  }),
  'kri.get': async (ctx) => ({ id: (await kriFor(ctx, 'read')).kri.id }),
  'kri.create': (ctx) => kriInput(ctx),
  'kri.update': async (ctx) => {
    const { kri: k } = await kriFor(ctx, 'update');
    return {
      id: k.id,
      version: k.version,
      name: k.name.startsWith('客户') ? k.name.replace('客户', '顾客') : k.name.replace('顾客', '客户'),
      description: k.description,
      unit: k.unit,
      direction: k.direction,
      warningThreshold: k.warningThreshold,
      alarmThreshold: k.alarmThreshold,
      riskId: k.riskId,
      ownerId: k.ownerId,
      frequency: k.frequency,
      source: k.source,
      active: k.active,
    };
  },
  'kri.delete': async (ctx) => {
    const { kri: k } = await kriFor(ctx, 'delete');
    return { id: k.id, version: k.version };
  },
  'kri.addReading': async (ctx) => ({
    kriId: (await kriFor(ctx, 'add-reading')).kri.id,
    periodOn: readingDay(),
    value: 25,
    note: '月底统计',
  }),
  'kri.updateReading': async (ctx) => {
    const r = await kriReadingFor(ctx, 'update');
    return { id: r.id!, version: r.version!, periodOn: r.periodOn, value: r.value === 12 ? 13 : 12 };
  },
  'kri.deleteReading': async (ctx) => {
    const r = await kriReadingFor(ctx, 'delete');
    return { id: r.id!, version: r.version! };
  },
  'kri.export': () => ({ search: null, sortBy: 'code', sortDir: 'asc', locale: 'zh-CN' }),
  'appraisal.listIndicators': () => ({ includeInactive: false }),
  'appraisal.getIndicator': async (ctx) => ({ id: (await indicatorFor(ctx, 'read')).id }),
  'appraisal.createIndicator': () => quantitativeInput(),
  'appraisal.updateIndicator': async (ctx) => {
    const {
      id,
      version,
      templateCount: _t,
      active: _a,
      formula: _f,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    } = await indicatorFor(ctx, 'update');
    return { id, version, ...rest, nameZh: toggled(rest.nameZh) };
  },
  'appraisal.setIndicatorActive': async (ctx) => {
    const i = await indicatorFor(ctx, 'active');
    return { id: i.id, version: i.version, active: !i.active };
  },
  'appraisal.listTemplates': () => ({ includeInactive: true }),
  'appraisal.getTemplate': async (ctx) => ({ id: (await templateFor(ctx, 'read')).id }),
  'appraisal.createTemplate': (ctx) => templateInput(ctx.core, ctx.manager),
  'appraisal.updateTemplate': async (ctx) => {
    const t = await templateFor(ctx, 'update');
    return { ...templateEdit(t), nameZh: toggled(t.nameZh) };
  },
  'appraisal.setTemplateActive': async (ctx) => {
    const t = await templateFor(ctx, 'active');
    return { id: t.id, version: t.version, active: !t.active };
  },
  'appraisal.listCycles': () => ({ kinds: [], phases: [], year: null }),
  'appraisal.getCycle': async (ctx) => {
    // Every role reads a cycle it has a form in: the caller evaluates the example's form.
    const viewer = ctx.caller?.user;
    if (!viewer || viewer.role === 'manager') return { id: (await cycleFor(ctx, 'read')).cycle.id };
    const { cycle, form } = await cycleFor(ctx, `read:${viewer.staffId}`);
    if (form.evaluatorId !== viewer.staffId)
      unwrap(
        await ctx.core.call(
          'appraisal.reassignEvaluator',
          { id: form.id, version: form.version, evaluatorId: viewer.staffId },
          ctx.manager,
        ),
      );
    return { id: cycle.id };
  },
  'appraisal.previewCycle': (ctx) => ({ everyone: false, groupIds: [ctx.groupId], staffIds: [] }),
  'appraisal.openCycle': async (ctx) => {
    // A new person with a position template of their own: no other cycle of theirs overlaps.
    const t = unwrap(
      await ctx.core.call(
        'appraisal.createTemplate',
        await templateInput(ctx.core, ctx.manager),
        ctx.manager,
      ),
    );
    const person = unwrap(
      await ctx.core.call(
        'org.staff.create',
        { employeeNo: `KH${next()}`, name: `考核${next()}`, position: t.position },
        ctx.manager,
      ),
    );
    return quarterlyCycle({ kind: 'monthly', staffIds: [person.id] });
  },
  'appraisal.updateDeadlines': async (ctx) => {
    const { cycle } = await cycleFor(ctx, 'deadlines');
    const managerReview = cycle.deadlines.managerReview === '2026-12-25' ? '2026-12-28' : '2026-12-25';
    return { id: cycle.id, version: cycle.version, deadlines: { ...cycle.deadlines, managerReview } };
  },
  'appraisal.advanceCycle': async (ctx) => {
    // The same cycle each time (every step of its one form done) until it reaches manager review.
    let { cycle } = await cycleFor(ctx, 'advance');
    if (cycle.phase === 'managerReview') {
      ctx.records.delete('appraisalCycle:advance');
      ({ cycle } = await cycleFor(ctx, 'advance'));
    }
    doAllSteps(ctx.core, cycle.id);
    return { id: cycle.id, version: cycle.version };
  },
  'appraisal.reassignEvaluator': async (ctx) => {
    const { form } = await cycleFor(ctx, 'reassign');
    const managerStaff = unwrap(await ctx.core.call('auth.me', {}, ctx.manager))!.staffId;
    return {
      id: form.id,
      version: form.version,
      evaluatorId: form.evaluatorId === ctx.staffId ? managerStaff : ctx.staffId,
    };
  },
  'appraisal.removeFromCycle': async (ctx) => {
    // The same form until it is taken out; then a new one.
    let { form } = await cycleFor(ctx, 'remove');
    if (form.removedAt) {
      ctx.records.delete('appraisalCycle:remove');
      ({ form } = await cycleFor(ctx, 'remove'));
    }
    return { id: form.id, version: form.version, reason: '调离本部门' };
  },
  // Manager review and results (appraisalExamples.ts): the caller's overseen group's cycle, the caller's own
  // published result (acknowledge, appeal), a fresh form for the manager to adjust or an appeal to resolve.
  'appraisal.consolidated': async (ctx) => ({ cycleId: await reviewCycleFor(ctx) }),
  'appraisal.exportConsolidated': async (ctx) => ({ cycleId: await reviewCycleFor(ctx), locale: 'zh-CN' }),
  'appraisal.adjustScore': async (ctx) => {
    const f = await formToAdjust(ctx);
    return { id: f.id, version: f.version, total: 88.5, reason: '经理复核调整' };
  },
  'appraisal.acknowledge': async (ctx) => {
    const f = await ownResult(ctx, 'acknowledge');
    return { id: f.id, version: f.version };
  },
  'appraisal.appeal': async (ctx) => {
    const f = await ownResult(ctx, 'appeal');
    return { id: f.id, version: f.version, reason: '客户满意度统计有误' };
  },
  'appraisal.resolveAppeal': async (ctx) => {
    const f = await formWithOpenAppeal(ctx);
    return { id: f.id, version: f.version, outcome: 'adjusted', note: '复核后调整', total: 82 };
  },
  'appraisal.history': (ctx) => ({ staffId: ctx.caller?.user?.staffId ?? ctx.staffId }),
  'appraisal.printSelf': async (ctx) => ({
    id: (await exampleForm(ctx, 'read', 'evaluator', 'selfSubmitted')).id,
    locale: 'zh-CN',
  }),
  'appraisal.printEvaluation': async (ctx) => ({
    id: (await exampleForm(ctx, 'read', 'evaluator', 'selfSubmitted')).id,
    locale: 'en-US',
  }),
  'appraisal.printSummary': async (ctx) => ({ cycleId: await reviewCycleFor(ctx), locale: 'zh-CN' }),
  'appraisal.printHistory': (ctx) => ({ staffId: ctx.caller?.user?.staffId ?? ctx.staffId, locale: 'en-US' }),
  'appraisal.listForms': () => ({ scope: 'toEvaluate', cycleId: null }),
  'appraisal.getForm': async (ctx) => ({
    id: (await exampleForm(ctx, 'read', 'evaluator', 'selfSubmitted')).id,
  }),
  'appraisal.sourceRecords': async (ctx) => {
    const f = await exampleForm(ctx, 'read', 'evaluator', 'selfSubmitted');
    return { formId: f.id, indicatorId: f.items.find((i) => i.source === 'revenue')!.indicatorId };
  },
  'appraisal.savePlan': async (ctx) => {
    const f = await exampleForm(ctx, 'plan', 'evaluator', 'goalSetting');
    return {
      id: f.id,
      version: f.version,
      plan: toggledText(f.plan, '示例工作计划'),
      targets: targetsFor(f),
    };
  },
  'appraisal.agreePlan': async (ctx) => {
    const f = await exampleForm(ctx, 'agree', 'evaluator', 'goalSetting', (x) => !x.planAgreedAt);
    if (!f.items.some((i) => i.scoring === 'quantitative' && i.target === null))
      return { id: f.id, version: f.version };
    const planned = unwrap(
      await ctx.core.call(
        'appraisal.savePlan',
        { id: f.id, version: f.version, plan: '示例工作计划', targets: targetsFor(f) },
        ctx.caller?.user ? ctx.caller : ctx.manager,
      ),
    );
    return { id: planned.id, version: planned.version };
  },
  'appraisal.saveSelf': async (ctx) => {
    const f = await asCaller(ctx, await exampleForm(ctx, 'self', 'self', 'planAgreed'));
    return {
      id: f.id,
      version: f.version,
      items: selfItemsFor(f, 75),
      achievements: toggledText(f.achievements, '示例成绩'),
      shortfalls: null,
      nextPlan: null,
    };
  },
  'appraisal.submitSelf': async (ctx) => {
    const f = await exampleForm(ctx, 'submitSelf', 'self', 'planAgreed', (x) => !x.selfSubmittedAt);
    return {
      id: f.id,
      version: f.version,
      items: selfItemsFor(f, 75),
      achievements: '示例成绩',
      shortfalls: '示例不足',
      nextPlan: '示例计划',
    };
  },
  'appraisal.saveEvaluation': async (ctx) => {
    const f = await exampleForm(ctx, 'evaluate', 'evaluator', 'selfSubmitted');
    return {
      id: f.id,
      version: f.version,
      items: evaluationItemsFor(f),
      overallComment: toggledText(f.overallComment, '示例总体评价'),
    };
  },
  'appraisal.submitEvaluation': async (ctx) => {
    const f = await exampleForm(
      ctx,
      'submitEvaluation',
      'evaluator',
      'selfSubmitted',
      (x) => !x.evalSubmittedAt,
    );
    return { id: f.id, version: f.version, items: evaluationItemsFor(f), overallComment: '示例总体评价' };
  },
  'control.listAudits': () => ({
    scope: 'all',
    search: '合同',
    types: ['internal_audit'],
    statuses: ['in_progress', 'reported'],
    from: '2026-01-01',
    to: '2026-12-31',
    sortBy: 'auditOn',
    sortDir: 'desc',
    page: 1,
    pageSize: 20,
  }),
  'control.getAudit': async (ctx) => ({ id: (await controlAuditFor(ctx, 'read', 'in_progress')).id }),
  'control.listFindings': () => ({ scope: 'mine', severities: ['high', 'medium'], openOnly: true, page: 1 }),
  'control.listRectifications': () => ({
    scope: 'all',
    statuses: ['open', 'returned'],
    overdue: false,
    sortBy: 'dueOn',
    sortDir: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'control.exportAudits': () => ({ scope: 'all', statuses: [], locale: 'zh-CN' }),
  'control.exportFindings': () => ({ severities: ['high'], locale: 'en-US' }),
  'control.exportRectifications': () => ({ scope: 'mine', overdue: true, locale: 'zh-CN' }),
  'control.printReport': async (ctx) => ({
    id: (await rectificationFor(ctx, 'report', 'submitted')).auditId,
    locale: 'zh-CN',
  }),
  'control.openEvidence': async (ctx) => ({ id: (await evidenceFor(ctx)).id }),
  'control.createAudit': (ctx) => auditInput([ownerOf(ctx)]),
  'control.updateAudit': async (ctx) => {
    const a = await controlAuditFor(ctx, 'update', 'planned');
    return {
      ...auditInput(a.auditors.map((x) => x.staffId)),
      ...controlRef(a),
      title: a.title.endsWith('（复核）') ? a.title.replace('（复核）', '') : `${a.title}（复核）`,
    };
  },
  'control.moveAudit': async (ctx) => ({
    ...controlRef(await controlAuditFor(ctx, 'move', 'planned')),
    to: 'in_progress',
  }),
  'control.addFinding': async (ctx) =>
    findingInput((await controlAuditFor(ctx, 'addFinding', 'in_progress')).id),
  'control.updateFinding': async (ctx) => {
    const f = await controlFindingFor(ctx, 'update');
    const { auditId: _a, ...fields } = findingInput(f.auditId);
    return {
      ...controlRef(f),
      ...fields,
      title: f.title.endsWith('（补充）') ? f.title.replace('（补充）', '') : `${f.title}（补充）`,
    };
  },
  'control.addRectification': async (ctx) =>
    rectificationInput((await controlFindingFor(ctx, 'addRectification')).id, ownerOf(ctx)),
  'control.updateRectification': async (ctx) => {
    const r = await rectificationFor(ctx, 'update', 'open');
    return {
      ...controlRef(r),
      requirement: r.requirement.endsWith('并培训')
        ? r.requirement.replace('并培训', '')
        : `${r.requirement}并培训`,
      ownerId: r.ownerId,
      dueOn: r.dueOn,
    };
  },
  'control.submitRectification': async (ctx) => ({
    ...controlRef(await rectificationFor(ctx, 'submit', 'open')),
    evidenceNote: '已补齐法务审核记录',
  }),
  'control.returnRectification': async (ctx) => ({
    ...controlRef(await rectificationFor(ctx, 'return', 'submitted')),
    comment: '缺少签字页',
  }),
  'control.verifyRectification': async (ctx) => ({
    ...controlRef(await rectificationFor(ctx, 'verify', 'submitted')),
    comment: '证据齐全',
  }),
  'control.addEvidence': async (ctx) => ({
    rectificationId: (await rectificationFor(ctx, 'addEvidence', 'open')).id,
    fileName: '整改说明.pdf',
    bytes: evidenceBytes(next()),
  }),
  'control.deleteEvidence': async (ctx) => ({ id: (await evidenceFor(ctx)).id }),

  'incentives.list': () => ({
    search: '超额',
    staffId: null,
    cycleId: null,
    types: ['reward', 'special'],
    statuses: ['pending', 'approved'],
    from: '2026-01-01',
    to: '2026-12-31',
    page: 1,
    pageSize: 20,
  }),
  'incentives.get': async (ctx) => ({ id: (await incentiveFor(ctx, 'read')).id }),
  // The caller supervises the person (the manager oversees everyone).
  'incentives.propose': async (ctx) => {
    const caller = ctx.caller?.user;
    return incentiveInput(
      await overseenPerson(ctx.core, ctx.manager, caller?.groupId ?? ctx.groupId, caller?.staffId ?? null),
    );
  },
  'incentives.withdraw': async (ctx) => {
    const i = await incentiveFor(ctx, 'withdraw');
    return { id: i.id, version: i.version };
  },
  'incentives.export': () => ({
    search: null,
    staffId: null,
    cycleId: null,
    types: [],
    statuses: ['approved'],
    from: null,
    to: null,
    locale: 'en-US',
  }),
  'incentives.candidates': () => ({}),
  'incentives.results': (ctx) => ({ staffId: ctx.staffId }),

  'salesPlans.board': () => ({ periodKind: 'quarter', periodFrom: '2026-10-01', groupId: null }),
  'salesPlans.list': () => ({
    periodKind: 'month',
    periodFrom: null,
    groupId: null,
    staffId: null,
    page: 1,
    pageSize: 20,
  }),
  'salesPlans.export': () => ({
    periodKind: null,
    periodFrom: null,
    groupId: null,
    staffId: null,
    locale: 'zh-CN',
  }),
  // The caller's own plan: a lead's is part of their group's split, a deputy's is in their charge.
  'salesPlans.create': (ctx) => planInput(ctx.caller?.user?.staffId ?? ctx.staffId),
  'salesPlans.update': async (ctx) => {
    const p = await salesPlanFor(ctx, 'update');
    return {
      id: p.id,
      version: p.version,
      revenueTargetFen: p.revenueTargetFen + 100_00,
      profitTargetFen: p.profitTargetFen,
      newClientsTarget: p.newClientsTarget,
      strategy: p.strategy,
      actionPlan: p.actionPlan,
    };
  },
  'pricing.products': () => ({
    search: '仓储',
    kinds: ['product'],
    offeredOn: '2026-05-11',
    page: 1,
    pageSize: 20,
  }),
  'pricing.createProduct': () => productInput(),
  'pricing.updateProduct': async (ctx) => {
    const p = await productFor(ctx, 'update');
    return {
      ...productInput(),
      code: p.code,
      id: p.id,
      version: p.version,
      listPriceFen: p.listPriceFen + 100,
    };
  },
  'quotes.list': () => ({
    search: '示例客户',
    statuses: ['draft', 'sent'],
    clientId: null,
    from: '2026-01-01',
    to: '2026-12-31',
    sort: 'totalFen',
    order: 'asc',
    page: 1,
    pageSize: 20,
  }),
  'quotes.get': async (ctx) => ({ id: (await quoteFor(ctx, 'read', 'draft')).id }),
  'quotes.opportunities': async (ctx) => ({ clientId: (await clientFor(ctx, 'quote')).id }),
  'quotes.create': async (ctx) =>
    quoteInput((await clientFor(ctx, 'quote')).id, (await productFor(ctx, 'quote')).id),
  'quotes.update': async (ctx) => {
    const q = await quoteFor(ctx, 'update', 'draft');
    return quoteUpdateInput(q, { terms: `${q.terms ?? ''}付款：预付 30%。` });
  },
  'quotes.submit': async (ctx) => {
    const q = await quoteFor(ctx, 'submit', 'draft');
    return { id: q.id, version: q.version, reason: '战略客户首单，争取长期合作' };
  },
  'quotes.markSent': async (ctx) => {
    const q = await quoteFor(ctx, 'send', 'draft');
    return { id: q.id, version: q.version };
  },
  'quotes.markAccepted': async (ctx) => {
    const q = await quoteFor(ctx, 'accept', 'sent');
    return { id: q.id, version: q.version };
  },
  'quotes.markDeclined': async (ctx) => {
    const q = await quoteFor(ctx, 'decline', 'sent');
    return { id: q.id, version: q.version };
  },
  'quotes.export': () => ({
    search: null,
    statuses: [],
    clientId: null,
    from: null,
    to: null,
    sort: 'quotedOn',
    order: 'desc',
    locale: 'zh-CN',
  }),
  'quotes.print': async (ctx) => ({ id: (await quoteFor(ctx, 'read', 'draft')).id, locale: 'en-US' }),
  'market.listResearch': (ctx) => ({
    search: '制造',
    ownerId: ownerOf(ctx),
    from: '2026-01-01',
    to: '2026-12-31',
    sortBy: 'conductedOn',
    sortDir: 'desc',
    page: 1,
    pageSize: 20,
  }),
  'market.getResearch': async (ctx) => ({ id: (await researchFor(ctx, 'read')).id }),
  'market.exportResearch': () => ({ search: null, locale: 'zh-CN' }),
  'market.openResearchFile': async (ctx) => ({ id: (await researchFileFor(ctx)).id }),
  'market.createResearch': (ctx) => researchInput(ownerOf(ctx)),
  'market.updateResearch': async (ctx) => {
    const r = await researchFor(ctx, 'update');
    return { ...researchInput(ownerOf(ctx)), id: r.id, version: r.version, topic: toggled(r.topic) };
  },
  'market.addResearchFile': async (ctx) => ({
    researchId: (await researchFor(ctx, 'addFile')).id,
    fileName: '问卷汇总.pdf',
    bytes: evidenceBytes(next()),
  }),
  'market.deleteResearchFile': async (ctx) => ({ id: (await researchFileFor(ctx)).id }),
  'market.listCompetitors': () => ({ search: '竞品', sortBy: 'lastSeenOn', sortDir: 'desc', page: 1 }),
  'market.getCompetitor': async (ctx) => ({ id: (await competitorFor(ctx, 'read')).id }),
  'market.createCompetitor': () => competitorInput(`示例竞品公司${next()}`),
  'market.updateCompetitor': async (ctx) => {
    const c = await competitorFor(ctx, 'update');
    return {
      ...competitorInput(c.name),
      id: c.id,
      version: c.version,
      strengths: toggled(c.strengths ?? ''),
    };
  },
  'market.addSighting': async (ctx) => ({
    competitorId: (await competitorFor(ctx, 'addSighting')).id,
    ...sightingInput(),
  }),
  'market.updateSighting': async (ctx) => {
    const x = await sightingFor(ctx, 'update');
    return { ...sightingInput(), id: x.id, version: x.version, note: '第二次报价' };
  },
  'market.deleteSighting': async (ctx) => ({ id: (await sightingFor(ctx, null)).id }),
  'market.listActivities': (ctx) => ({
    search: '博览',
    kinds: ['exhibition', 'seminar'],
    ownerId: ownerOf(ctx),
    from: '2026-01-01',
    to: null,
    sortBy: 'leadCount',
    page: 1,
  }),
  'market.getActivity': async (ctx) => ({ id: (await activityFor(ctx, 'read')).id }),
  'market.exportActivities': () => ({ kinds: ['exhibition'], locale: 'en-US' }),
  'market.createActivity': (ctx) => activityInput(ownerOf(ctx)),
  'market.updateActivity': async (ctx) => {
    const a = await activityFor(ctx, 'update');
    return { ...activityInput(ownerOf(ctx)), id: a.id, version: a.version, title: toggled(a.title) };
  },
  ...salesExamples,
  'contracts.list': () => ({
    search: '仓储',
    statuses: ['draft', 'signed'],
    ownerId: null,
    clientId: null,
    signedFrom: null,
    signedTo: '2026-12-31',
    sort: 'amount',
    direction: 'desc',
    page: 1,
    pageSize: 20,
  }),
  'contracts.get': async (ctx) => ({ id: (await contractFor(ctx, 'read', 'draft')).contract.id }),
  'contracts.export': () => ({ statuses: ['signed', 'executing'], locale: 'zh-CN' }),
  'contracts.printReview': async (ctx) => ({
    id: (await contractFor(ctx, 'read', 'draft')).contract.id,
    locale: 'en-US',
  }),
  'contracts.sources': () => ({ search: null }),
  'contracts.openAttachment': async (ctx) => ({ id: (await contractFileFor(ctx)).id }),
  'contracts.create': async (ctx) => {
    const client = await contractClientFor(ctx.core, ctx.manager, ownerOf(ctx));
    const opportunityId = await insertOpportunity(ctx.core, ctx.manager, {
      clientId: client.id,
      ownerId: ownerOf(ctx),
    });
    return { ...contractTerms, opportunityId };
  },
  'contracts.update': async (ctx) => {
    const c = (await contractFor(ctx, 'update', 'draft')).contract;
    return {
      id: c.id,
      version: c.version,
      title: toggledTitle(c.title),
      amountFen: c.amountFen,
      costFen: c.costFen,
      lines: [],
      subject: c.subject,
      deliveryTerms: c.deliveryTerms,
      paymentTerms: c.paymentTerms,
      liabilityTerms: c.liabilityTerms,
      disputeTerms: c.disputeTerms,
    };
  },
  'contracts.submit': async (ctx) => contractRef(await contractFor(ctx, 'submit', 'draft')),
  'contracts.returnToDraft': async (ctx) => ({
    ...contractRef(await contractFor(ctx, 'return', 'review')),
    comment: '付款条件需与财务确认',
  }),
  'contracts.check': async (ctx) => ({
    ...contractRef(await contractFor(ctx, 'check', 'review')),
    checklist: allPassed.map((c) =>
      c.item === 'dispute' ? { item: c.item, result: 'failed' as const, comment: '仲裁机构未约定' } : c,
    ),
  }),
  'contracts.opine': async (ctx) => ({
    ...contractRef(await contractFor(ctx, 'opine', 'review')),
    agree: true,
    comment: '条款齐全，同意签订',
  }),
  'contracts.approve': async (ctx) => contractRef(await contractFor(ctx, 'approve', 'checked')),
  'contracts.sign': async (ctx) => ({
    ...contractRef(await contractFor(ctx, 'sign', 'approved')),
    signedOn: SIGNED_ON,
    handoffs: [{ department: 'service', assigneeId: ownerOf(ctx), note: '请安排交付' }],
  }),
  'contracts.terminate': async (ctx) => ({
    ...contractRef(await contractFor(ctx, 'terminate', 'draft')),
    reason: '客户取消采购计划',
  }),
  'contracts.addMilestone': async (ctx) => ({
    contractId: (await contractFor(ctx, 'milestones', 'signed')).contract.id,
    kind: 'delivery',
    title: '首批设备交付',
    ownerId: ownerOf(ctx),
    dueOn: '2026-12-15',
    amountFen: null,
    note: '服务组跟进',
  }),
  'contracts.updateMilestone': async (ctx) => {
    const m = await milestoneFor(ctx, 'update', 'acceptance', () => true);
    return {
      id: m.id,
      version: m.version,
      kind: m.kind,
      title: toggledTitle(m.title),
      ownerId: m.ownerId,
      dueOn: m.dueOn,
      amountFen: m.amountFen,
      note: m.note,
    };
  },
  'contracts.deleteMilestone': async (ctx) => {
    const m = await milestoneFor(ctx, 'delete', 'invoice');
    return { id: m.id, version: m.version };
  },
  'contracts.completeMilestone': async (ctx) => {
    const m = await milestoneFor(ctx, 'complete', 'delivery');
    return { id: m.id, version: m.version, doneOn: '2026-12-01' };
  },
  'contracts.recordPayment': async (ctx) => {
    const m = await milestoneFor(ctx, 'payment', 'payment', (x) => x.amountFen! - x.receivedFen >= 4_000);
    return { id: m.id, version: m.version, amountFen: 4_000, receivedOn: '2026-12-01' };
  },
  'contracts.acknowledgeHandoff': async (ctx) => {
    const h = await openHandoffFor(ctx);
    return { id: h.id, version: h.version, acknowledgedBy: '财务部赵会计' };
  },
  'contracts.addAttachment': async (ctx) => ({
    contractId: (await contractFor(ctx, 'files', 'draft')).contract.id,
    fileName: '合同签署版.pdf',
    bytes: evidenceBytes(next()),
  }),
  'contracts.deleteAttachment': async (ctx) => ({ id: (await contractFileFor(ctx)).id }),
};

// The working calendar

/** A weekday from 2031 on that no example has used: each new manager's holiday needs a date of its own. */
function unusedWeekday(): string {
  const first = Date.UTC(2031, 0, 1) / 86_400_000;
  for (;;) {
    const day = new Date((first + calendarDaysUsed++) * 86_400_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) return day.toISOString().slice(0, 10);
  }
}
let calendarDaysUsed = 0;

/** The live manager's day kept for `purpose`; a new one when there is none or it was removed. */
async function calendarDayFor(ctx: ExampleContext, purpose: string): Promise<CalendarDay> {
  const key = `calendarDay:${purpose}`;
  const known = ctx.records.get(key);
  if (known) {
    const [id, year] = known.split('|') as [string, string];
    const { managerDays } = unwrap(await ctx.core.call('calendar.year', { year: Number(year) }, ctx.manager));
    const live = managerDays.find((d) => d.id === id);
    if (live) return live;
  }
  const day = unwrap(
    await ctx.core.call(
      'calendar.saveDay',
      { date: unusedWeekday(), kind: 'holiday', name: '示例公司假日' },
      ctx.manager,
    ),
  );
  ctx.records.set(key, `${day.id}|${day.date.slice(0, 4)}`);
  return day;
}

export function exampleFor<C extends ChannelName>(channel: C, ctx: ExampleContext): Promise<ChannelInput<C>> {
  return Promise.resolve(
    (channelExamples[channel] as (ctx: ExampleContext) => ChannelInput<C> | Promise<ChannelInput<C>>)(ctx),
  );
}
