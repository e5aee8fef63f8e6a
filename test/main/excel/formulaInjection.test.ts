import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { cellText } from '../../../src/main/domains/clients/files/importCells';
import { neutraliseFormula } from '../../../src/main/excel/cells';
import { loadWorkbook, xlsxBytes } from '../clients-files/support';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';

/** Text that a spreadsheet would run as a formula (OWASP CSV injection). */
const HOSTILE_NAME = '=HYPERLINK("http://x","点我")';
const HOSTILE_NOTES = "@SUM(1+1)*cmd|' /C calc'!A0";

let core: Core;
let manager: Session;

/** Every text cell of every sheet, as stored in the file. */
async function textCells(bytes: Uint8Array): Promise<string[]> {
  const wb = await loadWorkbook(bytes);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === 9 /* Formula */) out.push(`FORMULA ${JSON.stringify(cell.value)}`);
        if (typeof cell.value === 'string') out.push(cell.value);
      }),
    ),
  );
  return out;
}

/** No cell is a formula, and no text cell starts with a character that makes one. */
function expectNeutralised(cells: string[], hostile: string[]) {
  expect(cells.filter((c) => c.startsWith('FORMULA'))).toEqual([]);
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  for (const h of hostile)
    expect(
      cells.some((c) => c.startsWith(`'${h}`)),
      h,
    ).toBe(true);
}

beforeAll(async () => {
  core = await makeCore();
  ({ manager } = await setUpDepartment(core));
  unwrap(await core.call('clients.create', { name: HOSTILE_NAME, notes: HOSTILE_NOTES }, manager));
});
afterAll(async () => {
  await core.close();
});

describe('formula-looking text in every export comes out as text (OWASP)', () => {
  it('the neutraliser prefixes = + - @ tab and CR with a single quote, and leaves other text alone', () => {
    for (const s of ['=1+1', '+86 138', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['华东贸易', 'a=b', ' =1', '13812345678', "'quoted"])
      expect(neutraliseFormula(s)).toBe(s);
  });

  it('a cell written so is read back by the import as the text it stood for (an export imports again)', async () => {
    for (const s of ['=1+1', '+86 138 1234 5678', '-2+3', '@SUM(A1)', '\tx'])
      expect(cellText(neutraliseFormula(s))).toEqual({ text: s });
    // Only the quote our exports add goes: a quote a person typed before ordinary text stays.
    expect(cellText("'quoted")).toEqual({ text: "'quoted" });
    const file = unwrap(await core.call('clients.export', { locale: 'zh-CN' }, manager));
    const wb = await loadWorkbook(file.bytes);
    const names: string[] = [];
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((c) => names.push((cellText(c.value) as { text: string }).text)),
    );
    expect(names).toContain(HOSTILE_NAME);
  });

  it('the client list export', async () => {
    const file = unwrap(await core.call('clients.export', { locale: 'zh-CN' }, manager));
    const cells = await textCells(file.bytes);
    expectNeutralised(cells, [HOSTILE_NAME, HOSTILE_NOTES]);
    expect(cells).toContain(`'${HOSTILE_NAME}`);
  });

  it('the audit export (names and changed values)', async () => {
    const file = unwrap(await core.call('audit.export', { locale: 'en-US', entity: 'client' }, manager));
    expectNeutralised(await textCells(file.bytes), [HOSTILE_NAME]);
  });

  it('the import report, before and after a commit', async () => {
    const rows = [[HOSTILE_NAME], ['-1+2', '+cmd'], ['\t=1+1', null]] as ExcelJS.CellValue[][];
    const bytes = Uint8Array.from(await xlsxBytes(['客户名称', '备注'], rows));
    const preview = unwrap(
      await core.call('clients.import.preview', { fileName: '=x.xlsx', bytes }, manager),
    );
    const before = unwrap(
      await core.call('clients.import.report', { jobId: preview.jobId, locale: 'zh-CN' }, manager),
    );
    expectNeutralised(await textCells(before.bytes), ['=x.xlsx']);
    unwrap(
      await core.call(
        'clients.import.commit',
        { jobId: preview.jobId, mode: 'create', skipInvalid: true },
        manager,
      ),
    );
    const after = unwrap(
      await core.call('clients.import.report', { jobId: preview.jobId, locale: 'zh-CN' }, manager),
    );
    expectNeutralised(await textCells(after.bytes), ['=x.xlsx', '-1+2', '=1+1', HOSTILE_NAME]);
  });
});
