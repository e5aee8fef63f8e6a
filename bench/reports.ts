/**
 * Printed reports (bench group `reports`): the client file sheet and the department roster as PDF through
 * the core and headless Chromium, as the harness prints them. The printer is kept warm between reports, so
 * the figures that matter are the warm ones (median and p95 over many prints); the first print, which
 * starts Chromium, is reported as `_cold_ms`.
 */
import fs from 'node:fs';
import { createCore, type Core } from '../src/main/core/createCore';
import { silentLogger } from '../src/main/core/logger';
import type { Session } from '../src/main/core/session';
import { createChromiumPrinter } from '../src/main/harness/chromiumPrinter';
import { createSampleClock, DEMO_PASSWORD, generateSample } from '../scripts/sample';
import { p95 } from './clients';
import { tempDir } from './database';
import { median, progress, report } from './report';

export const REPORT_FLOORS = {
  'reports.client_sheet_pdf_ms': 1500,
  'reports.client_sheet_pdf_p95_ms': 1500,
} as const;

/** Warm prints per report: enough for a p95 that is not one unlucky sample. */
const SAMPLES = Number(process.env.BENCH_REPORT_SAMPLES ?? 40);

/** The file with the most to print: contacts, communications and transactions. */
async function fullestClient(core: Core, session: Session): Promise<string> {
  const page = await core.call(
    'clients.list',
    { sort: 'updatedAt', order: 'desc', page: 1, pageSize: 200 },
    session,
  );
  if (!page.ok) throw new Error(`clients.list failed: ${page.error.code}`);
  let best = { id: page.data.rows[0]!.id, size: -1 };
  for (const c of page.data.rows) {
    const d = await core.call('clients.get', { id: c.id }, session);
    if (!d.ok) continue;
    const size = d.data.contacts.length + d.data.communications.length + d.data.transactions.length;
    if (size > best.size) best = { id: c.id, size };
  }
  return best.id;
}

async function timed(fn: () => Promise<{ ok: boolean }>): Promise<number> {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(`report failed: ${JSON.stringify(r)}`);
  return ms;
}

export async function benchReports(seed: number): Promise<void> {
  const dataDir = tempDir('bizops-bench-reports-');
  const printer = createChromiumPrinter();
  const clock = createSampleClock();
  const core = await createCore({ dataDir, printer, logger: silentLogger, autoBackup: false, clock });
  try {
    progress('reports: sample department (scale 1) …');
    await generateSample(core, { scale: 1, seed, clock });
    const manager = core.sessions.create();
    const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
    if (!login.ok) throw new Error(`login failed: ${login.error.code}`);
    const clientId = await fullestClient(core, manager);
    const sheet = (locale: 'zh-CN' | 'en-US') => () =>
      core.call('clients.printSheet', { id: clientId, locale, communications: 10 }, manager);
    const roster = (locale: 'zh-CN' | 'en-US') => () =>
      core.call('reports.roster', { locale, groupId: null }, manager);

    progress('reports.client_sheet_pdf_cold_ms (starts Chromium) …');
    report('reports.client_sheet_pdf_cold_ms', await timed(sheet('zh-CN')), 'ms');

    for (const [name, print] of [
      ['client_sheet', sheet],
      ['roster', roster],
    ] as const) {
      progress(`reports.${name}_pdf_ms (${SAMPLES} warm prints, both languages) …`);
      await timed(print('en-US'));
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) times.push(await timed(print(i % 2 ? 'en-US' : 'zh-CN')));
      const metric = `reports.${name}_pdf_ms` as const;
      const p95Metric = `reports.${name}_pdf_p95_ms` as const;
      report(metric, median(times), 'ms', (REPORT_FLOORS as Record<string, number>)[metric]);
      report(p95Metric, p95(times), 'ms', (REPORT_FLOORS as Record<string, number>)[p95Metric]);
    }
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
