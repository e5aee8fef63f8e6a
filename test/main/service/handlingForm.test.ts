import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlingFormHtml } from '../../../src/main/domains/service/handlingForm';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import { defaultFontsDir } from '../../../src/main/printing/fonts';
import type { Printer } from '../../../src/main/printing/printer';
import { printReport } from '../../../src/main/printing/reportDocument';
import type { Locale } from '../../../src/shared/contract/fields';
import { formatDateTime } from '../../../src/shared/i18n/format';
import { DEFAULT_SERVICE_SETTINGS } from '../../../src/shared/service/settings';
import type { TicketDetail, TicketEvent } from '../../../src/shared/service/types';
import { tempDir } from '../../support/core';

/** KEEP_REPORTS=1 keeps the PDFs (and their pages as PNG) in test-artifacts/service. */
const outDir = process.env.KEEP_REPORTS ? path.resolve('test-artifacts/service') : tempDir('bizops-form-');
const squeeze = (s: string) => s.replace(/\s+/g, '');
let printer: Printer;

const cn = (local: string) => new Date(Date.parse(`${local.replace(' ', 'T')}:00+08:00`)).toISOString();
/** A time as the form prints it: on this machine's clock, like every time the app shows. */
const zh = (local: string) => formatDateTime(cn(local), 'zh-CN');
const en = (local: string) => formatDateTime(cn(local), 'en-US');

const event = (
  kind: TicketEvent['kind'],
  at: string,
  from: TicketEvent['fromStatus'],
  to: TicketEvent['toStatus'],
  note: string | null,
  actorName = '张客服',
): TicketEvent => ({
  id: `e-${kind}-${at}`,
  kind,
  at: cn(at),
  fromStatus: from,
  toStatus: to,
  note,
  actorName,
  recordedAt: cn(at),
});

