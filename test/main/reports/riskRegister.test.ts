import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserCtx } from '../../../src/main/core/context';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { riskRegisterData } from '../../../src/main/domains/reports/riskRegister';
import type { RiskRegisterData } from '../../../src/main/domains/reports/riskRegisterShape';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { Printer } from '../../../src/main/printing/printer';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { Locale } from '../../../src/shared/contract/fields';
import type { HeatCell, Risk } from '../../../src/shared/risk/types';
import { FakeClock, makeCore, sessionFor, setUpDepartment, tempDir, unwrap } from '../../support/core';

/*
 * The risk register report against a small register: six open risks (one not assessed), one closed in the
 * period, one identified before it; a reassessment and a close the day after the comparison day; actions
 * overdue and not; two indicators past a threshold. Its figures, its order, its comparison map, what a staff
 * member's report holds, and the printed words in both languages.
 */

/** KEEP_REPORTS=1 keeps the PDFs (and their pages as PNG, with pdftoppm) in test-artifacts/risk-report. */
const outDir = process.env.KEEP_REPORTS
  ? path.resolve('test-artifacts/risk-report')
  : tempDir('bizops-riskreport-');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const DAY = 86_400_000;
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };
const COMPARE = '2026-11-27';

let printer: Printer;
let core: Core;
let manager: Session;
let salesA: Session;
let salesB: Session;
let marketC: Session;
const r: Record<string, Risk> = {};

const staffIdOf = (s: Session) => s.user!.staffId;
const ctxOf = (s: Session) => core.context(s) as UserCtx;

async function risk(as: Session, key: string, fields: Partial<ChannelInput<'risk.create'>>) {
  r[key] = unwrap(
    await core.call(
      'risk.create',
      { title: key, category: 'credit', ownerId: staffIdOf(as), identifiedOn: '2026-11-20', ...fields },
      as,
    ),
  );
}

async function kri(owner: Session, riskId: string, name: string, value: number) {
  const k = unwrap(
    await core.call(
      'kri.create',
      {
        name,
        description: null,
        unit: '件',
        direction: 'higher_worse',
        warningThreshold: 10,
        alarmThreshold: 20,
        riskId,
        ownerId: staffIdOf(owner),
        frequency: 'monthly',
        source: 'manual',
        active: true,
      },
      manager,
    ),
  );
  unwrap(
    await core.call('kri.addReading', { kriId: k.id, periodOn: '2026-11-25', value, note: null }, manager),
  );
}

