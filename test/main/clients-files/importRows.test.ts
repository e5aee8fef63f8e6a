import { describe, expect, it } from 'vitest';
import { matchEnumValue, matchHeader } from '../../../src/main/domains/clients/files/importColumns';
import { createClientImports } from '../../../src/main/domains/clients/files/importJobs';
import { readImportSheet } from '../../../src/main/domains/clients/files/importParse';
import { validateImport } from '../../../src/main/domains/clients/files/importValidate';
import { FakeClock } from '../../support/core';
import { badCheckDigit, FakeClientStore, nthCreditCode, xlsxBytes } from './support';

async function rowsOf(headers: (string | null)[], rows: unknown[][], store = new FakeClientStore()) {
  const sheet = await readImportSheet(await xlsxBytes(headers, rows as never));
  return { sheet, rows: validateImport(sheet, store) };
}

describe('import headers', () => {
  it('are recognised in Chinese, English or both, with marks, brackets and line breaks', () => {
    for (const header of [
      '客户名称',
      'Name',
      '客户名称 Name',
      'Name 客户名称',
      '*客户名称',
      '客户名称\nName',
      '客户名称（Name）',
      ' client name ',
      'Company name',
    ])
      expect(matchHeader(header), header).toBe('name');
    expect(matchHeader('统一社会信用代码 Credit code')).toBe('creditCode');
    expect(matchHeader('USCC')).toBe('creditCode');
    expect(matchHeader('手机号')).toBe('contactMobile');
    expect(matchHeader('Contact mobile')).toBe('contactMobile');
    expect(matchHeader('负责人工号 Owner employee no.')).toBe('ownerEmployeeNo');
    expect(matchHeader('价值等级')).toBe('tier');
    expect(matchHeader('ＴＩＥＲ')).toBe('tier');
    expect(matchHeader('客户编号')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });

  it('may come in any order, with unknown columns ignored and reported', async () => {
    const { sheet, rows } = await rowsOf(
      ['Status', '内部编号', '联系人手机 Contact mobile', 'Name', 'Tier', '联系人'],
      [['成交', 'X-1', '13912345678', '宁波海联有限公司', 'B', '赵经理']],
    );
    expect(sheet.columns).toEqual(['status', 'contactMobile', 'name', 'tier', 'contactName']);
    expect(sheet.ignoredHeaders).toEqual(['内部编号']);
    expect(rows[0]!.client).toMatchObject({ name: '宁波海联有限公司', status: 'customer', tier: 'B' });
    expect(rows[0]!.contact).toMatchObject({ name: '赵经理', mobile: '13912345678' });
  });

  it('may sit under a title row', async () => {
    const bytes = await xlsxBytes(['客户名称', '等级'], [['甲公司', 'A']], { titleRow: '2026 年客户清单' });
    const sheet = await readImportSheet(bytes);
    expect(sheet.rows).toEqual([{ rowNumber: 3, cells: { name: { text: '甲公司' }, tier: { text: 'A' } } }]);
  });
});

describe('listed values', () => {
  it('are read in Chinese, English, both, or as the stored value', () => {
    const cases: [Parameters<typeof matchEnumValue>[0], string, string][] = [
      ['status', '重点跟进', 'key_follow_up'],
      ['status', 'key follow-up', 'key_follow_up'],
      ['status', 'Key Follow-up', 'key_follow_up'],
      ['status', '重点跟进 Key follow-up', 'key_follow_up'],
      ['status', 'key_follow_up', 'key_follow_up'],
      ['status', '潜在', 'potential'],
      ['status', '成交', 'customer'],
      ['status', 'Dormant', 'dormant'],
      ['status', '流失客户', 'lost'],
      ['type', '企业', 'enterprise'],
      ['type', 'individual', 'individual'],
      ['type', '个人 Individual', 'individual'],
      ['source', '展会', 'exhibition'],
      ['source', 'Cold call', 'cold_call'],
      ['source', 'referral', 'referral'],
      ['source', '客户推荐', 'referral'],
      ['source', '其它', 'other'],
      ['tier', 'A', 'A'],
      ['tier', 'b', 'B'],
      ['tier', 'C类', 'C'],
      ['tier', 'Tier D', 'D'],
      ['tier', 'Ａ类', 'A'],
    ];
    for (const [kind, text, value] of cases)
      expect(matchEnumValue(kind, text), `${kind} ${text}`).toBe(value);
    expect(matchEnumValue('status', '签约')).toBeNull();
    expect(matchEnumValue('tier', 'E')).toBeNull();
    expect(matchEnumValue('type', '')).toBeNull();
  });

  it('that are not on the list are an invalidChoice error on their column', async () => {
    const { rows } = await rowsOf(['客户名称', '客户状态', '价值等级'], [['甲公司', '签约', 'S']]);
    expect(rows[0]!.errors).toEqual({
      tier: { key: 'validation.invalidChoice' },
      status: { key: 'validation.invalidChoice' },
    });
    expect(rows[0]!.client).toBeNull();
  });
});

describe('cells', () => {
  it('take a formula’s result, rich text, hyperlink text, numbers as typed, and dates', async () => {
    const { rows } = await rowsOf(
      [
        '客户名称',
        '统一社会信用代码',
        '联系人',
        '联系人手机',
        '联系人邮箱',
        '联系人生日',
        '备注',
        '负责人工号',
      ],
      [
        [
          { formula: 'CONCAT("华东","贸易")', result: '华东贸易' },
          {
            richText: [
              { text: nthCreditCode(7).slice(0, 9) },
              { text: nthCreditCode(7).slice(9), font: { bold: true } },
            ],
          },
          '陈 ✨ 经理',
          13812345678,
          { text: 'chen@example.com', hyperlink: 'mailto:chen@example.com' },
          new Date(Date.UTC(1990, 0, 31)),
          '🚀 重点客户 — 年采购额约 ¥2,000,000',
          1001,
        ],
        ['乙公司', null, '周', '+44 20 7946 0958', null, '1988/2/9', null, null],
        ['丙公司', null, '吴', '138-1234-5679', null, '32874', null, null],
        ['丁公司', null, '郑', null, null, '1991年3月4日', null, null],
      ],
      (() => {
        const s = new FakeClientStore();
        s.addStaff('1001', '钱负责');
        return s;
      })(),
    );
    expect(rows.map((r) => r.errors)).toEqual([{}, {}, {}, {}]);
    expect(rows[0]!.client).toMatchObject({
      name: '华东贸易',
      creditCode: nthCreditCode(7),
      notes: '🚀 重点客户 — 年采购额约 ¥2,000,000',
    });
    expect(rows[0]!.client!.ownerId).not.toBeNull();
    expect(rows[0]!.contact).toEqual({
      name: '陈 ✨ 经理',
      title: null,
      mobile: '13812345678',
      email: 'chen@example.com',
      birthday: '1990-01-31',
    });
    expect(rows[1]!.contact).toMatchObject({ mobile: '+44 20 7946 0958', birthday: '1988-02-09' });
    // An Excel serial typed into a cell without a date format: 32874 is 1990-01-01.
    expect(rows[2]!.contact).toMatchObject({ mobile: '138-1234-5679', birthday: '1990-01-01' });
    expect(rows[3]!.contact).toMatchObject({ birthday: '1991-03-04' });
  });

  it('holding an Excel error (a failed formula) are reported, not imported as text', async () => {
    const { rows } = await rowsOf(
      ['客户名称', '行业'],
      [['甲公司', { formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } }]],
    );
    expect(rows[0]!.errors).toEqual({ industry: { key: 'validation.cellError', params: { value: '#N/A' } } });
  });

  it('credit codes are compared upper-case and half-width, spaces removed', async () => {
    const code = nthCreditCode(12);
    const spaced = `${code.slice(0, 6)} ${code.slice(6)}`.toLowerCase();
    const fullWidth = code.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const { rows } = await rowsOf(
      ['客户名称', '信用代码'],
      [
        ['甲', spaced],
        ['乙', fullWidth],
      ],
    );
    expect(rows.map((r) => r.client?.creditCode)).toEqual([code, code]);
  });
});

