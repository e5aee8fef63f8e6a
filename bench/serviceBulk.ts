/**
 * BENCH ONLY — 200,000 service tickets written through the service domain's REPOSITORY, bypassing services,
 * dispatch, validation and the audit trail.
 *
 * The service benchmarks need a desk's worth of tickets, not a realistic way of getting there: through
 * dispatch every ticket and every step of it would be its own fsync'd transaction with audit rows, which would
 * take hours. So this writes plausible tickets straight into the tables in large transactions of the
 * repository's own prepared statements (insertTicket, upsertTicketSearch — whose triggers fill the trigram
 * index —, insertEvent, insertAction): fourteen months of them at office hours, complaints and inquiries,
 * across channels, categories, severities and responsible departments, handled by the bench department's
 * staff (mostly the service group), registered by its accounts, from the bench client files when there are
 * any (a few clients ring often) or from unknown callers. Deadlines are computed as the service computes them
 * (deadlines.ts, on the working calendar, with the department's settings); each ticket then goes through its
 * workflow at the times it would have — most steps in time, some late, a few reopened, some stalled — as far
 * as the present allows, so the last days' tickets are open and some older ones long overdue.
 * The app itself never does this: every row it writes comes from a service. Do not import this outside bench/.
 */
import type { Core } from '../src/main/core/createCore';
import { newId } from '../src/main/core/ids';
import { normalisePhoneDigits } from '../src/shared/clients/rules';
import type { SettingsRecord } from '../src/shared/settings/types';
import type {
  FeedbackMethod,
  TicketChannel,
  TicketEventKind,
  TicketKind,
  TicketSeverity,
  TicketStatus,
} from '../src/shared/service/types';
import type { Session } from '../src/main/core/session';
import { listAccounts } from '../src/main/domains/org/accounts';
import { listStaff } from '../src/main/domains/org/staff';
import { ticketCode } from '../src/main/domains/service/codes';
import {
  deadlineBook,
  deadlineRules,
  deadlinesFrom,
  nextDueAt,
  type DeadlineBook,
} from '../src/main/domains/service/deadlines';
import { completeAction, insertAction } from '../src/main/domains/service/repository/actions';
import { insertEvent } from '../src/main/domains/service/repository/events';
import { upsertTicketSearch } from '../src/main/domains/service/repository/search';
import {
  insertTicket,
  NO_STEPS_YET,
  updateTicket,
  type TicketWrite,
} from '../src/main/domains/service/repository/tickets';
import { ticketSearchText } from '../src/main/domains/service/search';
import { chinaDateOf, chinaDayOf, chinaDayStart } from '../src/shared/calendar/workingTime';
import { createRandom, type Random } from '../scripts/sample/random';
import {
  ACTIONS,
  ANSWERS,
  FEEDBACK_NOTES,
  FIRST_RESPONSES,
  INVESTIGATIONS,
  REOPEN_REASONS,
  SUMMARIES,
  ticketContent,
} from './serviceContent';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const BATCH = 20_000;
/** Fourteen months of tickets: a whole year for the statistics, and the previous period partly. */
const SPAN_DAYS = 425;

