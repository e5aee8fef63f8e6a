import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/createCore';
import { silentLogger } from '../../src/main/core/logger';
import { createSampleClock, DEMO_PASSWORD, generateSample, type SampleSummary } from '../../scripts/sample';

const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
/** A Wednesday afternoon in the machine's own time zone: the sample's present. */
const NOW = new Date(2026, 2, 4, 15, 0, 0);
const DAY_MS = 86_400_000;

const isWorkingDay = (d: Date) => d.getDay() >= 1 && d.getDay() <= 5;
const minuteOfDay = (d: Date) => d.getHours() * 60 + d.getMinutes();

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

  it('shows each documented user last signed in on a recent working morning', () => {
    const users = rows<{ username: string; last: string | null }>(
      "SELECT username, last_login_at AS last FROM users WHERE username <> 'manager'",
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
});
