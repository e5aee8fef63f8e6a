import type { backupChannels } from '../../../shared/backup/channels';
import { AppError } from '../../../shared/contract/errors';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const backupHandlers = (s: Services): HandlersOf<keyof typeof backupChannels> => {
  /**
   * Recovery channels need no login, so they exist only while the database is corrupt. A healthy one is
   * restored by a logged-in manager; one from a newer app is refused, never overwritten.
   */
  const onlyInRecovery = () => {
    const { state } = s.system.status();
    if (state === 'newer') throw new AppError('DB_NEWER_VERSION', 'database is from a newer version');
    if (state !== 'corrupt') throw new AppError('INVALID_STATE', 'database is healthy');
  };
  return {
    'backup.list': () => s.backup.list(),
    'backup.create': (_input, req) => s.backup.create(req.actor),
    'backup.restore': async (input, req) => ({ undo: (await s.backup.restore(input.fileName, req.actor))! }),
    'recovery.backups': () => (onlyInRecovery(), s.backup.list()),
    'recovery.restore': async (input) => {
      onlyInRecovery();
      return { undo: await s.backup.restore(input.fileName, null) };
    },
  };
};