const KINDS: readonly (readonly [TicketKind, number])[] = [
  ['inquiry', 55],
  ['complaint', 45],
];
const CHANNELS: readonly (readonly [TicketChannel, number])[] = [
  ['hotline', 45],
  ['wechat', 25],
  ['email', 15],
  ['walk_in', 10],
  ['other', 5],
];
const SEVERITIES: readonly (readonly [TicketSeverity, number])[] = [
  ['normal', 78],
  ['major', 17],
  ['critical', 5],
];
const CATEGORIES: readonly (readonly [string, number])[] = [
  ['product_quality', 32],
  ['delivery', 28],
  ['service_attitude', 12],
  ['billing', 18],
  ['other', 10],
];
/** The department an investigation names, per category. */
const DEPARTMENTS: Record<string, readonly (readonly [string, number])[]> = {
  product_quality: [
    ['quality', 5],
    ['production', 4],
  ],
  delivery: [
    ['logistics', 7],
    ['sales', 2],
  ],
  service_attitude: [
    ['customer_service', 5],
    ['sales', 4],
  ],
  billing: [
    ['finance', 7],
    ['sales', 2],
  ],
  other: [
    ['customer_service', 3],
    ['market', 1],
  ],
};
const FEEDBACK: readonly (readonly [FeedbackMethod, number])[] = [
  ['phone', 60],
  ['wechat', 20],
  ['visit', 8],
  ['email', 7],
  ['sms', 5],
];
/** Hour of the day (China) a ticket comes in, by weight: office hours, a few in the evening. */
const HOURS: readonly (readonly [number, number])[] = [
  [7, 1],
  [8, 4],
  [9, 10],
  [10, 12],
  [11, 10],
  [12, 4],
  [13, 8],
  [14, 11],
  [15, 11],
  [16, 10],
  [17, 8],
  [18, 4],
  [19, 3],
  [20, 2],
  [21, 1],
];
/** Which group handles a ticket: the service group mostly, account managers some, marketing a few. */
const HANDLER_GROUPS: readonly (readonly ['service' | 'sales' | 'market', number])[] = [
  ['service', 78],
  ['sales', 17],
  ['market', 5],
];
/**
 * Who registered a ticket: the desk clerks take the calls (DESK_CLERKS accounts and staff2, thirty-odd a
 * working day each), the leads, deputies and the manager now and then.
 */
const REGISTRARS: readonly (readonly [string, number])[] = [
  ['desk', 92],
  ['lead.service', 2],
  ['lead.sales', 2],
  ['staff1', 1],
  ['deputy2', 1],
  ['manager', 1],
  ['lead.market', 0.5],
  ['deputy1', 0.5],
];
/** Desk clerks given accounts for the benchmark, besides the sample's staff2. */
export const DESK_CLERKS = 15;
const deskUsername = (n: number) => `desk${String(n + 1).padStart(2, '0')}`;

/** Accounts for the service group's desk clerks (through the contract, as the manager gives them). */
export async function addDeskClerks(core: Core, manager: Session, password: string): Promise<void> {
  const accounts = listAccounts(core.context());
  const lead = accounts.find((a) => a.username === 'lead.service');
  const staff = listStaff(core.context(), { search: null, groupId: null, status: 'active' });
  const group = staff.find((s) => s.id === lead?.staffId)?.groupId;
  const free = staff.filter((s) => s.groupId === group && s.account === null);
  for (let n = 0; n < DESK_CLERKS; n++) {
    if (accounts.some((a) => a.username === deskUsername(n))) continue;
    const clerk = free.shift();
    if (!clerk) throw new Error('the service group has too few people for the desk clerks');
    const r = await core.call(
      'accounts.create',
      { staffId: clerk.id, username: deskUsername(n), password, role: 'staff' },
      manager,
    );
    if (!r.ok) throw new Error(`accounts.create failed: ${r.error.code} ${r.error.message}`);
  }
}

/**
 * The bench department's deadlines: a mix of calendar and working hours, as a department sets them — first
 * responses to complaints in working hours, resolutions in calendar hours, urgent inquiries in working hours.
 */
export async function setBenchDeadlines(core: Core, manager: Session): Promise<void> {
  const current = await core.call('settings.get', {}, manager);
  if (!current.ok) throw new Error(`settings.get failed: ${current.error.code}`);
  const record: SettingsRecord = current.data;
  const cal = (hours: number) => ({ hours, mode: 'calendar' as const });
  const work = (hours: number) => ({ hours, mode: 'working' as const });
  const r = await core.call(
    'settings.update',
    {
      version: record.version,
      settings: {
        ...record.settings,
        serviceDeadlines: {
          inquiryAnswer: { normal: cal(24), major: work(8), critical: work(4) },
          complaintFirstResponse: { normal: work(4), major: work(4), critical: work(2) },
          complaintResolution: { normal: cal(72), major: cal(48), critical: cal(24) },
        },
      },
    },
    manager,
  );
  if (!r.ok) throw new Error(`settings.update failed: ${r.error.code} ${r.error.message}`);
}

