import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserCtx } from '../../../src/main/core/context';
import type { Session } from '../../../src/main/core/session';
import { salesReportData } from '../../../src/main/domains/sales/report';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { FilePayload, Locale } from '../../../src/shared/contract/fields';
import type { Opportunity } from '../../../src/shared/sales/types';
import { FakeClock, makeCore, sessionFor, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { FULL_RECORDS, updateOf } from '../../support/salesExamples';
import { contractRow, planOf, staffIdOf, type Department } from '../salesPlans/support';

/*
 * The sales report of a period (issue 11 point 6): its figures are the plans' and the pipeline's for what the
 * reader may see — the manager's every group, a lead's their group alone — and the PDF (real text, both
 * languages) says them. Fixture: Q4 2026 on a fake clock standing on 2026-11-27.
 */

const outDir = process.env.KEEP_REPORTS ? path.resolve('test-artifacts/sales') : tempDir('bizops-sales-');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const DAY = 86_400_000;
const Q4 = { periodKind: 'quarter', periodFrom: '2026-10-01' } as const;

let d: Department;
const name = (s: Session) => s.user!.displayName;

async function lead(as: Session, title: string, amountFen: number, closeOn: string): Promise<Opportunity> {
  const o = unwrap(
    await d.core.call(
      'sales.create',
      {
        title,
        newCompany: { name: `${title}公司`, industry: null },
        ownerId: staffIdOf(as),
        expectedAmountFen: amountFen,
        expectedCloseOn: closeOn,
      },
      as,
    ),
  );
  return unwrap(await d.core.call('sales.update', updateOf(o, FULL_RECORDS), as));
}
const move = async (as: Session, o: Opportunity, to: Opportunity['stage'], extra = {}) =>
  unwrap(await d.core.call('sales.move', { id: o.id, version: o.version, to, ...extra }, as));

beforeAll(async () => {
  const clock = new FakeClock();
  const core = await makeCore({ clock, printer: createChromiumPrinter() });
  const { manager, groups } = await setUpDepartment(core);
  d = {
    core,
    clock,
    groups,
    manager,
    salesA: await sessionFor(core, manager, 'staff', groups.sales!),
    salesB: await sessionFor(core, manager, 'staff', groups.sales!),
    salesLead: await sessionFor(core, manager, 'group_lead', groups.sales!),
    salesDeputy: await sessionFor(core, manager, 'deputy', groups.sales!),
    marketC: await sessionFor(core, manager, 'staff', groups.market!),
    marketLead: await sessionFor(core, manager, 'group_lead', groups.market!),
    marketDeputy: await sessionFor(core, manager, 'deputy', groups.market!),
  };
  const [sales, market] = [groups.sales!, groups.market!];
  const [a, b, c] = [staffIdOf(d.salesA), staffIdOf(d.salesB), staffIdOf(d.marketC)];

  // Plans: the groups' by the manager, the people's split by their leads.
  unwrap(
    await core.call(
      'salesPlans.create',
      planOf({ groupId: sales }, { revenueTargetFen: 1_000_000_00 }),
      manager,
    ),
  );
  unwrap(
    await core.call(
      'salesPlans.create',
      planOf({ groupId: market }, { revenueTargetFen: 400_000_00 }),
      manager,
    ),
  );
  for (const [staffId, revenueTargetFen, who] of [
    [a, 600_000_00, d.salesLead],
    [b, 400_000_00, d.salesLead],
    [c, 400_000_00, d.marketLead],
  ] as const)
    unwrap(
      await core.call(
        'salesPlans.create',
        planOf({ staffId }, { revenueTargetFen, profitTargetFen: 100_000_00, newClientsTarget: 2 }),
        who,
      ),
    );
  // Signed contracts of the quarter: A ¥400,000 (cost ¥250,000), B ¥100,000 (cost ¥60,000), C ¥200,000.
  await contractRow(d, {
    ownerId: a,
    groupId: sales,
    amountFen: 400_000_00,
    costFen: 250_000_00,
    signedOn: '2026-10-15',
    status: 'signed',
  });
  await contractRow(d, {
    ownerId: b,
    groupId: sales,
    amountFen: 100_000_00,
    costFen: 60_000_00,
    signedOn: '2026-11-02',
    status: 'executing',
  });
  await contractRow(d, {
    ownerId: c,
    groupId: market,
    amountFen: 200_000_00,
    costFen: 150_000_00,
    signedOn: '2026-11-20',
    status: 'completed',
  });

  // The pipeline: A's two leads (one won after 2 days, one lost for its price), B's one open, C's one lost.
  const a1 = await lead(d.salesA, '排产系统', 300_000_00, '2026-12-10');
  const a2 = await lead(d.salesA, '仓储系统', 80_000_00, '2026-12-20');
  await lead(d.salesB, '质检系统', 200_000_00, '2026-12-15');
  const c1 = await lead(d.marketC, '展会线索', 50_000_00, '2026-12-05');
  clock.advance(2 * DAY);
  await move(d.salesA, a1, 'won');
  await move(d.salesA, a2, 'lost', { lostReason: 'price' });
  await move(d.marketC, c1, 'lost', { lostReason: 'competitor' });
});

afterAll(async () => {
  await d.core.close();
});

const dataFor = (s: Session) => salesReportData(d.core.context(s) as UserCtx, Q4);

async function pdfText(s: Session, locale: Locale, file: string): Promise<string> {
  const r: FilePayload = unwrap(await d.core.call('sales.report', { ...Q4, locale }, s));
  expect(r.mime).toBe('application/pdf');
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, file);
  fs.writeFileSync(pdf, r.bytes);
  return squeeze(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
}

describe('the sales report’s figures', () => {
  it('the manager’s: plan vs actual of every group and person, the funnel and the lost reasons', () => {
    const r = dataFor(d.manager);
    expect([r.from, r.to]).toEqual(['2026-10-01', '2026-12-31']);
    const byGroup = new Map(r.boards.map((b) => [b.groupId, b]));
    const sales = byGroup.get(d.groups.sales!)!;
    const market = byGroup.get(d.groups.market!)!;
    // The service group has neither plans nor results: not in the report.
    expect(r.boards).toHaveLength(2);
    expect(sales.groupPlan!.revenueTargetFen).toBe(1_000_000_00);
    expect([sales.groupActual.revenueFen, sales.groupActual.profitFen]).toEqual([500_000_00, 190_000_00]);
    expect([market.groupActual.revenueFen, market.groupActual.profitFen]).toEqual([200_000_00, 50_000_00]);
    const people = Object.fromEntries(sales.people.map((p) => [p.staffId, p]));
    expect(people[staffIdOf(d.salesA)]!.plan!.revenueTargetFen).toBe(600_000_00);
    expect(people[staffIdOf(d.salesA)]!.actual.revenueFen).toBe(400_000_00);
    expect(people[staffIdOf(d.salesB)]!.actual.revenueFen).toBe(100_000_00);

    // Four leads created in the quarter; one won, two lost; A's won one spent two days as a lead.
    expect([r.funnel.created, r.funnel.won, r.funnel.lost]).toEqual([4, 1, 2]);
    expect(r.funnel.steps.map((s) => s.reached)).toEqual([4, 1, 1, 1, 1, 1, 1, 1]);
    expect(r.funnel.steps[0]!.conversionToNext).toBe(25);
    expect(r.funnel.steps[0]!.averageDays).toBe(2);
    expect(r.lostReasons.map((x) => [x.reason, x.count])).toEqual([
      ['price', 1],
      ['competitor', 1],
    ]);
    // The quarter's months; B's open one weighted by the lead stage's 5 %, A's won one in November.
    expect(r.forecast.map((m) => m.month)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(r.forecast[1]!.wonFen).toBe(300_000_00);
    expect(r.forecast[2]).toMatchObject({ open: 1, amountFen: 200_000_00, weightedFen: 10_000_00 });
  });

  it('a lead’s: their group alone — its plans, its pipeline', () => {
    const r = dataFor(d.salesLead);
    expect(r.groups.map((g) => g.id)).toEqual([d.groups.sales]);
    expect(r.boards.map((b) => b.groupId)).toEqual([d.groups.sales]);
    expect([r.funnel.created, r.funnel.won, r.funnel.lost]).toEqual([3, 1, 1]);
    expect(r.lostReasons.map((x) => x.reason)).toEqual(['price']);
  });

  it('staff: their own plan and pipeline', () => {
    const r = dataFor(d.salesB);
    expect(r.boards).toHaveLength(1);
    expect(r.boards[0]!.people.map((p) => p.staffId)).toEqual([staffIdOf(d.salesB)]);
    expect([r.funnel.created, r.funnel.won, r.funnel.lost]).toEqual([1, 0, 0]);
  });

  it('a period that does not start a quarter is refused on its field', async () => {
    const r = await d.core.call(
      'sales.report',
      { periodKind: 'quarter', periodFrom: '2026-11-01', locale: 'zh-CN' },
      d.manager,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields).toEqual({ periodFrom: { key: 'validation.salesPlanStartQuarter' } });
  });
});

describe('the sales report as printed', () => {
  it.each([
    [
      'zh-CN',
      [
        '销售报告',
        '2026年第4季度',
        '全部门',
        '计划与实际',
        '销售组',
        '市场拓展组',
        '¥400,000.00',
        '销售漏斗',
        '25%',
        '加权预测',
        '丢单原因',
        '价格',
      ],
    ],
    [
      'en-US',
      [
        'Salesreport',
        'Q42026',
        'Thewholedepartment',
        'Planvsactual',
        'Sales',
        'MarketExpansion',
        'CN¥400,000.00',
        'Salesfunnel',
        '25%',
        'Weightedforecast',
        'Lostreasons',
        'Price',
      ],
    ],
  ] as const)('the manager’s, in %s', async (locale, expected) => {
    const text = await pdfText(d.manager, locale, `sales-report-manager-${locale}.pdf`);
    for (const e of expected) expect(text).toContain(e);
    for (const s of [d.salesA, d.salesB, d.marketC]) expect(text).toContain(name(s));
  });

  it('the sales lead’s holds the sales group alone', async () => {
    const text = await pdfText(d.salesLead, 'zh-CN', 'sales-report-lead-zh-CN.pdf');
    expect(text).toContain('销售组');
    expect(text).toContain(name(d.salesA));
    expect(text).toContain(name(d.salesB));
    expect(text).not.toContain('市场拓展组');
    expect(text).not.toContain(name(d.marketC));
    expect(text).not.toContain('¥50,000.00');
  });
});
