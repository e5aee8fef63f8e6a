import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/createCore';
import { DEMO_PASSWORD } from '../../scripts/sample';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfText } from './support/pdf';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'service');
/** A translation key that reached the screen untranslated looks like `ns:some.key`. */
const RAW_KEY = /\b(service|serviceDesk|common|validation|errors|clients):[a-zA-Z_]+/;

/** A client file the desk will recognise by its contact's mobile (a number no sample contact has). */
const CLIENT = '申江精密仪器有限公司';
const PHONE = '19900001234';
const CONTACT = '郑海燕';

/** What the test reads and clicks that is not a test id: the words of each language. */
const WORDS = {
  'zh-CN': {
    language: '中文',
    menu: '咨询投诉',
    save: '保存',
    category: '产品质量',
    severity: '重要',
    department: '质量部',
    satisfied: '满意',
    registered: '已登记',
    investigating: '调查中',
    resolving: '处理中',
    feedback: '待回访',
    closed: '已关闭',
    caller: `来电识别：${CLIENT}，${CONTACT}`,
  },
  'en-US': {
    language: 'English',
    menu: 'Service desk',
    save: 'Save',
    category: 'Product quality',
    severity: 'Major',
    department: 'Quality',
    satisfied: 'Satisfied',
    registered: 'Registered',
    investigating: 'Investigating',
    resolving: 'Resolving',
    feedback: 'Awaiting feedback',
    closed: 'Closed',
    caller: `Caller: ${CLIENT}, ${CONTACT}`,
  },
} as const;
type Locale = keyof typeof WORDS;

/** A number two client files' contacts share (a family business, a shared switchboard): the desk asks which. */
const SHARED_PHONE = '19900005678';
const SHARED_CLIENTS = ['浦江电子科技有限公司', '浦江电子贸易有限公司'] as const;

/** A client file with one primary contact, made through the contract as the manager. */
async function addClientFile(
  core: Core,
  session: ReturnType<Core['sessions']['create']>,
  name: string,
  contact: string,
  mobile: string,
): Promise<void> {
  const client = await core.call(
    'clients.create',
    {
      type: 'enterprise',
      name,
      creditCode: null,
      industry: null,
      province: null,
      city: null,
      address: null,
      source: 'other',
      tier: 'A',
      ownerId: null,
      tags: [],
      notes: null,
      status: 'customer',
    },
    session,
  );
  if (!client.ok) throw new Error(client.error.message);
  const added = await core.call(
    'contacts.create',
    {
      clientId: client.data.id,
      name: contact,
      title: null,
      mobile,
      email: null,
      wechat: null,
      isPrimary: true,
      birthday: null,
      notes: null,
    },
    session,
  );
  if (!added.ok) throw new Error(added.error.message);
}

/** The callers the desk will recognise: one file by its contact's mobile, two files sharing a number. */
async function addKnownCallers(core: Core): Promise<void> {
  const session = core.sessions.create();
  const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, session);
  if (!login.ok) throw new Error(login.error.message);
  await addClientFile(core, session, CLIENT, CONTACT, PHONE);
  await addClientFile(core, session, SHARED_CLIENTS[0], '孙立', SHARED_PHONE);
  await addClientFile(core, session, SHARED_CLIENTS[1], '孙立', SHARED_PHONE);
}

/** Clicks a button that produces a file and keeps the download there. */
async function download(page: Page, testId: string, target: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid=${testId}]`),
  ]);
  await file.saveAs(target);
  return target;
}

async function noRawKeys(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, where).not.toMatch(RAW_KEY);
  expect(text, where).not.toContain('undefined');
}

/** Opens a move's dialog, lets `fill` fill it, saves, and waits for the dialog to close. */
async function move(
  page: Page,
  locale: Locale,
  testId: string,
  fill: (modal: ReturnType<Page['locator']>) => Promise<void>,
) {
  await page.click(`[data-testid=${testId}]`);
  const modal = page.locator('.ant-modal:visible').last();
  await modal.waitFor();
  // Still zooming in, the dialog moves under the pointer: wait for it to stand still.
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/ant-zoom/);
  await fill(modal);
  await modal.getByRole('button', { name: WORDS[locale].save, exact: true }).click();
  // Closed once saved; a refusal stays open with its reason under a field or in a message: say which.
  const refused = page.locator('.ant-modal:visible .ant-form-item-explain-error, .ant-message-error');
  await expect
    .poll(async () => ((await refused.count()) ? await refused.allInnerTexts() : await modal.isVisible()), {
      timeout: 15_000,
    })
    .toBe(false);
}

/**
 * Chooses an option of a searchable antd Select as a person at the keyboard does: types its label, waits for
 * the list to narrow to it, presses Enter; the select then shows it.
 */
async function choose(page: Page, selector: string, label: string) {
  const select = page.locator('.ant-select', { has: page.locator(selector) });
  await page.click(selector);
  await page.keyboard.type(label);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
    .getByText(label, { exact: true })
    .waitFor();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => select.locator('.ant-select-content, .ant-select-selector').first().textContent())
    .toContain(label);
}

/** A screen opened afresh (no dialog or dropdown of an earlier test left over). */
async function open(app: E2E, hash: string) {
  await app.page.goto(`${app.harness.url}#${hash}`);
  await app.page.reload();
}

