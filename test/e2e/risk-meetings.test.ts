import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfText } from './support/pdf';
import { openSampleApp } from './support/sampleApp';
import { chooseOption } from './support/select';
import { execFileSync } from 'node:child_process';

const SHOTS = path.join(ARTIFACTS, 'risk-meetings');
const RAW_KEY = /\b(meetings|risk|riskDesk|common|validation|errors):[a-zA-Z_]+/;

/** The people of the sample department the meeting names: read from it before the app opens. */
const people = { chair: '', attendees: [] as string[], owner: '' };

async function readPeople(core: Core): Promise<void> {
  const session = core.sessions.create();
  const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, session);
  if (!login.ok) throw new Error(login.error.message);
  const staff = await core.call('org.staff.list', {}, session);
  if (!staff.ok) throw new Error(staff.error.message);
  const active = staff.data.filter((s) => s.status === 'active');
  people.chair = active.find((s) => s.id === login.data.staffId)!.name;
  const others = active.filter((s) => s.name !== people.chair);
  people.attendees = [others[1]!.name, others[2]!.name];
  people.owner = others[1]!.name;
}

const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '风险识别会议',
    title: '2026年第四季度风险识别会议',
    location: '三号会议室',
    agenda: ['回顾上季度风险应对情况', '识别新的信用风险'],
    minutesIntro: '会议由部门经理主持，',
    minutesBold: '重点讨论了应收账款风险',
    bullets: ['两家大客户回款周期超过90天', '新签合同缺少履约担保条款'],
    decision: '对A类客户授信额度进行全面复核',
    risks: ['大客户回款延迟导致坏账', '合同缺少履约担保'],
    likelihood: '2 · 不太可能',
    impact: '3 · 中等',
    category: '信用风险',
    category2: '法律风险',
    issued: '已印发',
    signature: ['主持人', '记录人', '签字', '日期'],
  },
  'en-US': {
    language: 'English',
    menu: 'Meetings',
    title: 'Q4 2026 risk identification meeting',
    location: 'Meeting room 3',
    agenda: ['Review of last quarter’s responses', 'New credit risks'],
    minutesIntro: 'The manager chaired the meeting; ',
    minutesBold: 'receivables were the main topic',
    bullets: ['Two key clients pay after 90+ days', 'New contracts lack performance guarantees'],
    decision: 'Review the credit limits of all A-tier clients',
    risks: ['Bad debt from late-paying key clients', 'Contracts without performance guarantees'],
    likelihood: '2 · Unlikely',
    impact: '3 · Moderate',
    category: 'Credit risk',
    category2: 'Legal risk',
    issued: 'Issued',
    signature: ['Chair', 'Recorder', 'Signature', 'Date'],
  },
} as const;
type Locale = keyof typeof WORDS;

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
  expect(text, where).not.toContain('undefined');
}

/** Chooses an option of a searchable antd Select by typing its label, as a person at the keyboard does. */
async function choose(page: Page, selector: string, label: string) {
  await page.click(selector);
  await page.keyboard.type(label);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
    .getByText(label, { exact: true })
    .waitFor();
  await page.keyboard.press('Enter');
}

async function modalClosed(page: Page) {
  const refused = page.locator('.ant-modal:visible .ant-form-item-explain-error, .ant-message-error');
  await expect
    .poll(
      async () =>
        (await refused.count())
          ? await refused.allInnerTexts()
          : await page.locator('.ant-modal:visible').count(),
      {
        timeout: 15_000,
      },
    )
    .toBe(0);
}

/** Raises a risk from inside the meeting form and waits for it in the form's risk table. */
async function raise(page: Page, w: (typeof WORDS)[Locale], i: number, score: boolean) {
  const rows = page.locator('[data-testid=meeting-risks] tbody tr.ant-table-row');
  const before = await rows.count();
  await page.click('[data-testid=raise-risk]');
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  await page.fill('#raise_title', w.risks[i]!);
  await choose(page, '#raise_category', i === 0 ? w.category : w.category2);
  await choose(page, '#raise_ownerId', people.owner);
  await page.fill(
    '#raise_description',
    i === 0 ? '应收账款逾期 90 天以上的金额持续上升。' : 'Template contracts omit the guarantee clause.',
  );
  if (score) {
    await page.click('[data-testid=raise-score-now]');
    await page.locator('[data-testid=raise-likelihood] .ant-radio-button-wrapper').nth(3).click();
    await page.locator('[data-testid=raise-impact] .ant-radio-button-wrapper').nth(3).click();
    await page.waitForSelector('[data-testid=raise-level] [data-testid=level-chip]');
  }
  await page.click('[data-testid=raise-submit]');
  await modalClosed(page);
  await expect.poll(() => rows.count()).toBe(before + 1);
}

const pick = chooseOption;

const heatCount = (page: Page, l: number, i: number) =>
  page.getAttribute(
    `[data-testid=heatmap-current] [data-likelihood="${l}"][data-impact="${i}"]`,
    'data-count',
  );

