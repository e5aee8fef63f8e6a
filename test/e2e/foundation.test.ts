import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, openApp, type E2E } from './support/browser';
import { pdfFirstPagePng, pdfText } from './support/pdf';

const SHOTS = path.join(ARTIFACTS, 'foundation');

/**
 * The foundation's whole path through the real UI: first-run setup → log in → a group and two staff →
 * English and back → the roster PDF, read back with pdftotext. Screenshots of each step in test-artifacts/.
 */
describe('foundation end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bizops-e2e-'));
    app = await openApp(dataDir, { artifactsDir: SHOTS, passwordCost: { N: 1024, r: 8, p: 1 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sets up the department on first run', async () => {
    const { page } = app;
    await page.waitForSelector('#departmentName');
    await app.shot('01-setup');
    await page.fill('#departmentName', '华东业务部');
    await page.fill('#managerName', '王经理');
    await page.fill('#employeeNo', 'M001');
    await page.fill('#username', 'manager');
    await page.fill('#password', 'Manager#2026');
    await page.fill('#confirm', 'Manager#2026');
    await page.click('[data-testid=setup-submit]');
    await page.waitForSelector('[data-testid=home-page]');
    await page.getByText('您好，王经理').waitFor();
  });

  it('logs out and logs in again, refusing a wrong password first', async () => {
    const { page } = app;
    await page.click('[data-testid=user-menu]');
    await page.getByText('退出登录').click();
    await page.waitForSelector('[data-testid=login-form]');
    await page.fill('#username', 'manager');
    await page.fill('#password', 'wrong-password');
    await page.click('[data-testid=login-submit]');
    await expect.poll(() => page.textContent('[data-testid=login-error]')).toContain('用户名或密码错误');
    await app.shot('02-login-error');
    await page.fill('#password', 'Manager#2026');
    await page.click('[data-testid=login-submit]');
    await page.waitForSelector('[data-testid=org-glance]');
    await page.waitForTimeout(300);
    await app.shot('03-home');
  });

  it('creates a group and two staff members', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '小组' }).click();
    await page.waitForSelector('[data-testid=groups-page]');
    await page.click('[data-testid=group-new]');
    await page.fill('#group-name', '大客户组');
    await page.fill('#group-nameEn', 'Key Accounts');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: /大客户组/ }).waitFor();
    await app.shot('04-groups');

    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.waitForSelector('[data-testid=staff-page]');
    for (const [no, name, phone] of [
      ['KA001', '李娜', '13812345678'],
      ['KA002', '张伟', '+44 20 7946 0958'],
    ] as const) {
      await page.click('[data-testid=staff-new]');
      await page.fill('#staff-employeeNo', no);
      await page.fill('#staff-name', name);
      await page.fill('#staff-position', '客户经理');
      await page.click('#staff-group');
      await page.getByTitle('大客户组').click();
      await page.fill('#staff-phone', phone);
      await page.click('[data-testid=staff-save]');
      await page.getByRole('cell', { name }).waitFor();
    }
    // A bad phone number is refused with a message on the field itself.
    await page.click('[data-testid=staff-new]');
    await page.fill('#staff-employeeNo', 'KA003');
    await page.fill('#staff-name', '赵六');
    await page.fill('#staff-phone', '12345');
    await page.click('[data-testid=staff-save]');
    await page.getByText('请输入有效的手机号').waitFor();
    await app.shot('05-staff-field-error');
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByRole('cell', { name: '张伟' }).waitFor();
    expect(await page.getByRole('cell', { name: '赵六' }).count()).toBe(0);
    await app.shot('06-staff');
  });

  it('switches to English and back', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Staff' }).waitFor();
    await page.getByRole('cell', { name: 'Key Accounts' }).first().waitFor();
    await app.shot('07-staff-en');
    await page.getByRole('menuitem', { name: 'Home' }).click();
    await page.getByText('The department at a glance').waitFor();
    await app.shot('08-home-en');
    await page.getByText('中文', { exact: true }).first().click();
    await page.getByText('部门一览').waitFor();
  });

  it('exports the roster PDF with real Chinese and English text', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.waitForSelector('[data-testid=staff-page]');
    const zh = await download(page, path.join(SHOTS, 'roster-zh.pdf'));
    const zhText = pdfText(zh);
    for (const s of ['华东业务部人员名册', '大客户组', '李娜', '张伟', '13812345678', '客户经理'])
      expect(zhText).toContain(s);
    expect(zhText).toMatch(/第\s*1\s*\/\s*1\s*页/);
    expect(zhText).toMatch(/打印时间/);
    pdfFirstPagePng(zh, path.join(SHOTS, 'roster-zh'));

    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Staff' }).waitFor();
    const en = await download(page, path.join(SHOTS, 'roster-en.pdf'));
    const enText = pdfText(en);
    for (const s of ['Staff Roster', '华东业务部', 'Key Accounts', 'Employee no.', '李娜'])
      expect(enText).toContain(s);
    expect(enText).toMatch(/Page\s*1\s*of\s*1/);
    pdfFirstPagePng(en, path.join(SHOTS, 'roster-en'));
    await page.getByText('中文', { exact: true }).first().click();
  });
});

async function download(page: E2E['page'], target: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click('[data-testid=print-roster]'),
  ]);
  await dl.saveAs(target);
  return target;
}
