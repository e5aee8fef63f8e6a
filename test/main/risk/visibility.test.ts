import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { RiskScope } from '../../../src/shared/risk/types';
import { unwrap } from '../../support/core';
import { department, errorOf, listedRiskIds, newRisk, staffIdOf, type Department } from './support';

let d: Department;
/** One risk per situation that decides who sees it; every one in the same cell (3 × 4). */
let r: Record<Key, { id: string; code: string }>;

const KEYS = ['a', 'b', 'c', 'byA', 'actionOfA', 'lead', 'deputy'] as const;
type Key = (typeof KEYS)[number];

beforeAll(async () => {
  d = await department();
  const cell = { likelihood: 3, impact: 4 };
  r = {
    // Owned by salesA, identified by the manager.
    a: await newRisk(d.core, d.manager, staffIdOf(d.salesA), { ...cell, title: '甲的风险' }),
    b: await newRisk(d.core, d.salesB, staffIdOf(d.salesB), { ...cell, title: '乙的风险' }),
    c: await newRisk(d.core, d.marketC, staffIdOf(d.marketC), { ...cell, title: '丙的风险' }),
    // salesA identified it for marketC (a market risk).
    byA: await newRisk(d.core, d.salesA, staffIdOf(d.marketC), { ...cell, title: '甲识别丙负责' }),
    // A market risk with an action owned by salesA.
    actionOfA: await newRisk(d.core, d.manager, staffIdOf(d.marketC), { ...cell, title: '甲负责措施' }),
    lead: await newRisk(d.core, d.salesLead, staffIdOf(d.salesLead), { ...cell, title: '组长的风险' }),
    deputy: await newRisk(d.core, d.marketDeputy, staffIdOf(d.marketDeputy), {
      ...cell,
      title: '副经理的风险',
    }),
  };
  unwrap(
    await d.core.call(
      'risk.addAction',
      { riskId: r.actionOfA.id, title: '甲跟进', ownerId: staffIdOf(d.salesA), dueOn: '2026-12-31' },
      d.manager,
    ),
  );
});
afterAll(async () => {
  await d.core.close();
});

/**
 * Who sees which risk, written from RISK.md's rule and not from the code: the owner, whoever identified it,
 * the owner of one of its actions; the lead of its group (the owner's); a deputy the groups in their charge
 * (marketDeputy: market only, not sales); the manager all.
 */
const SEES: [string, () => Session, Key[]][] = [
  ['manager: all', () => d.manager, [...KEYS]],
  [
    'deputy in charge of market: market’s, not sales’',
    () => d.marketDeputy,
    ['c', 'byA', 'actionOfA', 'deputy'],
  ],
  ['group lead of sales: their group’s, not market’s', () => d.salesLead, ['a', 'b', 'lead']],
  [
    'staff owner: their own, one they identified, one they own an action of',
    () => d.salesA,
    ['a', 'byA', 'actionOfA'],
  ],
  ['staff unrelated to others’ risks: their own only', () => d.salesB, ['b']],
  ['staff of market: their own', () => d.marketC, ['c', 'byA', 'actionOfA']],
];

const ids = (keys: readonly Key[]) => keys.map((k) => r[k].id).sort();

describe('who sees which risks', () => {
  it.each(SEES)('%s — in the list', async (_n, who, keys) => {
    expect(await listedRiskIds(d.core, who(), { scope: 'all' })).toEqual(ids(keys));
  });

  it.each(SEES)('%s — opening one; any other is NOT_FOUND', async (_n, who, keys) => {
    for (const k of KEYS) {
      const res = await d.core.call('risk.get', { id: r[k].id }, who());
      if (keys.includes(k)) expect(res.ok, k).toBe(true);
      else expect(errorOf(res).code, k).toBe('NOT_FOUND');
    }
  });

  it.each(SEES)('%s — on the heat map and in its cell', async (_n, who, keys) => {
    const map = unwrap(await d.core.call('risk.heatmap', {}, who()));
    expect(map.current).toEqual([{ likelihood: 3, impact: 4, count: keys.length }]);
    const cell = unwrap(await d.core.call('risk.heatmapCell', { likelihood: 3, impact: 4 }, who()));
    expect(cell.map((x) => x.id).sort()).toEqual(ids(keys));
  });

  it.each(SEES)('%s — in the Excel export', async (_n, who, keys) => {
    const file = unwrap(await d.core.call('risk.export', { locale: 'zh-CN' }, who()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const codes: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes.sort()).toEqual(keys.map((k) => r[k].code).sort());
    expect(String(sheet.getRow(1).getCell(1).value)).toBe('编号');
  });

  it('the picker offers only what the person sees', async () => {
    const options = unwrap(await d.core.call('risk.pick', { search: null }, d.salesB));
    expect(options.map((o) => o.id)).toEqual([r.b.id]);
  });
});

describe('scopes', () => {
  const SCOPES: [string, () => Session, RiskScope, Key[]][] = [
    ['staff, mine: owned or with an action of theirs', () => d.salesA, 'mine', ['a', 'actionOfA']],
    ['staff, group: what they see in their own group', () => d.salesA, 'group', ['a']],
    ['lead, mine', () => d.salesLead, 'mine', ['lead']],
    ['lead, group', () => d.salesLead, 'group', ['a', 'b', 'lead']],
    [
      'deputy, group: the groups in their charge',
      () => d.marketDeputy,
      'group',
      ['c', 'byA', 'actionOfA', 'deputy'],
    ],
    ['manager, group: everyone’s', () => d.manager, 'group', [...KEYS]],
  ];
  it.each(SCOPES)('%s', async (_n, who, scope, keys) => {
    expect(await listedRiskIds(d.core, who(), { scope })).toEqual(ids(keys));
  });

  it('actions: mine are the ones I own; all are those of the risks I see', async () => {
    const mine = unwrap(await d.core.call('risk.listActions', { scope: 'mine' }, d.salesA));
    expect(mine.items.map((a) => a.riskId)).toEqual([r.actionOfA.id]);
    expect(unwrap(await d.core.call('risk.listActions', { scope: 'all' }, d.salesB)).total).toBe(0);
    expect(unwrap(await d.core.call('risk.listActions', { scope: 'all' }, d.marketDeputy)).total).toBe(1);
  });
});
