import path from 'node:path';
import { dataPaths, Store } from '../db/store';
import { auditHandlers } from '../domains/audit/handlers';
import { authHandlers } from '../domains/auth/handlers';
import { backupHandlers } from '../domains/backup/handlers';
import { clientFileHandlers } from '../domains/clients/fileHandlers';
import { clientsHandlers } from '../domains/clients/handlers';
import { orgHandlers } from '../domains/org/handlers';
import { reportsHandlers } from '../domains/reports/handlers';
import { settingsHandlers } from '../domains/settings/handlers';
import { systemHandlers } from '../domains/system/handlers';
import { defaultFontsDir } from '../printing/fonts';
import type { Printer } from '../printing/printer';
import { systemClock, type Clock } from './clock';
import type { CoreDeps } from './context';
import { createAdmission, createDispatch, type Admit, type Dispatch, type TypedDispatch } from './dispatch';
import type { HandlerTable } from './handlers';
import { createFileLogger, type Logger } from './logger';
import { OWASP_SCRYPT, type ScryptCost } from './password';
import { createServices, type Services } from './services';
import { createSessionRegistry, type SessionRegistry } from './session';
import { APP_VERSION } from './version';
import { createWriteGate } from './writeGate';

const AUTO_BACKUP_TICK_MS = 60_000;
/** Housekeeping waits until the first screen is up. */
const STARTUP_SWEEP_DELAY_MS = 5_000;

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
  services: Services;
  store: Store;
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
  const services = createServices(deps);
  const handlers: HandlerTable = {
    ...systemHandlers(services),
    ...authHandlers(services),
    ...orgHandlers(services),
    ...settingsHandlers(services),
    ...auditHandlers(services),
    ...backupHandlers(services),
    ...reportsHandlers(services),
    ...clientsHandlers(services),
    ...clientFileHandlers(services),
  };
  const admit = createAdmission(store);
  const dispatch = createDispatch(handlers, admit, deps.writeGate, logger);

  // Attachment files outlive their rows while a kept backup refers to them; once rotation drops the last
  // such backup (or a crash left a file behind) they go. Checked after each rotation and soon after start.
  const sweepAttachments = () => {
    try {
      const removed = services.clientFiles.sweepAttachments();
      if (removed) logger.info('attachments.swept', { removed });
    } catch (err) {
      logger.error('attachments.sweep_failed', err);
    }
  };
  services.backup.onRotated(sweepAttachments);
  const startupSweep = setTimeout(sweepAttachments, STARTUP_SWEEP_DELAY_MS);
  startupSweep.unref();

  let timer: NodeJS.Timeout | null = null;
  if (options.autoBackup ?? true) {
    let lastRun = clock.now().getTime();
    const runAuto = () => {
      lastRun = clock.now().getTime();
      return services.backup.auto().catch((err: unknown) => logger.error('backup.auto_failed', err));
    };
    void runAuto();
    // A minute tick reads the interval from the settings each time, so a change applies without a restart.
    timer = setInterval(() => {
      if (store.state !== 'ready') return;
      const minutes = services.settings.get().settings.backupIntervalMinutes;
      if (clock.now().getTime() - lastRun >= minutes * 60_000) void runAuto();
    }, AUTO_BACKUP_TICK_MS);
    timer.unref();
  }

  return {
    dispatch,
    call: dispatch as TypedDispatch,
    admit,
    sessions: deps.sessions,
    services,
    store,
    async close() {
      if (timer) clearInterval(timer);
      clearTimeout(startupSweep);
      // A running import rolls back; mutations waiting for it run (or fail) before the connection goes.
      await deps.writeGate.close();
      await services.backup.idle();
      store.closeConnection();
      await options.printer.close?.();
    },
  };
}
