/**
 * Appraisal benchmarks (issue 10): a quarterly cycle of 500 people with 12 indicators each — revenue, new
 * clients and satisfaction computed from the big database's 100,000 client files, their sales history and
 * 200,000 tickets — in manager review. The cycle is opened through the contract (openCycle takes its people,
 * templates and evaluators from the org chart); the forms are filled in BENCH ONLY straight through the
 * appraisal repository (500 × four steps through dispatch would measure nothing the benchmark is about).
 * Then, through core.call: the manager's consolidated table (`appraisal.consolidate_ms`, computed actuals
 * live), and opening a form as the manager and as its evaluator (`appraisal.form_open_p95_ms`).
 */
import type { Core } from '../src/main/core/createCore';
import type { Session } from '../src/main/core/session';
import * as cycles from '../src/main/domains/appraisal/repository/cycles';
import * as forms from '../src/main/domains/appraisal/repository/forms';
import { chinaDateOf } from '../src/shared/calendar/workingTime';
import { selfTotalOf } from '../src/shared/appraisal/scoring';
import type { FormItem } from '../src/shared/appraisal/forms';
import type { AppraisalIndicator } from '../src/shared/appraisal/indicators';
import { DEMO_PASSWORD } from '../scripts/sample';
import { createRandom, type Random } from '../scripts/sample/random';
import { writeBulkSales } from './appraisalBulk';
import { p95 } from './clients';
import { median, progress, report } from './report';
import { writeBenchTickets } from './service';

export const APPRAISAL_FLOORS = {
  'appraisal.consolidate_ms': 200,
  'appraisal.form_open_p95_ms': 15,
} as const;

const PEOPLE = Number(process.env.BENCH_APPRAISAL_PEOPLE ?? 500);
const FORM_OPENS = 200;

function unwrapped<T>(r: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`call failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}

async function timed(fn: () => Promise<{ ok: boolean; error?: { code: string } }>): Promise<number> {
  const t = performance.now();
  const r = await fn();
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(`call failed: ${r.error?.code}`);
  return ms;
}

/** Two more rated indicators, so each template has twelve: 4 results, 4 attitude, 4 ability. */
async function twelveIndicatorTemplates(core: Core, manager: Session): Promise<void> {
  const bands = (core: string) =>
    [
      [0, 59],
      [60, 74],
      [75, 89],
      [90, 100],
    ].map(([min, max], i) => ({
      min: min!,
      max: max!,
      anchorZh: `${core}${i + 1}`,
      anchorEn: `${core} ${i + 1}`,
    }));
  const extra = async (category: 'attitude' | 'ability', nameZh: string, nameEn: string) =>
    unwrapped(
      await core.call(
        'appraisal.createIndicator',
        { category, nameZh, nameEn, scoring: 'rated', bands: bands(nameEn), source: 'manual' },
        manager,
      ),
    );
  const discipline = await extra('attitude', '工作纪律', 'Discipline');
  const learning = await extra('ability', '学习能力', 'Learning');
  const all = unwrapped(await core.call('appraisal.listIndicators', { includeInactive: false }, manager));
  const byName = new Map(all.map((i: AppraisalIndicator) => [i.nameEn, i.id]));
  const weights: [string, number][] = [
    ['Sales revenue', 20],
    ['Sales profit', 15],
    ['New clients', 15],
    ['Client satisfaction', 10],
    ['Responsibility', 5],
    ['Teamwork', 5],
    ['Initiative', 5],
    [discipline.nameEn, 5],
    ['Knowledge and skills', 5],
    ['Communication', 5],
    ['Problem solving', 5],
    [learning.nameEn, 5],
  ];
  const items = weights.map(([name, weight]) => ({ indicatorId: byName.get(name)!, weight }));
  for (const t of unwrapped(await core.call('appraisal.listTemplates', { includeInactive: false }, manager)))
    unwrapped(
      await core.call(
        'appraisal.updateTemplate',
        {
          id: t.id,
          version: t.version,
          nameZh: t.nameZh,
          nameEn: t.nameEn,
          groupId: t.groupId,
          position: t.position,
          categoryWeights: { results: 60, attitude: 20, ability: 20 },
          items,
        },
        manager,
      ),
    );
}

/** The last full quarter before today. */
function lastQuarter(today: string): { from: string; to: string } {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const q = Math.floor((m - 1) / 3);
  const [year, quarter] = q === 0 ? [y - 1, 3] : [y, q - 1];
  const from = `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(year, quarter * 3 + 3, 0)).toISOString().slice(0, 10);
  return { from, to: end };
}

/** A person's form as filled in by the end of supervisor review: targets, self-assessment, evaluation. */
function filled(items: FormItem[], rnd: Random): FormItem[] {
  return items.map((i) => {
    const target =
      i.scoring !== 'quantitative'
        ? null
        : i.source === 'revenue'
          ? rnd.int(10, 80) * 10_000
          : i.source === 'newClients'
            ? rnd.int(2, 12)
            : i.source === 'satisfaction'
              ? 90
              : rnd.int(5, 30) * 10_000;
    return {
      ...i,
      target,
      actual:
        i.source === 'manual' && i.scoring === 'quantitative'
          ? Math.round((target! * rnd.int(60, 130)) / 100)
          : null,
      planNote: null,
      selfScore: rnd.int(65, 98),
      selfComment: '按计划完成',
      evalScore: i.scoring === 'rated' ? rnd.int(55, 98) : null,
      evalComment: '表现稳定',
    };
  });
}

