import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HeatCell } from '../../../src/shared/risk/types';
import { unwrap } from '../../support/core';
import { department, listedRiskIds, newRisk, readRisk, ref, staffIdOf, type Department } from './support';

let d: Department;
let owner: string;

beforeAll(async () => {
  d = await department();
  owner = staffIdOf(d.salesA);
});
afterAll(async () => {
  await d.core.close();
});

const DAY = 86_400_000;

describe('search, any length', () => {
  it('finds by one, two and three or more Chinese characters, by code and by client name; % and _ literally', async () => {
    const client = unwrap(await d.core.call('clients.create', { name: '华东精密机械有限公司' }, d.salesA));
    const credit = await newRisk(d.core, d.salesA, owner, { title: '应收账款逾期', clientId: client.id });
    const market = await newRisk(d.core, d.salesA, owner, { title: '原材料涨价', cause: '铜价上涨' });
    const pct = await newRisk(d.core, d.salesA, owner, { title: '毛利率下降5%_预警' });
    const search = (s: string) => listedRiskIds(d.core, d.salesA, { search: s });
    expect(await search('逾')).toEqual([credit.id]);
    expect(await search('涨价')).toEqual([market.id]);
    expect(await search('铜价上涨')).toEqual([market.id]);
    expect(await search('精密机械')).toEqual([credit.id]);
    expect(await search(credit.code.toLowerCase())).toEqual([credit.id]);
    expect(await search('5%_')).toEqual([pct.id]);
    expect(await search('%')).toEqual([pct.id]);
    expect(await search('无此风险')).toEqual([]);
  });
});

const cells = (c: HeatCell[]) => Object.fromEntries(c.map((x) => [`${x.likelihood}×${x.impact}`, x.count]));

describe('heat map', () => {
  it('counts open assessed risks now, and as they stood at the end of an earlier day', async () => {
    // Day 1 (2026-11-27): three risks in 2 × 2, one not assessed.
    const a = await newRisk(d.core, d.salesA, owner, { likelihood: 2, impact: 2, category: 'market' });
    const b = await newRisk(d.core, d.salesA, owner, { likelihood: 2, impact: 2, category: 'market' });
    await newRisk(d.core, d.salesA, owner, { likelihood: 2, impact: 2, category: 'legal' });
    await newRisk(d.core, d.salesA, owner, { category: 'market' });
    const day1 = '2026-11-27';
    // Day 2: a reassessed to 4 × 5, b closed, a new one in 3 × 3 (identified on day 2).
    d.clock.advance(DAY);
    unwrap(
      await d.core.call('risk.assess', { ...ref(a), likelihood: 4, impact: 5, reason: '恶化' }, d.salesA),
    );
    unwrap(await d.core.call('risk.move', { ...ref(b), to: 'closed', note: '已消除' }, d.salesA));
    await newRisk(d.core, d.salesA, owner, {
      likelihood: 3,
      impact: 3,
      category: 'market',
      identifiedOn: '2026-11-28',
    });

    const map = unwrap(
      await d.core.call('risk.heatmap', { categories: ['market'], compareTo: day1 }, d.salesA),
    );
    expect(cells(map.current)).toEqual({ '3×3': 1, '4×5': 1 });
    expect(cells(map.earlier!)).toEqual({ '2×2': 2 });
    expect(map.unassessed).toBe(1);
    expect(map.compareTo).toBe(day1);

    const all = unwrap(await d.core.call('risk.heatmap', { compareTo: day1 }, d.salesA));
    expect(cells(all.current)).toEqual({ '2×2': 1, '3×3': 1, '4×5': 1 });
    expect(cells(all.earlier!)).toEqual({ '2×2': 3 });

    const before = unwrap(
      await d.core.call(
        'risk.heatmapCell',
        { categories: ['market'], likelihood: 2, impact: 2, asOf: day1 },
        d.salesA,
      ),
    );
    expect(before.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    const now = unwrap(await d.core.call('risk.heatmapCell', { likelihood: 4, impact: 5 }, d.salesA));
    expect(now.map((r) => r.id)).toEqual([a.id]);

    // Reopened on day 3: open again now, still closed as of day 2.
    d.clock.advance(DAY);
    const closed = (await readRisk(d.core, d.salesA, b.id)).risk;
    unwrap(await d.core.call('risk.reopen', { ...ref(closed), reason: '复发' }, d.salesA));
    const later = unwrap(
      await d.core.call('risk.heatmap', { categories: ['market'], compareTo: '2026-11-28' }, d.salesA),
    );
    expect(cells(later.current)).toEqual({ '2×2': 1, '3×3': 1, '4×5': 1 });
    expect(cells(later.earlier!)).toEqual({ '3×3': 1, '4×5': 1 });
  });

  it('filters by owner', async () => {
    const other = staffIdOf(d.salesB);
    await newRisk(d.core, d.manager, other, { likelihood: 5, impact: 1 });
    const map = unwrap(await d.core.call('risk.heatmap', { ownerId: other }, d.manager));
    expect(cells(map.current)).toEqual({ '5×1': 1 });
    expect(map.earlier).toBeNull();
  });
});