beforeAll(async () => {
  printer = createChromiumPrinter();
  core = await makeCore({ printer, clock: new FakeClock(Date.parse('2026-11-27T02:00:00.000Z')) });
  const dep = await setUpDepartment(core);
  manager = dep.manager;
  salesA = await sessionFor(core, manager, 'staff', dep.groups.sales!);
  salesB = await sessionFor(core, manager, 'staff', dep.groups.sales!);
  marketC = await sessionFor(core, manager, 'staff', dep.groups.market!);

  // The comparison day, 27 November.
  await risk(salesA, 'r1', { title: '大客户回款延迟', likelihood: 5, impact: 5, identifiedOn: '2026-11-02' });
  await risk(salesA, 'r2', {
    title: '原材料价格上涨',
    category: 'market',
    likelihood: 2,
    impact: 3,
    identifiedOn: '2026-11-05',
  });
  await risk(salesA, 'r3', { title: '合同条款不完整', category: 'legal', likelihood: 2, impact: 2 });
  await risk(salesA, 'r4', { title: '系统权限管理疏漏', category: 'operational' });
  await risk(marketC, 'r5', {
    title: '主要竞争对手降价',
    category: 'market',
    likelihood: 4,
    impact: 5,
    identifiedOn: '2026-11-03',
  });
  await risk(marketC, 'r6', {
    title: '经销商信用恶化',
    likelihood: 3,
    impact: 3,
    identifiedOn: '2026-11-06',
  });
  await risk(salesA, 'r7', {
    title: '展会预算超支',
    category: 'other',
    likelihood: 3,
    impact: 2,
    identifiedOn: '2026-10-15',
  });
  await risk(salesA, 'r8', {
    title: '旧系统数据迁移',
    category: 'legal',
    likelihood: 2,
    impact: 2,
    identifiedOn: '2026-09-01',
  });
  const action = async (riskKey: string, as: Session, owner: Session, title: string, dueOn: string) =>
    unwrap(
      await core.call(
        'risk.addAction',
        { riskId: r[riskKey]!.id, title, ownerId: staffIdOf(owner), dueOn },
        as,
      ),
    );
  await action('r2', salesA, salesB, '与供应商签订锁价协议', '2026-11-20');
  await action('r5', marketC, marketC, '调整重点客户报价策略', '2026-11-10');
  await action('r6', marketC, marketC, '复核经销商授信额度', '2026-12-15');

  // The next day: r2 worse, r7 closed, r1 accepted (awaiting the manager).
  (core.deps.clock as FakeClock).advance(DAY);
  const ref = async (key: string) => {
    const d = unwrap(await core.call('risk.get', { id: r[key]!.id }, manager));
    return { id: d.risk.id, version: d.risk.version };
  };
  unwrap(
    await core.call(
      'risk.assess',
      { ...(await ref('r2')), likelihood: 4, impact: 3, reason: '铜价连续上涨' },
      salesA,
    ),
  );
  unwrap(await core.call('risk.move', { ...(await ref('r7')), to: 'closed', note: '预算已调整' }, salesA));
  unwrap(
    await core.call(
      'risk.respond',
      { ...(await ref('r1')), strategy: 'accept', responsePlan: null, acceptanceReason: '已投保信用险' },
      salesA,
    ),
  );
  await kri(marketC, r.r5!.id, '竞品降价幅度', 25);
  await kri(marketC, r.r2!.id, '原材料涨价次数', 12);
});
afterAll(async () => {
  await printer?.close?.();
  await core?.close();
  if (!process.env.KEEP_REPORTS) fs.rmSync(outDir, { recursive: true, force: true });
});

const cells = (c: readonly HeatCell[]) =>
  Object.fromEntries(c.map((x) => [`${x.likelihood}×${x.impact}`, x.count]));
const dataFor = (s: Session, over: Partial<Parameters<typeof riskRegisterData>[1]> = {}): RiskRegisterData =>
  riskRegisterData(ctxOf(s), { ...PERIOD, compareTo: COMPARE, categories: [], ...over });

async function print(
  as: Session,
  locale: Locale,
  name: string,
  over: Partial<ChannelInput<'reports.riskRegister'>> = {},
) {
  const file = unwrap(
    await core.call('reports.riskRegister', { locale, ...PERIOD, compareTo: COMPARE, ...over }, as),
  );
  expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, `${name}.pdf`);
  fs.writeFileSync(pdf, file.bytes);
  if (process.env.KEEP_REPORTS) execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(outDir, name)]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const flat = squeeze(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
  return { text, flat, fileName: file.fileName };
}

