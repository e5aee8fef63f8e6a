import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createClientImports } from '../../../src/main/domains/clients/files/importJobs';
import { readImportSheet } from '../../../src/main/domains/clients/files/importParse';
import { importTemplateXlsx } from '../../../src/main/domains/clients/files/importTemplate';
import { AppError } from '../../../src/shared/contract/errors';
import { FakeClock } from '../../support/core';
import { FakeClientStore, xlsxBytes } from './support';

/** The one error a bad file gives: VALIDATION with a file-level key (and its parameters). */
async function fileErrorOf(bytes: Uint8Array, options?: Parameters<typeof readImportSheet>[1]) {
  try {
    await readImportSheet(bytes, options);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const shape = (err as AppError).toShape();
    expect(shape.code).toBe('VALIDATION');
    expect(Object.keys(shape.fields ?? {})).toEqual(['file']);
    return shape.fields!.file;
  }
  throw new Error('expected the file to be refused');
}

const text = (s: string) => new TextEncoder().encode(s);

describe('files that are not a client sheet', () => {
  it('not an xlsx at all: empty, text, CSV, an old .xls header, a PDF', async () => {
    for (const bytes of [
      new Uint8Array(),
      text('客户名称,等级\n甲,A\n'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      text('%PDF-1.7\n'),
    ])
      expect(await fileErrorOf(bytes)).toEqual({ key: 'validation.importNotXlsx' });
  });

  it('a damaged zip: truncated, bytes flipped, or a zip that holds no workbook', async () => {
    const good = await xlsxBytes(['客户名称'], [['甲']]);
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const flipped = good.slice();
    for (let i = 200; i < flipped.length - 200; i += 7) flipped[i] = flipped[i]! ^ 0xff;
    // A zip with one text file: what a renamed .docx or any other archive looks like to us.
    const notAWorkbook = await (async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('x');
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      // Keep the zip signature, destroy the central directory at the end.
      return bytes.slice(0, bytes.length - 60);
    })();
    for (const bytes of [truncated, flipped, notAWorkbook])
      expect(await fileErrorOf(bytes)).toEqual({ key: 'validation.importCorrupt' });
  });

  it('no sheet with client headers: wrong sheet, names the template’s sheet', async () => {
    const bytes = await xlsxBytes(['日期', '金额', '摘要'], [['2026-01-01', 100, '收款']], {
      sheetName: 'Sheet1',
    });
    expect(await fileErrorOf(bytes)).toEqual({
      key: 'validation.importWrongSheet',
      params: { sheet: '客户 Clients' },
    });
  });

  it('the instruction sheet alone is not taken for data', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await importTemplateXlsx('zh-CN')).bytes.slice().buffer as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet('客户 Clients')!.id);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await fileErrorOf(bytes))?.key).toBe('validation.importWrongSheet');
  });

  it('client columns without the name column: missing required columns, named in both languages', async () => {
    const bytes = await xlsxBytes(['统一社会信用代码', '价值等级', '城市'], [['x', 'A', '杭州']]);
    expect(await fileErrorOf(bytes)).toEqual({
      key: 'validation.importMissingColumns',
      params: { columns: '客户名称 Name' },
    });
  });

  it('the same column twice', async () => {
    const bytes = await xlsxBytes(['客户名称', '价值等级', 'Tier'], [['甲', 'A', 'B']]);
    expect(await fileErrorOf(bytes)).toEqual({
      key: 'validation.importDuplicateColumn',
      params: { column: '价值等级 Tier' },
    });
  });

  it('headers but no data rows (blank rows do not count)', async () => {
    const bytes = await xlsxBytes(
      ['客户名称', '等级'],
      [
        [null, null],
        ['  ', ''],
      ],
    );
    expect(await fileErrorOf(bytes)).toEqual({ key: 'validation.importEmpty' });
  });

  it('too many rows or too many bytes', async () => {
    const bytes = await xlsxBytes(
      ['客户名称'],
      Array.from({ length: 30 }, (_, i) => [`客户${i}`]),
    );
    expect(await fileErrorOf(bytes, { maxRows: 20 })).toEqual({
      key: 'validation.importTooManyRows',
      params: { max: 20 },
    });
    // Random text does not compress: 40 cells of 20,000 characters make a file of more than half a megabyte.
    const random = () =>
      Array.from({ length: 20_000 }, () =>
        String.fromCharCode(0x4e00 + Math.floor(Math.random() * 20_000)),
      ).join('');
    const big = await xlsxBytes(
      ['客户名称', '备注'],
      Array.from({ length: 40 }, (_, i) => [`客户${i}`, random()]),
    );
    expect(big.length).toBeGreaterThan(512 * 1024);
    expect(await fileErrorOf(big, { maxBytes: 512 * 1024 })).toEqual({
      key: 'validation.fileTooLarge',
      params: { maxMb: 0.5 },
    });
  });

  it('picks the client sheet among others, by its name or by its headers', async () => {
    const named = await xlsxBytes(['Name'], [['甲']], { sheetName: 'Clients', extraSheets: ['封面'] });
    expect((await readImportSheet(named)).sheetName).toBe('Clients');
    const byHeaders = await xlsxBytes(['客户名称'], [['乙']], {
      sheetName: '2026 清单',
      extraSheets: ['封面'],
    });
    expect((await readImportSheet(byHeaders)).sheetName).toBe('2026 清单');
  });

  it('a refused file opens no job and writes nothing', async () => {
    const store = new FakeClientStore();
    const imports = createClientImports({ clock: new FakeClock() });
    await expect(
      imports.preview({ fileName: 'x.xlsx', bytes: text('garbage') }, 'u', store),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(store.lookupsMade).toBe(0);
    expect(store.clients).toEqual([]);
  });
});
