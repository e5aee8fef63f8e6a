import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/createCore';
import { silentLogger } from '../../src/main/core/logger';
import type { Session } from '../../src/main/core/session';
import { createSampleClock, DEMO_PASSWORD, generateSample, type SampleSummary } from '../../scripts/sample';
import { CONTRACT_STATUSES } from '../../src/shared/contracts/types';
import { QUOTE_STATUSES } from '../../src/shared/pricing/types';
import { STAGES } from '../../src/shared/sales/stages';

const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
/** A Wednesday afternoon in the machine's own time zone: the sample's present. */
const NOW = new Date(2026, 2, 4, 15, 0, 0);
const DAY_MS = 86_400_000;

const isWorkingDay = (d: Date) => d.getDay() >= 1 && d.getDay() <= 5;
const minuteOfDay = (d: Date) => d.getHours() * 60 + d.getMinutes();
/** The China calendar date of a moment (the app's "today"). */
const isoDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The sample department (`npm run demo`) reads like a year of a real department's work: what a manager
 * opening it sees — dates, times, files to update, who signed in when — is not the moment it was generated.
 */
describe('the sample department', () => {
  const clock = createSampleClock();
  let core: Core;
  let summary: SampleSummary;
  const rows = <T>(sql: string) => core.store.db.prepare(sql).all() as T[];

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-sample-'));
    core = await createCore({
      dataDir,
      printer: { printToPdf: () => Promise.reject(new Error('no printing')) },
      logger: silentLogger,
      autoBackup: false,
      passwordCost: FAST_SCRYPT,
      clock,
    });
    summary = await generateSample(core, { scale: 1, clock, now: NOW });
  });
  afterAll(async () => {
    await core?.close();
  });

  it('was entered over the past year, on working days in office hours, and nothing after now', () => {
    const stamps = rows<{ at: string }>('SELECT at FROM audit_log').map((r) => new Date(r.at));
    expect(stamps.length).toBeGreaterThan(1000);
    const outside = stamps.filter(
      (d) => !isWorkingDay(d) || minuteOfDay(d) < 8 * 60 + 30 || minuteOfDay(d) >= 19 * 60,
    );
    expect(outside.map((d) => d.toString())).toEqual([]);
    expect(stamps.filter((d) => d > NOW)).toEqual([]);
    const times = stamps.map((d) => d.getTime());
    expect((Math.max(...times) - Math.min(...times)) / DAY_MS).toBeGreaterThan(360);

    const calls = rows<{ at: string }>('SELECT at FROM client_communications').map((r) => new Date(r.at));
    const offHours = calls.filter(
      (d) => !isWorkingDay(d) || minuteOfDay(d) < 9 * 60 || minuteOfDay(d) >= 18 * 60,
    );
    expect(offHours.map((d) => d.toString())).toEqual([]);
  });

  it('has files last worked on at different times, some of them due for the periodic update', async () => {
    const months = new Set(
      rows<{ touched: string }>('SELECT touched_at AS touched FROM clients').map((r) =>
        r.touched.slice(0, 7),
      ),
    );
    expect(months.size).toBeGreaterThanOrEqual(10);

    clock.pin(NOW);
    const session = core.sessions.create();
    const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, session);
    expect(login.ok).toBe(true);
    const due = await core.call('clients.list', { stale: true, page: 1, pageSize: 1 }, session);
    const all = await core.call('clients.list', { page: 1, pageSize: 1 }, session);
    clock.pin(null);
    if (!due.ok || !all.ok) throw new Error('clients.list failed');
    expect(due.data.total).toBeGreaterThan(0);
    expect(due.data.total / all.data.total).toBeLessThan(0.3);
    expect(summary.counts['clients.toUpdate']).toBeGreaterThan(0);
  });

  it('has a year of tickets at the desk: most closed, some still open and past their deadline, a few reopened', async () => {
    const byKind = rows<{ kind: string; n: number; open: number; reopened: number; linked: number }>(
      `SELECT kind, count(*) AS n, sum(status <> 'closed') AS open, sum(reopen_count > 0) AS reopened,
              sum(client_id IS NOT NULL) AS linked
       FROM service_tickets GROUP BY kind ORDER BY kind`,
    );
    expect(byKind.map((k) => k.kind)).toEqual(['complaint', 'inquiry']);
    for (const k of byKind) {
      expect(k.n, k.kind).toBeGreaterThan(100);
      expect(k.open / k.n, k.kind).toBeLessThan(0.2);
      expect(k.linked / k.n, k.kind).toBeGreaterThan(0.8);
    }
    expect(byKind[0]!.reopened).toBeGreaterThan(0);
    const categories = rows<{ category: string }>(
      "SELECT DISTINCT category FROM service_tickets WHERE kind = 'complaint'",
    );
    expect(categories.length).toBeGreaterThanOrEqual(5);
    const overdue = rows<{ n: number }>(
      `SELECT count(*) AS n FROM service_tickets WHERE next_due_at < '${NOW.toISOString()}'`,
    );
    expect(overdue[0]!.n).toBeGreaterThan(0);

    clock.pin(NOW);
    const session = core.sessions.create();
    await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, session);
    const measures = await core.call('improvement.list', { page: 1, pageSize: 20 }, session);
    clock.pin(null);
    if (!measures.ok) throw new Error('improvement.list failed');
    const delivery = measures.data.rows.find((m) => m.causeCategory === 'delivery');
    expect(delivery?.status).toBe('done');
    expect(delivery?.effect?.verdict).toBe('better');
  });

  /** Contract calls as the manager at the sample's present (what the manager sees on opening the demo). */
  async function asManager<T>(run: (call: Core['call'], session: Session) => Promise<T>): Promise<T> {
    clock.pin(NOW);
    try {
      const session = core.sessions.create();
      await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, session);
      return await run(core.call.bind(core), session);
    } finally {
      clock.pin(null);
    }
  }
  const dataOf = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
    if (!result.ok) throw new Error(result.error.code);
    return result.data;
  };

  it('has two years of quarterly risk meetings, each issued with minutes and decisions followed up', () => {
    const meetings = rows<{ type: string; held: string; status: string; minutes: string; risks: number }>(
      `SELECT type, held_on AS held, status, minutes_html AS minutes,
              (SELECT count(*) FROM risk_meeting_risks r WHERE r.meeting_id = m.id) AS risks
       FROM risk_meetings m ORDER BY held_on`,
    );
    const periodic = meetings.filter((m) => m.type === 'periodic');
    expect(periodic.length).toBeGreaterThanOrEqual(8);
    const days = periodic.map((m) => Date.parse(`${m.held}T00:00:00Z`) / DAY_MS);
    expect(days[days.length - 1]! - days[0]!).toBeGreaterThan(600);
    for (let k = 1; k < days.length; k++) {
      expect(days[k]! - days[k - 1]!).toBeGreaterThan(75);
      expect(days[k]! - days[k - 1]!).toBeLessThan(105);
    }
    expect(meetings.filter((m) => m.type === 'ad_hoc').length).toBeGreaterThanOrEqual(2);
    for (const m of meetings) {
      expect(m.status, m.held).toBe('issued');
      expect(m.minutes).toMatch(/<strong>/);
      expect(m.minutes).toMatch(/<li>/);
      expect(m.risks, m.held).toBeGreaterThan(0);
    }
    const decisions = rows<{ status: string; overdue: number }>(
      `SELECT status, due_on < '${isoDate(NOW)}' AS overdue FROM risk_meeting_decisions`,
    );
    const done = decisions.filter((d) => d.status === 'done').length;
    expect(done / decisions.length).toBeGreaterThan(0.5);
    expect(decisions.filter((d) => d.status === 'open').length).toBeGreaterThan(1);
    expect(decisions.filter((d) => d.status === 'open' && d.overdue).length).toBe(1);
  });

  it('has a register of risks at every level and in every status, with histories, responses and reviews due', async () => {
    const risks = rows<{ category: string; client: number; reopened: number; strategy: string | null }>(
      `SELECT category, client_id IS NOT NULL AS client, reopen_count AS reopened, strategy FROM risks`,
    );
    expect(risks.length).toBeGreaterThanOrEqual(75);
    expect(new Set(risks.map((r) => r.category))).toEqual(
      new Set(['market', 'credit', 'legal', 'operational', 'other']),
    );
    expect(risks.filter((r) => r.category === 'credit' && r.client).length).toBeGreaterThan(3);
    expect(risks.filter((r) => r.reopened > 0).length).toBeGreaterThan(0);
    expect(new Set(risks.map((r) => r.strategy).filter(Boolean))).toEqual(
      new Set(['avoid', 'reduce', 'transfer', 'accept']),
    );
    const histories = rows<{ n: number }>(
      'SELECT count(*) AS n FROM risk_assessments GROUP BY risk_id HAVING count(*) >= 3',
    );
    expect(histories.length).toBeGreaterThan(3);
    const actions = rows<{ status: string; overdue: number }>(
      `SELECT status, status = 'open' AND due_on < '${isoDate(NOW)}' AS overdue FROM risk_actions`,
    );
    for (const status of ['open', 'done', 'cancelled'])
      expect(actions.filter((a) => a.status === status).length, status).toBeGreaterThan(0);
    expect(actions.filter((a) => a.overdue).length).toBeGreaterThan(0);

    await asManager(async (call, session) => {
      const total = async (filter: Record<string, unknown>) =>
        dataOf(await call('risk.list', { ...filter, page: 1, pageSize: 1 }, session)).total;
      for (const level of ['low', 'medium', 'high', 'critical'] as const)
        expect(await total({ levels: [level], openOnly: true }), level).toBeGreaterThan(0);
      for (const status of ['identified', 'assessed', 'responding', 'monitoring', 'closed'] as const)
        expect(await total({ statuses: [status] }), status).toBeGreaterThan(0);
      expect(await total({ reviewDue: true })).toBeGreaterThan(0);
      expect(await total({ overdueActions: true })).toBeGreaterThan(0);

      // Accepting a high risk: approved by the manager, refused, and one waiting on the approvals list.
      const approvals = dataOf(
        await call('approvals.list', { kinds: ['riskAcceptance'], page: 1, pageSize: 50 }, session),
      ).items;
      const byStatus = (s: string) => approvals.filter((a) => a.status === s).length;
      expect(byStatus('approved')).toBeGreaterThan(0);
      expect(byStatus('refused')).toBeGreaterThan(0);
      expect(byStatus('pending')).toBe(1);
      const todo = dataOf(await call('todo.list', {}, session));
      expect(JSON.stringify(todo)).toContain(approvals.find((a) => a.status === 'pending')!.subjectCode);
    });
  });

  it('has indicators in breach both ways, a computed one among them, warned on Home', async () => {
    await asManager(async (call, session) => {
      const kris = dataOf(await call('kri.list', { page: 1, pageSize: 50 }, session)).items;
      const manual = kris.filter((k) => k.source === 'manual');
      expect(manual.every((k) => k.latest !== null)).toBe(true);
      expect(manual.some((k) => k.direction === 'higher_worse' && k.state === 'alarm')).toBe(true);
      expect(manual.some((k) => k.direction === 'lower_worse' && k.state !== 'normal')).toBe(true);
      const computed = kris.filter((k) => k.source !== 'manual');
      expect(new Set(computed.map((k) => k.source)).size).toBe(4);
      expect(computed.some((k) => k.state === 'warning' || k.state === 'alarm')).toBe(true);
      const detail = dataOf(await call('kri.get', { id: manual[0]!.id }, session));
      expect(detail.readings.length).toBeGreaterThanOrEqual(24);
      const home = dataOf(await call('home.summary', {}, session));
      expect(home.kriWarnings?.length).toBeGreaterThan(0);
    });
  });

  it('has an audit closed and an inspection in progress, their rectifications in every state', () => {
    const audits = rows<{ type: string; status: string }>(
      'SELECT type, status FROM control_audits ORDER BY type',
    );
    expect(audits).toEqual([
      { type: 'inspection', status: 'in_progress' },
      { type: 'internal_audit', status: 'closed' },
    ]);
    const severities = rows<{ severity: string }>('SELECT DISTINCT severity FROM control_findings');
    expect(new Set(severities.map((s) => s.severity))).toEqual(new Set(['low', 'medium', 'high']));
    const rects = rows<{ status: string; overdue: number }>(
      `SELECT status, status <> 'verified' AND due_on < '${isoDate(NOW)}' AS overdue FROM control_rectifications`,
    );
    expect(new Set(rects.map((r) => r.status))).toEqual(
      new Set(['open', 'submitted', 'returned', 'verified']),
    );
    expect(rects.filter((r) => r.overdue).length).toBe(1);
  });

  it('stamped the risk and control records in office hours on working days, none after now', () => {
    const stamps = rows<{ at: string }>(
      [
        'risks',
        'risk_assessments',
        'risk_actions',
        'risk_events',
        'risk_meetings',
        'risk_meeting_decisions',
        'kris',
        'kri_readings',
        'control_audits',
        'control_findings',
        'control_rectifications',
        'approvals',
      ]
        .map((t) => `SELECT created_at AS at FROM ${t} UNION ALL SELECT updated_at FROM ${t}`)
        .join(' UNION ALL '),
    ).map((r) => new Date(r.at));
    expect(stamps.length).toBeGreaterThan(500);
    const outside = stamps.filter(
      (d) => !isWorkingDay(d) || minuteOfDay(d) < 8 * 60 + 30 || minuteOfDay(d) >= 19 * 60 || d > NOW,
    );
    expect(outside.map((d) => d.toString())).toEqual([]);
  });

  it('shows each documented user last signed in on a recent working morning', () => {
    const documented = summary.logins.map((l) => `'${l.username}'`).join(', ');
    const users = rows<{ username: string; last: string | null }>(
      `SELECT username, last_login_at AS last FROM users WHERE username <> 'manager' AND username IN (${documented})`,
    );
    expect(users).toHaveLength(7);
    for (const u of users) {
      expect(u.last, u.username).not.toBeNull();
      const last = new Date(u.last!);
      expect(isWorkingDay(last), u.username).toBe(true);
      expect(last.getHours(), u.username).toBeGreaterThanOrEqual(8);
      expect(last.getHours(), u.username).toBeLessThan(10);
      expect((NOW.getTime() - last.getTime()) / DAY_MS, u.username).toBeLessThan(7);
      expect(last <= NOW, u.username).toBe(true);
    }
  });

  it('has four quarterly appraisal cycles: three closed, the latest published with its appeal window open and one appeal to resolve', async () => {
    await asManager(async (call, session) => {
      const cycles = dataOf(await call('appraisal.listCycles', {}, session)).sort((a, b) =>
        a.periodFrom.localeCompare(b.periodFrom),
      );
      expect(cycles.map((c) => c.kind)).toEqual(['quarterly', 'quarterly', 'quarterly', 'quarterly']);
      expect(cycles.map((c) => c.periodFrom)).toEqual([
        '2025-01-01',
        '2025-04-01',
        '2025-07-01',
        '2025-10-01',
      ]);
      expect(cycles.map((c) => c.phase)).toEqual(['closed', 'closed', 'closed', 'published']);
      const latest = cycles[3]!;
      const today = isoDate(NOW);
      expect(latest.appealUntil! >= today).toBe(true);
      // Three to five working days ago: five from a Wednesday afternoon is the Wednesday before, a week and hours.
      expect((NOW.getTime() - Date.parse(latest.publishedAt!)) / DAY_MS).toBeLessThan(7);
      for (const c of cycles.slice(0, 3)) expect(c.appealUntil! < today, c.nameEn!).toBe(true);

      const detail = dataOf(await call('appraisal.getCycle', { id: latest.id }, session));
      expect(detail.progress.appealsOpen).toBe(1);
      expect(detail.progress.acknowledged / detail.progress.total).toBeGreaterThan(0.6);
      expect(detail.progress.acknowledged).toBeLessThan(detail.progress.total - 1);
      const open = detail.forms.filter((f) => f.appealStatus === 'open');
      expect(open).toHaveLength(1);
      const appeal = dataOf(await call('appraisal.getForm', { id: open[0]!.id }, session));
      expect(appeal.appeal?.reason.length).toBeGreaterThan(20);
      expect(appeal.allowed).toContain('resolveAppeal');
      const todo = dataOf(await call('todo.list', {}, session));
      expect(JSON.stringify(todo)).toContain(open[0]!.staffName);

      // Earlier appeals resolved both ways; one score raised in manager review, with its reason.
      const older = await Promise.all(
        cycles
          .slice(0, 3)
          .map(async (c) => dataOf(await call('appraisal.consolidated', { cycleId: c.id }, session))),
      );
      const olderRows = older.flatMap((t) => t.rows);
      expect(new Set(olderRows.map((r) => r.appealStatus).filter(Boolean))).toEqual(
        new Set(['upheld', 'adjusted']),
      );
      expect(olderRows.filter((r) => r.adjustReason).length).toBeGreaterThanOrEqual(2);
      expect(olderRows.filter((r) => r.acknowledgedAt).length / olderRows.length).toBeGreaterThan(0.7);

      // Results spread over the grades, the D exactly once.
      const latestRows = dataOf(await call('appraisal.consolidated', { cycleId: latest.id }, session)).rows;
      const grades = [...olderRows, ...latestRows].map((r) => r.grade);
      for (const g of ['S', 'A', 'B', 'C'])
        expect(grades.filter((x) => x === g).length, g).toBeGreaterThan(0);
      expect(grades.filter((g) => g === 'D')).toHaveLength(1);
      expect(grades.filter((g) => g === 'A' || g === 'B').length / grades.length).toBeGreaterThan(0.5);
    });
  });

  it('computes each appraised quarter from the records the drill-down lists', async () => {
    await asManager(async (call, session) => {
      const cycles = dataOf(await call('appraisal.listCycles', {}, session));
      const latest = cycles.find((c) => c.phase === 'published')!;
      const detail = dataOf(await call('appraisal.getCycle', { id: latest.id }, session));
      const sales = detail.forms.find((f) => f.groupNameEn === 'Sales' || f.groupName === '销售组')!;
      const form = dataOf(await call('appraisal.getForm', { id: sales.id }, session));
      const computed = form.items.filter((i) => i.source !== 'manual');
      expect(computed.map((i) => i.source).sort()).toEqual([
        'newClients',
        'profit',
        'revenue',
        'satisfaction',
      ]);
      for (const item of computed) {
        expect(item.target, item.nameEn).toBeGreaterThan(0);
        const drill = dataOf(
          await call('appraisal.sourceRecords', { formId: form.id, indicatorId: item.indicatorId }, session),
        );
        if (drill.source === 'revenue')
          expect(item.actual).toBeCloseTo(drill.records.reduce((n, r) => n + r.amountFen, 0) / 100, 2);
        else if (drill.source === 'newClients') expect(item.actual).toBe(drill.records.length);
        else if (drill.source === 'profit')
          expect(item.actual).toBeCloseTo(drill.records.reduce((n, r) => n + (r.profitFen ?? 0), 0) / 100, 2);
        else if (drill.records.length)
          expect(item.actual).toBeCloseTo(
            (drill.records.reduce((n, r) => n + r.score, 0) / drill.records.length) * 20,
            1,
          );
        else expect(item.actual).toBeNull();
      }
      expect(form.overallComment?.length).toBeGreaterThan(10);
      expect(form.achievements?.length).toBeGreaterThan(10);
      expect(form.selfTotal).not.toBeNull();
    });
  });

  it('has incentives in every state: approved for the best and the D results and a special award, a fine refused, a bonus waiting', async () => {
    await asManager(async (call, session) => {
      const list = dataOf(await call('incentives.list', { page: 1, pageSize: 50 }, session)).items;
      const has = (kind: string, status: string, linked: string | null | undefined) =>
        list.some(
          (i) =>
            i.kind === kind &&
            i.status === status &&
            (linked === undefined ? true : linked === null ? i.formId === null : i.grade === linked),
        );
      // The first quarter's best: an S, or an A where its contracts fell short.
      expect(has('bonus', 'approved', 'S') || has('bonus', 'approved', 'A')).toBe(true);
      expect(has('honour', 'approved', 'S')).toBe(true);
      expect(has('specialContribution', 'approved', null)).toBe(true);
      expect(has('warning', 'approved', 'D')).toBe(true);
      expect(has('fine', 'refused', undefined)).toBe(true);
      const pending = list.filter((i) => i.status === 'pending');
      expect(pending.map((i) => i.kind)).toEqual(['bonus']);
      const approvals = dataOf(
        await call(
          'approvals.list',
          { kinds: ['incentive'], statuses: ['pending'], page: 1, pageSize: 10 },
          session,
        ),
      ).items;
      expect(approvals.map((a) => a.subjectId)).toEqual([pending[0]!.id]);
      const todo = dataOf(await call('todo.list', {}, session));
      expect(JSON.stringify(todo)).toContain(approvals[0]!.subjectCode);
    });
  });

  it('has a year of market work: research, competitors seen over time, activities of every kind with their leads', async () => {
    const kinds = rows<{ kind: string; n: number; cost: number; attendees: number | null }>(
      `SELECT kind, count(*) AS n, min(cost_fen) AS cost, min(attendees) AS attendees
       FROM promotion_activities GROUP BY kind ORDER BY kind`,
    );
    expect(kinds.map((k) => k.kind)).toEqual(['demo', 'exhibition', 'online', 'seminar']);
    expect(kinds.reduce((n, k) => n + k.n, 0)).toBeGreaterThanOrEqual(12);
    for (const k of kinds) expect(k.cost, k.kind).toBeGreaterThan(0);
    expect(rows<{ n: number }>('SELECT count(*) AS n FROM market_research')[0]!.n).toBeGreaterThanOrEqual(3);
    const seen = rows<{ n: number; months: number }>(
      `SELECT count(*) AS n, count(DISTINCT substr(seen_on, 1, 7)) AS months FROM competitor_sightings`,
    )[0]!;
    expect(seen.n).toBeGreaterThan(10);
    expect(seen.months).toBeGreaterThan(5);

    // Leads keep their activity: the activity's page shows what a lead and a won deal cost.
    const best = rows<{ id: string }>(
      `SELECT source_activity_id AS id FROM opportunities WHERE stage = 'won' AND source_activity_id IS NOT NULL
       GROUP BY source_activity_id ORDER BY count(*) DESC LIMIT 1`,
    )[0]!;
    await asManager(async (call, session) => {
      const detail = dataOf(await call('market.getActivity', { id: best.id }, session));
      expect(detail.leads.length).toBeGreaterThan(5);
      expect(detail.costPerLeadFen).toBeGreaterThan(0);
      expect(detail.costPerWonFen).toBeGreaterThan(detail.costPerLeadFen!);
    });
  });

  it('has ~1,500 opportunities in every stage: most leads never get far, a believable share of the closed ones won, every lost one with its reason', async () => {
    const stages = rows<{ stage: string; n: number }>(
      'SELECT stage, count(*) AS n FROM opportunities GROUP BY stage',
    );
    const count = (s: string) => stages.find((x) => x.stage === s)?.n ?? 0;
    const total = stages.reduce((n, s) => n + s.n, 0);
    expect(total).toBeGreaterThan(1300);
    expect(total).toBeLessThan(1700);
    for (const s of STAGES) expect(count(s), s).toBeGreaterThan(0);
    const wonShare = count('won') / (count('won') + count('lost'));
    expect(wonShare).toBeGreaterThan(0.1);
    expect(wonShare).toBeLessThan(0.4);
    expect(count('lead') + count('screened')).toBeGreaterThan(count('negotiation'));
    const fromActivities = rows<{ n: number }>(
      'SELECT count(*) AS n FROM opportunities WHERE source_activity_id IS NOT NULL',
    )[0]!.n;
    expect(fromActivities / total).toBeGreaterThan(0.2);

    await asManager(async (call, session) => {
      const { settings } = dataOf(await call('settings.get', {}, session));
      const reasons = new Set(settings.salesLostReasons.map((r) => r.key));
      const lost = rows<{ reason: string | null; n: number }>(
        `SELECT lost_reason AS reason, count(*) AS n FROM opportunities WHERE stage = 'lost' GROUP BY lost_reason`,
      );
      for (const r of lost) expect(r.reason !== null && reasons.has(r.reason), String(r.reason)).toBe(true);
      expect(lost.length).toBeGreaterThanOrEqual(5);
      expect(Math.max(...lost.map((r) => r.n)) / count('lost')).toBeLessThan(0.5);

      // The year's funnel: each stage reached by fewer, days spent in each stage known.
      const funnel = dataOf(
        await call(
          'sales.funnel',
          { from: isoDate(new Date(NOW.getTime() - 365 * DAY_MS)), to: isoDate(NOW) },
          session,
        ),
      );
      expect(funnel.created).toBeGreaterThan(1000);
      const reached = funnel.steps.map((s) => s.reached);
      expect(reached).toEqual([...reached].sort((a, b) => b - a));
      expect(funnel.steps.filter((s) => s.averageDays !== null).length).toBeGreaterThanOrEqual(6);
    });

    // Open deals with an expected amount and close date; some next steps overdue: the owners' to-dos.
    const today = isoDate(NOW);
    const open = rows<{ amount: number | null; close: string | null; next: string | null }>(
      `SELECT expected_amount_fen AS amount, expected_close_on AS close, next_step_on AS next
       FROM opportunities WHERE stage NOT IN ('won', 'lost')`,
    );
    expect(open.length).toBeGreaterThan(100);
    expect(open.every((o) => (o.amount ?? 0) > 0 && o.close !== null)).toBe(true);
    expect(open.filter((o) => o.next !== null && o.next < today).length).toBeGreaterThan(5);
  });

  it('has a price list and quotes in every status: below-floor lines approved by the manager, one refused, one waiting', async () => {
    const products = rows<{ list: number; floor: number }>(
      'SELECT list_price_fen AS list, floor_price_fen AS floor FROM products',
    );
    expect(products.length).toBeGreaterThan(8);
    expect(products.every((p) => p.floor > 0 && p.floor < p.list)).toBe(true);
    const statuses = rows<{ status: string }>('SELECT DISTINCT status FROM quotes').map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(QUOTE_STATUSES));

    const floor = rows<{ status: string; requester: string; decider: string | null; reason: string | null }>(
      `SELECT a.status, r.role AS requester, d.role AS decider, q.floor_reason AS reason
       FROM approvals a JOIN quotes q ON q.approval_id = a.id
       JOIN users r ON r.id = a.requested_by LEFT JOIN users d ON d.id = a.decided_by
       WHERE a.kind = 'priceFloor'`,
    );
    const approved = floor.filter((f) => f.status === 'approved');
    expect(approved.length).toBeGreaterThanOrEqual(3);
    expect(approved.every((f) => f.decider === 'manager' && f.requester !== 'manager')).toBe(true);
    expect(floor.filter((f) => f.requester === 'staff').length).toBeGreaterThan(0);
    expect(floor.every((f) => (f.reason ?? '').length > 10)).toBe(true);
    expect(floor.filter((f) => f.status === 'refused')).toHaveLength(1);
    expect(floor.filter((f) => f.status === 'pending')).toHaveLength(1);

    // The approved quotes' lines below floor were sent as approved, some accepted.
    await asManager(async (call, session) => {
      const sent = dataOf(
        await call(
          'quotes.list',
          { statuses: ['sent', 'accepted', 'declined'], page: 1, pageSize: 200 },
          session,
        ),
      ).items.filter((q) => q.belowFloor);
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.every((q) => q.approvalId !== null && q.decidedByName !== null)).toBe(true);
    });
  });

  it('has contracts in every state; the signed ones wrote their amounts to the clients’ transactions', () => {
    const contracts = rows<{
      id: string;
      status: string;
      amount: number;
      signed: string | null;
      checklist: string;
      reason: string | null;
      written: number | null;
      source: string | null;
    }>(
      `SELECT c.id, c.status, c.amount_fen AS amount, c.signed_on AS signed, c.checklist,
              c.terminated_reason AS reason, coalesce(c.opportunity_id, c.quote_id) AS source,
              (SELECT sum(t.amount_fen) FROM client_transactions t WHERE t.contract_id = c.id) AS written
       FROM contracts c`,
    );
    expect(new Set(contracts.map((c) => c.status))).toEqual(new Set(CONTRACT_STATUSES));
    expect(contracts.length).toBeGreaterThan(100);
    expect(contracts.every((c) => c.source !== null)).toBe(true);
    for (const c of contracts) {
      if (c.signed) expect(c.written, c.id).toBe(c.amount);
      else expect(c.written, c.id).toBeNull();
    }
    expect(
      contracts.filter((c) => c.status === 'terminated').every((c) => (c.reason ?? '').length > 10),
    ).toBe(true);
    const inReview = contracts.filter((c) => c.status === 'review');
    const commented = inReview.filter((c) =>
      (JSON.parse(c.checklist) as { result: string; comment: string | null }[]).some(
        (i) => i.result !== 'pending' && i.comment,
      ),
    );
    expect(commented.length).toBeGreaterThan(0);

    const today = isoDate(NOW);
    const milestones = rows<{
      kind: string;
      due: string;
      done: string | null;
      amount: number | null;
      received: number;
    }>(
      `SELECT m.kind, m.due_on AS due, m.done_on AS done, m.amount_fen AS amount, m.received_fen AS received
       FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id WHERE c.status = 'executing'`,
    );
    const kinds = rows<{ kind: string }>('SELECT DISTINCT kind FROM contract_milestones').map((m) => m.kind);
    expect(new Set(kinds)).toEqual(new Set(['delivery', 'acceptance', 'invoice', 'payment']));
    expect(milestones.filter((m) => m.done).length).toBeGreaterThan(0);
    expect(milestones.filter((m) => !m.done && m.due < today).length).toBeGreaterThan(0);
    expect(
      milestones.filter((m) => m.kind === 'payment' && m.received > 0 && m.received < m.amount!).length,
    ).toBeGreaterThan(0);

    const handoffs = rows<{ acknowledged: string | null }>(
      'SELECT acknowledged_at AS acknowledged FROM contract_handoffs',
    );
    expect(handoffs.filter((h) => h.acknowledged).length).toBeGreaterThan(handoffs.length / 2);
    expect(handoffs.filter((h) => !h.acknowledged).length).toBeGreaterThan(0);
  });

  it('has sales plans per group and per person, some beaten and some missed', async () => {
    const plans = rows<{ kind: string; from: string; groups: number; people: number }>(
      `SELECT period_kind AS kind, period_from AS "from", sum(staff_id IS NULL) AS groups, sum(staff_id IS NOT NULL) AS people
       FROM sales_plans GROUP BY period_kind, period_from`,
    );
    expect(new Set(plans.map((p) => p.kind))).toEqual(new Set(['month', 'quarter', 'year']));
    expect(plans.filter((p) => p.kind === 'quarter').length).toBeGreaterThanOrEqual(4);
    for (const p of plans) {
      expect(p.groups, `${p.kind} ${p.from}`).toBe(2);
      expect(p.people, `${p.kind} ${p.from}`).toBeGreaterThan(8);
    }
    await asManager(async (call, session) => {
      const quarters = plans
        .filter((p) => p.kind === 'quarter')
        .map((p) => p.from)
        .sort();
      const past = dataOf(
        await call(
          'salesPlans.list',
          { periodKind: 'quarter', periodFrom: quarters.at(-2)!, page: 1, pageSize: 100 },
          session,
        ),
      ).items;
      const progress = past.map((p) => p.progress.revenuePct).filter((x): x is number => x !== null);
      expect(progress.some((x) => x >= 100)).toBe(true);
      expect(progress.some((x) => x < 100)).toBe(true);
      expect(past.filter((p) => p.actual.revenueFen > 0).length).toBeGreaterThan(past.length / 2);
    });
  });

  it('stamped the sales records in office hours on working days, none after now', () => {
    const tables = [
      'market_research',
      'competitors',
      'competitor_sightings',
      'promotion_activities',
      'opportunities',
      'products',
      'quotes',
      'contracts',
      'contract_milestones',
      'contract_handoffs',
      'sales_plans',
    ];
    const stamps = rows<{ at: string }>(
      [
        ...tables.map((t) => `SELECT created_at AS at FROM ${t} UNION ALL SELECT updated_at FROM ${t}`),
        'SELECT changed_at FROM opportunity_stage_changes',
      ].join(' UNION ALL '),
    ).map((r) => new Date(r.at));
    expect(stamps.length).toBeGreaterThan(5000);
    const outside = stamps.filter(
      (d) => !isWorkingDay(d) || minuteOfDay(d) < 8 * 60 + 30 || minuteOfDay(d) >= 19 * 60 || d > NOW,
    );
    expect(outside.map((d) => d.toString())).toEqual([]);
  });
});

