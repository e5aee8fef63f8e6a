import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import {
  department,
  kriDetail,
  kriFields,
  kriUpdateOf,
  makeKri,
  staffIdOf,
  type Department,
} from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

describe('thresholds in the wrong order for the direction', () => {
  it.each([
    ['higher_worse', 20, 10],
    ['higher_worse', 10, 10],
    ['lower_worse', 80, 90],
  ] as const)(
    '%s, warning %s, alarm %s: a field error on the alarm threshold, nothing stored',
    async (direction, w, a) => {
      const before = tableChecksum(d.core);
      const r = await d.core.call(
        'kri.create',
        kriFields(staffIdOf(d.salesLead), { direction, warningThreshold: w, alarmThreshold: a }),
        d.salesLead,
      );
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { alarmThreshold: { key: 'validation.thresholdOrder' } } },
      });
      expect(tableChecksum(d.core)).toBe(before);
    },
  );

  it('an edit turning the direction round without the thresholds is refused, the indicator unchanged', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA));
    const before = tableChecksum(d.core);
    const r = await d.core.call('kri.update', kriUpdateOf(k, { direction: 'lower_worse' }), d.manager);
    expect(r).toMatchObject({
      ok: false,
      error: { fields: { alarmThreshold: { key: 'validation.thresholdOrder' } } },
    });
    expect(tableChecksum(d.core)).toBe(before);
    expect((await kriDetail(d.core, d.manager, k.id)).kri).toMatchObject({
      direction: 'higher_worse',
      version: k.version,
    });
  });

  it('the right order in either direction is stored, with a code', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA), {
      direction: 'lower_worse',
      warningThreshold: 95,
      alarmThreshold: 90,
      unit: '%',
    });
    expect(k.code).toMatch(/^YJ-\d{3}$/);
    expect(k).toMatchObject({
      direction: 'lower_worse',
      warningThreshold: 95,
      alarmThreshold: 90,
      state: 'none',
    });
  });
});

describe('readings typed in', () => {
  it('a reading without a date, or dated after today, is refused and nothing is stored', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA));
    const before = tableChecksum(d.core);
    const noDate = await d.core.call('kri.addReading', { kriId: k.id, value: 12 } as never, d.salesA);
    expect(noDate).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { periodOn: {} } } });
    // The test clock stands at 2026-11-27 10:00 in China.
    const future = await d.core.call(
      'kri.addReading',
      { kriId: k.id, periodOn: '2026-11-28', value: 12 },
      d.salesA,
    );
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { periodOn: { key: 'validation.dateFuture' } } },
    });
    const noValue = await d.core.call(
      'kri.addReading',
      { kriId: k.id, periodOn: '2026-11-27' } as never,
      d.salesA,
    );
    expect(noValue).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { value: {} } } });
    expect(tableChecksum(d.core)).toBe(before);
    expect((await kriDetail(d.core, d.salesA, k.id)).readings).toEqual([]);
  });

  it('one reading per date; today is fine', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA));
    unwrap(await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-27', value: 3 }, d.salesA));
    const again = await d.core.call(
      'kri.addReading',
      { kriId: k.id, periodOn: '2026-11-27', value: 4 },
      d.salesA,
    );
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', fields: { periodOn: { key: 'validation.readingDateTaken' } } },
    });
  });

  it('edit and delete a reading; the newest reading decides the state', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA));
    const oct = unwrap(
      await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-10-31', value: 25 }, d.salesA),
    );
    const nov = unwrap(
      await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-27', value: 5 }, d.salesA),
    );
    expect((await kriDetail(d.core, d.salesA, k.id)).kri).toMatchObject({ state: 'normal' });
    unwrap(
      await d.core.call(
        'kri.updateReading',
        { id: nov.id!, version: nov.version!, periodOn: '2026-11-27', value: 12, note: '复核后更正' },
        d.salesA,
      ),
    );
    const detail = await kriDetail(d.core, d.salesA, k.id);
    expect(detail.kri.state).toBe('warning');
    expect(detail.readings.map((r) => [r.periodOn, r.value, r.state])).toEqual([
      ['2026-10-31', 25, 'alarm'],
      ['2026-11-27', 12, 'warning'],
    ]);
    const current = detail.readings[1]!;
    unwrap(await d.core.call('kri.deleteReading', { id: current.id!, version: current.version! }, d.salesA));
    const after = await kriDetail(d.core, d.salesA, k.id);
    expect(after.kri.state).toBe('alarm');
    expect(after.kri.latest).toMatchObject({ id: oct.id, periodOn: '2026-10-31' });
  });

  it('a computed indicator takes no readings', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA), { source: 'complaints_per_month' });
    const r = await d.core.call(
      'kri.addReading',
      { kriId: k.id, periodOn: '2026-11-01', value: 1 },
      d.manager,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect((await kriDetail(d.core, d.manager, k.id)).allowed.record).toBe(false);
  });
});