async function download(page: Page, testId: string, target: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid=${testId}]`),
  ]);
  await file.saveAs(target);
  return target;
}

/**
 * A risk identification meeting end to end, as the department manager of the sample department: the form
 * filled as the meeting goes (attendees, agenda, minutes with bold and a list, a decision), two risks raised
 * from inside the form, the minutes issued and printed, the unscored risk assessed on the register and both
 * seen on the heat map; in Chinese and in English.
 */
describe('risk identification meetings end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'manager',
      only: ['org'],
      prepare: readPeople,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`holds a meeting that raises two risks, issues and prints its minutes in ${locale}`, async () => {
      const { page } = app;
      const w = WORDS[locale];
      await page.goto(`${app.harness.url}#/home`);
      await page.reload();
      await page.getByText(w.language, { exact: true }).first().click();
      await page.getByRole('menuitem', { name: w.menu }).click();
      await page.waitForSelector('[data-testid=risk-meetings-page]');
      await page.click('[data-testid=meeting-new]');
      await page.waitForSelector('[data-testid=meeting-form]');

      await page.fill('#meeting_title', w.title);
      await page.fill('#meeting_location', w.location);
      await choose(page, '#meeting_chairId', people.chair);
      for (const name of people.attendees) await choose(page, '#meeting_attendeeIds', name);
      await page.keyboard.press('Escape');
      for (const [i, item] of w.agenda.entries()) {
        await page.click('[data-testid=agenda-add]');
        await page.fill(`#meeting_agenda_${i}_title`, item);
      }

      // The minutes: a sentence with a bold part, then a bulleted list of two points.
      await page.click('[data-testid=minutes-editor]');
      await page.keyboard.type(w.minutesIntro);
      await page.click('[data-testid=minutes-bold]');
      await page.keyboard.type(w.minutesBold);
      await page.click('[data-testid=minutes-bold]');
      await page.keyboard.press('Enter');
      await page.click('[data-testid=minutes-bullets]');
      await page.keyboard.type(w.bullets[0]);
      await page.keyboard.press('Enter');
      await page.keyboard.type(w.bullets[1]);
      expect(await page.locator('[data-testid=minutes-editor] strong').textContent()).toBe(w.minutesBold);
      expect(await page.locator('[data-testid=minutes-editor] ul li').count()).toBe(2);

      await page.click('[data-testid=decision-add]');
      await page.fill('#meeting_decisions_0_text', w.decision);
      await choose(page, '#meeting_decisions_0_ownerId', people.owner);
      const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await page.click('#meeting_decisions_0_dueOn');
      await page.fill('#meeting_decisions_0_dueOn', due);
      await page.keyboard.press('Enter');

      await noRawKeys(page, `form ${locale}`);
      await app.shot(`form-${locale}`);

      // Two risks raised without leaving the form: the first scored at once, the second to be assessed.
      await raise(page, w, 0, true);
      await raise(page, w, 1, false);
      expect(await page.locator('[data-testid=meeting-risks]').innerText()).toContain(w.risks[1]);
      await app.shot(`form-risks-${locale}`);

      await page.click('[data-testid=meeting-save]');
      await page.waitForSelector('[data-testid=meeting-detail-page]');
      await page.waitForSelector('[data-testid=minutes-view] strong');
      expect(await page.locator('[data-testid=minutes-view] strong').textContent()).toBe(w.minutesBold);
      await page.click('[data-testid=meeting-issue]');
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await expect
        .poll(() => page.locator('[data-testid=meeting-detail-page]').innerText())
        .toContain(w.issued);
      await noRawKeys(page, `detail ${locale}`);
      await app.shot(`detail-${locale}`);

      const pdf = await download(page, 'meeting-print', path.join(SHOTS, `minutes-${locale}.pdf`));
      const text = pdfText(pdf).replace(/\s+/g, '');
      for (const word of [
        w.title,
        people.chair,
        ...people.attendees,
        ...w.agenda,
        w.minutesBold,
        ...w.bullets,
        w.decision,
        ...w.risks,
        ...w.signature,
      ])
        expect(text, word).toContain(word.replace(/\s+/g, ''));
      execFileSync('pdftoppm', ['-png', '-r', '80', pdf, path.join(SHOTS, `minutes-${locale}`)]);
      expect(fs.readdirSync(SHOTS).some((f) => f.startsWith(`minutes-${locale}`) && f.endsWith('.png'))).toBe(
        true,
      );

      // The risk raised without a score is assessed on the register; both then stand on the heat map.
      await page.goto(`${app.harness.url}#/risks`);
      await page.locator('tr.ant-table-row', { hasText: w.risks[1] }).locator('a').first().click();
      await page.waitForSelector('[data-testid=risk-header]');
      await page.click('[data-testid=move-assess]');
      await page.waitForSelector('[data-testid=assess-form]');
      await pick(page, '#assess_likelihood', w.likelihood);
      await pick(page, '#assess_impact', w.impact);
      await page.click('[data-testid=assess-save]');
      await expect
        .poll(() => page.getAttribute('[data-testid=risk-status]', 'data-status'), { timeout: 15_000 })
        .toBe('assessed');
      await page.goto(`${app.harness.url}#/risks/heatmap`);
      await page.waitForSelector('[data-testid=heatmap-current]');
      const round = String(locale === 'zh-CN' ? 1 : 2);
      await expect.poll(() => heatCount(page, 4, 4)).toBe(round);
      expect(await heatCount(page, 2, 3)).toBe(round);
      await noRawKeys(page, `heat map ${locale}`);
      await app.shot(`heatmap-${locale}`);

      // The list and the decisions, with what this meeting added.
      await page.goto(`${app.harness.url}#/risk-meetings`);
      await page.waitForSelector('[data-testid=meeting-code]');
      expect(await page.locator('[data-testid=risk-meetings-page]').innerText()).toContain(w.title);
      await noRawKeys(page, `list ${locale}`);
      await app.shot(`list-${locale}`);
      await page.click('[data-testid=meeting-decisions]');
      await page.waitForSelector('[data-testid=decisions-table] .ant-table-row');
      expect(await page.locator('[data-testid=decisions-table]').innerText()).toContain(w.decision);
      await noRawKeys(page, `decisions ${locale}`);
      await app.shot(`decisions-${locale}`);
    });
  }
});
