import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import type { ChannelInput } from '../../src/shared/contract/channels';
import { chinaDateOf } from '../../src/shared/calendar/workingTime';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfText } from './support/pdf';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'risk-report');
const RAW_KEY = /\b(riskReport|riskDesk|risk|common):[a-zA-Z_]+/;
const squeeze = (s: string) => s.replace(/\s+/g, '');
const daysAgo = (today: string, n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** What the register holds, made through the services as the manager before the app opens. */
const made = { today: '', codes: [] as string[] };

async function call<C extends Parameters<Core['call']>[0]>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
  session: Session,
) {
  const r = await core.call(channel, input, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

async function fillRegister(core: Core): Promise<void> {
  const session = core.sessions.create();
  const me = await call(core, 'auth.login', { username: 'manager', password: DEMO_PASSWORD }, session);
  const staff = (await call(core, 'org.staff.list', {}, session)).filter((s) => s.status === 'active');
  const today = chinaDateOf(core.deps.clock.now().getTime());
  made.today = today;
  const owners = [staff[1]!, staff[2]!, staff[3]!];
  const risks: [string, string, number, number, number][] = [
    ['重点客户回款持续逾期，应收账款余额超出授信额度', 'credit', 5, 4, 0],
    ['原材料价格大幅上涨', 'market', 4, 3, 1],
    ['销售合同缺少违约责任条款', 'legal', 2, 4, 2],
    ['报价系统权限设置不当', 'operational', 3, 2, 0],
    ['展会预算超支', 'other', 1, 3, 1],
  ];
  for (const [i, [title, category, likelihood, impact, owner]] of risks.entries()) {
    const r = await call(
      core,
      'risk.create',
      {
        title,
        category,
        ownerId: owners[owner]!.id,
        identifiedOn: daysAgo(today, 40 - i),
        likelihood,
        impact,
      },
      session,
    );
    made.codes.push(r.code);
    if (i < 3)
      await call(
        core,
        'risk.addAction',
        {
          riskId: r.id,
          title: i === 0 ? '与客户签订分期还款协议并追加担保' : '制定应对预案',
          ownerId: owners[(owner + 1) % 3]!.id,
          dueOn: daysAgo(today, i === 2 ? -10 : 5 + i),
        },
        session,
      );
  }
  const kri = await call(
    core,
    'kri.create',
    {
      name: '逾期应收账款占比',
      description: null,
      unit: '%',
      direction: 'higher_worse',
      warningThreshold: 10,
      alarmThreshold: 15,
      riskId: null,
      ownerId: me.staffId,
      frequency: 'monthly',
      source: 'manual',
      active: true,
    },
    session,
  );
  await call(
    core,
    'kri.addReading',
    { kriId: kri.id, periodOn: daysAgo(today, 1), value: 17.5, note: null },
    session,
  );
}

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
}

/** Opens the dialog, sets its language, prints, and keeps the PDF and its pages as PNG. */
async function printFrom(app: E2E, buttonPage: string, locale: 'zh-CN' | 'en-US', name: string) {
  const { page } = app;
  await page.click('[data-testid=risk-report-print]');
  const dialog = page.locator('.ant-modal:visible').last();
  await dialog.waitFor();
  await expect.poll(() => dialog.getAttribute('class')).not.toMatch(/ant-zoom/);
  await dialog
    .locator('[data-testid=risk-report-locale]')
    .getByText(locale === 'zh-CN' ? '中文' : 'English')
    .click();
  await noRawKeys(page, `dialog on ${buttonPage}`);
  await app.shot(`dialog-${name}`);
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: locale === 'zh-CN' ? '生成 PDF' : 'Create PDF' }).click(),
  ]);
  const pdf = path.join(SHOTS, `${name}.pdf`);
  await dl.saveAs(pdf);
  for (const f of fs.readdirSync(SHOTS))
    if (f.startsWith(`${name}-`) && f.endsWith('.png')) fs.rmSync(path.join(SHOTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, path.join(SHOTS, name)]);
  // In content order a wrapped cell's lines stay together (the layout puts its neighbours between them).
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  return { text: pdfText(pdf), flat: squeeze(raw) };
}

/**
 * The register report printed from the register and from the heat map in Chromium, through the options
 * dialog, in both languages: read back with pdftotext, every page kept as PNG to look at.
 */
describe('risk register report', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'manager',
      only: ['org'],
      prepare: fillRegister,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('prints from the register in Chinese', async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/home`);
    await page.getByText('中文', { exact: true }).first().click();
    await page.goto(`${app.harness.url}#/risks`);
    await page.waitForSelector('[data-testid=risks-page]');
    const { flat, text } = await printFrom(app, 'register', 'zh-CN', 'register-zh');
    for (const s of [
      '风险登记报告',
      '概况',
      '开放风险热力图',
      '主要风险',
      '开放风险：按类别与等级',
      '逾期的应对措施',
      '与客户签订分期还款协议并追加担保',
      '风险预警',
      '逾期应收账款占比',
      '17.5 %',
      '部门经理',
      ...made.codes,
    ])
      expect(flat, s).toContain(squeeze(s));
    expect(text).toMatch(/第\s*1\s*\/\s*\d+\s*页/);
  });

  it('prints from the heat map in English, beside the map of an earlier day', async () => {
    const { page } = app;
    await page.getByText('English', { exact: true }).first().click();
    await page.goto(`${app.harness.url}#/risks/heatmap`);
    await page.waitForSelector('[data-testid=heatmap-current]');
    const earlier = daysAgo(made.today, 30);
    await page.click('[data-testid=heatmap-compare]');
    await page.keyboard.type(earlier);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=heatmap-earlier]');
    const { flat, text } = await printFrom(app, 'heat map', 'en-US', 'register-en');
    for (const s of [
      'Risk Register Report',
      'Summary',
      'Heat map of open risks',
      'At the end of',
      'How the levels moved',
      'Top risks',
      'Open risks by category and level',
      'Overdue actions',
      'Early warnings',
      'Department manager',
      ...made.codes,
    ])
      expect(flat, s).toContain(squeeze(s));
    expect(text).toMatch(/Page\s+1\s+of\s+\d+/);
    for (const zh of ['概况', '热力图', '逾期的', '部门经理']) expect(text, zh).not.toContain(zh);
  });
});
