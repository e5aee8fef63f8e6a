/**
 * Sample data: a believable, bilingual business department for demos (`npm run demo`) and, at larger
 * scales, for benchmarks. Deterministic per seed. One generator per domain, run in order over a shared
 * context (seeded random, ids of what was created); every record is created through the core's contract
 * as a logged-in user, so the rules and the audit trail apply exactly as in the app.
 *
 * Adding a domain: write `scripts/sample/<domain>.ts` exporting a SampleDomain, append it to SAMPLE_DOMAINS,
 * put the ids later domains need on `ctx.ids.<domain>` (declare the field in SampleIds).
 */
import type { Core } from '../../src/main/core/createCore';
import type { Session } from '../../src/main/core/session';
import {
  DEMO_PASSWORD,
  SampleError,
  type SampleContext,
  type SampleDomain,
  type SampleIds,
  type SampleLogin,
} from './context';
import { clientsSample } from './clients';
import { orgSample } from './org';
import { serviceSample } from './service';
import { riskSample } from './risk';
import { kriSample } from './kri';
import { controlSample } from './control';
import { appraisalSample } from './appraisal';
import { marketSample } from './market';
import { pipelineSample } from './pipeline';
import { quotesSample } from './quotes';
import { contractsSample } from './contracts';
import { salesPlansSample } from './salesPlans';
import { createRandom } from './random';
import { createSampleTime, type SampleClock } from './timeline';

export {
  DEMO_PASSWORD,
  type SampleContext,
  type SampleDomain,
  type SampleIds,
  type SampleLogin,
} from './context';
export { createSampleClock, type SampleClock } from './timeline';

/** In dependency order: later domains use the ids of earlier ones. */
export const SAMPLE_DOMAINS: readonly SampleDomain[] = [
  orgSample,
  clientsSample,
  serviceSample,
  riskSample,
  kriSample,
  controlSample,
  marketSample,
  pipelineSample,
  quotesSample,
  contractsSample,
  salesPlansSample,
  appraisalSample,
];

export const DEFAULT_SEED = 20260101;

export interface SampleOptions {
  /** 1: a department of ~28 people; N: roughly N times the staff (for benchmarks). */
  scale: number;
  seed?: number;
  /**
   * The clock the core was created with. Given, every record is stamped when it would have been entered
   * (a year of office hours, see timeline.ts); without it everything is stamped at the time of the run.
   */
  clock?: SampleClock;
  /** The present of the sample: nothing happens after it. Defaults to now (same seed + same day → same data). */
  now?: Date;
  onProgress?: (message: string) => void;
  /** Only these domains, in SAMPLE_DOMAINS order (tests that bring their own records take just 'org'). */
  only?: readonly string[];
}

export interface SampleSummary {
  seed: number;
  scale: number;
  today: string;
  departmentName: string;
  groups: { name: string; nameEn: string | null; leadName: string | null; activeStaff: number }[];
  counts: Record<string, number>;
  logins: SampleLogin[];
  auditRows: number;
  ids: SampleIds;
  elapsedMs: number;
}

/** Fills a fresh (not yet set up) database through the core; refuses one that already has a department. */
export async function generateSample(core: Core, options: SampleOptions): Promise<SampleSummary> {
  const started = performance.now();
  if (!(options.scale > 0) || !Number.isFinite(options.scale))
    throw new Error(`scale must be a positive number, got ${options.scale}`);
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const time = createSampleTime(options.now ?? new Date(), options.clock);
  const today = time.today;
  const root = createRandom(seed);
  const manager = core.sessions.create();
  const sessions = new Map<string, Session>();

  const call: SampleContext['call'] = async (channel, input, session = manager) => {
    const result = await core.call(channel, input, session);
    if (!result.ok) throw new SampleError(channel, result.error);
    return result.data;
  };

  const status = await call('auth.setupStatus', {});
  if (!status.needsSetup)
    throw new Error(
      `this database already has a department (${status.departmentName ?? '?'}); sample data goes into a new data folder`,
    );

  const base: Omit<SampleContext, 'rng'> = {
    core,
    seed,
    scale: options.scale,
    today,
    time,
    manager,
    ids: {},
    logins: [],
    counts: {},
    call,
    async sessionFor(username) {
      const cached = sessions.get(username);
      if (cached?.user) return cached;
      const session = core.sessions.create();
      await call('auth.login', { username, password: DEMO_PASSWORD }, session);
      sessions.set(username, session);
      return session;
    },
    progress: (message) => options.onProgress?.(message),
  };

  // Thousands of small transactions of data that can be made again: commit without waiting for the disk each
  // time (in WAL mode NORMAL survives the process dying, not a power cut). The app's FULL comes back at the end.
  const db = core.store.db;
  db.pragma('synchronous = NORMAL');
  try {
    for (const domain of SAMPLE_DOMAINS.filter((d) => !options.only || options.only.includes(d.name))) {
      base.progress(`${domain.name}: generating`);
      // One transaction per domain: each call still commits its own savepoint (its rules, its audit rows),
      // without a commit to the file per call — the sample is written three times as fast.
      db.exec('BEGIN');
      try {
        await domain.generate({ ...base, rng: root.fork(domain.name) });
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    }
    const groups = await call('org.groups.list', { includeInactive: false });
    const settings = await call('settings.get', {});
    const audit = await call('audit.list', { page: 1, pageSize: 1 });
    return {
      seed,
      scale: options.scale,
      today,
      departmentName: settings.settings.departmentName,
      groups: groups.map((g) => ({
        name: g.name,
        nameEn: g.nameEn,
        leadName: g.leadName,
        activeStaff: g.activeStaffCount,
      })),
      counts: base.counts,
      logins: base.logins,
      auditRows: audit.total,
      ids: base.ids,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    // Dropped, not signed out: people close the app rather than sign out, and a sign-out now would be stamped
    // in the middle of the sample's history.
    for (const session of [...sessions.values(), manager]) core.sessions.dispose(session);
    options.clock?.pin(null);
    db.pragma('synchronous = FULL');
  }
}
