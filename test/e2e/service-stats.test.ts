import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate, addDays } from '../../src/shared/service/statsPeriod';
import { insertTickets } from '../support/serviceTickets';
import { complaintYear } from '../support/serviceYear';
import { ARTIFACTS, type E2E } from './support/browser';
import { pdfFirstPagePng, pdfText } from './support/pdf';
import { openSampleApp } from './support/sampleApp';

const SHOTS = path.join(ARTIFACTS, 'service-stats');

async function download(page: E2E['page'], testId: string, target: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid=${testId}]`),
  ]);
  await dl.saveAs(target);
  return target;
}

/**
 * The statistics page in Chromium over a year and a half of complaints: this year's figures and charts in
 * both languages, and the analysis report printed from the page and read back with pdftotext.
 */
describe('service statistics in the browser', () => {
  let app: E2E;

  beforeAll(async () => {
    app = await openSampleApp({
      artifactsDir: SHOTS,
      username: 'manager',
      only: ['org'],
      prepare: async (core) => {
        const now = core.deps.clock.now();
        const today = chinaDate(now);
        insertTickets(
          core.store.db,
          complaintYear({ from: addDays(today, -540), to: today, perDay: 1.5, now: now.toISOString() }),
        );
      },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows this year's complaints against last year's: figures, charts, tables", async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/service/stats`);
    await page.waitForSelector('[data-testid=service-stats-page]');
    await page.click('[data-testid=stats-period]');
    await page.getByTitle('本年').click();
    await page.waitForSelector('[data-testid=chart-pareto] svg');
    for (const key of ['category', 'pareto', 'month', 'channel', 'sla'])
      expect(await page.locator(`[data-testid=chart-${key}] svg text`).count(), key).toBeGreaterThan(2);
    expect(await page.textContent('[data-testid=figure-total]')).toMatch(/投诉数\s*[\d,]+上期/);
    expect(await page.textContent('[data-testid=stats-pareto]')).toContain('产品质量');
    await page.waitForTimeout(300);
    await app.shot('stats-zh');

    await page.getByText('English', { exact: true }).first().click();
    await page.getByText('Service statistics').waitFor();
    expect(await page.textContent('[data-testid=stats-categories]')).toContain('Product quality');
    await page.waitForTimeout(300);
    await app.shot('stats-en');
    await page.getByText('中文', { exact: true }).first().click();
  });

  it('prints the analysis report of the period from the page', async () => {
    const { page } = app;
    const pdf = await download(page, 'stats-print', path.join(SHOTS, 'analysis-zh.pdf'));
    const text = pdfText(pdf);
    for (const s of ['投诉分析报告', '本期概况与上期对比', '主要原因（帕累托分析）', '产品质量', '按月趋势'])
      expect(text.replace(/\s+/g, ''), s).toContain(s);
    pdfFirstPagePng(pdf, path.join(SHOTS, 'analysis-zh'));
  });
});