/**
 * The demo is generated on whatever day a newcomer runs it. A Monday just after the office opens leaves the
 * least room after the latest quarter's publication (the weekend between): it still generates whole.
 */
describe('the sample department on a Monday morning', () => {
  it('generates every domain, with nothing after now', async () => {
    const mondayMorning = new Date(2026, 10, 30, 9, 30, 0);
    const clock = createSampleClock();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-sample-monday-'));
    const core = await createCore({
      dataDir,
      printer: { printToPdf: () => Promise.reject(new Error('no printing')) },
      logger: silentLogger,
      autoBackup: false,
      passwordCost: FAST_SCRYPT,
      clock,
    });
    try {
      const summary = await generateSample(core, { scale: 1, clock, now: mondayMorning });
      expect(summary.counts.incentives).toBeGreaterThan(0);
      expect(summary.counts.opportunities).toBeGreaterThan(1000);
      expect(summary.counts['contracts.completed']).toBeGreaterThan(0);
      expect(summary.counts.salesPlans).toBeGreaterThan(0);
      const latest = core.store.db.prepare('SELECT max(at) AS at FROM audit_log').get() as { at: string };
      expect(new Date(latest.at).getTime()).toBeLessThanOrEqual(mondayMorning.getTime());
    } finally {
      await core.close();
    }
  });
});
