import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../../src/shared/contract/channels';
import {
  activityInput,
  competitorInput,
  makeExampleContext,
  researchInput,
  sightingInput,
  type ExampleContext,
} from '../../support/channelExamples';
import { clientUpdateInput } from '../../support/clientInputs';
import { FakeClock, MANAGER, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import { meetingInput, meetingUpdateInput } from '../../support/meetingInputs';
import { doneAction, ticketAt, ticketEditInput, TICKET_TIMES } from '../../support/ticketFlow';
import { pendingAcceptance, pendingIncentive, riskAt, salesPlanFor } from '../../support/channelExamples';
import type { RiskDetail, RiskStatus } from '../../../src/shared/risk/types';
import type { TicketDetail, TicketKind, TicketStatus } from '../../../src/shared/service/types';
import { fakePdfPrinter, tableChecksum } from './support';
import { opportunityAt, updateOf } from '../../support/salesExamples';
import type { Stage } from '../../../src/shared/sales/stages';
import { quantitativeInput, templateInput } from '../../support/appraisalInputs';
import { addPerson, agreeAllPlans, soloCycle } from '../../support/appraisalCycles';
import { formToAdjust, formWithOpenAppeal, publishedFormOf } from '../../support/appraisalExamples';
import { getFormRow } from '../../../src/main/domains/appraisal/repository/forms';
import {
  appraisedSession,
  evaluationItemsFor,
  formAt,
  readForm,
  selfItemsFor,
  targetsFor,
  type FormStage,
} from '../../support/appraisalForms';
import type { AppraisalForm } from '../../../src/shared/appraisal/forms';
import { auditAt, auditInput, findingInput, findingOn, rectificationAt } from '../../support/controlFlow';
import { makeProduct, makeQuote, productInput, quoteUpdateInput } from '../../support/quoteFlow';
import type { QuoteStatus } from '../../../src/shared/pricing/types';
import type { AuditStatus, RectificationStatus } from '../../../src/shared/control/types';
import type { SalesPlan } from '../../../src/shared/salesPlans/types';
import type { ContractDetail, ContractStatus } from '../../../src/shared/contracts/types';
import { SIGNED_ON, allPassed, draftContract, walkTo } from '../../support/contractFlow';

const clock = new FakeClock();
let core: Core;
let manager: Session;
/** A second manager window: the other reader. */
let other: Session;
let ctx: ExampleContext;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter, clock });
  ({ manager } = await setUpDepartment(core));
  other = core.sessions.create();
  unwrap(await core.call('auth.login', MANAGER, other));
  ctx = await makeExampleContext(core, manager, MANAGER.password);
});

afterAll(async () => {
  await core.close();
});

const account = async (s: Session) =>
  unwrap(await core.call('accounts.list', {}, s)).find((a) => a.id === ctx.accountId)!;
const group = async (s: Session) =>
  unwrap(await core.call('org.groups.list', { includeInactive: true }, s)).find((g) => g.id === ctx.groupId)!;
const staff = async (s: Session) => unwrap(await core.call('org.staff.get', { id: ctx.staffId }, s));

async function canLogin(password: string): Promise<boolean> {
  return (await core.call('auth.login', { username: ctx.username, password }, core.sessions.create())).ok;
}

/**
 * Each update channel: both readers read the same version; the first writer wins and bumps the version;
 * the second, still holding the old version, gets CONFLICT and nothing it sent is stored.
 */
interface Race {
  /** Both readers read the record; returns the two updates they then send. */
  read(): Promise<{ first: unknown; second: unknown; version: number }>;
  /** The record as it stands now (compared after the refused write). */
  current(): Promise<{ version: number }>;
  /** Proof that the second writer's change is not there. */
  notApplied(): Promise<void>;
  /** The two writers when they are not the manager's two windows (a person's own step: that person's two). */
  writers?(): Promise<{ first: Session; second: Session }>;
}

// Client files: every race works on records made for it, owned by the example person (the manager sees all).

const made = new Map<string, string>();
async function once(key: string, make: () => Promise<string>): Promise<string> {
  if (!made.has(key)) made.set(key, await make());
  return made.get(key)!;
}

const raceClient = (key: string) =>
  once(`client:${key}`, async () => {
    const c = unwrap(
      await core.call(
        'clients.create',
        { name: `并发客户${key}`, ownerId: ctx.staffId, industry: '制造业' },
        manager,
      ),
    );
    return c.id;
  });

const clientDetail = async (s: Session, id: string) => unwrap(await core.call('clients.get', { id }, s));

/** Version and deletion of any row, deleted or not (a deleted record is no longer readable through the channels). */
function rowState(table: string, id: string): { version: number; deletedAt: string | null } {
  return core.store.db
    .prepare(`SELECT version, deleted_at AS deletedAt FROM ${table} WHERE id = ?`)
    .get(id) as {
    version: number;
    deletedAt: string | null;
  };
}

const raceContact = (key: string) =>
  once(`contact:${key}`, async () => {
    const clientId = await raceClient(key);
    return unwrap(
      await core.call('contacts.create', { clientId, name: '并发联系人', title: '经理' }, manager),
    ).id;
  });

const raceCommunication = (key: string) =>
  once(`communication:${key}`, async () => {
    const clientId = await raceClient(key);
    return unwrap(
      await core.call(
        'communications.create',
        {
          clientId,
          at: '2026-11-20T03:00:00.000Z',
          channel: 'phone',
          content: '并发沟通',
          nextAction: '回访',
          nextActionDate: '2026-11-30',
        },
        manager,
      ),
    ).id;
  });

const raceTransaction = (key: string) =>
  once(`transaction:${key}`, async () => {
    const clientId = await raceClient(key);
    return unwrap(
      await core.call(
        'transactions.create',
        { clientId, date: '2026-11-01', item: '并发交易', quantity: 1, amountFen: 100 },
        manager,
      ),
    ).id;
  });

/** A manager's holiday on a weekday (a date of its own per race). */
const raceCalendarDay = (date: string) =>
  once(
    `calendarDay:${date}`,
    async () =>
      unwrap(await core.call('calendar.saveDay', { date, kind: 'holiday', name: '并发假日' }, manager)).id,
  );

function calendarDayRow(id: string): {
  version: number;
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
} {
  return core.store.db
    .prepare('SELECT version, date, kind, name FROM calendar_days WHERE id = ?')
    .get(id) as {
    version: number;
    date: string;
    kind: 'holiday' | 'workday';
    name: string;
  };
}

/** A race on a delete-like call: both send the same id and version; the second finds the version gone. */
function rowRace(table: string, id: () => Promise<string>, prepare?: (id: string) => Promise<void>): Race {
  let prepared = false;
  return {
    async read() {
      const rowId = await id();
      if (prepare && !prepared) {
        prepared = true;
        await prepare(rowId);
      }
      const { version } = rowState(table, rowId);
      return { first: { id: rowId, version }, second: { id: rowId, version }, version };
    },
    current: async () => rowState(table, await id()),
    async notApplied() {
      // The first call's effect stands; there is nothing else the second could have changed.
    },
  };
}

// Customer service: each race works on a ticket of its own, handled by the example person, at the step the
// call needs.

const raceTicket = (key: string, kind: TicketKind, status: TicketStatus, ready = false) =>
  once(`ticket:${key}`, async () => {
    let t = await ticketAt(core, manager, ctx.staffId, kind, status);
    if (ready) t = await doneAction(core, manager, t);
    return t.id;
  });

const ticketDetail = async (s: Session, id: string) => unwrap(await core.call('service.get', { id }, s));

const raceTicketAction = (key: string) =>
  once(`ticketAction:${key}`, async () => {
    const ticketId = await raceTicket(`action-${key}`, 'complaint', 'resolving');
    return unwrap(
      await core.call(
        'service.addAction',
        { ticketId, department: 'quality', ownerId: null, description: '并发措施', dueDate: '2026-12-01' },
        manager,
      ),
    ).id;
  });

const racePerson = (key: string) =>
  once(
    `staff:${key}`,
    async () =>
      unwrap(
        await core.call(
          'org.staff.create',
          { employeeNo: `RS-${key}`, name: `并发处理人${key}`, groupId: ctx.groupId },
          manager,
        ),
      ).id,
  );

/**
 * A race on a ticket: both readers read it and send `input` of what they read; the first moves or changes it,
 * the second finds its version gone. `applied` checks the first one's change is the one that stands.
 */
function ticketRace(
  key: string,
  kind: TicketKind,
  status: TicketStatus,
  input: (t: TicketDetail, reader: 'first' | 'second') => Promise<object> | object,
  applied: (t: TicketDetail) => void = () => {},
  ready = false,
): Race {
  return {
    async read() {
      const id = await raceTicket(key, kind, status, ready);
      const [a, b] = [await ticketDetail(manager, id), await ticketDetail(other, id)];
      return {
        first: { id, version: a.version, ...(await input(a, 'first')) },
        second: { id, version: b.version, ...(await input(b, 'second')) },
        version: a.version,
      };
    },
    current: async () => rowState('service_tickets', await raceTicket(key, kind, status, ready)),
    async notApplied() {
      applied(await ticketDetail(manager, await raceTicket(key, kind, status, ready)));
    },
  };
}

