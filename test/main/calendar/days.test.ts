import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { workingCalendar } from '../../../src/main/domains/calendar/service';
import { auditChangeTexts, auditRecordText } from '../../../src/shared/audit/present';
import { resources } from '../../../src/shared/i18n/resources';
import { makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { auditRowsAfter, fakePdfPrinter, lastAuditId, tableChecksum } from '../contract/support';

/*
 * The manager's own days on the working calendar, through the channels the Settings screen uses, and what
 * every deadline then sees through workingCalendar(ctx).
 */

let core: Core;
let manager: Session;

beforeAll(async () => {
  core = await makeCore({ printer: fakePdfPrinter });
  ({ manager } = await setUpDepartment(core));
});

afterAll(async () => {
  await core.close();
});

const cn = (wallClock: string) => new Date(`${wallClock.replace(' ', 'T')}:00+08:00`).toISOString();
const calendar = () => workingCalendar(core.context(manager));
const year = async (y: number) => unwrap(await core.call('calendar.year', { year: y }, manager));

async function expectRefused(
  input: Parameters<typeof save>[0],
  code: string,
  field: string,
  key: string,
): Promise<void> {
  const before = tableChecksum(core);
  const r = await core.call('calendar.saveDay', input, manager);
  expect(r).toMatchObject({ ok: false, error: { code, fields: { [field]: { key } } } });
  expect(tableChecksum(core)).toBe(before);
}

const save = async (input: {
  id?: string | null;
  version?: number | null;
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}) => unwrap(await core.call('calendar.saveDay', input, manager));

describe("the manager's days", () => {
  it("next year's holidays the package does not know move deadlines at once", async () => {
    // Fri 5 Feb 2027 17:00 + 2 working hours: without the manager's days Mon 8 Feb 10:00.
    const start = cn('2027-02-05 17:00');
    expect(calendar().dueAt(start, { hours: 2, mode: 'working' })).toBe(cn('2027-02-08 10:00'));
    expect((await year(2027)).packageCovers).toBe(false);

    for (const date of ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'])
      await save({ date, kind: 'holiday', name: '春节' });

    // The same call now skips the Spring Festival week: Mon 15 Feb 10:00.
    expect(calendar().dueAt(start, { hours: 2, mode: 'working' })).toBe(cn('2027-02-15 10:00'));
    const y = await year(2027);
    expect(y.managerDays.map((d) => d.date)).toEqual([
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ]);
    expect(y.exceptions.map((d) => [d.date, d.working, d.source])).toContainEqual([
      '2027-02-08',
      false,
      'manager',
    ]);
    expect(calendar().dayInfo('2027-02-08')).toMatchObject({
      working: false,
      name: '春节',
      source: 'manager',
    });
  });

  it('a make-up workday on a weekend counts as working time', async () => {
    const day = await save({ date: '2027-02-20', kind: 'workday', name: '春节调休' });
    expect(day).toMatchObject({ date: '2027-02-20', kind: 'workday', name: '春节调休', version: 1 });
    // Fri 19 Feb 17:00 + 2 h: 1 h on Friday, Sat 20 Feb 09:00 + 1 h = 10:00.
    expect(calendar().dueAt(cn('2027-02-19 17:00'), { hours: 2, mode: 'working' })).toBe(
      cn('2027-02-20 10:00'),
    );
  });

  it('a day can be changed and removed, and the calendar follows', async () => {
    const day = await save({ date: '2027-03-08', kind: 'holiday', name: '公司休息日' });
    const changed = await save({
      id: day.id,
      version: day.version,
      date: '2027-03-09',
      kind: 'holiday',
      name: '团建',
    });
    expect(changed).toMatchObject({ id: day.id, date: '2027-03-09', name: '团建', version: 2 });
    expect(calendar().dayInfo('2027-03-08').working).toBe(true);
    expect(calendar().dayInfo('2027-03-09').working).toBe(false);

    unwrap(await core.call('calendar.deleteDay', { id: day.id, version: changed.version }, manager));
    expect(calendar().dayInfo('2027-03-09')).toMatchObject({ working: true, source: 'weekday' });
    expect((await year(2027)).managerDays.map((d) => d.date)).not.toContain('2027-03-09');
    // The date is free again; the removed day cannot be changed any more.
    await save({ date: '2027-03-09', kind: 'holiday', name: '团建' });
    const stale = await core.call(
      'calendar.saveDay',
      { id: day.id, version: changed.version + 1, date: '2027-03-10', kind: 'holiday', name: '团建' },
      manager,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("win over the package: the package's make-up Saturday given off is an ordinary Saturday again", async () => {
    const before = await year(2026);
    expect(before.packageCovers).toBe(true);
    expect(before.exceptions).toContainEqual(
      expect.objectContaining({ date: '2026-10-10', working: true, name: '国庆节', source: 'package' }),
    );
    const day = await save({ date: '2026-10-10', kind: 'holiday', name: '公司统一休息' });
    const after = await year(2026);
    expect(after.exceptions.map((d) => d.date)).not.toContain('2026-10-10');
    expect(after.managerDays.map((d) => d.id)).toEqual([day.id]);
    // Fri 9 Oct 16:00 + 4 h: 2 h on Friday, then Mon 12 Oct 09:00 + 2 h.
    expect(calendar().dueAt(cn('2026-10-09 16:00'), { hours: 4, mode: 'working' })).toBe(
      cn('2026-10-12 11:00'),
    );
    unwrap(await core.call('calendar.deleteDay', { id: day.id, version: day.version }, manager));
    expect(calendar().dueAt(cn('2026-10-09 16:00'), { hours: 4, mode: 'working' })).toBe(
      cn('2026-10-10 11:00'),
    );
  });

  it('working periods come from the settings', async () => {
    const { settings, version } = unwrap(await core.call('settings.get', {}, manager));
    unwrap(
      await core.call(
        'settings.update',
        { version, settings: { ...settings, workingDay: [{ start: '08:30', end: '17:30' }] } },
        manager,
      ),
    );
    // Mon 30 Nov 2026 16:30 + 2 h in one period 08:30–17:30: 1 h on Monday, Tue 08:30 + 1 h = 09:30.
    expect(calendar().dueAt(cn('2026-11-30 16:30'), { hours: 2, mode: 'working' })).toBe(
      cn('2026-12-01 09:30'),
    );
    const current = unwrap(await core.call('settings.get', {}, manager));
    unwrap(await core.call('settings.update', { version: current.version, settings }, manager));
  });
});

describe('days that would change nothing, or a date twice', () => {
  it('a second day on the same date is refused on the date', async () => {
    await save({ date: '2028-05-15', kind: 'holiday', name: '公司休息日' });
    await expectRefused(
      { date: '2028-05-15', kind: 'holiday', name: '又一个' },
      'DUPLICATE',
      'date',
      'validation.calendarDayTaken',
    );
  });

  it('a holiday on a day that is off anyway is refused', async () => {
    // A Saturday, and the package's National Day holiday.
    for (const date of ['2026-11-28', '2026-10-01'])
      await expectRefused(
        { date, kind: 'holiday', name: '休息' },
        'VALIDATION',
        'kind',
        'validation.calendarAlreadyOff',
      );
  });

  it('a workday on a day that is working anyway is refused', async () => {
    // A Monday, and the package's make-up Saturday.
    for (const date of ['2026-11-30', '2026-10-10'])
      await expectRefused(
        { date, kind: 'workday', name: '上班' },
        'VALIDATION',
        'kind',
        'validation.calendarAlreadyWorking',
      );
  });

  it('a make-up workday on a package holiday is allowed: it changes the day', async () => {
    const day = await save({ date: '2026-10-02', kind: 'workday', name: '值班' });
    expect(calendar().dayInfo('2026-10-02')).toMatchObject({ working: true, source: 'manager' });
    unwrap(await core.call('calendar.deleteDay', { id: day.id, version: day.version }, manager));
  });

  it('an id without its version, a bad date or an empty name are field errors', async () => {
    const day = await save({ date: '2028-06-01', kind: 'holiday', name: '公司休息日' });
    await expectRefused(
      { id: day.id, date: '2028-06-02', kind: 'holiday', name: 'x' },
      'VALIDATION',
      'version',
      'validation.required',
    );
    await expectRefused(
      { date: '2028-02-30', kind: 'holiday', name: 'x' },
      'VALIDATION',
      'date',
      'validation.date',
    );
    await expectRefused(
      { date: '2028-06-05', kind: 'holiday', name: '  ' },
      'VALIDATION',
      'name',
      'validation.required',
    );
  });

  it('only the manager keeps the calendar; everyone reads it', async () => {
    const staff = await sessionFor(core, manager, 'staff');
    expect((await core.call('calendar.year', { year: 2026 }, staff)).ok).toBe(true);
    const r = await core.call(
      'calendar.saveDay',
      { date: '2028-07-03', kind: 'holiday', name: '休息' },
      staff,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the audit trail', () => {
  it('records each day added, changed and removed, readable in both languages', async () => {
    const from = lastAuditId(core);
    const day = await save({ date: '2029-01-02', kind: 'holiday', name: '元旦补休' });
    const changed = await save({
      id: day.id,
      version: 1,
      date: '2029-01-02',
      kind: 'holiday',
      name: '元旦调休',
    });
    unwrap(await core.call('calendar.deleteDay', { id: day.id, version: changed.version }, manager));
    const rows = unwrap(
      await core.call(
        'audit.list',
        {
          actorUserId: null,
          entity: 'calendarDay',
          entityId: day.id,
          from: null,
          to: null,
          page: 1,
          pageSize: 10,
        },
        manager,
      ),
    ).rows;
    expect(auditRowsAfter(core, from).map((r) => `${r.entity}.${r.action}`)).toEqual([
      'calendarDay.create',
      'calendarDay.update',
      'calendarDay.delete',
    ]);
    const t = (locale: 'zh-CN' | 'en-US') => (key: string, options?: Record<string, unknown>) => {
      const [ns, path] = key.split(':') as [string, string];
      let v: unknown = (resources[locale] as Record<string, unknown>)[ns];
      for (const p of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[p];
      let s = typeof v === 'string' ? v : String(options?.defaultValue ?? key);
      for (const [k, val] of Object.entries(options ?? {})) s = s.replace(`{{${k}}}`, String(val));
      return s;
    };
    const create = rows.find((r) => r.action === 'create')!;
    const zh = { t: t('zh-CN'), locale: 'zh-CN' as const };
    const en = { t: t('en-US'), locale: 'en-US' as const };
    expect(auditRecordText(create, zh)).toBe('元旦调休（2029-01-02）（已删除）');
    expect(auditRecordText(create, en)).toBe('元旦调休 (2029-01-02) (deleted)');
    expect(auditChangeTexts(create, en)).toEqual([
      { field: 'date', label: 'Date', before: '—', after: expect.stringContaining('2029') },
      { field: 'kind', label: 'Kind of day', before: '—', after: 'Holiday (day off)' },
      { field: 'name', label: 'Name', before: '—', after: '元旦补休' },
    ]);
    const update = rows.find((r) => r.action === 'update')!;
    expect(auditChangeTexts(update, zh)).toEqual([
      { field: 'name', label: '名称', before: '元旦补休', after: '元旦调休' },
    ]);
  });
});