interface ClientRef {
  id: string;
  code: string;
  name: string;
  contactId: string | null;
  contactName: string | null;
  mobile: string | null;
}

export interface BulkTickets {
  tickets: number;
  events: number;
  /** Tickets whose running deadline had passed when they were written. */
  overdue: number;
  byStatus: Record<string, number>;
  /** Client files the tickets came from (0: all from unknown callers). */
  clients: number;
  /** A sample of the tickets written and of their contacts' names, for the benchmarks' queries. */
  sampleIds: string[];
  contactNames: string[];
}

/** A step of a ticket's workflow: when, and what it does to the ticket. */
interface Step {
  kind: TicketEventKind;
  at: number;
  to: TicketStatus | null;
  note: string | null;
  apply(w: TicketWrite, at: string): void;
  /** A coordinated action added (done later, or not) with this step. */
  action?: { description: string; department: string; doneAt: number | null };
}

/**
 * The live client files with their primary contact. BENCH ONLY: read with one statement — no service
 * lists every file without paging, and the benchmark needs all of them to pick callers from.
 */
function clientRefs(core: Core): ClientRef[] {
  return core.store.db
    .prepare(
      `SELECT c.id, c.code, c.name, k.id AS contactId, k.name AS contactName, k.mobile
       FROM clients c LEFT JOIN client_contacts k ON k.client_id = c.id AND k.is_primary = 1
       WHERE c.deleted_at IS NULL ORDER BY c.rowid`,
    )
    .all() as ClientRef[];
}

/** Received instants over `days` days up to `endMs`: working days at office hours mostly, in time order. */
function receivedTimes(rng: Random, n: number, endMs: number, days: number): Float64Array {
  const out = new Float64Array(n);
  const lastDay = chinaDayOf(endMs);
  for (let i = 0; i < n;) {
    const day = lastDay - rng.int(0, days - 1);
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
    if ((weekday === 0 || weekday === 6) && !rng.chance(0.3)) continue;
    const ms = chinaDayStart(day) + rng.weighted(HOURS) * HOUR_MS + rng.int(0, 3599) * 1000;
    if (ms > endMs) continue;
    out[i++] = ms;
  }
  return out.sort();
}

const iso = (ms: number) => new Date(ms).toISOString();
/** When a step was recorded: a few minutes after it happened, never after now. */
const recordedAt = (ms: number, now: number) => iso(Math.min(now, ms + 5 * 60_000));
/** A moment between a and b (b ≤ a gives a). */
const between = (rng: Random, a: number, b: number) => (b <= a ? a : a + rng.next() * (b - a));
const later = (rng: Random, from: number, minHours: number, maxHours: number) =>
  from + (minHours + rng.next() * (maxHours - minHours)) * HOUR_MS;

