import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportClientsXlsx } from '../../../src/main/domains/clients/files/exportClients';
import { enumLabel } from '../../../src/main/domains/clients/files/labels';
import { XLSX_MIME } from '../../../src/main/excel/workbook';
import { translator } from '../../../src/main/i18n/translate';
import type { Client } from '../../../src/shared/clients/types';
import { loadWorkbook, sheetRows } from './support';

const NOW = new Date('2026-11-27T02:00:00.000Z');

function client(i: number, over: Partial<Client> = {}): Client {
  return {
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    code: `KH-2026-${String(i).padStart(5, '0')}`,
    type: 'enterprise',
    name: `华东${i}号贸易有限公司`,
    creditCode: '91330100000010001X',
    industry: '制造业',
    province: '浙江',
    city: '杭州',
    address: `文三路 ${i} 号`,
    source: 'exhibition',
    tier: 'A',
    status: 'key_follow_up',
    statusChangedAt: '2026-03-01T08:30:00.000Z',
    ownerId: null,
    ownerName: '张销售',
    groupId: null,
    groupName: '销售组',
    groupNameEn: 'Sales',
    tags: ['制造', '华东'],
    notes: null,
    primaryContactName: '李采购',
    primaryContactMobile: '13812345678',
    touchedAt: '2026-11-20T01:00:00.000Z',
    completeness: 85,
    stale: false,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
    deletedAt: null,
    version: 3,
    ...over,
  };
}

/** Local wall-clock time of an ISO instant, as the export writes it (Excel dates have no zone). */
const localWallClock = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
};

describe('exporting the client list', () => {
  it('in Chinese: translated headers and values, real dates, money in yuan', async () => {
    const rows = [
      client(1),
      client(2, {
        tier: 'D',
        status: 'lost',
        type: 'individual',
        source: 'cold_call',
        stale: true,
        tags: [],
      }),
    ];
    const file = await exportClientsXlsx(rows, 'zh-CN', {
      now: NOW,
      transactionTotalFen: (id) => (id === rows[0]!.id ? 123_456_789 : undefined),
    });
    expect(file.mime).toBe(XLSX_MIME);
    expect(file.fileName).toBe('客户列表-2026-11-27.xlsx');
    const wb = await loadWorkbook(file.bytes);
    const ws = wb.getWorksheet('客户')!;
    const [header, first, second] = sheetRows(ws);
    expect(header).toEqual([
      '客户编号',
      '客户名称',
      '客户类型',
      '统一社会信用代码',
      '价值等级',
      '客户状态',
      '状态变更时间',
      '负责人',
      '小组',
      '行业',
      '省份',
      '城市',
      '地址',
      '客户来源',
      '标签',
      '主要联系人',
      '联系人手机',
      '交易总额（元）',
      '完整度（%）',
      '待定期更新',
      '最近更新',
      '建档时间',
      '备注',
    ]);
    const col = (name: string) => (header as string[]).indexOf(name);
    expect(first![col('客户编号')]).toBe('KH-2026-00001');
    const zh = translator('zh-CN');
    expect(first![col('客户状态')]).toBe(enumLabel(zh, 'status', 'key_follow_up'));
    expect(first![col('客户状态')]).toContain('重点跟进');
    expect(first![col('价值等级')]).toBe(enumLabel(zh, 'tier', 'A'));
    expect(first![col('小组')]).toBe('销售组');
    expect(first![col('标签')]).toBe('制造, 华东');
    expect(first![col('交易总额（元）')]).toBe(1_234_567.89);
    expect(first![col('状态变更时间')]).toEqual(localWallClock('2026-03-01T08:30:00.000Z'));
    expect(ws.getRow(2).getCell(col('状态变更时间') + 1).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ws.getRow(2).getCell(col('交易总额（元）') + 1).numFmt).toContain('¥');
    expect(first![col('待定期更新')]).toBe('否');
    expect(second![col('客户状态')]).toBe(enumLabel(zh, 'status', 'lost'));
    expect(second![col('客户类型')]).toBe(enumLabel(zh, 'type', 'individual'));
    expect(second![col('客户来源')]).toBe(enumLabel(zh, 'source', 'cold_call'));
    expect(second![col('待定期更新')]).toBe('是');
    expect(second![col('交易总额（元）')]).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('in English: English headers, labels and group names; no money column without totals', async () => {
    const file = await exportClientsXlsx([client(1)], 'en-US', { now: NOW });
    expect(file.fileName).toBe('Clients-2026-11-27.xlsx');
    const wb = await loadWorkbook(file.bytes);
    const [header, row] = sheetRows(wb.getWorksheet('Clients')!);
    expect(header).toContain('Code');
    expect(header).toContain('Status');
    expect(header).not.toContain('Transactions total (CNY)');
    const text = (row as unknown[]).map(String).join('|');
    const en = translator('en-US');
    for (const [kind, value] of [
      ['status', 'key_follow_up'],
      ['type', 'enterprise'],
      ['source', 'exhibition'],
    ] as const)
      expect(row).toContain(enumLabel(en, kind, value));
    expect(text).toContain('Key follow-up');
    expect(text).toContain('Sales');
    expect(text).not.toMatch(/重点跟进|销售组|展会/);
  });

  it('streams rows from an iterator as it reads them, lets other work run, and writes every row in order', async () => {
    // Enough rows for several progress steps and pauses; the 100,000-row scale is the benchmark's to measure.
    const ROWS = 12_000;
    let yielded = 0;
    function* many() {
      for (let i = 1; i <= ROWS; i++) {
        yielded = i;
        yield client(i, { notes: i % 100 === 0 ? '🚀 备注'.repeat(50) : null });
      }
    }
    // Other work waiting on the event loop (in the app: other calls, the progress bar) gets its turns.
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const progress: { rows: number; read: number; turns: number }[] = [];
    const file = await exportClientsXlsx(many(), 'zh-CN', {
      now: NOW,
      transactionTotalFen: (id) => Number(id.slice(-5)) * 100,
      onProgress: (rows) => progress.push({ rows, read: yielded, turns }),
      progressEvery: 3_000,
    }).finally(() => clearInterval(ticker));

    expect(progress.map((p) => p.rows)).toEqual([3_000, 6_000, 9_000, 12_000]);
    // Each step is reported when that many rows have been read, not after reading them all first.
    for (const p of progress) expect(p.read).toBe(p.rows);
    expect(progress.at(-1)!.turns).toBeGreaterThan(progress[0]!.turns);

    // Read it back with the streaming reader: every row is there, in order.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(file.bytes)]), {
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    } as never);
    let count = 0;
    let last: unknown[] = [];
    for await (const ws of reader)
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        count++;
        last = (row.values as unknown[]).slice(1);
      }
    expect(count).toBe(ROWS + 1);
    expect(last[0]).toBe('KH-2026-12000');
  });
});
