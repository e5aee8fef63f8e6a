import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import type { Printer } from '../../../src/main/printing/printer';
import { translator } from '../../../src/main/i18n/translate';
import { makeCore, setUpDepartment, tempDir, unwrap } from '../../support/core';

let printer: Printer;
let core: Core;
let manager: Session;
let groups: Record<string, string>;
let keyAccounts: string;
let hotline: string;
const outDir = tempDir('bizops-roster-');

/** The PDF's text as a reader (or a search) sees it. */
function pdfText(bytes: Uint8Array, name: string): string {
  const file = path.join(outDir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** pdftotext may break a line between table cells; compare without any white space. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  printer = createChromiumPrinter();
  core = await makeCore({ printer });
  ({ manager, groups } = await setUpDepartment(core));
  keyAccounts = unwrap(
    await core.call(
      'org.groups.create',
      { name: '大客户组', nameEn: 'Key Accounts', sortOrder: 40 },
      manager,
    ),
  ).id;
  const lead = unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: 'S101',
        name: '张销售',
        groupId: groups.sales!,
        position: '组长',
        hireDate: '2024-05-06',
      },
      manager,
    ),
  );
  const sales = unwrap(await core.call('org.groups.list', {}, manager)).find((g) => g.id === groups.sales)!;
  unwrap(
    await core.call(
      'org.groups.update',
      {
        id: sales.id,
        version: sales.version,
        name: sales.name,
        nameEn: sales.nameEn,
        sortOrder: sales.sortOrder,
        leadStaffId: lead.id,
      },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: 'S102',
        name: '李推广',
        groupId: groups.market!,
        supervisorId: lead.id,
        phone: '13812345678',
      },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: 'S103',
        name: '王客服',
        groupId: groups.service!,
        status: 'on_leave',
        email: 'wang@example.com',
      },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: 'S104', name: '赵大客户', groupId: keyAccounts },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: 'D001', name: '周副经理', chargeGroupIds: [groups.sales!, groups.market!] },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: 'X001', name: '吴离职', groupId: groups.sales!, status: 'left' },
      manager,
    ),
  );
  // A short name and a long e-mail address in one row: the name must not be squeezed to one character a line.
  unwrap(
    await core.call(
      'org.staff.create',
      {
        employeeNo: 'S105',
        name: '李敏',
        groupId: keyAccounts,
        supervisorId: lead.id,
        position: '客户经理',
        hireDate: '2025-02-03',
        phone: '13900001111',
        email: 'limin.key-accounts.north-china@bizops-department.example.com',
      },
      manager,
    ),
  );
  // Enough people in one group for its table to run over several pages.
  hotline = unwrap(
    await core.call('org.groups.create', { name: '热线组', nameEn: 'Hotline', sortOrder: 50 }, manager),
  ).id;
  for (let i = 1; i <= 70; i++)
    unwrap(
      await core.call(
        'org.staff.create',
        {
          employeeNo: `K${String(i).padStart(3, '0')}`,
          name: `客服${i}号`,
          groupId: hotline,
          email: `service${i}@bizops.example`,
        },
        manager,
      ),
    );
}, 60_000);

afterAll(async () => {
  await core?.close();
  await printer?.close?.();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the department roster (人员名册) printed by Chromium', () => {
  it('keeps short columns on one line: names, statuses and headings never break beside a long e-mail', async () => {
    const file = unwrap(await core.call('reports.roster', { locale: 'zh-CN', groupId: null }, manager));
    const text = pdfText(file.bytes, 'roster-style');
    // Read as laid out (not squeezed): a name broken one character a line would not appear whole.
    for (const unbroken of ['李敏', '在职', '休假', '直属上级', '入职日期', '张销售', '客户经理'])
      expect(text, unbroken).toContain(unbroken);
    expect(text).toMatch(/S105\s+李敏\s+客户经理\s+张销售\s+2025年2月3日\s+在职\s+13900001111/);
    expect(squeeze(text)).toContain('limin.key-accounts.north-china@bizops-department.example.com');
  });

  it('repeats the table header on every page a table runs over', async () => {
    const file = unwrap(await core.call('reports.roster', { locale: 'zh-CN', groupId: hotline }, manager));
    const pages = pdfText(file.bytes, 'roster-pages')
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      expect(page, `page ${i + 1}`).toMatch(/工号\s+姓名\s+职位\s+直属上级\s+入职日期\s+状态\s+电话\s+邮箱/);
      expect(page, `page ${i + 1}`).toMatch(new RegExp(`第\\s*${i + 1}\\s*/\\s*${pages.length}\\s*页`));
    }
    expect(squeeze(pages.at(-1)!)).toContain('客服70号');
  });

  it('in Chinese: title, department, every group and current person, and the page footer', async () => {
    const file = unwrap(await core.call('reports.roster', { locale: 'zh-CN', groupId: null }, manager));
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toMatch(/^人员名册-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const text = pdfText(file.bytes, 'roster-zh');
    const flat = squeeze(text);
    expect(flat).toContain('业务部人员名册');
    expect(flat).toContain('业务部');
    for (const group of ['市场拓展组', '销售组', '客户服务组', '大客户组']) expect(flat).toContain(group);
    for (const person of ['王经理', '张销售', '李推广', '王客服', '赵大客户', '周副经理'])
      expect(flat).toContain(person);
    // Someone who has left is not on the roster.
    expect(flat).not.toContain('吴离职');
    expect(flat).toContain('13812345678');
    expect(flat).toContain('wang@example.com');
    expect(text).toMatch(/第\s*1\s*\/\s*\d+\s*页/);
  });

  it('in English: English title, English group names and the page footer', async () => {
    const file = unwrap(await core.call('reports.roster', { locale: 'en-US', groupId: null }, manager));
    expect(file.fileName).toMatch(/^Roster-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(file.bytes, 'roster-en');
    const flat = squeeze(text);
    // The English title (worded by the translation, e.g. 'Department Roster' or 'Staff Roster — {department}').
    const title = translator('en-US')('reports:roster.title', { department: '业务部' });
    expect(title).toMatch(/Roster/);
    expect(flat).toContain(squeeze(title));
    expect(text).toMatch(/Page\s+1\s+of\s+\d+/);
    for (const group of ['Market Expansion', 'Sales', 'Customer Service', 'Key Accounts'])
      expect(flat).toContain(squeeze(group));
    for (const person of ['张销售', '李推广', '王客服', '赵大客户']) expect(flat).toContain(person);
    // Column headings and statuses are in English, not Chinese.
    expect(flat).toContain('Employeeno.');
    expect(flat).toContain('Onleave');
    expect(flat).toContain('lead张销售');
    // No Chinese label left (the Chinese in the text is people's names, a position and the department's name).
    for (const zh of ['市场拓展组', '客户服务组', '未分组', '在职', '休假', '未指定', '分管', '第'])
      expect(text).not.toContain(zh);
  });

  it('for one group: only that group and its people', async () => {
    const file = unwrap(
      await core.call('reports.roster', { locale: 'zh-CN', groupId: groups.service! }, manager),
    );
    const flat = squeeze(pdfText(file.bytes, 'roster-service'));
    expect(flat).toContain('客户服务组');
    expect(flat).toContain('王客服');
    expect(flat).not.toContain('张销售');
    expect(flat).not.toContain('赵大客户');
  });
});