const RACES: Partial<Record<ChannelName, Race>> = {
  'org.groups.update': {
    async read() {
      const [a, b] = [await group(manager), await group(other)];
      const base = (g: typeof a) => ({
        id: g.id,
        version: g.version,
        name: g.name,
        nameEn: g.nameEn,
        leadStaffId: g.leadStaffId,
        sortOrder: g.sortOrder,
        active: g.active,
      });
      return {
        first: { ...base(a), name: `${a.name}-甲` },
        second: { ...base(b), name: `${b.name}-乙`, sortOrder: 999 },
        version: a.version,
      };
    },
    current: () => group(manager),
    async notApplied() {
      const g = await group(manager);
      expect(g.name.endsWith('-甲')).toBe(true);
      expect(g.sortOrder).not.toBe(999);
    },
  },
  'org.staff.update': {
    async read() {
      const [a, b] = [await staff(manager), await staff(other)];
      return {
        first: { ...staffUpdateInput(a), position: '组长助理' },
        second: { ...staffUpdateInput(b), position: '区域经理', phone: '13912345678' },
        version: a.version,
      };
    },
    current: () => staff(manager),
    async notApplied() {
      const s = await staff(manager);
      expect(s.position).toBe('组长助理');
      expect(s.phone).not.toBe('13912345678');
    },
  },
  'accounts.update': {
    async read() {
      const [a, b] = [await account(manager), await account(other)];
      return {
        first: { id: a.id, version: a.version, role: 'group_lead', active: true },
        second: { id: b.id, version: b.version, role: 'deputy', active: false },
        version: a.version,
      };
    },
    current: () => account(manager),
    async notApplied() {
      const a = await account(manager);
      expect(a.role).toBe('group_lead');
      expect(a.active).toBe(true);
    },
  },
  'accounts.resetPassword': {
    async read() {
      const [a, b] = [await account(manager), await account(other)];
      return {
        first: { id: a.id, version: a.version, newPassword: 'First#Reset1' },
        second: { id: b.id, version: b.version, newPassword: 'Second#Reset2' },
        version: a.version,
      };
    },
    current: () => account(manager),
    async notApplied() {
      expect(await canLogin('Second#Reset2')).toBe(false);
      expect(await canLogin('First#Reset1')).toBe(true);
    },
  },
  'accounts.unlock': {
    async read() {
      const [a, b] = [await account(manager), await account(other)];
      return {
        first: { id: a.id, version: a.version },
        second: { id: b.id, version: b.version },
        version: a.version,
      };
    },
    current: () => account(manager),
    async notApplied() {
      // Nothing to see beyond the unchanged tables: an unlock carries no data of its own.
    },
  },
  'settings.update': {
    async read() {
      const [a, b] = [
        unwrap(await core.call('settings.get', {}, manager)),
        unwrap(await core.call('settings.get', {}, other)),
      ];
      return {
        first: { version: a.version, settings: { ...a.settings, lockoutAttempts: 7 } },
        second: {
          version: b.version,
          settings: { ...b.settings, lockoutAttempts: 9, departmentName: '被覆盖的部门' },
        },
        version: a.version,
      };
    },
    async current() {
      const s = unwrap(await core.call('settings.get', {}, manager));
      return { ...s.settings, version: s.version };
    },
    async notApplied() {
      const { settings } = unwrap(await core.call('settings.get', {}, manager));
      expect(settings.lockoutAttempts).toBe(7);
      expect(settings.departmentName).not.toBe('被覆盖的部门');
    },
  },
  'clients.update': {
    async read() {
      const id = await raceClient('update');
      const [a, b] = [(await clientDetail(manager, id)).client, (await clientDetail(other, id)).client];
      return {
        first: { ...clientUpdateInput(a), industry: `${a.industry}-甲` },
        second: { ...clientUpdateInput(b), industry: '乙行业', address: '被覆盖的地址' },
        version: a.version,
      };
    },
    current: async () => (await clientDetail(manager, await raceClient('update'))).client,
    async notApplied() {
      const c = (await clientDetail(manager, await raceClient('update'))).client;
      expect(c.industry!.endsWith('-甲')).toBe(true);
      expect(c.address).toBeNull();
    },
  },
  'clients.setStatus': {
    async read() {
      const id = await raceClient('status');
      const [a, b] = [(await clientDetail(manager, id)).client, (await clientDetail(other, id)).client];
      const first = a.status === 'customer' ? 'key_follow_up' : 'customer';
      return {
        first: { id, version: a.version, status: first, reason: '甲的理由' },
        second: { id, version: b.version, status: 'lost', reason: '乙的理由' },
        version: a.version,
      };
    },
    current: async () => (await clientDetail(manager, await raceClient('status'))).client,
    async notApplied() {
      const d = await clientDetail(manager, await raceClient('status'));
      expect(d.client.status).not.toBe('lost');
      expect(d.statusHistory.map((h) => h.reason)).not.toContain('乙的理由');
    },
  },
  'clients.delete': rowRace('clients', () => raceClient('delete')),
  'clients.restore': rowRace(
    'clients',
    () => raceClient('restore'),
    async (id) => {
      const c = (await clientDetail(manager, id)).client;
      unwrap(await core.call('clients.delete', { id, version: c.version }, manager));
    },
  ),
  'contacts.update': {
    async read() {
      const id = await raceContact('contact-update');
      const clientId = await raceClient('contact-update');
      const find = async (s: Session) => (await clientDetail(s, clientId)).contacts.find((c) => c.id === id)!;
      const [a, b] = [await find(manager), await find(other)];
      const input = ({ clientId: _c, ...c }: typeof a) => c;
      return {
        first: { ...input(a), title: `${a.title}-甲` },
        second: { ...input(b), title: '乙', mobile: '13912345678' },
        version: a.version,
      };
    },
    current: async () =>
      (await clientDetail(manager, await raceClient('contact-update'))).contacts.find(
        (c) => c.id === made.get('contact:contact-update'),
      )!,
    async notApplied() {
      const c = (await clientDetail(manager, await raceClient('contact-update'))).contacts[0]!;
      expect(c.title!.endsWith('-甲')).toBe(true);
      expect(c.mobile).toBeNull();
    },
  },
  'contacts.delete': rowRace('client_contacts', () => raceContact('contact-delete')),
  'communications.update': {
    async read() {
      const id = await raceCommunication('communication-update');
      const clientId = await raceClient('communication-update');
      const find = async (s: Session) =>
        (await clientDetail(s, clientId)).communications.find((m) => m.id === id)!;
      const [a, b] = [await find(manager), await find(other)];
      const input = ({ clientId: _c, contactName: _n, staffId: _s, staffName: _sn, ...m }: typeof a) => m;
      return {
        first: { ...input(a), content: `${a.content}-甲` },
        second: { ...input(b), content: '乙', nextAction: '被覆盖的下一步' },
        version: a.version,
      };
    },
    current: async () =>
      (await clientDetail(manager, await raceClient('communication-update'))).communications[0]!,
    async notApplied() {
      const m = (await clientDetail(manager, await raceClient('communication-update'))).communications[0]!;
      expect(m.content.endsWith('-甲')).toBe(true);
      expect(m.nextAction).toBe('回访');
    },
  },
  'communications.delete': rowRace('client_communications', () => raceCommunication('communication-delete')),
  'communications.complete': rowRace('client_communications', () =>
    raceCommunication('communication-complete'),
  ),
  'transactions.update': {
    async read() {
      const id = await raceTransaction('transaction-update');
      const clientId = await raceClient('transaction-update');
      const find = async (s: Session) =>
        (await clientDetail(s, clientId)).transactions.find((t) => t.id === id)!;
      const [a, b] = [await find(manager), await find(other)];
      const input = ({ clientId: _c, ...t }: typeof a) => t;
      return {
        first: { ...input(a), item: `${a.item}-甲` },
        second: { ...input(b), item: '乙', amountFen: 999 },
        version: a.version,
      };
    },
    current: async () =>
      (await clientDetail(manager, await raceClient('transaction-update'))).transactions[0]!,
    async notApplied() {
      const t = (await clientDetail(manager, await raceClient('transaction-update'))).transactions[0]!;
      expect(t.item.endsWith('-甲')).toBe(true);
      expect(t.amountFen).toBe(100);
    },
  },
  'transactions.delete': rowRace('client_transactions', () => raceTransaction('transaction-delete')),
  'kri.update': {
    async read() {
      const id = await raceKri('update');
      const [a, b] = [await kriOf(manager, id), await kriOf(other, id)];
      const input = (k: typeof a) => ({
        id: k.id,
        version: k.version,
        name: k.name,
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
      });
      return {
        first: { ...input(a), name: `${a.name}-甲` },
        second: { ...input(b), name: '乙', alarmThreshold: 99 },
        version: a.version,
      };
    },
    current: async () => kriOf(manager, await raceKri('update')),
    async notApplied() {
      const k = await kriOf(manager, await raceKri('update'));
      expect(k.name.endsWith('-甲')).toBe(true);
      expect(k.alarmThreshold).toBe(20);
    },
  },
  'kri.delete': rowRace('kris', () => raceKri('delete')),
  'kri.updateReading': {
    async read() {
      const id = await raceReading('update');
      const { version } = rowState('kri_readings', id);
      return {
        first: { id, version, periodOn: '2026-10-31', value: 11 },
        second: { id, version, periodOn: '2026-10-30', value: 99, note: '乙' },
        version,
      };
    },
    current: async () => rowState('kri_readings', await raceReading('update')),
    async notApplied() {
      const id = await raceReading('update');
      const kriId = await raceKri('reading-update');
      const r = unwrap(await core.call('kri.get', { id: kriId }, manager)).readings.find((x) => x.id === id)!;
      expect(r).toMatchObject({ periodOn: '2026-10-31', value: 11, note: null });
    },
  },
  'kri.deleteReading': rowRace('kri_readings', () => raceReading('delete')),
  'improvement.update': {
    async read() {
      const id = await raceMeasure('update');
      const [a, b] = [await measure(manager, id), await measure(other, id)];
      const input = (m: typeof a) => ({
        id: m.id,
        version: m.version,
        title: m.title,
        description: m.description,
        source: m.source,
        sourceTicketId: m.sourceTicketId,
        causeCategory: m.causeCategory,
        ownerId: m.ownerId!,
        dueDate: m.dueDate,
      });
      return {
        first: { ...input(a), title: `${a.title}-甲` },
        second: { ...input(b), title: '乙', dueDate: '2030-01-01' },
        version: a.version,
      };
    },
    current: async () => measure(manager, await raceMeasure('update')),
    async notApplied() {
      const m = await measure(manager, await raceMeasure('update'));
      expect(m.title.endsWith('-甲')).toBe(true);
      expect(m.dueDate).toBe('2026-12-31');
    },
  },
  'improvement.setStatus': {
    async read() {
      const id = await raceMeasure('status');
      const [a, b] = [await measure(manager, id), await measure(other, id)];
      return {
        first: { id, version: a.version, status: 'in_progress' },
        second: { id, version: b.version, status: 'cancelled', resultNote: '乙取消' },
        version: a.version,
      };
    },
    current: async () => measure(manager, await raceMeasure('status')),
    async notApplied() {
      const m = await measure(manager, await raceMeasure('status'));
      expect(m.status).toBe('in_progress');
      expect(m.resultNote).toBeNull();
    },
  },
  'calendar.saveDay': {
    async read() {
      const id = await raceCalendarDay('2032-03-03');
      const { version, date, kind, name } = calendarDayRow(id);
      return {
        first: { id, version, date, kind, name: `${name}-甲` },
        second: { id, version, date, kind, name: '乙' },
        version,
      };
    },
    current: async () => calendarDayRow(await raceCalendarDay('2032-03-03')),
    async notApplied() {
      expect(calendarDayRow(await raceCalendarDay('2032-03-03')).name.endsWith('-甲')).toBe(true);
    },
  },
  'calendar.deleteDay': rowRace('calendar_days', () => raceCalendarDay('2032-03-04')),

  'service.update': ticketRace(
    'update',
    'complaint',
    'registered',
    (t, reader) => {
      const { id: _i, version: _v, ...fields } = ticketEditInput(t);
      return reader === 'first'
        ? { ...fields, content: `${t.content}-甲` }
        : { ...fields, content: '乙', severity: 'critical' };
    },
    (t) => {
      expect(t.content.endsWith('-甲')).toBe(true);
      expect(t.severity).toBe('major');
    },
  ),
  'service.assign': ticketRace(
    'assign',
    'complaint',
    'registered',
    async (_t, reader) => ({ handlerId: await racePerson(reader) }),
    async (t) => expect(t.handlerId).toBe(await racePerson('first')),
  ),
  'service.startInvestigation': ticketRace('investigate', 'complaint', 'registered', (_t, reader) => ({
    at: TICKET_TIMES.firstResponse,
    note: `${reader} 已回电`,
  })),
  'service.saveInvestigation': ticketRace(
    'saveInvestigation',
    'complaint',
    'investigating',
    (t, reader) => ({
      findings: `${t.findings ?? ''}${reader === 'first' ? '甲' : '乙'}`,
      rootCause: null,
      responsibleDept: null,
      solution: null,
    }),
    (t) => expect(t.findings!.endsWith('甲')).toBe(true),
  ),
  'service.startResolving': ticketRace('startResolving', 'complaint', 'investigating', () => ({
    at: TICKET_TIMES.resolving,
    findings: '挤压',
    rootCause: '包装',
    responsibleDept: 'logistics',
    solution: '补发',
  })),
  'service.updateAction': {
    async read() {
      const id = await raceTicketAction('update');
      const ticketId = await raceTicket('action-update', 'complaint', 'resolving');
      const find = async (s: Session) => (await ticketDetail(s, ticketId)).actions.find((a) => a.id === id)!;
      const [a, b] = [await find(manager), await find(other)];
      const fields = (x: typeof a) => ({
        id: x.id,
        version: x.version,
        department: x.department,
        ownerId: x.ownerId,
        description: x.description,
        dueDate: x.dueDate,
      });
      return {
        first: { ...fields(a), description: `${a.description}-甲` },
        second: { ...fields(b), description: '乙', dueDate: '2027-01-01' },
        version: a.version,
      };
    },
    current: async () => rowState('service_ticket_actions', await raceTicketAction('update')),
    async notApplied() {
      const a = (await ticketDetail(manager, await raceTicket('action-update', 'complaint', 'resolving')))
        .actions[0]!;
      expect(a.description.endsWith('-甲')).toBe(true);
      expect(a.dueDate).toBe('2026-12-01');
    },
  },
  'service.completeAction': {
    ...rowRace('service_ticket_actions', () => raceTicketAction('complete')),
    async read() {
      const id = await raceTicketAction('complete');
      const { version } = rowState('service_ticket_actions', id);
      const input = { id, version, at: TICKET_TIMES.actionDone, note: null };
      return { first: input, second: input, version };
    },
  },
  'service.deleteAction': rowRace('service_ticket_actions', () => raceTicketAction('delete')),
  'service.resolve': ticketRace(
    'resolve',
    'complaint',
    'resolving',
    () => ({ at: TICKET_TIMES.resolved, summary: '已补发' }),
    () => {},
    true,
  ),
  'service.answer': ticketRace('answer', 'inquiry', 'open', (_t, reader) => ({
    at: TICKET_TIMES.firstResponse,
    answer: `${reader} 的答复`,
  })),
  'service.close': ticketRace(
    'close',
    'complaint',
    'feedback',
    (_t, reader) => ({
      at: TICKET_TIMES.closed,
      feedbackMethod: 'phone',
      feedbackAt: TICKET_TIMES.feedback,
      feedbackNote: null,
      clientSatisfied: reader === 'first',
      satisfactionScore: reader === 'first' ? 5 : 1,
    }),
    (t) => expect(t.satisfactionScore).toBe(5),
  ),
  'service.reopen': ticketRace(
    'reopen',
    'complaint',
    'closed',
    (_t, reader) => ({ reason: `${reader} 的理由` }),
    (t) => expect(t.reopenCount).toBe(1),
  ),
  'service.convert': ticketRace(
    'convert',
    'inquiry',
    'open',
    (_t, reader) => ({
      category: reader === 'first' ? 'delivery' : 'billing',
      severity: 'normal',
      reason: '客户要求投诉',
    }),
    (t) => expect(t.category).toBe('delivery'),
  ),
  // The manager decides in two windows: the second decision, on the version both read, is refused.
  'approvals.decide': (() => {
    const request = () =>
      once('approval', async () => (await pendingAcceptance(core, manager, ctx.groupId)).id);
    const requestAs = async (s: Session, id: string) =>
      unwrap(await core.call('approvals.list', { pageSize: 500 }, s)).items.find((a) => a.id === id)!;
    return {
      async read() {
        const id = await request();
        const [a, b] = [await requestAs(manager, id), await requestAs(other, id)];
        return {
          first: { id, version: a.version, decision: 'approved', comment: null },
          second: { id, version: b.version, decision: 'refused', comment: '第二个窗口驳回' },
          version: a.version,
        };
      },
      current: async () =>
        core.store.db.prepare('SELECT version FROM approvals WHERE id = ?').get(await request()) as {
          version: number;
        },
      async notApplied() {
        const now = await requestAs(manager, await request());
        expect(now.status).toBe('approved');
        expect(now.comment).toBeNull();
      },
    };
  })(),
  'risk.update': riskRace(
    'update',
    'identified',
    ({ risk: r }, reader) => ({
      title: `${r.title}-${reader === 'first' ? '甲' : '乙'}`,
      category: r.category,
      description: reader === 'first' ? r.description : '乙的描述',
      cause: r.cause,
      ownerId: r.ownerId,
      clientId: r.clientId,
      identifiedOn: r.identifiedOn,
    }),
    ({ risk: r }) => {
      expect(r.title.endsWith('-甲')).toBe(true);
      expect(r.description).toBeNull();
    },
  ),
  'risk.assess': riskRace(
    'assess',
    'identified',
    (_d, reader) => (reader === 'first' ? { likelihood: 2, impact: 2 } : { likelihood: 5, impact: 5 }),
    (d) => {
      expect(d.risk.score).toBe(4);
      expect(d.assessments).toHaveLength(1);
    },
  ),
  'risk.respond': riskRace(
    'respond',
    'assessed',
    (_d, reader) => ({ strategy: reader === 'first' ? 'reduce' : 'transfer', responsePlan: null }),
    (d) => expect(d.risk.strategy).toBe('reduce'),
  ),
  'risk.move': riskRace(
    'move',
    'assessed',
    (_d, reader) => ({ to: 'closed', note: `${reader} 关闭` }),
    (d) => expect(d.events.filter((e) => e.kind === 'closed').map((e) => e.note)).toEqual(['first 关闭']),
  ),
  'risk.reopen': riskRace(
    'reopen',
    'closed',
    (_d, reader) => ({ reason: `${reader} 的理由` }),
    (d) => expect(d.risk.reopenCount).toBe(1),
  ),
  'risk.review': riskRace(
    'review',
    'assessed',
    (_d, reader) => ({ note: `${reader} 的复核` }),
    (d) => expect(d.events.filter((e) => e.kind === 'reviewed').map((e) => e.note)).toEqual(['first 的复核']),
  ),
  'risk.updateAction': {
    async read() {
      const id = await raceRiskAction('update');
      const { version } = rowState('risk_actions', id);
      const base = { id, version, ownerId: ctx.staffId };
      return {
        first: { ...base, title: '并发措施-甲', dueOn: '2026-12-15' },
        second: { ...base, title: '乙', dueOn: '2027-01-31' },
        version,
      };
    },
    current: async () => rowState('risk_actions', await raceRiskAction('update')),
    async notApplied() {
      const riskId = await raceRisk('action-update', 'assessed');
      const a = (await riskDetail(manager, riskId)).actions[0]!;
      expect(a.title).toBe('并发措施-甲');
      expect(a.dueOn).toBe('2026-12-15');
    },
  },
  'risk.setActionStatus': {
    async read() {
      const id = await raceRiskAction('status');
      const { version } = rowState('risk_actions', id);
      return {
        first: { id, version, status: 'done' },
        second: { id, version, status: 'cancelled', note: '乙取消' },
        version,
      };
    },
    current: async () => rowState('risk_actions', await raceRiskAction('status')),
    async notApplied() {
      const riskId = await raceRisk('action-status', 'assessed');
      expect((await riskDetail(manager, riskId)).actions[0]!.status).toBe('done');
    },
  },
  'control.updateAudit': {
    async read() {
      const id = await raceAudit('update', 'planned');
      const [a, b] = [await auditOf(manager, id), await auditOf(other, id)];
      const base = auditInput([ctx.staffId]);
      return {
        first: { ...base, id, version: a.version, title: `${a.title}-甲` },
        second: { ...base, id, version: b.version, title: '乙', scope: '乙的范围' },
        version: a.version,
      };
    },
    current: async () => auditOf(manager, await raceAudit('update', 'planned')),
    async notApplied() {
      const a = await auditOf(manager, await raceAudit('update', 'planned'));
      expect(a.title.endsWith('-甲')).toBe(true);
      expect(a.scope).toBe(auditInput([]).scope);
    },
  },
  'control.moveAudit': {
    async read() {
      const id = await raceAudit('move', 'in_progress');
      const [a, b] = [await auditOf(manager, id), await auditOf(other, id)];
      return {
        first: { id, version: a.version, to: 'reported', conclusion: '甲的结论' },
        second: { id, version: b.version, to: 'reported', conclusion: '乙的结论' },
        version: a.version,
      };
    },
    current: async () => auditOf(manager, await raceAudit('move', 'in_progress')),
    async notApplied() {
      expect((await auditOf(manager, await raceAudit('move', 'in_progress'))).conclusion).toBe('甲的结论');
    },
  },
  'control.updateFinding': {
    async read() {
      const id = await raceFinding('update');
      const { version, title } = findingRow(id);
      const { auditId: _a, ...fields } = findingInput(id);
      return {
        first: { ...fields, id, version, title: `${title}-甲` },
        second: { ...fields, id, version, title: '乙', severity: 'high' },
        version,
      };
    },
    current: async () => findingRow(await raceFinding('update')),
    async notApplied() {
      expect(findingRow(await raceFinding('update')).title.endsWith('-甲')).toBe(true);
    },
  },
  'control.updateRectification': rectificationRace(
    'update',
    'open',
    (reader) => ({ requirement: `${reader} 的要求`, ownerId: ctx.staffId, dueOn: '2026-12-20' }),
    (r) => expect(r.requirement).toBe('first 的要求'),
  ),
  'control.submitRectification': rectificationRace(
    'submit',
    'open',
    (reader) => ({ evidenceNote: `${reader} 的整改情况` }),
    (r) => expect(r.status).toBe('submitted'),
  ),
  'control.returnRectification': rectificationRace(
    'return',
    'submitted',
    (reader) => ({ comment: `${reader} 的意见` }),
    (r) => expect(r.verifyComment).toBe('first 的意见'),
  ),
  'control.verifyRectification': rectificationRace(
    'verify',
    'submitted',
    (reader) => ({ comment: `${reader} 的意见` }),
    (r) => expect(r.verifyComment).toBe('first 的意见'),
  ),
};

