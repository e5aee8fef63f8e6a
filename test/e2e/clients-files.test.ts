import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';
import { pdfFirstPagePng, pdfText } from './support/pdf';

const SHOTS = path.join(ARTIFACTS, 'clients-files');
const IMPORTED = '杭州新导入贸易有限公司';

/** A small import file: one good row, one row with an invalid mobile number. */
async function importFile(target: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户名称', '省份', '城市', '联系人姓名', '联系人手机']);
  ws.addRow([IMPORTED, '浙江', '杭州', '陈晓', '13912345678']);
  ws.addRow(['错误手机号有限公司', '浙江', '宁波', '刘强', '123']);
  await wb.xlsx.writeFile(target);
  return target;
}

async function download(page: E2E['page'], testId: string, target: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid=${testId}]`),
  ]);
  await dl.saveAs(target);
  return target;
}

/** Excel import with a bad row, export of the list, and the printable client file sheet, in the real UI. */
describe('client files: import, export, sheet', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'staff1' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports a small Excel file with one bad row', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '导入客户' }).click();
    await page.waitForSelector('[data-testid=clients-import-page]');
    const file = await importFile(path.join(SHOTS, 'import.xlsx'));
    await page.setInputFiles('[data-testid=clients-import-page] input[type=file]', file);
    await page.waitForSelector('[data-testid=import-preview]');
    const bad = page.locator('[data-testid=import-row-3]');
    await expect.poll(() => bad.textContent()).toContain('联系人手机');
    expect(await page.textContent('[data-testid=import-rows-filter]')).toContain('问题行（1）');
    expect(await page.isDisabled('[data-testid=import-commit]')).toBe(true);
    await app.shot('01-import-preview');

    await page.getByRole('checkbox', { name: /跳过 1 行有错误的数据/ }).check();
    await page.click('[data-testid=import-commit]');
    await page.waitForSelector('[data-testid=import-result]', { timeout: 60_000 });
    const counts = await page.textContent('[data-testid=import-counts]');
    expect(counts).toMatch(/新建\s*1/);
    await app.shot('02-import-result');
    const report = await download(page, 'import-report', path.join(SHOTS, 'import-result.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });

  it('exports the filtered list to Excel', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '客户档案' }).click();
    await page.waitForSelector('[data-testid=clients-page]');
    await page.getByRole('link', { name: IMPORTED }).waitFor();
    const file = await download(page, 'client-export', path.join(SHOTS, 'clients.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names: string[] = [];
    wb.worksheets[0]!.eachRow((row) => names.push(row.values?.toString() ?? ''));
    expect(names.some((r) => r.includes(IMPORTED))).toBe(true);
  });

  it('prints the client file sheet', async () => {
    const { page } = app;
    await page.getByRole('link', { name: IMPORTED }).click();
    await page.waitForSelector('[data-testid=client-header]');
    const pdf = await download(page, 'client-print-sheet', path.join(SHOTS, 'sheet-zh.pdf'));
    const text = pdfText(pdf);
    expect(text).toContain(IMPORTED);
    expect(text).toContain('客户档案表');
    pdfFirstPagePng(pdf, path.join(SHOTS, 'sheet-zh'));
  });

  it('attaches a file to the client, opens and deletes it', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /附件/ }).click();
    await page.waitForSelector('[data-testid=client-attachments]');
    const note = path.join(SHOTS, '拜访纪要.txt');
    fs.writeFileSync(note, '拜访纪要:客户计划下季度扩产。');
    await page.setInputFiles('[data-testid=client-attachments] input[type=file]', note);
    await page.locator('[data-testid=attachment-name]', { hasText: '拜访纪要.txt' }).waitFor();
    await page.getByRole('tab', { name: '附件（1）' }).waitFor();
    await app.shot('03-attachments');
    const opened = await download(page, 'attachment-open', path.join(SHOTS, 'opened.txt'));
    expect(fs.readFileSync(opened, 'utf8')).toBe('拜访纪要:客户计划下季度扩产。');
    await page.click('[data-testid=attachment-delete]');
    await page.getByRole('button', { name: '删除' }).last().click();
    await page.getByRole('tab', { name: '附件（0）' }).waitFor();
  });

  it('shows the import page in English', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('menuitem', { name: 'Import clients' }).click();
    await page.getByRole('heading', { name: 'Import clients from Excel' }).waitFor();
    await page.setInputFiles(
      '[data-testid=clients-import-page] input[type=file]',
      path.join(SHOTS, 'import.xlsx'),
    );
    await page.waitForSelector('[data-testid=import-preview]');
    await app.shot('04-import-preview-en');
    await page.getByText('中文', { exact: true }).first().click();
  });
});
