import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createClientImports } from '../../../src/main/domains/clients/files/importJobs';
import { importTemplateXlsx } from '../../../src/main/domains/clients/files/importTemplate';
import { XLSX_MIME } from '../../../src/main/excel/workbook';
import { translator } from '../../../src/main/i18n/translate';
import { IMPORT_COLUMNS } from '../../../src/shared/clients/fileTypes';
import { FakeClock } from '../../support/core';
import { FakeClientStore, loadWorkbook, nthCreditCode, sheetRows } from './support';

const zh = translator('zh-CN');
const en = translator('en-US');

describe('the import template', () => {
  it('is an .xlsx named in the chosen language, with the client sheet first and the instruction sheet', async () => {
    const zhFile = await importTemplateXlsx('zh-CN');
    const enFile = await importTemplateXlsx('en-US');
    expect(zhFile.mime).toBe(XLSX_MIME);
    expect(zhFile.fileName).toBe('客户导入模板.xlsx');
    expect(enFile.fileName).toBe('Client import template.xlsx');
    const wb = await loadWorkbook(zhFile.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['客户 Clients', '说明 Instructions']);
  });

  it('has one bilingual header per column, the same in both locales', async () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const wb = await loadWorkbook((await importTemplateXlsx(locale)).bytes);
      const headers = sheetRows(wb.getWorksheet('客户 Clients')!)[0];
      expect(headers).toEqual(
        IMPORT_COLUMNS.map((c) => `${zh(`clientFiles:columns.${c}`)} ${en(`clientFiles:columns.${c}`)}`),
      );
      expect(headers).toContain('客户名称 Name');
      expect(headers).toContain('客户状态 Status');
    }
  });

  it('offers drop-downs for type, source, tier and status that point at the bilingual lists', async () => {
    const wb = await loadWorkbook((await importTemplateXlsx('zh-CN')).bytes);
    const ws = wb.getWorksheet('客户 Clients')!;
    const instructions = wb.getWorksheet('说明 Instructions')!;
    const listed = (address: string) => {
      const v = ws.getCell(address).dataValidation as ExcelJS.DataValidation;
      expect(v.type).toBe('list');
      const m = /^'说明 Instructions'!\$A\$(\d+):\$A\$(\d+)$/.exec(v.formulae[0] as string)!;
      expect(m).not.toBeNull();
      const out: string[] = [];
      for (let r = Number(m[1]); r <= Number(m[2]); r++) out.push(String(instructions.getCell(r, 1).value));
      return out;
    };
    const col = (c: string) => String.fromCharCode(65 + IMPORT_COLUMNS.indexOf(c as never));
    expect(listed(`${col('type')}2`)).toEqual([
      expect.stringContaining('企业'),
      expect.stringContaining('个人'),
    ]);
    expect(listed(`${col('tier')}500`)).toHaveLength(4);
    const statuses = listed(`${col('status')}5001`);
    expect(statuses).toHaveLength(5);
    expect(statuses[1]).toContain('重点跟进');
    expect(statuses[1]).toContain('Key follow-up');
    expect(listed(`${col('source')}2`)).toHaveLength(6);
    // Text columns keep long digit strings as text.
    expect(ws.getColumn(IMPORT_COLUMNS.indexOf('contactMobile') + 1).numFmt).toBe('@');
    expect(ws.getColumn(IMPORT_COLUMNS.indexOf('creditCode') + 1).numFmt).toBe('@');
  });

  it('explains every column and every allowed value in both languages', async () => {
    const wb = await loadWorkbook((await importTemplateXlsx('en-US')).bytes);
    const text = sheetRows(wb.getWorksheet('说明 Instructions')!)
      .flat()
      .map((v) => String(v ?? ''))
      .join('\n');
    for (const note of ['note1', 'note3', 'note6']) {
      expect(text).toContain(zh(`clientFiles:template.${note}`));
      expect(text).toContain(en(`clientFiles:template.${note}`));
    }
    for (const c of IMPORT_COLUMNS) expect(text).toContain(en(`clientFiles:template.hints.${c}`));
    for (const word of [
      '潜在',
      '重点跟进',
      '成交',
      '沉睡',
      '流失',
      'Potential',
      'Dormant',
      'Lost',
      '展会',
      '个人',
    ])
      expect(text).toContain(word);
  });

  it('round-trips: a filled-in template previews as valid rows with the values mapped', async () => {
    const store = new FakeClientStore();
    const owner = store.addStaff('S001', '张销售');
    const wb = await loadWorkbook((await importTemplateXlsx('zh-CN')).bytes);
    const ws = wb.getWorksheet('客户 Clients')!;
    const instructions = wb.getWorksheet('说明 Instructions')!;
    // Pick the drop-down values exactly as Excel would put them in the cell.
    const dropdown = (column: string, index: number) => {
      const v = ws.getCell(2, IMPORT_COLUMNS.indexOf(column as never) + 1)
        .dataValidation as ExcelJS.DataValidation;
      const first = Number(/\$A\$(\d+):/.exec(v.formulae[0] as string)![1]);
      return String(instructions.getCell(first + index, 1).value);
    };
    const row = (values: Partial<Record<(typeof IMPORT_COLUMNS)[number], ExcelJS.CellValue>>) =>
      ws.addRow(IMPORT_COLUMNS.map((c) => values[c] ?? null));
    row({
      name: '杭州华东贸易有限公司',
      type: dropdown('type', 0),
      creditCode: nthCreditCode(1),
      source: dropdown('source', 2),
      tier: dropdown('tier', 0),
      status: dropdown('status', 1),
      ownerEmployeeNo: 'S001',
      tags: '制造,重点',
      contactName: '李采购',
      contactMobile: '13812345678',
      contactBirthday: new Date(Date.UTC(1985, 5, 18)),
    });
    row({
      name: '王个体',
      type: dropdown('type', 1),
      tier: dropdown('tier', 3),
      status: dropdown('status', 4),
    });
    row({ name: 'Shanghai Lianhe Co., Ltd.' });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const imports = createClientImports({ clock: new FakeClock() });
    const preview = await imports.preview({ fileName: '客户.xlsx', bytes }, 'user-1', store);
    expect(preview).toMatchObject({
      total: 3,
      valid: 3,
      invalid: 0,
      duplicates: 0,
      sheetName: '客户 Clients',
    });
    expect(preview.columns).toEqual([...IMPORT_COLUMNS]);
    const [a, b, c] = imports.job(preview.jobId, 'user-1').rows;
    expect(a!.client).toEqual({
      type: 'enterprise',
      name: '杭州华东贸易有限公司',
      creditCode: nthCreditCode(1),
      industry: null,
      province: null,
      city: null,
      address: null,
      source: 'exhibition',
      tier: 'A',
      status: 'key_follow_up',
      ownerId: owner.id,
      tags: ['制造', '重点'],
      notes: null,
    });
    expect(a!.contact).toEqual({
      name: '李采购',
      title: null,
      mobile: '13812345678',
      email: null,
      birthday: '1985-06-18',
    });
    expect(b!.client).toMatchObject({ type: 'individual', tier: 'D', status: 'lost', source: 'other' });
    // Empty cells take the defaults.
    expect(c!.client).toMatchObject({
      type: 'enterprise',
      source: 'other',
      tier: 'C',
      status: 'potential',
      tags: [],
    });
    expect(c!.contact).toBeNull();
  });
});
