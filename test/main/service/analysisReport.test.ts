import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { analysisReportHtml } from '../../../src/main/domains/service/analysisReport';
import { serviceStats } from '../../../src/main/domains/service/stats';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { Printer } from '../../../src/main/printing/printer';
import { printReport } from '../../../src/main/printing/reportDocument';
import type { Locale } from '../../../src/shared/contract/fields';
import type { ImprovementMeasure } from '../../../src/shared/improvement/types';
import { DEFAULT_SERVICE_SETTINGS } from '../../../src/shared/service/settings';
import type { ServiceStats } from '../../../src/shared/service/stats';
import { FakeClock, makeCore, setUpDepartment, tempDir } from '../../support/core';
import { insertTickets } from '../../support/serviceTickets';
import { complaintYear } from '../../support/serviceYear';

const NOW = '2026-11-27T02:00:00.000Z';
/** KEEP_REPORTS=1 keeps the PDFs (and their pages as PNG, with pdftoppm) in test-artifacts/service. */
const outDir = process.env.KEEP_REPORTS
  ? path.resolve('test-artifacts/service')
  : tempDir('bizops-analysis-');
const squeeze = (s: string) => s.replace(/\s+/g, '');

let printer: Printer;
let core: Core;
let stats: ServiceStats;

const measure = (over: Partial<ImprovementMeasure>): ImprovementMeasure => ({
  id: 'm1',
  code: 'GJ-20260305-001',
  title: '发货前增加包装抽检',
  description: null,
  source: 'statistics',
  sourceTicketId: null,
  sourceTicketCode: null,
  causeCategory: 'delivery',
  ownerId: 's1',
  ownerName: '李物流',
  groupId: null,
  dueDate: '2026-04-30',
  status: 'done',
  effectiveFrom: '2026-05-01',
  resultNote: null,
  completedAt: '2026-04-28T02:00:00.000Z',
  effect: {
    effectiveFrom: '2026-05-01',
    before: {
      from: '2026-01-31',
      to: '2026-04-30',
      days: 90,
      complaints: 60,
      clientsServed: 120,
      perMonth: 20,
      per100Clients: 50,
    },
    after: {
      from: '2026-05-01',
      to: '2026-07-29',
      days: 90,
      complaints: 39,
      clientsServed: 118,
      perMonth: 13,
      per100Clients: 33.1,
    },
    changePct: -35,
    verdict: 'better',
  },
  overdue: false,
  createdAt: '2026-03-05T02:00:00.000Z',
  updatedAt: '2026-04-28T02:00:00.000Z',
  version: 3,
  ...over,
});

const MEASURES: ImprovementMeasure[] = [
  measure({}),
  measure({
    id: 'm2',
    code: 'GJ-20260910-001',
    title: '客服话术培训与服务态度回访抽查，覆盖全部一线客服人员并按月复盘',
    causeCategory: 'service_attitude',
    ownerName: '赵客服',
    dueDate: '2026-12-15',
    status: 'in_progress',
    effectiveFrom: null,
    completedAt: null,
    effect: null,
  }),
];

async function printAnalysis(locale: Locale, s: ServiceStats, measures: ImprovementMeasure[], name: string) {
  const report = await analysisReportHtml({
    stats: s,
    measures,
    lists: DEFAULT_SERVICE_SETTINGS,
    locale,
    departmentName: '业务部',
    printedAt: new Date(NOW),
    fontsDir: core.deps.fontsDir,
  });
  const bytes = await printReport(printer, core.store.paths.tmpDir, report.html);
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  if (process.env.KEEP_REPORTS) execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(outDir, name)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // In content order a wrapped cell's lines stay together (the layout puts its neighbours between them).
  const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return { text, flat: squeeze(raw), html: report.html, fileName: report.fileName };
}

