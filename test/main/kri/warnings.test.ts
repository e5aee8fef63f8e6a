import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { department, kriFields, makeKri, staffIdOf, type Department } from './support';

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

  it('on an indicator watching a risk, the risk’s owner answers for it and sees it; the indicator’s owner keeps it', async () => {
    const risk = unwrap(
      await d.core.call(
        'risk.create',
        {
          title: '大客户回款延迟',
          category: 'credit',
          ownerId: staffIdOf(d.marketC),
          identifiedOn: '2026-11-02',
          likelihood: 3,
          impact: 4,
        },
        d.manager,
      ),
    );
    const k = await makeKri(d.core, d.manager, staffIdOf(d.salesB), {
      name: '逾期应收账款',
      riskId: risk.id,
    });
    unwrap(await d.core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-25', value: 21 }, d.salesB));

    const riskOwnerTodo = unwrap(await d.core.call('todo.list', {}, d.marketC));
    expect(riskOwnerTodo.items.filter((i) => i.kind === 'kriBreach').map((i) => i.link)).toEqual([
      `/kris/${k.id}`,
    ]);
    const warnings = unwrap(await d.core.call('home.summary', {}, d.marketC)).kriWarnings!;
    expect(warnings.map((w) => [w.name, w.state, w.riskCode])).toEqual([
      ['逾期应收账款', 'alarm', risk.code],
    ]);
    const detail = unwrap(await d.core.call('kri.get', { id: k.id }, d.marketC));
    expect(detail.linkedRisk).toMatchObject({ id: risk.id, code: risk.code, level: 'high' });

    const kriOwnerTodo = unwrap(await d.core.call('todo.list', {}, d.salesB));
    expect(kriOwnerTodo.items.filter((i) => i.kind === 'kriBreach')).toEqual([]);
    expect(unwrap(await d.core.call('home.summary', {}, d.salesB)).kriWarnings!.map((w) => w.id)).toContain(
      k.id,
    );
  });

  it('a risk the user does not see cannot be linked', async () => {
    const risk = unwrap(
      await d.core.call(
        'risk.create',
        { title: '价格战', category: 'market', ownerId: staffIdOf(d.marketC), identifiedOn: '2026-11-02' },
        d.manager,
      ),
    );
    const r = await d.core.call(
      'kri.create',
      kriFields(staffIdOf(d.salesA), { riskId: risk.id }),
      d.salesLead,
    );
    expect(r).toMatchObject({ ok: false, error: { fields: { riskId: { key: 'validation.notFound' } } } });
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
    const warnings = unwrap(await d.core.call('home.summary', {}, d.marketC)).kriWarnings!;
    expect(warnings.map((w) => w.id)).not.toContain(k.id);
    const todo = unwrap(await d.core.call('todo.list', {}, d.marketC));
    expect(todo.items.map((i) => i.link)).not.toContain(`/kris/${k.id}`);
  });
});
