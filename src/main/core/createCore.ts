import path from 'node:path';
import { dataPaths, Store } from '../db/store';
import { autoBackup, backupIdle, onBackupRotated } from '../domains/backup/service';
import { rebuildOutdatedSearchTexts } from '../domains/clients/searchRebuild';
import { getSettings } from '../domains/settings/service';
import { sweepStoredFiles } from '../files/blobStore';
import { defaultFontsDir } from '../printing/fonts';
import type { Printer } from '../printing/printer';
import { systemClock, type Clock } from './clock';
import { actorOf, contextOf, systemContext, type CoreDeps, type Ctx } from './context';
import { createAdmission, createDispatch, type Admit, type Dispatch, type TypedDispatch } from './dispatch';
import { domainHandlers, handlerTable } from './handlerTable';
import type { HandlerTable } from './handlers';
import { createFileLogger, type Logger } from './logger';
import { OWASP_SCRYPT, type ScryptCost } from './password';
import { createSessionRegistry, type Session, type SessionRegistry } from './session';
import { APP_VERSION } from './version';
import { createWriteGate } from './writeGate';

const AUTO_BACKUP_TICK_MS = 60_000;
/** Housekeeping waits until the first screen is up. */
const STARTUP_SWEEP_DELAY_MS = 5_000;
/** Derived search text of an older version is rewritten once the first screen is up. */
const SEARCH_REBUILD_DELAY_MS = 1_000;

export interface CoreOptions {
  dataDir: string;
  printer: Printer;
  clock?: Clock;
  logger?: Logger;
  /** better_sqlite3.node for the running runtime (Electron passes its own build). */
  nativeBinding?: string;
  fontsDir?: string;
  /** Tests lower it to keep hundreds of logins fast; the app always uses OWASP strength. */
  passwordCost?: ScryptCost;
  /** Automatic backups: on start and on the settings' interval. Off in most tests. */
  autoBackup?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  /** Same as dispatch, typed by the contract (tests, scripts). */
  call: TypedDispatch;
  /** Dispatch's first step alone: a transport asks it before it reads a request's body (the harness). */
  admit: Admit;
  sessions: SessionRegistry;
  store: Store;
  /** What services are built from; tests and scripts reach a service function with it. */
  deps: CoreDeps;
  /** A context for calling a service function directly: the session's user, or the system when none. */
  context(session?: Session): Ctx;
  close(): Promise<void>;
}

/** Builds everything below the Electron glue; imports no 'electron', so tests, benchmarks and the harness drive it directly. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const paths = dataPaths(path.resolve(options.dataDir));
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createFileLogger(paths.logDir);
  const store = new Store({ paths, nativeBinding: options.nativeBinding, logger, now: () => clock.now() });
  store.open();

  const deps: CoreDeps = {
    store,
    clock,
    logger,
    sessions: createSessionRegistry(),
    printer: options.printer,
    fontsDir: options.fontsDir ?? defaultFontsDir(),
    appVersion: APP_VERSION,
    passwordCost: options.passwordCost ?? OWASP_SCRYPT,
    writeGate: createWriteGate(),
  };
  const handlers: HandlerTable = handlerTable(domainHandlers(deps));
  const admit = createAdmission(store);
  const dispatch = createDispatch(handlers, admit, deps.writeGate, logger);
  const system = systemContext(deps);

  // Attachment files outlive their rows while a kept backup refers to them; once rotation drops the last
  // such backup (or a crash left a file behind) they go. Checked after each rotation and soon after start.
  const sweep = () => {
    try {
      const removed = sweepStoredFiles(system);
      if (removed) logger.info('attachments.swept', { removed });
    } catch (err) {
      logger.error('attachments.sweep_failed', err);
    }
  };
  onBackupRotated(deps, sweep);
  const startupSweep = setTimeout(sweep, STARTUP_SWEEP_DELAY_MS);
  startupSweep.unref();

  // Search text written by an older version (an upgrade, or a restored older backup) catches up in the
  // background, a few hundred files at a time; search works meanwhile, without the new forms for those files.
  let closing = false;
  let rebuilding: Promise<unknown> = Promise.resolve();
  const rebuildTimers = new Set<NodeJS.Timeout>();
  const scheduleSearchRebuild = () => {
    const t = setTimeout(() => {
      rebuildTimers.delete(t);
      rebuilding = rebuilding
        .then(() => rebuildOutdatedSearchTexts(system, () => closing))
        .then((n) => n && logger.info('clients.search_rebuilt', { files: n }))
        .catch((err: unknown) => logger.error('clients.search_rebuild_failed', err));
    }, SEARCH_REBUILD_DELAY_MS);
    t.unref();
    rebuildTimers.add(t);
  };
  store.onReady(scheduleSearchRebuild);
  if (store.state === 'ready') scheduleSearchRebuild();

  let timer: NodeJS.Timeout | null = null;
  if (options.autoBackup ?? true) {
    let lastRun = clock.now().getTime();
    const runAuto = () => {
      lastRun = clock.now().getTime();
      return autoBackup(system).catch((err: unknown) => logger.error('backup.auto_failed', err));
    };
    void runAuto();
    // A minute tick reads the interval from the settings each time, so a change applies without a restart.
    timer = setInterval(() => {
      if (store.state !== 'ready') return;
      const minutes = getSettings(system).settings.backupIntervalMinutes;
      if (clock.now().getTime() - lastRun >= minutes * 60_000) void runAuto();
    }, AUTO_BACKUP_TICK_MS);
    timer.unref();
  }

  return {
    dispatch,
    call: dispatch as TypedDispatch,
    admit,
    sessions: deps.sessions,
    store,
    deps,
    context: (session) => (session ? contextOf(deps, { session, actor: actorOf(session.user) }) : system),
    async close() {
      if (timer) clearInterval(timer);
      clearTimeout(startupSweep);
      closing = true;
      rebuildTimers.forEach(clearTimeout);
      // A running import rolls back; mutations waiting for it (a search-text step too) run or fail before
      // the connection goes.
      await deps.writeGate.close();
      await rebuilding;
      await backupIdle(deps);
      store.closeConnection();
      await options.printer.close?.();
    },
  };
}