beforeAll(async () => {
  printer = createChromiumPrinter();
  core = await makeCore({ printer, clock: new FakeClock(Date.parse(NOW)) });
  const { manager } = await setUpDepartment(core);
  insertTickets(core.store.db, [
    ...complaintYear({ from: '2025-01-01', to: '2025-12-31', perDay: 1.6, now: NOW, seed: 2025 }),
    ...complaintYear({ from: '2026-01-01', to: '2026-11-26', perDay: 1.2, now: NOW, seed: 2026 }),
  ]);
  stats = serviceStats(core.context(manager), { from: '2026-01-01', to: '2026-10-31', kind: 'complaint' });
});
afterAll(async () => {
  await printer?.close?.();
  await core?.close();
  if (!process.env.KEEP_REPORTS) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the complaint analysis report (投诉分析报告) printed by Chromium', () => {
  it('in Chinese: period, figures against the previous period, every view with its chart, the measures', async () => {
    const { flat, text, fileName, html } = await printAnalysis('zh-CN', stats, MEASURES, 'analysis-zh');
    expect(fileName).toBe('投诉分析报告-2026-01-01_2026-10-31.pdf');
    for (const s of [
      '投诉分析报告',
      '业务部',
      '2026年1月1日 至 2026年10月31日',
      // 304 days before 1 January 2026.
      '对比上期：2025年3月3日 至 2025年12月31日（同为 304 天）',
      '本期概况与上期对比',
      '首次响应达标率',
      '处理完成用时中位数',
      '个百分点',
      '按投诉类别',
      '产品质量',
      '交付配送',
      '主要原因（帕累托分析）',
      '累计占比',
      '按月趋势',
      // Inside one year the months go without the year, one column each.
      '月份1月2月3月4月5月6月7月8月9月10月',
      '按受理渠道',
      '热线电话',
      '按责任部门',
      '生产部',
      '时限达标情况',
      '本期改进措施',
      'GJ-20260305-001',
      '发货前增加包装抽检',
      '改善（−35%）',
      '实施中',
      '李物流',
    ])
      expect(flat, s).toContain(squeeze(s));
    // The figures of the statistics, as the report prints them.
    expect(flat).toContain(`投诉数${stats.current.total}${stats.previous.total}`);
    // Five charts, each an SVG drawn in the report's font, none of them empty.
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(5);
    for (const svg of svgs) expect(svg).toMatch(/<(path|text)/);
    expect(html).toContain("font-family:'Noto Sans SC'");
    // No English in the Chinese report.
    expect(text).not.toMatch(/\b(Complaints|Previous|period|Delivery|Hotline)\b/);
    expect(text).toMatch(/第\s*1\s*\/\s*\d+\s*页/);
  });

  it('in English: English labels, months, numbers and names from the settings list', async () => {
    const { flat, text, fileName } = await printAnalysis('en-US', stats, MEASURES, 'analysis-en');
    expect(fileName).toBe('Complaint analysis-2026-01-01_2026-10-31.pdf');
    for (const s of [
      'Complaint Analysis Report',
      'Jan 1, 2026 – Oct 31, 2026',
      'Compared with the previous period: Mar 3, 2025 – Dec 31, 2025 (also 304 days)',
      'This period against the previous one',
      'First response on time',
      'Median time to resolution',
      'pp',
      'By category',
      'Product quality',
      'Main causes (Pareto analysis)',
      'Monthly trend',
      'Month Jan Feb Mar Apr May Jun Jul Aug Sep Oct',
      'By channel',
      'Hotline',
      'By responsible department',
      'Production',
      'Deadlines met',
      'Improvement measures of the period',
      'Better (−35%)',
      'In progress',
    ])
      expect(flat, s).toContain(squeeze(s));
    expect(text).toMatch(/Page\s+1\s+of\s+\d+/);
    // Only the measures' own text (a person's words) is Chinese.
    for (const zh of ['投诉', '本期', '上期', '产品质量', '热线', '年1月', '生产部', '改善'])
      expect(text, zh).not.toContain(zh);
  });

  it('a period without complaints says so, with no charts and no empty tables', async () => {
    const empty = serviceStats(core.context(), { from: '2024-03-01', to: '2024-03-31', kind: 'complaint' });
    const { flat, html } = await printAnalysis('zh-CN', empty, [], 'analysis-empty');
    expect(flat).toContain('本期没有收到投诉。');
    expect(flat).toContain('本期没有新建或完成的改进措施。');
    expect(html).not.toContain('<svg');
    expect(flat).not.toContain('按月趋势');
  });
});