/** A complaint taken all the way: late first response, two actions, resolved, reopened, closed again. */
function closedComplaint(): TicketDetail {
  return {
    id: 't1',
    code: 'TS-20261005-003',
    kind: 'complaint',
    channel: 'hotline',
    status: 'closed',
    clientId: 'k1',
    clientName: '杭州华东贸易有限公司',
    clientCode: 'KH-2026-00042',
    contactName: '李采购',
    callerPhone: '13812345678',
    receivedAt: cn('2026-10-05 09:00'),
    summary: '第二批传感器到货后三台无法开机',
    category: 'product_quality',
    severity: 'major',
    handlerId: 's1',
    handlerName: '张客服',
    groupId: 'g1',
    responsibleDept: 'production',
    reopenCount: 1,
    clock: null,
    updatedAt: cn('2026-10-12 16:00'),
    version: 14,
    content:
      '第二批传感器（合同 HT-2026-007）到货后三台无法开机，客户产线因此停工半天，要求三天内换货并说明原因。\n客户强调：如再次发生将重新评估供应商资格。',
    contactId: 'p1',
    callerName: null,
    slaStartAt: cn('2026-10-05 09:00'),
    responseDueAt: cn('2026-10-05 13:00'),
    resolutionDueAt: cn('2026-10-08 09:00'),
    responseMode: 'working',
    resolutionMode: 'calendar',
    firstResponseAt: cn('2026-10-05 15:30'),
    firstResponseNote: '已致电李采购，说明当天安排质量部分析，明天上午答复换货时间。',
    resolvedAt: cn('2026-10-07 17:00'),
    closedAt: cn('2026-10-12 16:00'),
    answer: null,
    findings: '三台设备主板电源模块虚焊，同批次抽检 20 台另发现 1 台。',
    rootCause: '9 月产线更换回流焊温区参数后未做首件确认。',
    solution: '三台换新并加急发货；同批次全部复检；回流焊参数变更纳入首件确认。',
    resolutionSummary: '换货已于 10 月 7 日签收，客户确认设备正常运行；同批次复检完毕。',
    feedbackMethod: 'phone',
    feedbackAt: cn('2026-10-12 15:30'),
    feedbackNote: '客户对处理速度表示认可，希望后续批次附出厂检验报告。',
    clientSatisfied: true,
    satisfactionScore: 4,
    convertedAt: null,
    createdAt: cn('2026-10-05 09:02'),
    createdByName: '王登记',
    actions: [
      {
        id: 'a1',
        ticketId: 't1',
        department: 'logistics',
        ownerId: 's2',
        ownerName: '李物流',
        description: '三台换新设备加急发货（顺丰次日达）',
        dueDate: '2026-10-07',
        doneAt: cn('2026-10-07 10:00'),
        doneNote: '客户已签收',
        version: 2,
      },
      {
        id: 'a2',
        ticketId: 't1',
        department: 'quality',
        ownerId: 's3',
        ownerName: '赵质量',
        description: '同批次 200 台全部复检，出具复检报告',
        dueDate: '2026-10-10',
        doneAt: cn('2026-10-09 18:00'),
        doneNote: '复检完毕，另发现 1 台，已返修',
        version: 2,
      },
    ],
    events: [
      event('received', '2026-10-05 09:00', null, 'registered', null, '王登记'),
      event(
        'investigation_started',
        '2026-10-05 15:30',
        'registered',
        'investigating',
        '已致电李采购，说明当天安排质量部分析。',
      ),
      event('resolving_started', '2026-10-06 10:00', 'investigating', 'resolving', null),
      event('action_added', '2026-10-06 10:05', 'resolving', 'resolving', '三台换新设备加急发货'),
      // Entered the next morning for the day before: the form says it was recorded later.
      {
        ...event('action_done', '2026-10-07 10:00', 'resolving', 'resolving', '客户已签收', '李物流'),
        recordedAt: cn('2026-10-08 09:00'),
      },
      event('resolved', '2026-10-07 17:00', 'resolving', 'feedback', '换货已签收。'),
      event('closed', '2026-10-08 11:00', 'feedback', 'closed', null),
      event(
        'reopened',
        '2026-10-09 09:00',
        'closed',
        'investigating',
        '客户反映复检报告未收到，要求补发。',
        '刘组长',
      ),
      event('closed', '2026-10-12 16:00', 'feedback', 'closed', null),
    ],
    allowed: [],
  };
}

async function printForm(locale: Locale, ticket: TicketDetail, name: string) {
  const form = handlingFormHtml({
    ticket,
    lists: DEFAULT_SERVICE_SETTINGS,
    locale,
    departmentName: '业务部',
    printedAt: new Date('2026-11-27T02:00:00.000Z'),
    fontsDir: defaultFontsDir(),
  });
  const bytes = await printReport(printer, outDir, form.html);
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  if (process.env.KEEP_REPORTS) execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(outDir, name)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // In content order a wrapped cell's lines stay together (the layout puts its neighbours between them).
  const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return { text, flat: squeeze(raw), fileName: form.fileName, html: form.html };
}

beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer?.close?.();
  if (!process.env.KEEP_REPORTS) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the complaint handling form (投诉处理单) printed by Chromium', () => {
  it('in Chinese: the record, every step, the actions, the feedback, the whole timeline, signature lines', async () => {
    const { flat, text, fileName } = await printForm('zh-CN', closedComplaint(), 'form-zh');
    expect(fileName).toBe('投诉处理单-TS-20261005-003.pdf');
    for (const s of [
      '投诉处理单',
      'TS-20261005-003',
      '杭州华东贸易有限公司（KH-2026-00042）',
      '基本信息',
      '已关闭',
      '重要',
      '热线电话',
      zh('2026-10-05 09:00'),
      '产品质量',
      '王登记',
      // The first response came after its working-hours deadline.
      `${zh('2026-10-05 13:00')}（工作时间）`,
      `${zh('2026-10-05 15:30')}（超过期限）`,
      `${zh('2026-10-07 17:00')}（按时）`,
      '投诉内容',
      '客户强调：如再次发生将重新评估供应商资格。',
      '调查与分析',
      '9 月产线更换回流焊温区参数后未做首件确认。',
      '生产部',
      '处理措施',
      '物流部',
      '同批次 200 台全部复检，出具复检报告',
      '2026年10月10日',
      '处理结果',
      '回访与满意度',
      '电话',
      '满意',
      '4 / 5 分',
      '处理过程',
      '登记受理',
      '已关闭 → 调查中',
      '客户反映复检报告未收到，要求补发。',
      '刘组长',
      `${zh('2026-10-08 09:00')} 补记`,
      '签字确认',
      '处理人',
      '组长',
      '部门经理',
      '签字：',
      '日期：',
    ])
      expect(flat, s).toContain(squeeze(s));
    // The timeline in the order things happened: received first, the second closing last.
    expect(flat.indexOf('登记受理')).toBeLessThan(flat.indexOf('客户反映复检报告未收到'));
    expect(text).toMatch(/第\s*1\s*\/\s*\d+\s*页/);
  });

  it('in English: English labels and values; what people wrote stays as they wrote it', async () => {
    const { flat, text, fileName } = await printForm('en-US', closedComplaint(), 'form-en');
    expect(fileName).toBe('Complaint handling form-TS-20261005-003.pdf');
    for (const s of [
      'Complaint Handling Form',
      'Basic information',
      'Closed',
      'Major',
      'Hotline',
      'Product quality',
      `${en('2026-10-05 15:30')} (late)`,
      `${en('2026-10-05 13:00')} (Working hours)`,
      'Investigation',
      'Production',
      'Logistics',
      'Feedback and satisfaction',
      'Satisfied',
      '4 / 5',
      'Timeline',
      'Closed → Investigating',
      'Signatures',
      'Department manager',
      '杭州华东贸易有限公司 (KH-2026-00042)',
    ])
      expect(flat, s).toContain(squeeze(s));
    for (const zh of ['投诉处理单', '基本信息', '已关闭', '热线', '产品质量', '年10月', '签字', '生产部'])
      expect(text, zh).not.toContain(zh);
  });

  it('a complaint just registered prints its blanks as dashes, not as empty tables', async () => {
    const d = closedComplaint();
    Object.assign(d, {
      status: 'registered',
      firstResponseAt: null,
      firstResponseNote: null,
      resolvedAt: null,
      closedAt: null,
      findings: null,
      rootCause: null,
      solution: null,
      responsibleDept: null,
      resolutionSummary: null,
      feedbackMethod: null,
      feedbackAt: null,
      feedbackNote: null,
      clientSatisfied: null,
      satisfactionScore: null,
      reopenCount: 0,
      actions: [],
      events: d.events.slice(0, 1),
      clientName: null,
      clientCode: null,
    });
    const { flat } = await printForm('zh-CN', d, 'form-registered');
    expect(flat).toContain('未知来电');
    expect(flat).toContain('已登记');
    expect(flat).toContain('签字确认');
    expect(flat).not.toContain('超过期限');
  });

  it('an inquiry prints as an inquiry form: the question, the answer, the timeline', async () => {
    const d = closedComplaint();
    Object.assign(d, {
      kind: 'inquiry',
      status: 'closed',
      answer: '报价单已通过邮件发送，含税单价 1,280 元。',
      resolvedAt: cn('2026-10-05 11:00'),
      actions: [],
      events: [
        event('received', '2026-10-05 09:00', null, 'open', null),
        event('answered', '2026-10-05 11:00', 'open', 'answered', '报价单已通过邮件发送'),
        event('closed', '2026-10-05 11:30', 'answered', 'closed', null),
      ],
    });
    const { flat, fileName } = await printForm('zh-CN', d, 'form-inquiry');
    expect(fileName).toBe('咨询处理单-TS-20261005-003.pdf');
    expect(flat).toContain('咨询处理单');
    expect(flat).toContain(squeeze('含税单价 1,280 元'));
    expect(flat).toContain('答复期限');
    expect(flat).not.toContain('调查与分析');
    expect(flat).not.toContain('回访与满意度');
  });
});
