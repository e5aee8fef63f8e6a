import type { backupChannels } from '../../../shared/backup/channels';
import { AppError } from '../../../shared/contract/errors';
import { contextOf, systemContext, type CoreDeps } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { createBackup, listBackups, restoreBackup } from './service';

/**
 * Recovery channels need no login, so they exist only while the database is corrupt. A healthy one is
 * restored by a logged-in manager; one from a newer app is refused, never overwritten.
 */
function onlyInRecovery(deps: CoreDeps): void {
  const { state } = deps.store;
  if (state === 'newer') throw new AppError('DB_NEWER_VERSION', 'database is from a newer version');
  if (state !== 'corrupt') throw new AppError('INVALID_STATE', 'database is healthy');
}

export const backupHandlers: DomainHandlers<keyof typeof backupChannels> = (deps) => ({
  'backup.list': (_input, req) => listBackups(contextOf(deps, req)),
  'backup.create': (_input, req) => createBackup(contextOf(deps, req)),
  'backup.restore': async (input, req) => ({
    undo: (await restoreBackup(contextOf(deps, req), input.fileName))!,
  }),
  'recovery.backups': () => (onlyInRecovery(deps), listBackups(systemContext(deps))),
  // Nobody is logged in to a corrupt database: the system restores.
  'recovery.restore': async (input) => {
    onlyInRecovery(deps);
    return { undo: await restoreBackup(systemContext(deps), input.fileName) };
  },
});
