import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientSheetHtml } from '../../../src/main/domains/clients/files/sheet';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import { defaultFontsDir } from '../../../src/main/printing/fonts';
import type { Printer } from '../../../src/main/printing/printer';
import { printReport } from '../../../src/main/printing/reportDocument';
import type { ClientDetail, Communication } from '../../../src/shared/clients/types';
import type { Locale } from '../../../src/shared/contract/fields';
import { tempDir } from '../../support/core';

let printer: Printer;
const outDir = tempDir('bizops-client-sheet-');

const squeeze = (s: string) => s.replace(/\s+/g, '');

const communication = (i: number): Communication => ({
  id: `c${i}`,
  clientId: 'k1',
  contactId: null,
  contactName: '李采购',
  at: new Date(Date.UTC(2026, 10, 20 - i, 2, 0)).toISOString(),
  channel: i % 2 ? 'visit' : 'phone',
  staffId: null,
  staffName: '张销售',
  content: `第${i}次沟通:确认年度框架协议第${i}条`,
  nextAction: i === 0 ? '发送报价单' : null,
  nextActionDate: i === 0 ? '2026-12-01' : null,
  nextActionDone: false,
  version: 1,
});

function detail(): ClientDetail {
  return {
    client: {
      id: 'k1',
      code: 'KH-2026-00042',
      type: 'enterprise',
      name: '杭州华东贸易有限公司 <script>alert(1)</script>',
      creditCode: '91330100000010001X',
      industry: '制造业',
      province: '浙江省',
      city: '杭州市',
      address: '西湖区文三路 90 号',
      source: 'exhibition',
      tier: 'A',
      status: 'customer',
      statusChangedAt: '2026-06-01T02:00:00.000Z',
      ownerId: 's1',
      ownerName: '张销售',
      groupId: 'g1',
      groupName: '销售组',
      groupNameEn: 'Sales',
      tags: ['制造', '华东'],
      notes: '重点客户 🚀,每季度回访',
      primaryContactName: '李采购',
      primaryContactMobile: '13812345678',
      touchedAt: '2026-11-20T02:00:00.000Z',
      completeness: 90,
      stale: false,
      createdAt: '2025-03-04T02:00:00.000Z',
      updatedAt: '2026-11-20T02:00:00.000Z',
      deletedAt: null,
      version: 7,
    },
    contacts: [
      {
        id: 'p2',
        clientId: 'k1',
        name: '赵财务',
        title: '财务经理',
        mobile: '+44 20 7946 0958',
        email: null,
        wechat: 'zhao_fin',
        isPrimary: false,
        birthday: null,
        notes: null,
        version: 1,
      },
      {
        id: 'p1',
        clientId: 'k1',
        name: '李采购',
        title: '采购经理',
        mobile: '13812345678',
        email: 'li@example.com',
        wechat: null,
        isPrimary: true,
        birthday: '1985-06-18',
        notes: null,
        version: 1,
      },
    ],
    communications: Array.from({ length: 15 }, (_, i) => communication(i)),
    communicationsTotal: 63,
    transactions: [
      {
        id: 't1',
        clientId: 'k1',
        date: '2025-05-10',
        item: '工业传感器',
        quantity: 100,
        amountFen: 12_345_600,
        contractRef: 'HT-2025-001',
        notes: null,
        version: 1,
      },
      {
        id: 't2',
        clientId: 'k1',
        date: '2025-11-02',
        item: '维保服务',
        quantity: 1,
        amountFen: 800_000,
        contractRef: null,
        notes: null,
        version: 1,
      },
      {
        id: 't3',
        clientId: 'k1',
        date: '2026-03-15',
        item: '控制柜',
        quantity: 2,
        amountFen: 45_000_050,
        contractRef: 'HT-2026-007',
        notes: null,
        version: 1,
      },
    ],
    transactionsTotalFen: 58_145_650,
    statusHistory: [
      {
        id: 'h1',
        from: null,
        to: 'potential',
        reason: null,
        at: '2025-03-04T02:00:00.000Z',
        byName: '张销售',
      },
      {
        id: 'h2',
        from: 'potential',
        to: 'key_follow_up',
        reason: '展会后有明确需求',
        at: '2025-04-01T02:00:00.000Z',
        byName: '张销售',
      },
      {
        id: 'h3',
        from: 'key_follow_up',
        to: 'customer',
        reason: '签订首单',
        at: '2026-06-01T02:00:00.000Z',
        byName: '王经理',
      },
    ],
    attachments: [
      {
        id: 'a1',
        clientId: 'k1',
        fileName: '营业执照.pdf',
        mime: 'application/pdf',
        sizeBytes: 1_536_000,
        sha256: 'x',
        createdAt: '2025-03-05T02:00:00.000Z',
        createdByName: '张销售',
      },
    ],
    completeness: { score: 90, missing: ['communication'] },
  };
}