// Risk register: each race works on a risk of its own, owned by the example person, at the step the call needs.
const raceRisk = (key: string, status: RiskStatus) =>
  once(
    `risk:${key}`,
    async () => (await riskAt(core, manager, ctx.staffId, status, `并发风险${key}`)).risk.id,
  );
const riskDetail = async (s: Session, id: string): Promise<RiskDetail> =>
  unwrap(await core.call('risk.get', { id }, s));

/** A race on a risk: both readers read it and send `input`; `applied` checks the first one's change stands. */
function riskRace(
  key: string,
  status: RiskStatus,
  input: (d: RiskDetail, reader: 'first' | 'second') => object,
  applied: (d: RiskDetail) => void = () => {},
): Race {
  return {
    async read() {
      const id = await raceRisk(key, status);
      const [a, b] = [await riskDetail(manager, id), await riskDetail(other, id)];
      return {
        first: { id, version: a.risk.version, ...input(a, 'first') },
        second: { id, version: b.risk.version, ...input(b, 'second') },
        version: a.risk.version,
      };
    },
    current: async () => rowState('risks', await raceRisk(key, status)),
    async notApplied() {
      applied(await riskDetail(manager, await raceRisk(key, status)));
    },
  };
}

/** An open action on an assessed risk of its own, for the action races. */
const raceRiskAction = (key: string) =>
  once(`riskAction:${key}`, async () => {
    const riskId = await raceRisk(`action-${key}`, 'assessed');
    return unwrap(
      await core.call(
        'risk.addAction',
        { riskId, title: '并发措施', ownerId: ctx.staffId, dueOn: '2026-12-15' },
        manager,
      ),
    ).id;
  });

