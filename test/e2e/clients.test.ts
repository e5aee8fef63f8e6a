import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type E2E } from './support/browser';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'clients');
const CLIENT = '华东智能装备有限公司';
const CREDIT_CODE = '91310000MA1FL8TQ36';

/** Today on this machine's calendar, as main reads "due today". */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A salesperson's path through client files in the real UI: a new client with a contact and a communication
 * whose next action is due today → it shows on the home card and in My follow-ups → a two-character search
 * finds the file → the same screens in English and back → the follow-up is marked done.
 */
describe('client files end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    // The department only: this test creates and looks for its own client files.
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'staff1', only: ['org'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a client file', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '客户档案' }).click();
    await page.waitForSelector('[data-testid=clients-page]');
    await page.click('[data-testid=client-new]');
    await page.waitForSelector('[data-testid=client-form]');
    await page.fill('#client_name', CLIENT);
    await page.fill('#client_creditCode', CREDIT_CODE);
    await page.click('#client_province');
    await page.keyboard.type('上海');
    await page.keyboard.press('Enter');
    await page.click('#client_city');
    await page.keyboard.type('上海');
    await page.keyboard.press('Enter');
    await page.fill('#client_address', '张江路 88 号');
    await page.getByTitle('B', { exact: true }).click();
    await page.click('#client_tags');
    await page.keyboard.type('展会客户');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await app.shot('01-new-client');
    await page.click('[data-testid=client-save]');

    await page.waitForSelector('[data-testid=client-header]');
    await expect.poll(() => page.textContent('[data-testid=client-name]')).toBe(CLIENT);
    expect(await page.textContent('[data-testid=client-code]')).toMatch(/^KH-\d{4}-\d{5}$/);
    // Without a contact or a communication the file is not complete yet, and says what is missing.
    expect(await page.textContent('[data-testid=completeness-missing]')).toContain('主联系人');
    await app.shot('02-detail');
  });

  it('adds a primary contact', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /联系人/ }).click();
    await page.click('[data-testid=contact-new]');
    await page.waitForSelector('[data-testid=contact-form]');
    await page.fill('#contact_name', '李娜');
    await page.fill('#contact_title', '采购经理');
    await page.fill('#contact_mobile', '13812345678');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: /李娜/ }).waitFor();
    expect(await page.textContent('[data-testid=contacts-table]')).toContain('13812345678');
    expect(await page.textContent('[data-testid=contacts-table]')).toContain('主联系人');
    await app.shot('03-contact');
  });

  it('logs a communication whose next action is due today', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /沟通记录/ }).click();
    await page.click('[data-testid=communication-new]');
    await page.waitForSelector('[data-testid=communication-form]');
    await page.fill('#communication_content', '电话沟通了二季度的设备采购计划,客户希望本周内收到报价。');
    await page.fill('#communication_nextAction', '发送报价单');
    await page.click('#communication_nextActionDate');
    await page.fill('#communication_nextActionDate', today());
    await page.keyboard.press('Enter');
    await app.shot('04-communication-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: /二季度的设备采购计划/ }).waitFor();
    expect(await page.textContent('[data-testid=communications-table]')).toContain('今天到期');
    await app.shot('05-communications');
  });

  it('shows the follow-up on the home card and in My follow-ups', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.waitForSelector('[data-testid=todo-card]');
    await expect.poll(() => page.textContent('[data-testid=todo-card]')).toContain(CLIENT);
    expect(await page.textContent('[data-testid=todo-card-today]')).toContain('1');
    // The menu counts it beside My follow-ups.
    expect(await page.textContent('[data-testid=nav-count-followups]')).toContain('1');
    await app.shot('06-home');

    await page.getByRole('menuitem', { name: '我的跟进' }).click();
    await page.waitForSelector('[data-testid=followups-page]');
    await expect.poll(() => page.textContent('[data-testid=followups-today]')).toContain(CLIENT);
    expect(await page.textContent('[data-testid=followups-today]')).toContain('发送报价单');
    await app.shot('07-followups');
  });

  it('finds the file by a two-character search', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '客户档案' }).click();
    await page.waitForSelector('[data-testid=clients-page]');
    await page.fill('[data-testid=client-search] input', '华东');
    await page.getByRole('link', { name: CLIENT }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    for (const text of await rows.allTextContents()) expect(text).toContain('华东');
    await page.fill('[data-testid=client-search] input', '智能装备');
    await page.getByRole('link', { name: CLIENT }).waitFor();
    await app.shot('08-search');
  });

  it('switches to English and back', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Client files' }).waitFor();
    await page.getByRole('columnheader', { name: /Completeness/ }).waitFor();
    await app.shot('09-list-en');
    await page.getByRole('link', { name: CLIENT }).click();
    await page.waitForSelector('[data-testid=client-header]');
    await page.getByText('Tier B', { exact: true }).waitFor();
    await page.getByText('Potential', { exact: true }).first().waitFor();
    await page.getByRole('tab', { name: /Communications \(1\)/ }).click();
    await page.getByText('Due today', { exact: true }).waitFor();
    await app.shot('10-detail-en');
    await page.getByRole('menuitem', { name: 'My follow-ups' }).click();
    await page.getByText('Due today', { exact: true }).first().waitFor();
    await app.shot('11-followups-en');
    await page.getByText('中文', { exact: true }).first().click();
    await page.getByRole('heading', { name: '我的跟进' }).waitFor();
  });

  it('marks the follow-up done', async () => {
    const { page } = app;
    await page.click('[data-testid=followup-done]');
    await page.getByText('没有逾期或未来 7 天内到期的跟进。').waitFor();
    await app.shot('12-followups-done');
  });
});