async function printSheet(locale: Locale, d: ClientDetail, name: string) {
  const sheet = clientSheetHtml(d, {
    locale,
    departmentName: '业务部',
    printedAt: new Date('2026-11-27T02:00:00.000Z'),
    communications: 10,
    fontsDir: defaultFontsDir(),
  });
  const bytes = await printReport(printer, outDir, sheet.html);
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const file = path.join(outDir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { html: sheet.html, fileName: sheet.fileName, text };
}

beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer?.close?.();
  if (!process.env.KEEP_SHEET) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the client file sheet (客户档案表) printed by Chromium', () => {
  it('in Chinese: basic information, contacts, the last 10 records, transactions by year, history', async () => {
    const { text, fileName, html } = await printSheet('zh-CN', detail(), 'sheet-zh');
    expect(fileName).toBe('客户档案表-KH-2026-00042-2026-11-27.pdf');
    const flat = squeeze(text);
    for (const s of [
      '客户档案表',
      '业务部',
      'KH-2026-00042',
      '杭州华东贸易有限公司<script>alert(1)</script>',
      '基本信息',
      '统一社会信用代码',
      '91330100000010001X',
      '浙江省 · 杭州市',
      '制造业',
      '西湖区文三路90号',
      '制造、华东',
      '展会',
      '企业',
      '成交',
      '2026年3月15日',
      '发送报价单（2026年12月1日）',
      '联系人',
      '李采购',
      '采购经理',
      '13812345678',
      '+442079460958',
      'zhao_fin',
      '最近沟通记录',
      '显示最近10条，共63条',
      '第0次沟通',
      '第9次沟通',
      '发送报价单',
      '交易汇总',
      '按年度',
      '¥581,456.50',
      '¥450,000.50',
      '¥131,456.00',
      'HT-2026-007',
      '状态变更记录',
      '签订首单',
      '营业执照.pdf',
      '沟通记录',
    ])
      expect(flat, s).toContain(squeeze(s));
    // Only the latest ten records are printed.
    expect(flat).not.toContain('第10次沟通');
    // The name is text, never markup.
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(text).toMatch(/第\s*1\s*\/\s*\d+\s*页/);
  });

  it('in English: English labels and values, the same figures', async () => {
    const { text, fileName } = await printSheet('en-US', detail(), 'sheet-en');
    expect(fileName).toBe('Client file-KH-2026-00042-2026-11-27.pdf');
    const flat = squeeze(text);
    for (const s of [
      'Client File Sheet',
      'Basic information',
      'Credit code',
      'Contacts',
      'Recent communications',
      'Latest 10 of 63',
      'Transactions summary',
      'By year',
      '¥581,456.50',
      'Status history',
      'Attachments',
      'Sales',
      'Primary',
      // Listed values, industry and region in English, as the screens show them.
      'Manufacturing',
      'Zhejiang · Hangzhou',
      'Trade show',
      'Company',
      'Customer',
      'Key follow-up',
      'Visit',
      'Yes',
      // Money and dates exactly as the English screens format them.
      'CN¥581,456.50',
      'CN¥450,000.50',
      'Mar 15, 2026',
      'Jun 18, 1985',
      '发送报价单 (Dec 1, 2026)',
    ])
      expect(flat, s).toContain(squeeze(s));
    expect(text).toMatch(/Page\s+1\s+of\s+\d+/);
    for (const zh of [
      '基本信息',
      '交易汇总',
      '最近沟通记录',
      '销售组',
      '状态变更记录',
      '页',
      '制造业',
      '浙江省',
      '企业',
      '成交',
      '年3月',
    ])
      expect(text).not.toContain(zh);
  });

  it('prints an empty file without blank tables', async () => {
    const d = detail();
    d.contacts = [];
    d.communications = [];
    d.communicationsTotal = 0;
    d.transactions = [];
    d.transactionsTotalFen = 0;
    d.statusHistory = [];
    d.attachments = [];
    const { text } = await printSheet('zh-CN', d, 'sheet-empty');
    const flat = squeeze(text);
    expect(flat).toContain('交易笔数');
    expect(flat).toContain('¥0.00');
    expect(flat).not.toContain('按年度');
    expect(flat).toContain('无');
  });

  it('keeps the transaction summary whole: its heading, figures and their labels on one page', async () => {
    // Longer and longer communication notes move the summary down the page a line at a time, so some of
    // these prints put it where a page ends.
    for (let lines = 2; lines <= 14; lines += 2) {
      const d = detail();
      d.communications = d.communications.map((m) => ({
        ...m,
        content: `${m.content}${'。补充说明'.repeat(lines * 4)}`,
      }));
      const { text } = await printSheet('zh-CN', d, `sheet-keep-${lines}`);
      const pages = text.split('\f').map(squeeze);
      const summary = pages.filter((p) => p.includes('交易汇总'));
      expect(summary, `${lines}`).toHaveLength(1);
      for (const part of [
        '交易笔数',
        '首次交易',
        '2025年5月10日',
        '最近交易',
        '2026年3月15日',
        '¥581,456.50',
      ])
        expect(summary[0], `${lines}: ${part}`).toContain(part);
    }
  });
});