export async function benchAppraisal(core: Core, manager: Session, seed: number): Promise<void> {
  const rnd = createRandom(seed).fork('bench-appraisal');
  await writeBenchTickets(core, manager, seed);
  progress('appraisal: a sales history for the computed indicators (bench only) …');
  let t = performance.now();
  const sales = writeBulkSales(core, { seed, years: 3 });
  progress(
    `  ${sales.transactions} transactions, ${sales.newCustomers} files became customers (${Math.round(performance.now() - t)} ms)`,
  );

  await twelveIndicatorTemplates(core, manager);
  const preview = unwrapped(
    await core.call('appraisal.previewCycle', { everyone: true, groupIds: [], staffIds: [] }, manager),
  );
  const people = preview.filter((p) => p.templateId).slice(0, PEOPLE);
  const today = chinaDateOf(Date.now());
  const period = lastQuarter(today);
  t = performance.now();
  const cycle = unwrapped(
    await core.call(
      'appraisal.openCycle',
      {
        nameZh: '季度考核（基准）',
        nameEn: 'Quarterly appraisal (bench)',
        kind: 'quarterly',
        periodFrom: period.from,
        periodTo: period.to,
        everyone: false,
        groupIds: [],
        staffIds: people.map((p) => p.staffId),
        deadlines: {
          goalSetting: today,
          selfAssessment: today,
          supervisorReview: today,
          managerReview: today,
        },
      },
      manager,
    ),
  );
  progress(
    `  cycle of ${cycle.formCount} people opened through the contract (${Math.round(performance.now() - t)} ms)`,
  );

  // BENCH ONLY: every form walked to the end of supervisor review through the repository, in one transaction.
  const db = core.store.db;
  const stamp = { at: new Date().toISOString(), by: manager.user!.userId };
  const rows = forms.listFormRows(db, { sql: 'f.cycle_id = ?', params: [cycle.id] }, null);
  db.transaction(() => {
    for (const row of rows) {
      const items = filled(row.items, rnd);
      const ok = forms.updateForm(
        db,
        row.id,
        row.version,
        {
          ...forms.writeOf(row),
          items,
          plan: '本季度重点开拓新客户，维护重点客户回款。',
          planAgreedAt: stamp.at,
          planAgreedBy: stamp.by,
          achievements: '完成主要销售目标。',
          shortfalls: '新客户开发偏慢。',
          nextPlan: '加强拜访频次。',
          selfSubmittedAt: stamp.at,
          selfTotal: selfTotalOf(items),
          overallComment: '整体表现良好。',
          evalSubmittedAt: stamp.at,
        },
        stamp,
      );
      if (!ok) throw new Error('bench form write lost a race');
    }
    const c = cycles.getCycleRow(db, cycle.id)!;
    cycles.updateCycle(db, c.id, c.version, { ...c, phase: 'managerReview' }, stamp);
  })();
  const indicators = rows[0]?.items.length ?? 0;
  progress(`  ${rows.length} forms × ${indicators} indicators filled in (bench only)`);

  progress('appraisal.consolidate_ms (manager, the whole cycle, computed actuals live) …');
  const consolidate = () => core.call('appraisal.consolidated', { cycleId: cycle.id }, manager);
  const table = unwrapped(await consolidate());
  const withFinal = table.rows.filter((r) => r.finalScore !== null).length;
  progress(
    `  ${table.rows.length} rows, ${withFinal} with a final score; grades ${JSON.stringify(table.distribution.counts)}`,
  );
  for (let i = 0; i < 2; i++) await consolidate();
  const consolidateMs: number[] = [];
  for (let i = 0; i < 10; i++) consolidateMs.push(await timed(consolidate));
  progress(`  samples: ${consolidateMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  report(
    'appraisal.consolidate_ms',
    median(consolidateMs),
    'ms',
    APPRAISAL_FLOORS['appraisal.consolidate_ms'],
  );
  report('appraisal.consolidate_p95_ms', p95(consolidateMs), 'ms');

  progress('appraisal.form_open_p95_ms (manager and evaluators, one form each time) …');
  const evaluators = new Map<string, Session>();
  const evaluatorSession = async (staffId: string): Promise<Session | null> => {
    if (evaluators.has(staffId)) return evaluators.get(staffId)!;
    const account = unwrapped(await core.call('accounts.list', {}, manager)).find(
      (a) => a.staffId === staffId,
    );
    if (!account) return null;
    const s = core.sessions.create();
    const r = await core.call('auth.login', { username: account.username, password: DEMO_PASSWORD }, s);
    if (!r.ok) return null;
    evaluators.set(staffId, s);
    return s;
  };
  const opens: number[] = [];
  for (let i = 0; i < FORM_OPENS + 20; i++) {
    const row = rnd.pick(rows);
    const as = i % 2 === 0 ? manager : ((await evaluatorSession(row.evaluatorId)) ?? manager);
    const ms = await timed(() => core.call('appraisal.getForm', { id: row.id }, as));
    if (i >= 20) opens.push(ms);
  }
  report('appraisal.form_open_p95_ms', p95(opens), 'ms', APPRAISAL_FLOORS['appraisal.form_open_p95_ms']);
  report('appraisal.form_open_median_ms', median(opens), 'ms');
}