// Improvement measures: planned ones made for each race, owned by the example person.
const raceMeasure = (key: string) =>
  once(`improvement:${key}`, async () => {
    const m = unwrap(
      await core.call(
        'improvement.create',
        {
          title: `并发措施${key}`,
          causeCategory: 'delivery',
          ownerId: ctx.staffId,
          dueDate: '2026-12-31',
        },
        manager,
      ),
    );
    return m.id;
  });
const measure = async (s: Session, id: string) => unwrap(await core.call('improvement.get', { id }, s));

// Risk meetings: a draft made for each race, chaired by the example person.
const raceMeeting = (key: string, issued = false) =>
  once(`meeting:${key}`, async () => {
    const d = unwrap(await core.call('meetings.create', meetingInput(ctx.staffId), manager));
    if (issued)
      unwrap(await core.call('meetings.issue', { id: d.meeting.id, version: d.meeting.version }, manager));
    return d.meeting.id;
  });
const meeting = async (s: Session, id: string) => unwrap(await core.call('meetings.get', { id }, s));

const MEETING_RACES: Partial<Record<ChannelName, Race>> = {
  'meetings.update': {
    async read() {
      const id = await raceMeeting('update');
      const [a, b] = [await meeting(manager, id), await meeting(other, id)];
      return {
        first: meetingUpdateInput(a, { title: `${a.meeting.title}-甲` }),
        second: meetingUpdateInput(b, { title: '乙', location: '乙的会议室' }),
        version: a.meeting.version,
      };
    },
    current: async () => (await meeting(manager, await raceMeeting('update'))).meeting,
    async notApplied() {
      const d = await meeting(manager, await raceMeeting('update'));
      expect(d.meeting.title.endsWith('-甲')).toBe(true);
      expect(d.meeting.location).toBe('三号会议室');
    },
  },
  // Two managers issue the same draft: the second holds the version before the first issued it.
  'meetings.issue': {
    async read() {
      const a = await meeting(manager, await raceMeeting('issue'));
      const ref = { id: a.meeting.id, version: a.meeting.version };
      return { first: ref, second: ref, version: a.meeting.version };
    },
    current: async () => (await meeting(manager, await raceMeeting('issue'))).meeting,
    async notApplied() {
      expect((await meeting(manager, await raceMeeting('issue'))).meeting.status).toBe('issued');
    },
  },
  'meetings.setDecisionStatus': {
    async read() {
      const id = await raceMeeting('decision', true);
      const [a, b] = [await meeting(manager, id), await meeting(other, id)];
      const [da, db] = [a.decisions[0]!, b.decisions[0]!];
      return {
        first: {
          id: da.id,
          version: da.version,
          status: da.status === 'open' ? 'done' : 'open',
          doneOn: '2026-11-26',
        },
        second: { id: db.id, version: db.version, status: 'cancelled', note: '乙取消' },
        version: da.version,
      };
    },
    current: async () => (await meeting(manager, await raceMeeting('decision', true))).decisions[0]!,
    async notApplied() {
      const d = (await meeting(manager, await raceMeeting('decision', true))).decisions[0]!;
      expect(d.status).not.toBe('cancelled');
      expect(d.note).toBeNull();
    },
  },
};
Object.assign(RACES, MEETING_RACES);