describe('the register report’s content (the manager sees everything)', () => {
  it('counts open risks per level, the period’s identified and closed risks, the open and overdue actions, the breaches', () => {
    const d = dataFor(manager);
    expect(d.asOf).toBe('2026-11-28');
    expect(d.figures).toEqual({
      openByLevel: { critical: 2, high: 1, medium: 1, low: 2 },
      unassessed: 1,
      identified: 6,
      closed: 1,
      reviewDue: 0,
      openActions: 3,
      overdueActions: 2,
      kriBreaches: 2,
    });
  });

  it('lists the top risks by score, newest first on equal scores, with strategy and acceptance', () => {
    const d = dataFor(manager);
    expect(d.top.map((x) => [x.title, x.score, x.level])).toEqual([
      ['大客户回款延迟', 25, 'critical'],
      ['主要竞争对手降价', 20, 'critical'],
      ['原材料价格上涨', 12, 'high'],
      ['经销商信用恶化', 9, 'medium'],
      ['旧系统数据迁移', 4, 'low'],
      ['合同条款不完整', 4, 'low'],
    ]);
    expect([d.top[0]!.strategy, d.top[0]!.acceptance]).toEqual(['accept', 'pending']);
  });

  it('shows the map now and at the end of the comparison day: r2 moved up, r7 was still open', () => {
    const d = dataFor(manager);
    expect(cells(d.heatmap.current)).toEqual({ '2×2': 2, '3×3': 1, '4×3': 1, '4×5': 1, '5×5': 1 });
    expect(cells(d.heatmap.earlier!)).toEqual({ '2×2': 2, '2×3': 1, '3×2': 1, '3×3': 1, '4×5': 1, '5×5': 1 });
    expect(d.earlierByLevel).toEqual({ critical: 2, high: 0, medium: 3, low: 2 });
    expect(dataFor(manager, { compareTo: null }).heatmap.earlier).toBeNull();
  });

  it('breaks open risks down by category and level, active categories with none included', () => {
    const d = dataFor(manager);
    expect(d.byCategory).toEqual([
      { key: 'market', counts: { low: 0, medium: 0, high: 1, critical: 1 }, unassessed: 0 },
      { key: 'credit', counts: { low: 0, medium: 1, high: 0, critical: 1 }, unassessed: 0 },
      { key: 'legal', counts: { low: 2, medium: 0, high: 0, critical: 0 }, unassessed: 0 },
      { key: 'operational', counts: { low: 0, medium: 0, high: 0, critical: 0 }, unassessed: 1 },
      { key: 'other', counts: { low: 0, medium: 0, high: 0, critical: 0 }, unassessed: 0 },
    ]);
  });

  it('lists overdue actions, the most overdue first, and the indicators in breach, alarms first', () => {
    const d = dataFor(manager);
    expect(d.overdue.total).toBe(2);
    expect(d.overdue.items.map((a) => [a.riskCode, a.title, a.dueOn])).toEqual([
      [r.r5!.code, '调整重点客户报价策略', '2026-11-10'],
      [r.r2!.code, '与供应商签订锁价协议', '2026-11-20'],
    ]);
    expect(d.warnings.map((w) => [w.name, w.state, w.value, w.threshold, w.riskCode])).toEqual([
      ['竞品降价幅度', 'alarm', 25, 20, r.r5!.code],
      ['原材料涨价次数', 'warning', 12, 10, r.r2!.code],
    ]);
  });

  it('keeps to the chosen categories, warnings by their linked risk', () => {
    const d = dataFor(manager, { categories: ['market'] });
    expect(d.figures.openByLevel).toEqual({ critical: 1, high: 1, medium: 0, low: 0 });
    expect(d.top.map((x) => x.title)).toEqual(['主要竞争对手降价', '原材料价格上涨']);
    expect(d.byCategory.map((c) => c.key)).toEqual(['market']);
    expect(d.warnings.map((w) => w.name)).toEqual(['竞品降价幅度', '原材料涨价次数']);
    expect(dataFor(manager, { categories: ['legal'] }).warnings).toEqual([]);
  });
});

describe('what a reader may see', () => {
  it('a staff member’s report holds only their risks, the actions on them and the indicators they answer for', async () => {
    const d = dataFor(salesA);
    const mine = ['大客户回款延迟', '原材料价格上涨', '旧系统数据迁移', '合同条款不完整'];
    expect(d.top.map((x) => x.title)).toEqual(mine);
    expect(d.figures.openByLevel).toEqual({ critical: 1, high: 1, medium: 0, low: 2 });
    expect(d.overdue.items.map((a) => a.riskCode)).toEqual([r.r2!.code]);
    expect(d.warnings.map((w) => w.name)).toEqual(['原材料涨价次数']);

    const { flat } = await print(salesA, 'zh-CN', 'risk-register-staff');
    for (const title of mine) expect(flat).toContain(title);
    for (const hidden of [
      '主要竞争对手降价',
      '经销商信用恶化',
      '调整重点客户报价策略',
      '竞品降价幅度',
      r.r5!.code,
    ])
      expect(flat, hidden).not.toContain(hidden);
  });

  it('the owner of an action on someone’s risk sees that risk and its action', () => {
    const d = dataFor(salesB);
    expect(d.top.map((x) => x.title)).toEqual(['原材料价格上涨']);
    expect(d.overdue.items.map((a) => a.title)).toEqual(['与供应商签订锁价协议']);
  });
});