/** The complaint's steps after receipt: first response, investigation, actions, resolution, feedback, a reopening. */
function complaintSteps(rng: Random, book: DeadlineBook, w: TicketWrite): Step[] {
  const received = Date.parse(w.receivedAt);
  const responseDue = Date.parse(w.responseDueAt);
  const resolutionDue = Date.parse(w.resolutionDueAt);
  const investigation = INVESTIGATIONS[w.category] ?? INVESTIGATIONS.other!;
  const department = rng.weighted(DEPARTMENTS[w.category] ?? DEPARTMENTS.other!);
  const steps: Step[] = [];
  const responded = rng.chance(0.88)
    ? between(rng, received + 10 * 60_000, responseDue)
    : later(rng, responseDue, 0.5, 30);
  const note = rng.pick(FIRST_RESPONSES);
  steps.push({
    kind: 'investigation_started',
    at: responded,
    to: 'investigating',
    note,
    apply: (t, at) => {
      t.firstResponseAt ??= at;
      t.firstResponseNote ??= note;
    },
  });
  const resolving = later(rng, responded, 2, 40);
  const found = {
    findings: rng.pick(investigation.findings),
    rootCause: rng.pick(investigation.rootCauses),
    responsibleDept: department,
    solution: rng.pick(investigation.solutions),
  };
  const onTime = rng.chance(0.85);
  const resolved = onTime
    ? between(rng, resolving + HOUR_MS, resolutionDue)
    : later(rng, resolutionDue, 2, 200);
  const actionDone = between(rng, resolving + 30 * 60_000, resolved);
  steps.push({
    kind: 'resolving_started',
    at: resolving,
    to: 'resolving',
    note: null,
    apply: (t) => Object.assign(t, found),
    action: { description: rng.pick(ACTIONS), department, doneAt: actionDone },
  });
  const summary = rng.pick(SUMMARIES);
  steps.push({
    kind: 'resolved',
    at: Math.max(resolved, actionDone),
    to: 'feedback',
    note: summary,
    apply: (t, at) => {
      t.resolvedAt = at;
      t.resolutionSummary = summary;
    },
  });
  const feedbackAt = later(rng, resolved, 1, 72);
  const score = rng.weighted([
    [5, 45],
    [4, 30],
    [3, 13],
    [2, 8],
    [1, 4],
  ] as const);
  const feedback = {
    feedbackMethod: rng.weighted(FEEDBACK),
    feedbackNote: rng.pick(FEEDBACK_NOTES),
    clientSatisfied: score >= 3,
    satisfactionScore: score,
  };
  steps.push({
    kind: 'closed',
    at: feedbackAt,
    to: 'closed',
    note: feedback.feedbackNote,
    apply: (t, at) => Object.assign(t, feedback, { feedbackAt: at, closedAt: at }),
  });
  if (rng.chance(0.03)) {
    // Reopened: the same trouble again; the resolution is due again from the reopening.
    const reopened = later(rng, feedbackAt, 24, 240);
    const rule = deadlineRules(book.settings.serviceDeadlines, 'complaint', w.severity).resolution;
    const due = Date.parse(book.calendar.dueAt(iso(reopened), rule));
    const reason = rng.pick(REOPEN_REASONS);
    steps.push({
      kind: 'reopened',
      at: reopened,
      to: 'investigating',
      note: reason,
      apply: (t) => {
        t.reopenCount += 1;
        t.resolvedAt = null;
        t.closedAt = null;
        t.resolutionDueAt = iso(due);
        t.resolutionMode = rule.mode;
      },
    });
    const again = later(rng, reopened, 4, 48);
    const resolvedAgain = rng.chance(0.8) ? between(rng, again + HOUR_MS, due) : later(rng, due, 2, 100);
    steps.push({
      kind: 'resolving_started',
      at: again,
      to: 'resolving',
      note: null,
      apply: () => undefined,
      action: {
        description: rng.pick(ACTIONS),
        department,
        doneAt: between(rng, again + 30 * 60_000, resolvedAgain),
      },
    });
    steps.push({
      kind: 'resolved',
      at: resolvedAgain,
      to: 'feedback',
      note: summary,
      apply: (t, at) => {
        t.resolvedAt = at;
      },
    });
    const closedAgain = later(rng, resolvedAgain, 2, 72);
    steps.push({
      kind: 'closed',
      at: closedAgain,
      to: 'closed',
      note: null,
      apply: (t, at) => Object.assign(t, { feedbackAt: at, closedAt: at }),
    });
  }
  return steps;
}