// Appraisal library: an indicator and a template made for each race; the two writers edit different fields
// (the second's would be visible) or flip the record in use or not.
const raceIndicator = (key: string) =>
  once(
    `appraisalIndicator:${key}`,
    async () => unwrap(await core.call('appraisal.createIndicator', quantitativeInput(), manager)).id,
  );
const raceTemplate = (key: string) =>
  once(
    `appraisalTemplate:${key}`,
    async () =>
      unwrap(await core.call('appraisal.createTemplate', await templateInput(core, manager), manager)).id,
  );
const indicatorOf = async (s: Session, id: string) =>
  unwrap(await core.call('appraisal.getIndicator', { id }, s));
const templateOf = async (s: Session, id: string) =>
  unwrap(await core.call('appraisal.getTemplate', { id }, s));
const APPRAISAL_RACES: Partial<Record<ChannelName, Race>> = {
  'appraisal.updateIndicator': {
    async read() {
      const id = await raceIndicator('update');
      const [a, b] = [await indicatorOf(manager, id), await indicatorOf(other, id)];
      const input = (i: typeof a) => ({
        id: i.id,
        version: i.version,
        category: i.category,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        descriptionZh: i.descriptionZh,
        descriptionEn: i.descriptionEn,
        scoring: i.scoring,
        cap: i.cap,
        bands: i.bands,
        source: i.source,
        unit: i.unit,
      });
      return {
        first: { ...input(a), nameZh: `${a.nameZh}-甲` },
        second: { ...input(b), nameZh: '乙', cap: 200 },
        version: a.version,
      };
    },
    current: async () => indicatorOf(manager, await raceIndicator('update')),
    async notApplied() {
      const i = await indicatorOf(manager, await raceIndicator('update'));
      expect(i.nameZh.endsWith('-甲')).toBe(true);
      expect(i.cap).toBe(120);
    },
  },
  'appraisal.setIndicatorActive': {
    async read() {
      const i = await indicatorOf(manager, await raceIndicator('active'));
      return {
        first: { id: i.id, version: i.version, active: false },
        second: { id: i.id, version: i.version, active: true },
        version: i.version,
      };
    },
    current: async () => indicatorOf(manager, await raceIndicator('active')),
    async notApplied() {
      expect((await indicatorOf(manager, await raceIndicator('active'))).active).toBe(false);
    },
  },
  'appraisal.updateTemplate': {
    async read() {
      const id = await raceTemplate('update');
      const [a, b] = [await templateOf(manager, id), await templateOf(other, id)];
      const input = (t: typeof a) => ({
        id: t.id,
        version: t.version,
        nameZh: t.nameZh,
        nameEn: t.nameEn,
        groupId: t.groupId,
        position: t.position,
        categoryWeights: t.categoryWeights,
        items: t.items.map((i) => ({ indicatorId: i.indicatorId, weight: i.weight })),
      });
      return {
        first: { ...input(a), nameZh: `${a.nameZh}-甲` },
        second: { ...input(b), nameZh: '乙', position: '乙岗位' },
        version: a.version,
      };
    },
    current: async () => templateOf(manager, await raceTemplate('update')),
    async notApplied() {
      const t = await templateOf(manager, await raceTemplate('update'));
      expect(t.nameZh.endsWith('-甲')).toBe(true);
      expect(t.position).not.toBe('乙岗位');
    },
  },
  'appraisal.setTemplateActive': {
    async read() {
      const t = await templateOf(manager, await raceTemplate('active'));
      return {
        first: { id: t.id, version: t.version, active: false },
        second: { id: t.id, version: t.version, active: true },
        version: t.version,
      };
    },
    current: async () => templateOf(manager, await raceTemplate('active')),
    async notApplied() {
      expect((await templateOf(manager, await raceTemplate('active'))).active).toBe(false);
    },
  },
};
Object.assign(RACES, APPRAISAL_RACES);
// Appraisal cycles: a cycle of one person made for each race; the manager's two windows change it.
const raceCycle = (key: string) =>
  once(`appraisalCycle:${key}`, async () => {
    const { cycle } = await soloCycle(core, manager);
    if (key === 'advance') agreeAllPlans(core, cycle.id);
    return cycle.id;
  });
const cycleDetail = async (key: string) =>
  unwrap(await core.call('appraisal.getCycle', { id: await raceCycle(key) }, manager));
const cycleForm = async (key: string) => (await cycleDetail(key)).forms[0]!;
const CYCLE_RACES: Partial<Record<ChannelName, Race>> = {
  'appraisal.updateDeadlines': {
    async read() {
      const { cycle: c } = await cycleDetail('deadlines');
      const at = (managerReview: string) => ({
        id: c.id,
        version: c.version,
        deadlines: { ...c.deadlines, managerReview },
      });
      return { first: at('2026-12-28'), second: at('2026-12-29'), version: c.version };
    },
    current: async () => (await cycleDetail('deadlines')).cycle,
    async notApplied() {
      expect((await cycleDetail('deadlines')).cycle.deadlines.managerReview).toBe('2026-12-28');
    },
  },
  'appraisal.advanceCycle': {
    async read() {
      const { cycle: c } = await cycleDetail('advance');
      const move = { id: c.id, version: c.version };
      return { first: move, second: move, version: c.version };
    },
    current: async () => (await cycleDetail('advance')).cycle,
    async notApplied() {
      // One move, not two.
      expect((await cycleDetail('advance')).cycle.phase).toBe('selfAssessment');
    },
  },
  'appraisal.reassignEvaluator': {
    async read() {
      const f = await cycleForm('reassign');
      const other = await addPerson(core, manager, { name: '候补评价人' });
      return {
        first: { id: f.id, version: f.version, evaluatorId: ctx.staffId },
        second: { id: f.id, version: f.version, evaluatorId: other.staffId },
        version: f.version,
      };
    },
    current: async () => cycleForm('reassign'),
    async notApplied() {
      expect((await cycleForm('reassign')).evaluatorId).toBe(ctx.staffId);
    },
  },
  'appraisal.removeFromCycle': {
    async read() {
      const f = await cycleForm('remove');
      return {
        first: { id: f.id, version: f.version, reason: '调离甲' },
        second: { id: f.id, version: f.version, reason: '调离乙' },
        version: f.version,
      };
    },
    current: async () => cycleForm('remove'),
    async notApplied() {
      expect((await cycleForm('remove')).removedReason).toBe('调离甲');
    },
  },
};
Object.assign(RACES, CYCLE_RACES);
// Appraisal forms: a person in the sales group whose evaluator is the manager, a form of their own for each
// race walked to the step's phase; the person's own steps race in the person's two windows.
const appraisedPeople = new Map<string, [Session, Session]>();
async function appraisedOf(key: string): Promise<[Session, Session]> {
  const known = appraisedPeople.get(key);
  if (known) return known;
  const groups = unwrap(await core.call('org.groups.list', { includeInactive: false }, manager));
  const sales = groups.find((g) => g.builtin === 'sales')!.id;
  const first = await appraisedSession(core, manager, sales, manager.user!.staffId);
  const second = core.sessions.create();
  const account = unwrap(await core.call('accounts.list', {}, manager)).find(
    (a) => a.staffId === first.user!.staffId,
  )!;
  unwrap(await core.call('auth.login', { username: account.username, password: 'Appraised#2026' }, second));
  appraisedPeople.set(key, [first, second]);
  return [first, second];
}
const raceForm = (key: string, stage: FormStage) =>
  once(`appraisalForm:${key}`, async () => {
    const [person] = await appraisedOf(key);
    return (await formAt(core, manager, person, manager, stage)).formId;
  });