describe('the printed report', () => {
  it('in Chinese: frame, figures, both maps, top risks, categories, overdue actions, warnings, signature', async () => {
    const { flat, text, fileName } = await print(manager, 'zh-CN', 'risk-register-zh');
    expect(fileName).toBe('风险登记报告-2026-11-28.pdf');
    for (const s of [
      '风险登记报告',
      '截至 2026年11月28日',
      '统计期间：2026年11月1日 至 2026年11月30日',
      '概况',
      '开放风险',
      '极高风险',
      '本期识别',
      '超阈值指标',
      '开放风险热力图',
      '当前（2026年11月28日）',
      '2026年11月27日 日终',
      '各等级风险数的变化',
      '主要风险',
      `${r.r1!.code}大客户回款延迟`,
      '5 × 5 = 25',
      '接受',
      '待审批',
      '开放风险：按类别与等级',
      '市场',
      '逾期的应对措施',
      '调整重点客户报价策略',
      '18 天',
      '风险预警',
      '竞品降价幅度',
      '25 件',
      '≥ 20 件',
      '警报',
      '部门经理',
      '签字',
    ])
      expect(flat, s).toContain(squeeze(s));
    expect(text).toMatch(/第\s*1\s*\/\s*\d+\s*页/);
    expect(text).toMatch(/打印时间/);
    expect(text).not.toMatch(/\b(Risk|Open|Overdue|Critical|Heat)\b/);
  });

  it('in English: English labels, dates and numbers; only people’s own words in Chinese', async () => {
    const { flat, text, fileName } = await print(manager, 'en-US', 'risk-register-en');
    expect(fileName).toBe('Risk register report-2026-11-28.pdf');
    for (const s of [
      'Risk Register Report',
      'As of Nov 28, 2026',
      'Period: Nov 1, 2026 – Nov 30, 2026',
      'Open risks',
      'Identified in period',
      'KRIs in breach',
      'Heat map of open risks',
      'At the end of Nov 27, 2026',
      'How the levels moved',
      'Top risks',
      'Awaiting approval',
      'Open risks by category and level',
      'Market',
      'Overdue actions',
      '18 days',
      'Early warnings',
      'Alarm',
      'Department manager',
    ])
      expect(flat, s).toContain(squeeze(s));
    expect(text).toMatch(/Page\s+1\s+of\s+\d+/);
    for (const zh of ['风险', '概况', '逾期', '极高', '年11月', '签字']) expect(text, zh).not.toContain(zh);
  });

  it('an empty register says "none" in every section, and a wrong period or a future day changes nothing', async () => {
    const { flat } = await print(manager, 'zh-CN', 'risk-register-empty', { categories: ['nothing-here'] });
    for (const s of [
      '所选类别中没有开放风险。',
      '没有逾期的应对措施。',
      '没有指标超出预警或警报阈值。',
      '目前没有开放风险。',
    ])
      expect(flat, s).toContain(s);
    const wrongOrder = await core.call(
      'reports.riskRegister',
      { locale: 'zh-CN', from: '2026-11-30', to: '2026-11-01' },
      manager,
    );
    expect(wrongOrder.ok ? null : wrongOrder.error.fields).toEqual({ to: { key: 'validation.periodOrder' } });
    const future = await core.call(
      'reports.riskRegister',
      { locale: 'zh-CN', ...PERIOD, compareTo: '2026-12-01' },
      manager,
    );
    expect(future.ok ? null : future.error.fields).toEqual({ compareTo: { key: 'validation.dateFuture' } });
  });
});