/** The screen without the save messages still fading out, for a screenshot. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

async function status(page: Page, text: string) {
  await expect.poll(() => page.textContent('[data-testid=ticket-status]')).toBe(text);
}

/**
 * The service desk end to end, as the customer-service clerk of the sample department: a complaint from a
 * known phone number (caller ID fills the client and contact), then every step to closed — first response,
 * investigation, resolving with an action, resolved, the feedback visit — and the timeline of it all; in
 * Chinese and in English; the list, the intake form and the ticket screenshotted at 1366 and the list at 1024.
 */
describe('service desk end to end', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({ artifactsDir: SHOTS, username: 'staff2', prepare: addKnownCallers });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`registers a complaint by phone and takes it to closed in ${locale}`, async () => {
      const { page } = app;
      const w = WORDS[locale];
      await open(app, '/home');
      await page.getByText(w.language, { exact: true }).first().click();
      await page.getByRole('menuitem', { name: w.menu }).click();
      await page.waitForSelector('[data-testid=service-page]');
      await page.click('[data-testid=ticket-new]');
      await page.waitForSelector('[data-testid=intake-form]');

      // Caller ID: the phone box has the focus; the number finds the file and its contact.
      await page.keyboard.type(PHONE);
      await page.getByText(w.caller).waitFor();
      expect(await page.textContent('[data-testid=intake-client]')).toContain(CLIENT);
      expect(await page.textContent('[data-testid=intake-contact]')).toContain(CONTACT);
      await page.keyboard.press('Alt+2');
      await choose(page, '#intake_category', w.category);
      await page.locator('[data-testid=intake-severity]').getByText(w.severity, { exact: true }).click();
      await expect
        .poll(() => page.locator('[data-testid=intake-severity] .ant-segmented-item-selected').textContent())
        .toBe(w.severity);
      await page.fill(
        '#intake_content',
        locale === 'zh-CN'
          ? '仪器到货后校准偏差超标，客户要求更换。'
          : 'Calibration off on delivery; the client wants a replacement.',
      );
      await noRawKeys(page, `intake ${locale}`);
      await app.shot(`intake-${locale}`);
      await page.focus('#intake_content');
      await page.keyboard.press('Control+Enter');

      const saved = await page.locator('[data-testid=intake-saved]').textContent();
      const code = /TS-\d{8}-\d{3}/.exec(saved ?? '')?.[0];
      expect(code, saved ?? '').toBeTruthy();
      await app.shot(`intake-saved-${locale}`);
      await page.click('[data-testid=intake-open]');
      await page.waitForSelector('[data-testid=ticket-header]');
      expect(await page.textContent('[data-testid=ticket-code]')).toBe(code);
      expect(await page.textContent('[data-testid=ticket-title]')).toBe(CLIENT);
      expect(await page.textContent('[data-testid=ticket-header]')).toContain(w.severity);
      await status(page, w.registered);

      await move(page, locale, 'move-startInvestigation', async (m) => {
        await m
          .locator('#startInvestigation_note')
          .fill(locale === 'zh-CN' ? '已受理，两天内给出调查结果。' : 'Received; findings within two days.');
      });
      await status(page, w.investigating);

      await move(page, locale, 'move-saveInvestigation', async (m) => {
        await m
          .locator('#investigation_findings')
          .fill(locale === 'zh-CN' ? '出厂校准记录缺失。' : 'No calibration record at dispatch.');
        await m
          .locator('#investigation_rootCause')
          .fill(locale === 'zh-CN' ? '出厂检验漏检' : 'Missed at final inspection');
      });
      await move(page, locale, 'move-startResolving', async (m) => {
        await choose(page, '#startResolving_responsibleDept', w.department);
        await m
          .locator('#startResolving_solution')
          .fill(locale === 'zh-CN' ? '更换仪器并补做校准。' : 'Replace the instrument and calibrate.');
      });
      await status(page, w.resolving);

      // Resolving opens on the actions: one action, then done.
      await page.waitForSelector('[data-testid=action-new]');
      await move(page, locale, 'action-new', async (m) => {
        await m
          .locator('#action_description')
          .fill(locale === 'zh-CN' ? '发出替换仪器' : 'Ship a replacement');
      });
      await page.waitForSelector('[data-testid=action-complete]');
      await move(page, locale, 'action-complete', async (m) => {
        await m.locator('#actionDone_note').fill(locale === 'zh-CN' ? '顺丰单号 SF123' : 'Tracking SF123');
      });
      await settled(page);
      await app.shot(`detail-resolving-${locale}`);
      await move(page, locale, 'move-resolve', async (m) => {
        await m
          .locator('#resolve_summary')
          .fill(locale === 'zh-CN' ? '已更换仪器，客户验收合格。' : 'Replaced; the client accepted it.');
      });
      await status(page, w.feedback);

      await move(page, locale, 'move-close', async (m) => {
        await m.getByText(w.satisfied, { exact: true }).click();
        await m.locator('[data-testid=satisfaction-score] li').nth(4).click();
      });
      await status(page, w.closed);
      expect(await page.locator('[data-testid=ticket-moves] [data-testid=move-reopen]').count()).toBe(1);

      // Every step on the timeline, in order.
      const kinds = await page
        .locator('[data-testid=timeline-event]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
      expect(kinds).toEqual([
        'received',
        'investigation_started',
        'investigation_saved',
        'resolving_started',
        'action_added',
        'action_done',
        'resolved',
        'closed',
      ]);
      expect(await page.textContent('[data-testid=actions-table]')).toContain(w.department);
      // The handling form (投诉处理单) of this very complaint, as real text.
      const form = pdfText(
        await download(page, 'ticket-print', path.join(SHOTS, `handling-form-${locale}.pdf`)),
      );
      expect(form).toContain(code!);
      expect(form).toContain(CLIENT);
      await page.getByRole('tab').first().click();
      expect(await page.textContent('[data-testid=ticket-investigation]')).toContain(w.department);
      await settled(page);
      await noRawKeys(page, `detail ${locale}`);
      await app.shot(`detail-${locale}`);

      // The list shows it closed; the client file's Tickets tab counts the complaint.
      await page.goto(`${app.harness.url}#/service`);
      await page.waitForSelector('[data-testid=ticket-table]');
      await page.getByRole('link', { name: code! }).waitFor();
      // The list as Excel, as filtered.
      await download(page, 'ticket-export', path.join(SHOTS, `tickets-${locale}.xlsx`));
      await settled(page);
      await noRawKeys(page, `list ${locale}`);
      await app.shot(`list-${locale}`);
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.waitForTimeout(300);
      const { scrollWidth, clientWidth } = (await page.evaluate(
        '({ scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth })',
      )) as { scrollWidth: number; clientWidth: number };
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await app.shot(`list-1024-${locale}`);
      await page.setViewportSize({ width: 1366, height: 860 });
    });
  }

  it('asks which file a shared number is for, and a number key picks it', async () => {
    const { page } = app;
    await page.getByText(WORDS['zh-CN'].language, { exact: true }).first().click();
    await open(app, '/service/new');
    await page.waitForSelector('[data-testid=intake-form]');
    await page.keyboard.type(SHARED_PHONE);
    await page.waitForSelector('[data-testid=caller-chooser]');
    expect(await page.locator('[data-testid=caller-choice]').count()).toBe(2);
    await app.shot('intake-chooser-zh-CN');
    const second = (await page.locator('[data-testid=caller-choice]').nth(1).textContent()) ?? '';
    const chosen = SHARED_CLIENTS.find((name) => second.includes(name))!;
    await page.keyboard.press('2');
    await page.waitForSelector('[data-testid=caller-chooser]', { state: 'detached' });
    expect(await page.textContent('[data-testid=intake-client]')).toContain(chosen);
    expect(await page.textContent('[data-testid=intake-contact]')).toContain('孙立');
  });

  it("takes an unknown caller's inquiry through answer, close and reopen, links it to a file and turns it into a complaint", async () => {
    const { page } = app;
    const w = WORDS['zh-CN'];
    await page.getByText(w.language, { exact: true }).first().click();
    await open(app, '/service/new');
    await page.waitForSelector('[data-testid=intake-form]');
    await page.keyboard.type('13000000000');
    await page.getByText('未找到该号码的客户档案，可填写来电人。').waitFor();
    await page.fill('#intake_callerName', '刘先生');
    await choose(page, '#intake_category', '其他');
    await page.fill('#intake_content', '询问仪器保修期多长。');
    await page.focus('#intake_callerName');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=intake-saved]');
    await page.click('[data-testid=intake-open]');
    await page.waitForSelector('[data-testid=ticket-header]');
    expect(await page.textContent('[data-testid=ticket-title]')).toBe('刘先生');
    await status(page, '待答复');

    await move(page, 'zh-CN', 'move-answer', async (m) => {
      await m.locator('#answer_answer').fill('整机保修一年，探头保修半年。');
    });
    await status(page, '已答复');
    await move(page, 'zh-CN', 'move-close', async () => {});
    await status(page, '已关闭');
    await move(page, 'zh-CN', 'move-reopen', async (m) => {
      await m.locator('#reopen_reason').fill('客户追问：探头已坏，要求更换。');
    });
    await status(page, '待答复');

    // The caller turns out to be a known client's: linked to the file.
    await move(page, 'zh-CN', 'move-edit', async (m) => {
      await m.locator('#ticketEdit_clientId').click();
      await page.keyboard.type('申江精密');
      await page.locator('.ant-select-dropdown:visible').getByText(CLIENT).first().click();
      await expect.poll(() => m.locator('[data-testid=edit-client]').textContent()).toContain(CLIENT);
    });
    await expect.poll(() => page.textContent('[data-testid=ticket-title]')).toBe(CLIENT);

    await move(page, 'zh-CN', 'move-convert', async (m) => {
      await choose(page, '#convert_category', '产品质量');
      await m.locator('#convert_reason').fill('探头损坏，属于产品质量投诉。');
    });
    await status(page, '已登记');
    expect(await page.textContent('[data-testid=ticket-header]')).toContain('投诉');
    expect(await page.locator('[data-testid=move-startInvestigation]').count()).toBe(1);
    const kinds = await page
      .locator('[data-testid=timeline-event]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['received', 'answered', 'closed', 'reopened', 'updated', 'converted']);
    await settled(page);
    await noRawKeys(page, 'converted inquiry');
    await app.shot('detail-converted-zh-CN');
  });

  it('shows an overdue ticket in red, and a client file its tickets', async () => {
    const { page } = app;
    await page.getByText(WORDS['en-US'].language, { exact: true }).first().click();
    await open(app, '/service');
    await page.click('[data-testid=filter-overdue]');
    await expect.poll(() => page.getAttribute('[data-testid=ticket-list]', 'data-loading')).toBe('false');
    const overdue = page.locator('[data-testid=ticket-table] [data-testid=ticket-clock][data-state=overdue]');
    await overdue.first().waitFor();
    expect(await overdue.first().textContent()).toMatch(/^Overdue by /);
    await page.locator('[data-testid=ticket-table] tbody a').first().click();
    await page.waitForSelector('[data-testid=ticket-header]');
    expect(
      await page.getAttribute('[data-testid=ticket-header] [data-testid=ticket-clock]', 'data-state'),
    ).toBe('overdue');
    await settled(page);
    await noRawKeys(page, 'overdue ticket');
    await app.shot('detail-overdue-en-US');

    // The client files the clerk sees are few; the manager sees them all.
    await page.click('[data-testid=user-menu]');
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForSelector('[data-testid=login-form]');
    await page.fill('#username', 'manager');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('[data-testid=login-submit]');
    await page.waitForSelector('[data-testid=user-menu]');
    await open(app, '/clients');
    await page.fill('[data-testid=client-search] input', CLIENT);
    await page.locator('[data-testid=client-list] tbody a', { hasText: CLIENT }).first().click();
    await page.waitForSelector('[data-testid=client-detail-page]');
    // This run's two complaints and the inquiry turned into one, still open.
    expect(await page.textContent('[data-testid=client-complaints-tag]')).toBe('3 complaints, 1 open');
    await page.getByRole('tab', { name: 'Tickets (3)' }).click();
    await page.waitForSelector('[data-testid=client-tickets]');
    await page.waitForTimeout(400);
    await noRawKeys(page, 'client tickets');
    await app.shot('client-tickets-en-US');
  });
});