describe('bad rows', () => {
  it('are reported per column with the contract’s keys, and good rows are untouched', async () => {
    const store = new FakeClientStore();
    store.addStaff('S001', '在职');
    store.addStaff('S009', '已离职', 'left');
    const long = '长'.repeat(201);
    const { rows } = await rowsOf(
      [
        '客户名称',
        '统一社会信用代码',
        '联系人',
        '联系人手机',
        '联系人邮箱',
        '负责人工号',
        '联系人生日',
        '备注',
        '标签',
      ],
      [
        [
          '好公司',
          nthCreditCode(3),
          '李',
          '13812345678',
          'li@example.com',
          'S001',
          '1980-01-01',
          null,
          'a,b',
        ],
        ['   ', null, null, null, null, null, null, null, null],
        ['坏代码公司', badCheckDigit(nthCreditCode(4)), null, null, null, null, null, null, null],
        ['短代码公司', '91330100123', null, null, null, null, null, null, null],
        ['坏手机公司', null, '王', '12345678901', 'not-an-email', null, null, null, null],
        ['无名联系人', null, null, '13812345678', null, null, null, null, null],
        ['查无此人公司', null, null, null, null, 'S404', null, null, null],
        ['离职负责人公司', null, null, null, null, 'S009', null, null, null],
        [long, null, null, null, null, null, '2026-02-30', 'x'.repeat(20_001), 't'.repeat(31)],
      ],
      store,
    );
    const errorsByRow = Object.fromEntries(rows.map((r) => [r.rowNumber, r.errors]));
    expect(errorsByRow[2]).toEqual({});
    // A row holding nothing but spaces is blank and skipped, like an empty row.
    expect(rows.find((r) => r.rowNumber === 3)).toBeUndefined();
    expect(errorsByRow[4]).toEqual({ creditCode: { key: 'validation.creditCode' } });
    expect(errorsByRow[5]).toEqual({ creditCode: { key: 'validation.creditCode' } });
    expect(errorsByRow[6]).toEqual({
      contactMobile: { key: 'validation.phone' },
      contactEmail: { key: 'validation.email' },
    });
    expect(errorsByRow[7]).toEqual({ contactName: { key: 'validation.required' } });
    expect(errorsByRow[8]).toEqual({
      ownerEmployeeNo: { key: 'validation.employeeNotFound', params: { employeeNo: 'S404' } },
    });
    expect(errorsByRow[9]).toEqual({ ownerEmployeeNo: { key: 'validation.staffLeft' } });
    expect(errorsByRow[10]).toEqual({
      name: { key: 'validation.tooLong', params: { max: 200 } },
      tags: { key: 'validation.tooLong', params: { max: 30 } },
      notes: { key: 'validation.tooLong', params: { max: 20000 } },
      contactName: { key: 'validation.required' },
      contactBirthday: { key: 'validation.date' },
    });
    // The preview shortens long texts; the check saw the whole text.
    expect(rows.at(-1)!.values.notes).toHaveLength(201);
  });

  it('with an empty name but other cells filled are a required-name error', async () => {
    const { rows } = await rowsOf(['客户名称', '省份', '城市'], [['', '浙江', '杭州']]);
    expect(rows[0]!.errors).toEqual({ name: { key: 'validation.required' } });
  });
});

