import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/shared/audit/types';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The calendar day of an instant on this machine's clock, as the filter reads it. */
const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

// Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
const clock = new FakeClock(Date.parse('2026-03-02T12:00:00.000Z'));
let core: Core;
let manager: Session;
let clerk: Session;
let clerkUserId: string;
const days: string[] = [];
let all: AuditEntry[];

async function list(filter: Record<string, unknown>) {
  return unwrap(await core.call('audit.list', { pageSize: 500, ...filter }, manager));
}

beforeAll(async () => {
  core = await makeCore({ clock });
  // Day 1: setup, a new group.
  days.push(localDay(clock.now()));
  ({ manager } = await setUpDepartment(core));
  const g = unwrap(
    await core.call('org.groups.create', { name: '大客户组', nameEn: 'Key Accounts' }, manager),
  );

  // Day 2: two people, an account; the clerk logs in and changes the password.
  clock.advance(DAY);
  days.push(localDay(clock.now()));
  const a = unwrap(
    await core.call('org.staff.create', { employeeNo: 'A001', name: '钱文员', groupId: g.id }, manager),
  );
  unwrap(await core.call('org.staff.create', { employeeNo: 'A002', name: '孙销售', groupId: g.id }, manager));
  clerkUserId = unwrap(
    await core.call(
      'accounts.create',
      { staffId: a.id, username: 'qian', password: 'Clerk#2026', role: 'staff' },
      manager,
    ),
  ).id;
  clerk = core.sessions.create();
  clock.advance(HOUR);
  unwrap(await core.call('auth.login', { username: 'qian', password: 'Clerk#2026' }, clerk));
  unwrap(
    await core.call(
      'auth.changePassword',
      { currentPassword: 'Clerk#2026', newPassword: 'Clerk#2027' },
      clerk,
    ),
  );

  // Day 3: the manager changes settings and a person; the clerk logs out.
  clock.advance(DAY - HOUR);
  days.push(localDay(clock.now()));
  const s = unwrap(await core.call('settings.get', {}, manager));
  unwrap(
    await core.call(
      'settings.update',
      { version: s.version, settings: { ...s.settings, lockoutMinutes: 30 } },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'org.staff.update',
      { id: a.id, version: a.version, employeeNo: 'A001', name: '钱文员', groupId: g.id, position: '文员' },
      manager,
    ),
  );
  unwrap(await core.call('auth.logout', {}, clerk));

  all = (await list({})).rows;
});

afterAll(async () => {
  await core.close();
});

describe('audit.list', () => {
  it('lists every row, newest first, with the true total', () => {
    const count = (core.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    expect(all).toHaveLength(count);
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((x, y) => y - x));
    expect(new Set(days).size).toBe(3);
  });

  it('filters by actor', async () => {
    const page = await list({ actorUserId: clerkUserId });
    const expected = all.filter((r) => r.actorUserId === clerkUserId);
    expect(page.rows).toEqual(expected);
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((r) => r.action).sort()).toEqual(['change_password', 'login', 'logout']);
    expect(page.rows.every((r) => r.actorName === '钱文员')).toBe(true);

    const byManager = await list({ actorUserId: manager.user!.userId });
    expect(byManager.rows.length).toBeGreaterThan(0);
    expect(byManager.rows.every((r) => r.actorUserId === manager.user!.userId)).toBe(true);
  });

  it('filters by entity and by record', async () => {
    const staff = await list({ entity: 'staff' });
    expect(staff.rows).toEqual(all.filter((r) => r.entity === 'staff'));
    // The manager's own record at setup, the two new people, one change.
    expect(staff.rows.map((r) => r.action)).toEqual(['update', 'create', 'create', 'create']);

    const one = await list({ entity: 'staff', entityId: staff.rows[0]!.entityId });
    expect(one.rows.map((r) => r.action)).toEqual(['update', 'create']);
    expect(one.rows[0]!.changes).toEqual([{ field: 'position', before: null, after: '文员' }]);
  });

  it('filters by date range, the days read as calendar days on this machine', async () => {
    for (const day of days) {
      const page = await list({ from: day, to: day });
      const expected = all.filter((r) => localDay(new Date(r.at)) === day);
      expect(expected.length).toBeGreaterThan(0);
      expect(page.rows).toEqual(expected);
      expect(page.total).toBe(expected.length);
    }
    const fromDay2 = await list({ from: days[1] });
    expect(fromDay2.rows).toEqual(all.filter((r) => localDay(new Date(r.at)) >= days[1]!));
    const toDay2 = await list({ to: days[1] });
    expect(toDay2.rows).toEqual(all.filter((r) => localDay(new Date(r.at)) <= days[1]!));
    expect(fromDay2.total + toDay2.total).toBe(
      all.length + (await list({ from: days[1], to: days[1] })).total,
    );

    const combined = await list({ from: days[2], to: days[2], entity: 'settings' });
    expect(combined.rows.map((r) => [r.entity, r.action])).toEqual([['settings', 'update']]);
    expect(combined.rows[0]!.changes).toEqual([{ field: 'lockoutMinutes', before: 15, after: 30 }]);

    expect((await list({ from: days[2], to: days[0] })).total).toBe(0);
  });

  it('pages through the rows with a constant total', async () => {
    const pageSize = 3;
    const pages = Math.ceil(all.length / pageSize);
    const seen: AuditEntry[] = [];
    for (let page = 1; page <= pages; page++) {
      const p = unwrap(await core.call('audit.list', { page, pageSize }, manager));
      expect(p.total).toBe(all.length);
      expect(p.page).toBe(page);
      expect(p.pageSize).toBe(pageSize);
      expect(p.rows.length).toBe(page < pages ? pageSize : all.length - pageSize * (pages - 1));
      seen.push(...p.rows);
    }
    expect(seen).toEqual(all);
    const beyond = unwrap(await core.call('audit.list', { page: pages + 1, pageSize }, manager));
    expect(beyond).toMatchObject({ rows: [], total: all.length });

    const filtered = unwrap(
      await core.call('audit.list', { entity: 'group', page: 2, pageSize: 2 }, manager),
    );
    expect(filtered.total).toBe(4);
    expect(filtered.rows).toEqual(all.filter((r) => r.entity === 'group').slice(2, 4));
  });
});

