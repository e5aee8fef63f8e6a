import { create } from 'zustand';
import type { BackupInfo } from '../../../shared/backup/types';
import type { Result } from '../../../shared/contract/errors';
import { call } from '../api/client';

interface RecoveryState {
  backups: BackupInfo[];
  load(): Promise<void>;
  restore(fileName: string): Promise<Result<{ undo: BackupInfo | null }>>;
}

/** Only while the database cannot be used: list backups and restore one, before anyone can log in. */
export const useRecovery = create<RecoveryState>((set) => ({
  backups: [],
  async load() {
    const r = await call('recovery.backups', {});
    if (r.ok) set({ backups: r.data });
  },
  restore: (fileName) => call('recovery.restore', { fileName }),
}));
