/**
 * The complaint analysis report for a whole year of the 200,000 bench tickets (issue 8): service.analysisReport
 * through the core, statistics and charts included, printed to PDF by headless Chromium as the browser harness
 * prints (bench/reports.ts does the same for the other reports). The printer is kept warm between prints, so
 * the figure is the median of warm prints in both languages; the first, which starts Chromium, is `_cold_ms`.
 */
import { createCore } from '../src/main/core/createCore';
import { silentLogger } from '../src/main/core/logger';
import { createChromiumPrinter } from '../src/main/harness/chromiumPrinter';
import { DEMO_PASSWORD } from '../scripts/sample';
import { p95 } from './clients';
import { median, progress, report } from './report';
import { lastYear, SERVICE_FLOORS } from './service';

const PRINTS = Number(process.env.BENCH_REPORT_SAMPLES ?? 8);

export async function benchAnalysisReport(dataDir: string): Promise<void> {
  const core = await createCore({
    dataDir,
    printer: createChromiumPrinter(),
    logger: silentLogger,
    autoBackup: false,
  });
  try {
    const manager = core.sessions.create();
    const login = await core.call('auth.login', { username: 'manager', password: DEMO_PASSWORD }, manager);
    if (!login.ok) throw new Error(`login failed: ${login.error.code}`);
    const year = lastYear();
    const print = async (locale: 'zh-CN' | 'en-US') => {
      const t = performance.now();
      const r = await core.call('service.analysisReport', { ...year, locale }, manager);
      const ms = performance.now() - t;
      if (!r.ok) throw new Error(`service.analysisReport failed: ${r.error.code} ${r.error.message}`);
      return { ms, kb: r.data.bytes.length / 1024 };
    };
    progress(`service.analysis_pdf_ms (${year.from} – ${year.to}; the first print starts Chromium) …`);
    let cold;
    try {
      cold = await print('zh-CN');
    } catch (err) {
      progress(
        `service.analysis_pdf_ms skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      );
      return;
    }
    report('service.analysis_pdf_cold_ms', cold.ms, 'ms');
    const times: number[] = [];
    for (let i = 0; i < PRINTS; i++) times.push((await print(i % 2 ? 'zh-CN' : 'en-US')).ms);
    progress(
      `  ${PRINTS} warm prints: ${times.map((ms) => Math.round(ms)).join(', ')} ms (${cold.kb.toFixed(0)} KB)`,
    );
    report('service.analysis_pdf_ms', median(times), 'ms', SERVICE_FLOORS['service.analysis_pdf_ms']);
    report('service.analysis_pdf_p95_ms', p95(times), 'ms');
  } finally {
    await core.close();
  }
}
