import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { department, makeKri, staffIdOf, type Department } from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

describe('a reading past a threshold', () => {
  it('shows on Home, alarms first, and leaves a to-do for whoever answers for the indicator', async () => {
    const owner = staffIdOf(d.salesA);
    const warned = await makeKri(d.core, d.manager, owner, { name: '预警指标' });
    const alarmed = await makeKri(d.core, d.manager, owner, {
      name: '警报指标',
      direction: 'lower_worse',
      warningThreshold: 95,
      alarmThreshold: 90,
      unit: '%',
    });
    const calm = await makeKri(d.core, d.manager, owner, { name: '正常指标' });
    for (const [k, value] of [
      [warned, 10],
      [alarmed, 88.5],
      [calm, 3],
    ] as const)
      unwrap(await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-26', value }, d.salesA));

    const warnings = unwrap(await d.core.call('home.summary', {}, d.salesA)).kriWarnings!;
    expect(warnings.map((w) => [w.name, w.state, w.value, w.threshold])).toEqual([
      ['警报指标', 'alarm', 88.5, 90],
      ['预警指标', 'warning', 10, 10],
    ]);

    const todo = unwrap(await d.core.call('todo.list', {}, d.salesA));
    const breaches = todo.items.filter((i) => i.kind === 'kriBreach');
    expect(breaches.map((i) => [i.subject?.name, i.urgency, i.title, i.link]).sort()).toEqual([
      ['警报指标', 'today', '88.5 %', `/kris/${alarmed.id}`],
      ['预警指标', 'soon', '10 件', `/kris/${warned.id}`],
    ]);
    expect(todo.urgentByNavPath['/kris']).toBe(1);

    // Someone else in the group has nothing to answer for.
    const other = unwrap(await d.core.call('todo.list', {}, d.salesB));
    expect(other.items.filter((i) => i.kind === 'kriBreach')).toEqual([]);
  });

  it('a switched-off indicator warns nobody', async () => {
    const k = await makeKri(d.core, d.manager, staffIdOf(d.marketC), { name: '停用警报' });
    unwrap(
      await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-26', value: 99 }, d.marketC),
    );
    const fresh = unwrap(await d.core.call('kri.get', { id: k.id }, d.manager)).kri;
    unwrap(
      await d.core.call(
        'kri.update',
        {
          id: k.id,
          version: fresh.version,
          name: k.name,
          description: k.description,
          unit: k.unit,
          direction: k.direction,
          warningThreshold: k.warningThreshold,
          alarmThreshold: k.alarmThreshold,
          riskId: null,
          ownerId: k.ownerId,
          frequency: k.frequency,
          source: k.source,
          active: false,
        },
        d.manager,
      ),
    );
    expect(unwrap(await d.core.call('home.summary', {}, d.marketC)).kriWarnings).toEqual([]);
    const todo = unwrap(await d.core.call('todo.list', {}, d.marketC));
    expect(todo.items.filter((i) => i.kind === 'kriBreach')).toEqual([]);
  });
});
