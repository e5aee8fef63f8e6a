import type { Logger } from '../core/logger';

export interface CrashSources {
  process: {
    on(event: 'uncaughtException', listener: (err: Error) => void): unknown;
    on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  };
  app: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, contents: unknown, details: { reason: string; exitCode: number }) => void,
    ): unknown;
    on(
      event: 'child-process-gone',
      listener: (event: unknown, details: { type: string; reason: string; exitCode: number }) => void,
    ): unknown;
  };
}

/**
 * Crashes leave a trace in dataDir/logs. Only the error and the process facts are logged, never call inputs.
 * With these listeners in place Electron no longer shows its own error dialog for main-process exceptions.
 */
export function logCrashes(sources: CrashSources, logger: Logger): void {
  sources.process.on('uncaughtException', (err) => logger.error('main.uncaught_exception', err));
  sources.process.on('unhandledRejection', (reason) => logger.error('main.unhandled_rejection', reason));
  sources.app.on('render-process-gone', (_event, _contents, details) =>
    logger.error('renderer.gone', new Error(details.reason), {
      reason: details.reason,
      exitCode: details.exitCode,
    }),
  );
  sources.app.on('child-process-gone', (_event, details) =>
    logger.error('child_process.gone', new Error(details.reason), {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
    }),
  );
}