describe('audit.entities', () => {
  it('lists the kinds of record present in the trail', async () => {
    expect(unwrap(await core.call('audit.entities', {}, manager))).toEqual([
      'account',
      // The rulebook groups' appraisal templates, made with the groups at setup.
      'appraisalTemplate',
      'group',
      'session',
      'settings',
      'staff',
    ]);
  });
});

describe('audit.export', () => {
  async function sheet(locale: 'zh-CN' | 'en-US', filter: Record<string, unknown>) {
    const file = unwrap(await core.call('audit.export', { locale, ...filter }, manager));
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
    );
    return { file, header: rows[0]!, body: rows.slice(1) };
  }

  it('in Chinese: Chinese headers and names, exactly the filtered rows', async () => {
    const filter = { entity: 'staff' };
    const { file, header, body } = await sheet('zh-CN', filter);
    expect(file.fileName).toBe('审计日志-2026-03-04.xlsx');
    expect(header).toEqual(['时间', '操作人', '对象', '记录', '操作', '变更内容', '记录编号']);
    const expected = all.filter((r) => r.entity === 'staff');
    expect(body).toHaveLength(expected.length);
    expect(body.map((r) => r[6])).toEqual(expected.map((r) => r.entityId));
    expect(body.map((r) => r[3])).toEqual([
      '钱文员（A001）',
      '孙销售（A002）',
      '钱文员（A001）',
      '王经理（M001）',
    ]);
    expect(body.every((r) => r[2] === '员工')).toBe(true);
    expect(body.map((r) => r[4])).toEqual(['修改', '新建', '新建', '新建']);
    expect(body.map((r) => r[1])).toEqual(['王经理', '王经理', '王经理', '系统']);
    expect(body[0]![5]).toBe('职位：文员');
    expect(body[1]![5]).toContain('小组：大客户组');
    expect(body[1]![5]).toContain('状态：在职');
  });

  it('in English: English headers and names', async () => {
    const filter = { actorUserId: clerkUserId };
    const { file, header, body } = await sheet('en-US', filter);
    expect(file.fileName).toBe('Audit-trail-2026-03-04.xlsx');
    expect(header).toEqual(['Time', 'By', 'Object', 'Record', 'Action', 'Changes', 'Record ID']);
    const expected = all.filter((r) => r.actorUserId === clerkUserId);
    expect(body).toHaveLength(expected.length);
    expect(body.map((r) => r[4])).toEqual(
      expected.map(
        (r) => ({ logout: 'Logged out', change_password: 'Password changed', login: 'Logged in' })[r.action],
      ),
    );
    expect(body.every((r) => r[1] === '钱文员')).toBe(true);
    expect(new Set(body.map((r) => r[2]))).toEqual(new Set(['Sign-in', 'Account']));
    expect(new Set(body.map((r) => r[3]))).toEqual(new Set(['钱文员 (qian)']));
  });

  it('a date filter that matches nothing gives a header-only sheet', async () => {
    const { header, body } = await sheet('en-US', { from: '2020-01-01', to: '2020-01-31' });
    expect(header[0]).toBe('Time');
    expect(body).toEqual([]);
  });
});

describe('a day is the whole calendar day, also when the clocks change', () => {
  /** Runs `fn` with the machine's time zone set to London (summer time from the last Sunday of March to the last of October). */
  async function inLondon(at: string, fn: (c: Core, m: Session) => Promise<void>) {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/London';
    const c = await makeCore({ clock: new FakeClock(Date.parse(at)) });
    try {
      const { manager: m } = await setUpDepartment(c);
      await fn(c, m);
    } finally {
      await c.close();
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  }
  const total = async (c: Core, m: Session, day: string) =>
    unwrap(await c.call('audit.list', { from: day, to: day }, m)).total;

  it('an entry late on the day summer time ends (a 25-hour day) is inside that day', async () => {
    await inLondon('2026-10-25T23:30:00.000Z', async (c, m) => {
      expect(localDay(new Date('2026-10-25T23:30:00.000Z'))).toBe('2026-10-25');
      expect(await total(c, m, '2026-10-25')).toBeGreaterThan(0);
      expect(await total(c, m, '2026-10-26')).toBe(0);
    });
  });

  it('an entry just after midnight on the day after summer time starts (a 23-hour day) is not inside that day', async () => {
    await inLondon('2026-03-29T23:30:00.000Z', async (c, m) => {
      expect(localDay(new Date('2026-03-29T23:30:00.000Z'))).toBe('2026-03-30');
      expect(await total(c, m, '2026-03-29')).toBe(0);
      expect(await total(c, m, '2026-03-30')).toBeGreaterThan(0);
    });
  });
});