const formOf = (s: Session, id: string) => readForm(core, s, id);
const formRace = (
  key: string,
  stage: FormStage,
  inputs: (f: AppraisalForm) => { first: object; second: object },
  notApplied: (f: AppraisalForm) => void,
  own = false,
): Race => ({
  async read() {
    const f = await formOf(manager, await raceForm(key, stage));
    const { first, second } = inputs(f);
    return {
      first: { id: f.id, version: f.version, ...first },
      second: { id: f.id, version: f.version, ...second },
      version: f.version,
    };
  },
  current: async () => formOf(manager, await raceForm(key, stage)),
  async notApplied() {
    const [person] = await appraisedOf(key);
    notApplied(await formOf(own ? person : manager, await raceForm(key, stage)));
  },
  ...(own
    ? {
        async writers() {
          await raceForm(key, stage);
          const [first, second] = await appraisedOf(key);
          return { first, second };
        },
      }
    : {}),
});
const selfInput = (f: AppraisalForm, achievements: string) => ({
  items: selfItemsFor(f),
  achievements,
  shortfalls: null,
  nextPlan: null,
});
const FORM_RACES: Partial<Record<ChannelName, Race>> = {
  'appraisal.savePlan': formRace(
    'plan',
    'goalSetting',
    (f) => ({
      first: { plan: `${f.plan ?? ''}甲`, targets: [] },
      second: { plan: '乙的计划', targets: targetsFor(f, 7) },
    }),
    (f) => {
      expect(f.plan?.endsWith('甲')).toBe(true);
      expect(f.items.some((i) => i.target === 7)).toBe(false);
    },
  ),
  'appraisal.agreePlan': {
    ...formRace(
      'agree',
      'goalSetting',
      () => ({ first: {}, second: {} }),
      (f) => expect(f.planAgreedAt).not.toBeNull(),
    ),
    async read() {
      let f = await formOf(manager, await raceForm('agree', 'goalSetting'));
      if (!f.planAgreedAt && !f.plan)
        f = unwrap(
          await core.call(
            'appraisal.savePlan',
            { id: f.id, version: f.version, plan: '计划', targets: targetsFor(f) },
            manager,
          ),
        );
      return {
        first: { id: f.id, version: f.version },
        second: { id: f.id, version: f.version },
        version: f.version,
      };
    },
  },
  'appraisal.saveSelf': formRace(
    'saveSelf',
    'planAgreed',
    (f) => ({ first: selfInput(f, `${f.id}甲`), second: selfInput(f, '乙的成绩') }),
    (f) => expect(f.achievements?.endsWith('甲')).toBe(true),
    true,
  ),
  'appraisal.submitSelf': formRace(
    'submitSelf',
    'planAgreed',
    (f) => ({ first: selfInput(f, '甲的成绩'), second: selfInput(f, '乙的成绩') }),
    (f) => expect(f.achievements).toBe('甲的成绩'),
    true,
  ),
  'appraisal.saveEvaluation': formRace(
    'saveEvaluation',
    'selfSubmitted',
    (f) => ({
      first: { items: evaluationItemsFor(f), overallComment: `${f.overallComment ?? ''}甲` },
      second: { items: evaluationItemsFor(f, 5), overallComment: '乙的评价' },
    }),
    (f) => expect(f.overallComment?.endsWith('甲')).toBe(true),
  ),
  'appraisal.submitEvaluation': formRace(
    'submitEvaluation',
    'selfSubmitted',
    (f) => ({
      first: { items: evaluationItemsFor(f), overallComment: '甲的评价' },
      second: { items: evaluationItemsFor(f, 5), overallComment: '乙的评价' },
    }),
    (f) => expect(f.overallComment).toBe('甲的评价'),
  ),
};
Object.assign(RACES, FORM_RACES);
// Incentives: the manager withdraws a waiting proposal in two windows; the second, on the version both read,
// is refused.
const raceIncentive = () =>
  once('incentive:withdraw', async () => (await pendingIncentive(core, manager, ctx.groupId)).id);
const incentiveOf = async (s: Session, id: string) => unwrap(await core.call('incentives.get', { id }, s));
Object.assign(RACES, {
  'incentives.withdraw': {
    async read() {
      const id = await raceIncentive();
      const [a, b] = [await incentiveOf(manager, id), await incentiveOf(other, id)];
      return { first: { id, version: a.version }, second: { id, version: b.version }, version: a.version };
    },
    current: async () => incentiveOf(manager, await raceIncentive()),
    async notApplied() {
      expect((await incentiveOf(manager, await raceIncentive())).status).toBe('withdrawn');
    },
  },
} satisfies Partial<Record<ChannelName, Race>>);
// Sales plans: the manager changes the example person's plan in two windows; the second, on the version both
// read, is refused and its target is not there.
const planOf = async (s: Session, id: string) =>
  unwrap(
    await core.call(
      'salesPlans.list',
      { periodKind: null, periodFrom: null, groupId: null, staffId: ctx.staffId, page: 1, pageSize: 500 },
      s,
    ),
  ).items.find((p) => p.id === id)!;
const planValues = (p: SalesPlan, revenueTargetFen: number) => ({
  id: p.id,
  version: p.version,
  revenueTargetFen,
  profitTargetFen: p.profitTargetFen,
  newClientsTarget: p.newClientsTarget,
  strategy: p.strategy,
  actionPlan: p.actionPlan,
});
Object.assign(RACES, {
  'salesPlans.update': {
    async read() {
      const id = (await salesPlanFor(ctx, 'race')).id;
      const [a, b] = [await planOf(manager, id), await planOf(other, id)];
      return {
        first: planValues(a, a.revenueTargetFen + 1_00),
        second: planValues(b, 7_777_00),
        version: a.version,
      };
    },
    current: async () => planOf(manager, (await salesPlanFor(ctx, 'race')).id),
    async notApplied() {
      expect((await planOf(manager, (await salesPlanFor(ctx, 'race')).id)).revenueTargetFen).not.toBe(
        7_777_00,
      );
    },
  },
} satisfies Partial<Record<ChannelName, Race>>);
// Price system and quotes: a product and quotes made for each race (one line of the product, below its floor
// for the submission), walked by the manager's two windows.
const raceProduct = () => once('product:race', async () => (await makeProduct(core, manager)).id);
const productOf = async (s: Session, id: string) =>
  unwrap(await core.call('pricing.products', { pageSize: 500 }, s)).items.find((p) => p.id === id)!;
const raceQuote = (key: string, status: QuoteStatus) =>
  once(`quote:${key}`, async () => {
    const q = await makeQuote(
      core,
      manager,
      await raceClient('quote'),
      await raceProduct(),
      key === 'submit',
    );
    if (status !== 'sent') return q.id;
    return unwrap(await core.call('quotes.markSent', { id: q.id, version: q.version }, manager)).id;
  });
const quoteOf = async (s: Session, id: string) => unwrap(await core.call('quotes.get', { id }, s));
const quoteMark = (key: string, status: QuoteStatus, after: QuoteStatus): Race => ({
  async read() {
    const id = await raceQuote(key, status);
    const [a, b] = [await quoteOf(manager, id), await quoteOf(other, id)];
    return { first: { id, version: a.version }, second: { id, version: b.version }, version: a.version };
  },
  current: async () => quoteOf(manager, await raceQuote(key, status)),
  async notApplied() {
    expect((await quoteOf(manager, await raceQuote(key, status))).status).toBe(after);
  },
});
Object.assign(RACES, {
  'pricing.updateProduct': {
    async read() {
      const id = await raceProduct();
      const [a, b] = [await productOf(manager, id), await productOf(other, id)];
      const input = (p: typeof a, nameZh: string) => ({
        ...productInput(),
        code: p.code,
        id,
        version: p.version,
        nameZh,
      });
      return { first: input(a, '甲的产品'), second: input(b, '乙的产品'), version: a.version };
    },
    current: async () => productOf(manager, await raceProduct()),
    async notApplied() {
      expect((await productOf(manager, await raceProduct())).nameZh).toBe('甲的产品');
    },
  },
  'quotes.update': {
    async read() {
      const id = await raceQuote('update', 'draft');
      const [a, b] = [await quoteOf(manager, id), await quoteOf(other, id)];
      return {
        first: quoteUpdateInput(a, { terms: '甲的条款' }),
        second: quoteUpdateInput(b, { terms: '乙的条款' }),
        version: a.version,
      };
    },
    current: async () => quoteOf(manager, await raceQuote('update', 'draft')),
    async notApplied() {
      expect((await quoteOf(manager, await raceQuote('update', 'draft'))).terms).toBe('甲的条款');
    },
  },
  'quotes.submit': {
    async read() {
      const id = await raceQuote('submit', 'draft');
      const [a, b] = [await quoteOf(manager, id), await quoteOf(other, id)];
      return {
        first: { id, version: a.version, reason: '甲的理由' },
        second: { id, version: b.version, reason: '乙的理由' },
        version: a.version,
      };
    },
    current: async () => quoteOf(manager, await raceQuote('submit', 'draft')),
    async notApplied() {
      expect((await quoteOf(manager, await raceQuote('submit', 'draft'))).floorReason).toBe('甲的理由');
    },
  },
  'quotes.markSent': quoteMark('send', 'draft', 'sent'),
  'quotes.markAccepted': quoteMark('accept', 'sent', 'accepted'),
  'quotes.markDeclined': quoteMark('decline', 'sent', 'declined'),
} satisfies Partial<Record<ChannelName, Race>>);
// Key risk indicators: manual ones made for each race, owned by the example person, with a reading each
// for the reading races.
const raceKri = (key: string) =>
  once(`kri:${key}`, async () => {
    const k = unwrap(
      await core.call(
        'kri.create',
        {
          name: `并发指标${key}`,
          direction: 'higher_worse',
          warningThreshold: 10,
          alarmThreshold: 20,
          ownerId: ctx.staffId,
          frequency: 'monthly',
        },
        manager,
      ),
    );
    return k.id;
  });