describe('duplicates in the preview', () => {
  it('name existing files by credit code, normalised name and phone, and earlier rows of the file', async () => {
    const store = new FakeClientStore();
    const byCode = store.addClient({ name: '旧名称', creditCode: nthCreditCode(20), ownerName: '张' });
    const byName = store.addClient({ name: '杭州华东贸易有限责任公司' });
    const byPhone = store.addClient({ name: '别的公司', phones: ['+86 138 0000 1111'], visible: false });
    const imports = createClientImports({ clock: new FakeClock() });
    const preview = await imports.preview(
      {
        fileName: 'dups.xlsx',
        bytes: await xlsxBytes(
          ['客户名称', '统一社会信用代码', '联系人', '联系人手机'],
          [
            ['新名称', nthCreditCode(20), null, null],
            ['杭州华东贸易 有限公司', null, null, null],
            ['第三家', null, '甲', '13800001111'],
            ['文件内公司', nthCreditCode(21), null, null],
            ['文件内公司（分部）', nthCreditCode(21), null, null],
            ['ＡＢＣ Trading Co., Ltd.', null, null, null],
            ['abc trading 有限公司', null, null, null],
            ['全新公司', nthCreditCode(22), null, null],
          ],
        ),
      },
      'u',
      store,
    );
    expect(preview).toMatchObject({ total: 8, valid: 8, invalid: 0, duplicates: 5 });
    const dup = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r.duplicateOf]));
    expect(dup[2]).toEqual({
      clients: [
        {
          clientId: byCode.clientId,
          code: byCode.code,
          name: '旧名称',
          ownerName: '张',
          reasons: ['creditCode'],
          visible: true,
        },
      ],
      rows: [],
    });
    expect(dup[3]!.clients.map((c) => [c.clientId, c.reasons])).toEqual([[byName.clientId, ['name']]]);
    expect(dup[4]!.clients).toEqual([
      expect.objectContaining({ clientId: byPhone.clientId, reasons: ['phone'], visible: false }),
    ]);
    expect(dup[6]).toEqual({ clients: [], rows: [{ rowNumber: 5, reasons: ['creditCode'] }] });
    expect(dup[8]).toEqual({ clients: [], rows: [{ rowNumber: 7, reasons: ['name'] }] });
    expect(dup[9]).toBeUndefined();
    // Only rows with a problem or a warning come with the preview; the pages give the rest.
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 6, 8]);
    expect(imports.rows(preview.jobId, 'u', 'all', 1, 3)).toMatchObject({ total: 8, page: 1, pageSize: 3 });
    expect(imports.rows(preview.jobId, 'u', 'all', 3, 3).rows.map((r) => r.rowNumber)).toEqual([8, 9]);
    expect(imports.rows(preview.jobId, 'u', 'duplicates', 1, 50).total).toBe(5);
    expect(imports.rows(preview.jobId, 'u', 'invalid', 1, 50).total).toBe(0);
  });
});
