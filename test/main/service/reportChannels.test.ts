import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { Printer } from '../../../src/main/printing/printer';
import type { FilePayload } from '../../../src/shared/contract/fields';
import type { TicketDetail } from '../../../src/shared/service/types';
import { FakeClock, makeCore, sessionFor, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { errorOf, newTicket, staffIdOf, ticketAtStep } from './support';

/**
 * The statistics, the handling form and the analysis report through their channels, over tickets the
 * desk registered and moved with the service's own channels (test/support/ticketFlow: received on
 * 26 November 2026 at 09:00 China time, answered an hour later, resolved at 13:00; "now" is the next day).
 */
let printer: Printer;
let core: Core;
let manager: Session;
let salesA: Session;
let salesLead: Session;
let marketC: Session;
let closed: TicketDetail;
const outDir = tempDir('bizops-service-reports-');

function pdfText(file: FilePayload): string {
  const at = path.join(outDir, 'out.pdf');
  fs.writeFileSync(at, file.bytes);
  return execFileSync('pdftotext', ['-raw', at, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

beforeAll(async () => {
  printer = createChromiumPrinter();
  core = await makeCore({ printer, clock: new FakeClock() });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  salesA = await sessionFor(core, manager, 'staff', groups.sales!);
  salesLead = await sessionFor(core, manager, 'group_lead', groups.sales!);
  marketC = await sessionFor(core, manager, 'staff', groups.market!);
  // A complaint taken all the way to closed, one still waiting for its first response, and an inquiry.
  closed = await ticketAtStep(core, salesA, staffIdOf(salesA), 'complaint', 'closed');
  await newTicket(core, salesA, staffIdOf(salesA));
  await ticketAtStep(core, salesA, staffIdOf(salesA), 'inquiry', 'closed');
});
afterAll(async () => {
  await printer?.close?.();
  await core?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('service.stats over tickets moved through the workflow', () => {
  it("counts the day's two complaints: deadlines met, hours taken, satisfaction, causes", async () => {
    const s = unwrap(
      await core.call(
        'service.stats',
        { from: '2026-11-26', to: '2026-11-26', kind: 'complaint' },
        salesLead,
      ),
    );
    expect(s.current.total).toBe(2);
    // First response: the closed one answered in 1 h (due in 4 h, met); the other's 4 h passed unanswered.
    expect(s.current.responseSla).toEqual({ due: 2, met: 1, pct: 50 });
    // Resolution: the closed one in 4 h of 72 (met); the other's 72 h have not run out: not judged.
    expect(s.current.resolutionSla).toEqual({ due: 1, met: 1, pct: 100 });
    expect(s.current.toResponse).toEqual({ n: 1, meanHours: 1, medianHours: 1 });
    expect(s.current.toResolution).toEqual({ n: 1, meanHours: 4, medianHours: 4 });
    expect(s.current.satisfaction).toEqual({ n: 1, meanScore: 5, satisfiedPct: 100 });
    expect(s.byCategory).toEqual([{ key: 'product_quality', count: 2, previous: 0 }]);
    expect(s.byDepartment).toEqual([
      { key: 'logistics', count: 1, previous: 0 },
      { key: 'unassigned', count: 1, previous: 0 },
    ]);
    expect(s.pareto).toEqual([{ key: 'product_quality', count: 2, share: 100, cumulative: 100 }]);
    // The day before is the previous period.
    expect(s.previousPeriod).toEqual({ from: '2026-11-25', to: '2026-11-25' });

    const inquiries = unwrap(
      await core.call('service.stats', { from: '2026-11-26', to: '2026-11-26', kind: 'inquiry' }, manager),
    );
    expect(inquiries.current.total).toBe(1);
  });

  it('a period ending before it starts is refused under its field, translated', async () => {
    const r = await core.call('service.stats', { from: '2026-11-30', to: '2026-11-01' }, manager);
    expect(errorOf(r)).toMatchObject({
      code: 'VALIDATION',
      fields: { to: { key: 'validation.periodOrder' } },
    });
  });
});

describe('service.printForm', () => {
  it('prints the handling form of a closed complaint for its handler, every step in it, in both languages', async () => {
    const zh = unwrap(await core.call('service.printForm', { id: closed.id, locale: 'zh-CN' }, salesA));
    expect(zh.mime).toBe('application/pdf');
    expect(zh.fileName).toBe(`投诉处理单-${closed.code}.pdf`);
    const text = pdfText(zh);
    for (const s of [
      '投诉处理单',
      closed.code,
      '收到的货物外包装破损，部分产品有划痕',
      '已致电客户致歉，承诺72小时内处理',
      '物流转运途中挤压',
      '包装强度不足',
      '物流部',
      '更换包装并重新发货',
      '已补发，客户确认收货',
      '电话',
      '5/5分',
      '（按时）',
      '登记受理',
      '开始调查（首次响应）',
      '处理完毕',
      '待回访→已关闭',
      '签字确认',
    ])
      expect(text, s).toContain(s);

    const en = unwrap(await core.call('service.printForm', { id: closed.id, locale: 'en-US' }, salesA));
    expect(en.fileName).toBe(`Complaint handling form-${closed.code}.pdf`);
    const enText = pdfText(en);
    for (const s of [
      'ComplaintHandlingForm',
      'Logistics',
      'Investigationstarted(firstresponse)',
      'Feedbackandsatisfaction',
    ])
      expect(enText, s).toContain(s);
  });

  it('a ticket the caller may not see is NOT_FOUND, the same as one that does not exist', async () => {
    expect(
      errorOf(await core.call('service.printForm', { id: closed.id, locale: 'zh-CN' }, marketC)).code,
    ).toBe('NOT_FOUND');
    const missing = '0190a0a0-0000-7000-8000-0000000000ff';
    expect(errorOf(await core.call('service.printForm', { id: missing, locale: 'zh-CN' }, salesA)).code).toBe(
      'NOT_FOUND',
    );
    // The handler's group lead sees the group's tickets, and prints them.
    expect((await core.call('service.printForm', { id: closed.id, locale: 'zh-CN' }, salesLead)).ok).toBe(
      true,
    );
  });
});

describe('service.analysisReport', () => {
  it("prints the month's complaint analysis with its charts and the measures opened in it, for a lead", async () => {
    unwrap(
      await core.call(
        'improvement.create',
        {
          title: '包装加固专项',
          description: null,
          source: 'statistics',
          sourceTicketId: null,
          causeCategory: 'product_quality',
          ownerId: staffIdOf(salesA),
          dueDate: '2026-12-31',
        },
        salesLead,
      ),
    );
    const r = unwrap(
      await core.call(
        'service.analysisReport',
        { from: '2026-11-01', to: '2026-11-30', locale: 'zh-CN' },
        salesLead,
      ),
    );
    expect(r.fileName).toBe('投诉分析报告-2026-11-01_2026-11-30.pdf');
    const text = pdfText(r);
    for (const s of [
      '投诉分析报告',
      '2026年11月1日至2026年11月30日',
      '按投诉类别',
      '产品质量',
      '主要原因（帕累托分析）',
      '物流部',
    ])
      expect(text, s).toContain(s);
  });
});