const raceReading = (key: string) =>
  once(`kriReading:${key}`, async () => {
    const r = unwrap(
      await core.call(
        'kri.addReading',
        { kriId: await raceKri(`reading-${key}`), periodOn: '2026-10-31', value: 10 },
        manager,
      ),
    );
    return r.id!;
  });
const kriOf = async (s: Session, id: string) => unwrap(await core.call('kri.get', { id }, s)).kri;
// Internal control: audits audited by the example person, rectifications owned by them, walked by the manager.
const raceAudit = (key: string, status: AuditStatus) =>
  once(`controlAudit:${key}`, async () => (await auditAt(core, manager, ctx.staffId, status)).audit.id);
const auditOf = async (s: Session, id: string) =>
  unwrap(await core.call('control.getAudit', { id }, s)).audit;
const raceFinding = (key: string) =>
  once(`controlFinding:${key}`, async () => (await findingOn(core, manager, ctx.staffId)).id);
const findingRow = (id: string) =>
  core.store.db.prepare('SELECT version, title FROM control_findings WHERE id = ?').get(id) as {
    version: number;
    title: string;
  };
const raceRectification = (key: string, status: RectificationStatus) =>
  once(
    `rectification:${key}`,
    async () =>
      (await rectificationAt(core, manager, { auditorId: ctx.staffId, ownerId: ctx.staffId }, status)).id,
  );
const rectificationRow = (id: string) =>
  core.store.db
    .prepare(
      'SELECT version, status, requirement, verify_comment AS verifyComment FROM control_rectifications WHERE id = ?',
    )
    .get(id) as { version: number; status: string; requirement: string; verifyComment: string | null };

/** A race on a rectification: both send `input` with the version they read; the first one's change stands. */
function rectificationRace(
  key: string,
  status: RectificationStatus,
  input: (reader: 'first' | 'second') => object,
  applied: (r: ReturnType<typeof rectificationRow>) => void,
): Race {
  return {
    async read() {
      const id = await raceRectification(key, status);
      const { version } = rectificationRow(id);
      return {
        first: { id, version, ...input('first') },
        second: { id, version, ...input('second') },
        version,
      };
    },
    current: async () => rectificationRow(await raceRectification(key, status)),
    async notApplied() {
      applied(rectificationRow(await raceRectification(key, status)));
    },
  };
}

// Manager review and results: a form made for each race (the manager's own published result for acknowledge
// and appeal, which both manager windows act on as its person); the second writer's change would be visible.
const formRow = (id: string) => getFormRow(core.store.db, id)!;
const reviewForm = (key: string, make: () => Promise<{ id: string }>) =>
  once(`appraisalForm:${key}`, async () => (await make()).id);
const ownPublished = (key: string) =>
  reviewForm(key, () => publishedFormOf(core, manager, manager.user!.staffId, ctx.groupId));
function reviewRace(
  key: string,
  make: () => Promise<string>,
  inputs: { first: object; second: object },
  applied: (f: ReturnType<typeof formRow>) => void,
): Race {
  return {
    async read() {
      const { id, version } = formRow(await make());
      return { first: { id, version, ...inputs.first }, second: { id, version, ...inputs.second }, version };
    },
    current: async () => formRow(await make()),
    async notApplied() {
      applied(formRow(await make()));
    },
  };
}
const REVIEW_RACES: Partial<Record<ChannelName, Race>> = {
  'appraisal.adjustScore': reviewRace(
    'adjust',
    () => reviewForm('adjust', () => formToAdjust(ctx)),
    { first: { total: 85, reason: '甲' }, second: { total: 60, reason: '乙' } },
    (f) => expect([f.adjustedTotal, f.adjustReason]).toEqual([85, '甲']),
  ),
  'appraisal.acknowledge': reviewRace(
    'acknowledge',
    () => ownPublished('acknowledge'),
    { first: {}, second: {} },
    (f) => expect(f.acknowledgedAt).not.toBeNull(),
  ),
  'appraisal.appeal': reviewRace(
    'appeal',
    () => ownPublished('appeal'),
    { first: { reason: '甲' }, second: { reason: '乙' } },
    (f) => expect([f.appealStatus, f.appealReason]).toEqual(['open', '甲']),
  ),
  'appraisal.resolveAppeal': reviewRace(
    'resolve',
    () => reviewForm('resolve', () => formWithOpenAppeal(ctx)),
    {
      first: { outcome: 'upheld', note: '甲', total: null },
      second: { outcome: 'adjusted', note: '乙', total: 60 },
    },
    (f) => expect([f.appealStatus, f.appealNote, f.finalScore]).toEqual(['upheld', '甲', 76]),
  ),
};
Object.assign(RACES, REVIEW_RACES);
// The pipeline: an opportunity made for each race, owned by the example person, read in both manager windows.
const opportunityOf = async (s: Session, id: string) =>
  unwrap(await core.call('sales.get', { id }, s)).opportunity;
const raceOpportunity = (key: string, stage: Stage) =>
  once(
    `opportunity:${key}`,
    async () => (await opportunityAt(core, manager, ctx.staffId, stage)).opportunity.id,
  );
function opportunityRace(
  key: string,
  stage: Stage,
  input: (
    o: Awaited<ReturnType<typeof opportunityOf>>,
    reader: 'first' | 'second',
  ) => object | Promise<object>,
  applied: (o: Awaited<ReturnType<typeof opportunityOf>>) => void,
): Race {
  return {
    async read() {
      const id = await raceOpportunity(key, stage);
      const [a, b] = [await opportunityOf(manager, id), await opportunityOf(other, id)];
      return {
        first: { id, version: a.version, ...(await input(a, 'first')) },
        second: { id, version: b.version, ...(await input(b, 'second')) },
        version: a.version,
      };
    },
    current: async () => opportunityOf(manager, await raceOpportunity(key, stage)),
    async notApplied() {
      applied(await opportunityOf(manager, await raceOpportunity(key, stage)));
    },
  };
}
const raceNewOwner = (key: string) =>
  once(`opportunityOwner:${key}`, async () => {
    const s = unwrap(
      await core.call(
        'org.staff.create',
        { employeeNo: `SJR${key}`, name: `接手人${key}`, groupId: ctx.groupId },
        manager,
      ),
    );
    return s.id;
  });
Object.assign(RACES, {
  'sales.update': opportunityRace(
    'update',
    'lead',
    (o, reader) => {
      const {
        id: _i,
        version: _v,
        ...rest
      } = updateOf(o, { title: `${o.title}-${reader === 'first' ? '甲' : '乙'}` });
      return rest;
    },
    (o) => expect(o.title.endsWith('-甲')).toBe(true),
  ),
  'sales.move': opportunityRace(
    'move',
    'lead',
    (_o, reader) => ({ to: reader === 'first' ? 'screened' : 'proposal' }),
    (o) => expect(o.stage).toBe('screened'),
  ),
  'sales.reopen': opportunityRace(
    'reopen',
    'lost',
    () => ({}),
    (o) => expect(o.stage).toBe('negotiation'),
  ),
  'sales.assign': opportunityRace(
    'assign',
    'lead',
    async (_o, reader) => ({ ownerId: await raceNewOwner(reader) }),
    (o) => expect(o.ownerName).toBe('接手人first'),
  ),
} satisfies Partial<Record<ChannelName, Race>>);

// Market work: records made for the races, owned by the example person (the manager keeps them all).
const marketRow = (table: string, id: string) =>
  core.store.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> & {
    version: number;
  };
const raceResearch = () =>
  once(
    'marketResearch',
    async () =>
      unwrap(await core.call('market.createResearch', researchInput(ctx.staffId), manager)).research.id,
  );
const raceCompetitor = () =>
  once(
    'competitor',
    async () =>
      unwrap(await core.call('market.createCompetitor', competitorInput('并发竞品公司'), manager)).competitor
        .id,
  );
const raceSighting = () =>
  once(
    'competitorSighting',
    async () =>
      unwrap(
        await core.call(
          'market.addSighting',
          { competitorId: await raceCompetitor(), ...sightingInput() },
          manager,
        ),
      ).id,
  );
const raceActivity = () =>
  once(
    'promotionActivity',
    async () =>
      unwrap(await core.call('market.createActivity', activityInput(ctx.staffId), manager)).activity.id,
  );
/** A race on a market record: both send `input` with the version they read; the first one's change stands. */
function marketRace(
  table: string,
  make: () => Promise<string>,
  input: (reader: 'first' | 'second') => object,
  applied: (row: Record<string, unknown>) => void,
): Race {
  return {
    async read() {
      const id = await make();
      const { version } = marketRow(table, id);
      return {
        first: { id, version, ...input('first') },
        second: { id, version, ...input('second') },
        version,
      };
    },
    current: async () => marketRow(table, await make()),
    async notApplied() {
      applied(marketRow(table, await make()));
    },
  };
}
const MARKET_RACES: Partial<Record<ChannelName, Race>> = {
  'market.updateResearch': marketRace(
    'market_research',
    raceResearch,
    (reader) => ({ ...researchInput(ctx.staffId), topic: `${reader} 的主题` }),
    (r) => expect(r.topic).toBe('first 的主题'),
  ),
  'market.updateCompetitor': marketRace(
    'competitors',
    raceCompetitor,
    (reader) => ({ ...competitorInput('并发竞品公司'), strengths: `${reader} 的优势` }),
    (r) => expect(r.strengths).toBe('first 的优势'),
  ),
  'market.updateSighting': marketRace(
    'competitor_sightings',
    raceSighting,
    (reader) => ({ ...sightingInput(), note: `${reader} 的备注` }),
    (r) => expect(r.note).toBe('first 的备注'),
  ),
  'market.updateActivity': marketRace(
    'promotion_activities',
    raceActivity,
    (reader) => ({ ...activityInput(ctx.staffId), title: `${reader} 的活动` }),
    (r) => expect(r.title).toBe('first 的活动'),
  ),
};
Object.assign(RACES, MARKET_RACES);

