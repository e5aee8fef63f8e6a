import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../src/main/core/createCore';
import { silentLogger } from '../src/main/core/logger';
import { dataPaths } from '../src/main/db/store';
import type { Printer } from '../src/main/printing/printer';
import { createSampleClock, generateSample, SAMPLE_DOMAINS, type SampleClock } from '../scripts/sample';
import { writeBulkHistory } from './bulkHistory';
import { progress } from './report';

export const noPrinter: Printer = {
  printToPdf: () => Promise.reject(new Error('benchmarks print no reports')),
};

/** The core as the app builds it (OWASP scrypt), without the file logger and automatic backups. */
export function openCore(dataDir: string, clock?: SampleClock): Promise<Core> {
  return createCore({ dataDir, printer: noPrinter, logger: silentLogger, autoBackup: false, clock });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface BenchDatabase {
  dataDir: string;
  rows: number;
  staff: number;
  sizeMb: number;
}

/** Rows in every table of the database (audit trail, staff, accounts …). */
export function countRows(core: Core): number {
  const db = core.store.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return tables.reduce(
    (n, t) => n + (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
    0,
  );
}

/**
 * The sales sample through the core at scale 40 would take minutes; the sales group writes its own volumes
 * (100,000 opportunities, 20,000 contracts) in bulk instead (salesBulk.ts).
 */
const SALES_WRITES_ITS_OWN = new Set(['market', 'pipeline', 'quotes', 'contracts', 'salesPlans']);

/**
 * The benchmark database: the sample department at `scale` through the real core (dispatch, OWASP hashes),
 * then bulk audit history (bench-only repository path, see bulkHistory.ts) until it holds ≥ `minRows` rows.
 */
export async function buildBenchDatabase(options: {
  scale: number;
  seed: number;
  minRows: number;
}): Promise<BenchDatabase> {
  const dataDir = tempDir('bizops-bench-');
  // On the sample's clock, as `npm run demo`: a year of work stamped when it was done (the appraisal and sales
  // samples close cycles and deals after their windows, which only a clock in the past can do).
  const clock = createSampleClock();
  const core = await openCore(dataDir, clock);
  let rows = 0;
  let staff = 0;
  try {
    const started = performance.now();
    const summary = await generateSample(core, {
      scale: options.scale,
      seed: options.seed,
      clock,
      only: SAMPLE_DOMAINS.map((d) => d.name).filter((name) => !SALES_WRITES_ITS_OWN.has(name)),
      onProgress: (m) => progress(`  ${m}`),
    });
    progress(
      `  sample department: ${summary.counts.staff} staff, ${summary.auditRows} audit rows (${Math.round(performance.now() - started)} ms)`,
    );
    const missing = options.minRows - countRows(core);
    if (missing > 0) {
      const t = performance.now();
      writeBulkHistory(core, missing + 1000, { seed: options.seed, years: 3 });
      progress(`  bulk audit history: ${missing + 1000} rows (${Math.round(performance.now() - t)} ms)`);
    }
    rows = countRows(core);
    staff = summary.counts.staff ?? 0;
  } finally {
    await core.close();
  }
  // Closing checkpointed the WAL: the file alone holds everything.
  const sizeMb = fs.statSync(dataPaths(dataDir).databaseFile).size / 1024 / 1024;
  return { dataDir, rows, staff, sizeMb };
}
