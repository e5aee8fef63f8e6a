/**
 * `npm run demo` — fills a new data folder with the sample department, then prints the logins.
 *   BIZOPS_DATA_DIR or --data <dir>   the data folder (required; must not hold a department yet)
 *   --scale N                         1 (default): ~28 people; N: about N times the staff
 *   --seed S                          the random seed (default 20260101): same seed, same department
 * Then `BIZOPS_DATA_DIR=<dir> npm run web` shows it in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../src/main/core/createCore';
import { dataPaths } from '../src/main/db/store';
import type { Printer } from '../src/main/printing/printer';
import { createSampleClock, DEFAULT_SEED, DEMO_PASSWORD, generateSample, type SampleSummary } from './sample';

const ROLE_LABEL: Record<string, string> = {
  manager: '部门经理 Manager',
  deputy: '副经理 Deputy',
  group_lead: '组长 Group lead',
  staff: '员工 Staff',
};

const noPrinter: Printer = {
  printToPdf: () => Promise.reject(new Error('the demo generator prints no reports')),
};

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

function parse() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('usage: npm run demo -- [--data <dir>] [--scale N] [--seed S]   (or BIZOPS_DATA_DIR=<dir>)');
    process.exit(0);
  }
  const dir = values.data ?? process.env.BIZOPS_DATA_DIR;
  if (!dir) fail('say where to put the data: --data <dir> or BIZOPS_DATA_DIR=<dir>');
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000)
    fail(`--scale must be a number in (0, 1000], got ${values.scale}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    fail(`--seed must be an integer 0…4294967295, got ${values.seed}`);
  return { dataDir: path.resolve(dir), scale, seed };
}

function pad(s: string, width: number): string {
  // CJK characters take two columns in a terminal.
  const columns = [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, width - columns));
}

function printSummary(summary: SampleSummary, dataDir: string): void {
  const c = summary.counts;
  console.log(
    `\n${summary.departmentName} — sample department (seed ${summary.seed}, scale ${summary.scale}, ${summary.elapsedMs} ms)`,
  );
  console.log(
    `  staff ${c.staff ?? 0} (on leave ${c['staff.onLeave'] ?? 0}, left ${c['staff.left'] ?? 0}), accounts ${c.accounts ?? 0}, audit trail ${summary.auditRows} rows`,
  );
  for (const g of summary.groups)
    console.log(
      `  ${pad(`${g.name} / ${g.nameEn ?? ''}`, 34)} lead ${pad(g.leadName ?? '—', 8)} ${g.activeStaff} staff`,
    );
  const others = Object.entries(c).filter(
    ([k]) => !['groups', 'staff', 'staff.onLeave', 'staff.left', 'accounts'].includes(k),
  );
  if (others.length) console.log(`  ${others.map(([k, v]) => `${k} ${v}`).join(', ')}`);

  console.log(`\nLogins (password ${DEMO_PASSWORD} for all; none has to be changed at first login):`);
  const header = [
    pad('username', 14),
    pad('password', 11),
    pad('role', 18),
    pad('name', 8),
    pad('no.', 7),
    pad('group', 14),
    'position',
  ];
  console.log(`  ${header.join(' ')}`);
  for (const l of summary.logins) {
    console.log(
      `  ${[pad(l.username, 14), pad(l.password, 11), pad(ROLE_LABEL[l.role] ?? l.role, 18), pad(l.name, 8), pad(l.employeeNo, 7), pad(l.group?.name ?? '—', 14), l.position].join(' ')}`,
    );
  }
  console.log(
    `\nData folder: ${dataDir}\nOpen it:     BIZOPS_DATA_DIR=${JSON.stringify(dataDir)} npm run web`,
  );
}

/** Why this folder must not receive sample data, or null when it is new or holds no department yet. */
async function refusal(dataDir: string): Promise<string | null> {
  if (!fs.existsSync(dataPaths(dataDir).databaseFile)) return null;
  const core = await createCore({ dataDir, printer: noPrinter, autoBackup: false });
  try {
    if (core.store.state !== 'ready')
      return `the database in ${dataDir} cannot be used (${core.store.state}); choose a new folder`;
    const status = await core.call('auth.setupStatus', {}, core.sessions.create());
    if (status.ok && !status.data.needsSetup) {
      return `${dataDir} already holds a department (${status.data.departmentName ?? '?'}); sample data goes into a new, empty folder`;
    }
    return null;
  } finally {
    await core.close();
  }
}

async function main(): Promise<void> {
  const { dataDir, scale, seed } = parse();
  // A populated folder is someone's data, not a place for sample rows.
  const refused = await refusal(dataDir);
  if (refused) fail(refused);
  const clock = createSampleClock();
  const core = await createCore({ dataDir, printer: noPrinter, autoBackup: false, clock });
  let summary: SampleSummary;
  try {
    console.error(`Generating the sample department in ${dataDir} …`);
    summary = await generateSample(core, { scale, seed, clock, onProgress: (m) => console.error(`  ${m}`) });
  } finally {
    await core.close();
  }
  printSummary(summary, dataDir);
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