// Contracts: each race on a contract made for it (owned by the example person), walked by the manager to the
// state its move starts from; milestone and hand-off races on the parts of a signed one.
const raceContract = (
  key: string,
  status: ContractStatus | 'checked',
  handoffs: { department: string; assigneeId: string | null; note: string | null }[] = [],
) =>
  once(`contract:${key}`, async () => {
    let d = await walkTo(core, manager, await draftContract(core, manager, ctx.staffId), status, handoffs);
    if (key.startsWith('milestone')) {
      for (const kind of ['delivery', 'payment'] as const)
        d = unwrap(
          await core.call(
            'contracts.addMilestone',
            {
              contractId: d.contract.id,
              kind,
              title: kind === 'payment' ? '预付款' : '设备交付',
              ownerId: ctx.staffId,
              dueOn: '2026-12-20',
              amountFen: kind === 'payment' ? 1_000_000 : null,
            },
            manager,
          ),
        );
    }
    return d.contract.id;
  });
const contractOf = async (s: Session, id: string) => unwrap(await core.call('contracts.get', { id }, s));

/** A race over the contract itself (`part` omitted) or one of its parts, with what each writer sends. */
function contractRace(
  key: string,
  status: ContractStatus | 'checked',
  sends: { first: object; second: object },
  check: (d: ContractDetail) => void,
  part: (d: ContractDetail) => { id: string; version: number } = (d) => d.contract,
  handoffs: { department: string; assigneeId: string | null; note: string | null }[] = [],
): Race {
  const detail = async (s: Session) => contractOf(s, await raceContract(key, status, handoffs));
  const pick = (d: ContractDetail) => {
    const { id, version } = part(d);
    return { id, version };
  };
  return {
    async read() {
      const [a, b] = [pick(await detail(manager)), pick(await detail(other))];
      return { first: { ...a, ...sends.first }, second: { ...b, ...sends.second }, version: a.version };
    },
    current: async () => pick(await detail(manager)),
    notApplied: async () => check(await detail(manager)),
  };
}

const termsOf = (title: string) => ({
  title,
  amountFen: 5_000_000,
  costFen: null,
  lines: [],
  subject: '标的',
  deliveryTerms: null,
  paymentTerms: null,
  liabilityTerms: null,
  disputeTerms: null,
});
const milestoneOf = (kind: string) => (d: ContractDetail) => d.milestones.find((m) => m.kind === kind)!;
// The races are built when the file loads, before the example context exists: the owner is read when sent.
const milestoneEdit = (title: string) => ({
  kind: 'delivery',
  title,
  get ownerId() {
    return ctx.staffId;
  },
  dueOn: '2026-12-21',
  amountFen: null,
  note: null,
});

Object.assign(RACES, {
  'contracts.update': contractRace(
    'update',
    'draft',
    { first: termsOf('甲的合同'), second: termsOf('乙的合同') },
    (d) => expect(d.contract.title).toBe('甲的合同'),
  ),
  'contracts.submit': contractRace('submit', 'draft', { first: {}, second: {} }, (d) =>
    expect(d.contract.status).toBe('review'),
  ),
  'contracts.returnToDraft': contractRace(
    'return',
    'review',
    { first: { comment: '甲' }, second: { comment: '乙' } },
    (d) => expect(d.contract.status).toBe('draft'),
  ),
  'contracts.check': contractRace(
    'check',
    'review',
    {
      first: { checklist: allPassed },
      second: { checklist: [{ item: 'price', result: 'failed', comment: '乙：价格偏低' }] },
    },
    (d) => expect(d.contract.checklist.every((c) => c.result === 'passed')).toBe(true),
  ),
  'contracts.opine': contractRace(
    'opine',
    'review',
    { first: { agree: true, comment: '甲同意' }, second: { agree: false, comment: '乙不同意' } },
    (d) => expect(d.contract.reviews.map((r) => r.comment)).toEqual(['甲同意']),
  ),
  'contracts.approve': contractRace('approve', 'checked', { first: {}, second: {} }, (d) =>
    expect(d.contract.status).toBe('approved'),
  ),
  'contracts.sign': contractRace(
    'sign',
    'approved',
    { first: { signedOn: SIGNED_ON, handoffs: [] }, second: { signedOn: '2026-11-29', handoffs: [] } },
    (d) => expect(d.contract.signedOn).toBe(SIGNED_ON),
  ),
  'contracts.terminate': contractRace(
    'terminate',
    'draft',
    { first: { reason: '甲：客户取消' }, second: { reason: '乙：预算取消' } },
    (d) => expect(d.contract.terminatedReason).toBe('甲：客户取消'),
  ),
  'contracts.updateMilestone': contractRace(
    'milestone-update',
    'signed',
    { first: milestoneEdit('甲的交付'), second: milestoneEdit('乙的交付') },
    (d) => expect(d.milestones.map((m) => m.title)).toContain('甲的交付'),
    milestoneOf('delivery'),
  ),
  'contracts.completeMilestone': contractRace(
    'milestone-complete',
    'signed',
    { first: { doneOn: '2026-12-01' }, second: { doneOn: '2026-12-02' } },
    (d) => expect(milestoneOf('delivery')(d).doneOn).toBe('2026-12-01'),
    milestoneOf('delivery'),
  ),
  'contracts.recordPayment': contractRace(
    'milestone-payment',
    'signed',
    {
      first: { amountFen: 100_000, receivedOn: '2026-12-01' },
      second: { amountFen: 200_000, receivedOn: '2026-12-02' },
    },
    (d) => expect(milestoneOf('payment')(d).receivedFen).toBe(100_000),
    milestoneOf('payment'),
  ),
  'contracts.acknowledgeHandoff': contractRace(
    'handoff',
    'signed',
    { first: { acknowledgedBy: '甲' }, second: { acknowledgedBy: '乙' } },
    (d) => expect(d.handoffs[0]!.acknowledgedBy).toBe('甲'),
    (d) => d.handoffs[0]!,
    [{ department: 'finance', assigneeId: null, note: null }],
  ),
} satisfies Partial<Record<ChannelName, Race>>);
// Deleting a milestone: it is no longer listed, so its row's version tells.
const raceDeletedMilestone = () =>
  once('milestone-delete', async () => {
    const id = await raceContract('milestone-delete', 'signed');
    return milestoneOf('delivery')(await contractOf(manager, id)).id;
  });
Object.assign(RACES, {
  'contracts.deleteMilestone': {
    async read() {
      const id = await raceDeletedMilestone();
      const { version } = rowState('contract_milestones', id);
      return { first: { id, version }, second: { id, version }, version };
    },
    current: async () => rowState('contract_milestones', await raceDeletedMilestone()),
    async notApplied() {
      expect(rowState('contract_milestones', await raceDeletedMilestone()).deletedAt).not.toBeNull();
    },
  },
} satisfies Partial<Record<ChannelName, Race>>);

describe('optimistic locking: a stale version gets CONFLICT and changes nothing', () => {
  it('covers every channel whose input names a version', () => {
    const versioned = CHANNEL_NAMES.filter(
      (c) => 'version' in ((channels[c].input as unknown as { shape?: object }).shape ?? {}),
    );
    expect(versioned.sort()).toEqual(Object.keys(RACES).sort());
  });

  it.each(Object.keys(RACES) as ChannelName[])('%s', async (channel) => {
    const race = RACES[channel]!;
    const { first, second, version } = await race.read();

    const writers = race.writers ? await race.writers() : { first: manager, second: other };
    const won = await core.dispatch(channel, first, writers.first);
    expect(won.ok, JSON.stringify(won)).toBe(true);
    const afterFirst = await race.current();
    expect(afterFirst.version).toBe(version + 1);

    const before = tableChecksum(core);
    const lost = await core.dispatch(channel, second, writers.second);
    expect(lost).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(tableChecksum(core)).toBe(before);
    expect(await race.current()).toEqual(afterFirst);
    await race.notApplied();

    // Read again, and the same change goes through.
    const fresh = await race.read();
    expect(fresh.version).toBe(version + 1);
  });

  it('a version from the future is stale too', async () => {
    const g = await group(manager);
    const r = await core.call(
      'org.groups.update',
      { id: g.id, version: g.version + 5, name: g.name, nameEn: g.nameEn, sortOrder: 1, active: true },
      manager,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await group(manager)).version).toBe(g.version);
  });
});