/** The inquiry's steps after receipt: answered, closed (some stay answered). */
function inquirySteps(rng: Random, w: TicketWrite): Step[] {
  const received = Date.parse(w.receivedAt);
  const due = Date.parse(w.responseDueAt);
  const answeredAt = rng.chance(0.9) ? between(rng, received + 5 * 60_000, due) : later(rng, due, 1, 72);
  const answer = rng.pick(ANSWERS);
  const steps: Step[] = [
    {
      kind: 'answered',
      at: answeredAt,
      to: 'answered',
      note: answer,
      apply: (t, at) => {
        t.answer = answer;
        t.firstResponseAt ??= at;
        t.resolvedAt = at;
      },
    },
  ];
  if (rng.chance(0.92))
    steps.push({
      kind: 'closed',
      at: later(rng, answeredAt, 1, 120),
      to: 'closed',
      note: null,
      apply: (t, at) => {
        t.closedAt = at;
      },
    });
  return steps;
}

export function writeBulkTickets(core: Core, options: { seed: number; tickets: number }): BulkTickets {
  const rng = createRandom(options.seed).fork('bench-tickets');
  const db = core.store.db;
  const ctx = core.context();
  const book = deadlineBook(ctx);
  const accounts = listAccounts(ctx);
  const staff = listStaff(ctx, { search: null, groupId: null, status: null });
  const userOf = new Map(accounts.map((a) => [a.username, a]));
  const groupOf = (lead: string) => staff.find((s) => s.id === userOf.get(lead)?.staffId)?.groupId;
  const handlers = new Map(
    (['service', 'sales', 'market'] as const).map((g) => {
      const groupId = groupOf(`lead.${g}`);
      return [g, staff.filter((s) => s.groupId === groupId && s.status === 'active')] as const;
    }),
  );
  if ([...handlers.values()].some((h) => h.length === 0) || !userOf.has('manager'))
    throw new Error('bulk tickets need the sample department first');
  const desk = accounts.filter((a) => a.username === 'staff2' || a.username.startsWith('desk'));
  const registrars = REGISTRARS.flatMap(([u, weight]) =>
    u === 'desk'
      ? desk.map((a) => [a.id, weight / desk.length] as const)
      : userOf.has(u)
        ? [[userOf.get(u)!.id, weight] as const]
        : [],
  );
  const clients = clientRefs(core);

  const now = Date.now();
  const nowIso = iso(now);
  const times = receivedTimes(rng, options.tickets, now - 10 * 60_000, SPAN_DAYS);
  const out: BulkTickets = {
    tickets: 0,
    events: 0,
    overdue: 0,
    byStatus: {},
    clients: clients.length,
    sampleIds: [],
    contactNames: [],
  };
  const person = () => rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.5) ? rng.pick(GIVEN) : '');
  const mobile = () => `1${rng.pick(['38', '39', '58', '86', '77', '99', '35', '50'])}${rng.digits(8)}`;

  // Nothing here needs to survive a power cut: write without syncing, and restore the setting afterwards.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  for (let from = 0; from < options.tickets; from += BATCH) {
    db.transaction(() => {
      for (let i = from; i < Math.min(options.tickets, from + BATCH); i++) {
        const receivedMs = times[i]!;
        const receivedAt = iso(receivedMs);
        const kind = rng.weighted(KINDS);
        const category = rng.weighted(CATEGORIES);
        const severity = rng.weighted(SEVERITIES);
        const handler = rng.pick(handlers.get(rng.weighted(HANDLER_GROUPS))!);
        // A few clients ring often: the earliest files (the oldest customers) most.
        const client =
          clients.length > 0 && rng.chance(0.85)
            ? clients[Math.floor(clients.length * rng.next() ** 3)]!
            : null;
        const callerPhone = client
          ? rng.chance(0.7)
            ? client.mobile
            : null
          : rng.chance(0.8)
            ? mobile()
            : null;
        const callerName = client ? null : person();
        const content = ticketContent(rng, kind, category, new Date(receivedMs));
        const w: TicketWrite = {
          kind,
          channel: rng.weighted(CHANNELS),
          status: kind === 'complaint' ? 'registered' : 'open',
          clientId: client?.id ?? null,
          callerName,
          contactId: client?.contactId ?? null,
          callerPhone,
          callerPhoneNorm: callerPhone ? normalisePhoneDigits(callerPhone) : null,
          receivedAt,
          slaStartAt: receivedAt,
          content,
          category,
          severity,
          handlerId: handler.id,
          groupId: handler.groupId,
          ...deadlinesFrom(book, kind, severity, receivedAt),
          ...NO_STEPS_YET,
        };
        const id = newId();
        const code = ticketCode(db, receivedAt);
        const by = rng.weighted(registrars);
        const events: { step: Omit<Step, 'apply'>; from: TicketStatus }[] = [];
        const steps = kind === 'complaint' ? complaintSteps(rng, book, w) : inquirySteps(rng, w);
        // Some tickets stall at a step (forgotten, waiting on someone): they stay open, and run overdue.
        const stallAt = rng.chance(0.015) ? rng.int(0, steps.length - 1) : steps.length;
        const received = { ...w };
        let status = w.status;
        let lastStep = receivedMs;
        for (const [n, step] of steps.entries()) {
          if (n >= stallAt || step.at > now) break;
          step.apply(w, iso(step.at));
          events.push({ step, from: status });
          if (step.to) status = step.to;
          lastStep = step.at;
        }
        w.status = status;
        w.nextDueAt = nextDueAt(w);
        received.nextDueAt = nextDueAt(received);
        // Written as the desk writes it: registered when it came in, then its state after its last step.
        const registered = { at: recordedAt(receivedMs, now), by };
        insertTicket(db, id, code, received, registered);
        insertEvent(
          db,
          {
            id: newId(),
            ticketId: id,
            kind: 'received',
            at: receivedAt,
            fromStatus: null,
            toStatus: received.status,
            note: null,
          },
          registered,
        );
        for (const { step, from } of events) {
          const stamp = { at: recordedAt(step.at, now), by };
          insertEvent(
            db,
            {
              id: newId(),
              ticketId: id,
              kind: step.kind,
              at: iso(step.at),
              fromStatus: from,
              toStatus: step.to,
              note: step.note,
            },
            stamp,
          );
          if (step.action) {
            const actionId = newId();
            insertAction(
              db,
              actionId,
              id,
              {
                department: step.action.department,
                ownerId: handler.id,
                description: step.action.description,
                dueDate: chinaDateOf(step.at + 3 * DAY_MS),
              },
              stamp,
            );
            // Done when the ticket got as far as its resolution.
            const done = step.action.doneAt;
            if (done !== null && events.some((e) => e.step.kind === 'resolved' && e.step.at >= done))
              completeAction(db, actionId, 1, iso(done), null, { at: recordedAt(done, now), by });
          }
        }
        if (events.length > 0) updateTicket(db, id, 1, w, { at: recordedAt(lastStep, now), by });
        out.events += events.length + 1;
        upsertTicketSearch(
          db,
          id,
          ticketSearchText({
            code,
            clientName: client?.name ?? callerName,
            clientCode: client?.code ?? null,
            contactName: client?.contactName ?? null,
            callerPhone,
            content,
          }),
        );
        out.tickets++;
        out.byStatus[status] = (out.byStatus[status] ?? 0) + 1;
        if (w.nextDueAt !== null && w.nextDueAt < nowIso) out.overdue++;
        if (i % 997 === 0) {
          out.sampleIds.push(id);
          if (client?.contactName) out.contactNames.push(client.contactName);
        }
      }
    })();
  }
  db.pragma(`synchronous = ${synchronous}`);
  return out;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红鹏辉佳欣怡婷雪慧宇浩晨'.split('');