describe('the state of the newest reading at the thresholds', () => {
  it.each([
    ['higher_worse', 10, 20, 9.5, 'normal'],
    ['higher_worse', 10, 20, 10, 'warning'],
    ['higher_worse', 10, 20, 20, 'alarm'],
    ['lower_worse', 90, 80, 90.5, 'normal'],
    ['lower_worse', 90, 80, 90, 'warning'],
    ['lower_worse', 90, 80, 80, 'alarm'],
  ] as const)('%s (warning %s, alarm %s): %s is %s', async (direction, w, a, value, state) => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesB), {
      direction,
      warningThreshold: w,
      alarmThreshold: a,
    });
    unwrap(await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-20', value }, d.salesB));
    const list = unwrap(await d.core.call('kri.list', { search: k.code }, d.salesB));
    expect(list.items.map((i) => [i.code, i.state])).toEqual([[k.code, state]]);
  });

  it('changing a threshold re-judges the readings already there', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesB));
    unwrap(await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-20', value: 15 }, d.salesB));
    expect((await kriDetail(d.core, d.salesB, k.id)).kri.state).toBe('warning');
    unwrap(await d.core.call('kri.update', kriUpdateOf(k, { alarmThreshold: 15 }), d.manager));
    expect((await kriDetail(d.core, d.salesB, k.id)).kri.state).toBe('alarm');
  });
});

describe('the list', () => {
  it('filters by state and orders alarms first; search matches the code and name at any length', async () => {
    const owner = staffIdOf(d.marketC);
    const names = ['甲指标', '乙指标', '丙指标'];
    const values = [5, 25, 12];
    for (let i = 0; i < 3; i++) {
      const k = await makeKri(d.core, d.manager, owner, { name: `排序${names[i]}` });
      unwrap(
        await d.core.call(
          'kri.addReading',
          { kriId: k.id, periodOn: '2026-11-01', value: values[i]! },
          d.marketC,
        ),
      );
    }
    const all = unwrap(await d.core.call('kri.list', { search: '排序' }, d.marketC));
    expect(all.items.map((k) => [k.name, k.state])).toEqual([
      ['排序乙指标', 'alarm'],
      ['排序丙指标', 'warning'],
      ['排序甲指标', 'normal'],
    ]);
    const breached = unwrap(
      await d.core.call('kri.list', { search: '序', states: ['alarm', 'warning'] }, d.marketC),
    );
    expect(breached.total).toBe(2);
    const one = unwrap(await d.core.call('kri.list', { search: '丙' }, d.marketC));
    expect(one.items.map((k) => k.name)).toEqual(['排序丙指标']);
  });

  it('a switched-off indicator is listed only when asked for', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.marketC), { name: '停用的指标', active: false });
    expect(unwrap(await d.core.call('kri.list', { search: '停用的指标' }, d.marketC)).total).toBe(0);
    const listed = unwrap(
      await d.core.call('kri.list', { search: '停用的指标', includeInactive: true }, d.marketC),
    );
    expect(listed.items.map((i) => i.id)).toEqual([k.id]);
  });

  it('exports the list as an Excel workbook', async () => {
    const file = unwrap(await d.core.call('kri.export', { locale: 'en-US' }, d.manager));
    expect(file.fileName).toMatch(/^Key risk indicators-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe('who keeps the indicators', () => {
  it('a group lead names an owner in their group or themselves, not someone elsewhere', async () => {
    const r = await d.core.call('kri.create', kriFields(staffIdOf(d.marketC)), d.salesLead);
    expect(r).toMatchObject({
      ok: false,
      error: { fields: { ownerId: { key: 'validation.ownerOutsideTeam' } } },
    });
    unwrap(await d.core.call('kri.create', kriFields(staffIdOf(d.salesA)), d.salesLead));
  });

  it('staff may not define, change or delete indicators', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA));
    expect(await d.core.call('kri.create', kriFields(staffIdOf(d.salesA)), d.salesA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await d.core.call('kri.update', kriUpdateOf(k, { name: '改名' }), d.salesA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await kriDetail(d.core, d.salesA, k.id)).allowed).toEqual({
      edit: false,
      delete: false,
      record: true,
    });
  });

  it('deleting removes the indicator with its readings', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesA));
    unwrap(await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-01', value: 30 }, d.salesA));
    const fresh = (await kriDetail(d.core, d.manager, k.id)).kri;
    unwrap(await d.core.call('kri.delete', { id: k.id, version: fresh.version }, d.manager));
    expect(await d.core.call('kri.get', { id: k.id }, d.manager)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const warnings = unwrap(await d.core.call('home.summary', {}, d.salesA)).kriWarnings ?? [];
    expect(warnings.map((w) => w.id)).not.toContain(k.id);
  });
});
