import { create } from 'zustand';
import type { BackupInfo } from '../../../shared/backup/types';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import { DEFAULT_SETTINGS, type OrgSettings, type SettingsRecord } from '../../../shared/settings/types';
import { onChange } from '../api/changes';
import { call } from '../api/client';

interface SettingsState {
  record: SettingsRecord | null;
  backups: BackupInfo[];
  error: AppErrorShape | null;
  load(): Promise<void>;
  /** Saves the fields of one card: merged into the whole settings record, the others as they stand. */
  save(changed: Partial<OrgSettings>): Promise<Result<SettingsRecord>>;
  loadBackups(): Promise<void>;
  backupNow(): Promise<Result<BackupInfo>>;
  restore(fileName: string): Promise<Result<{ undo: BackupInfo }>>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  record: null,
  backups: [],
  error: null,

  async load() {
    const r = await call('settings.get', {});
    set(r.ok ? { record: r.data, error: null } : { error: r.error });
  },

  async save(changed) {
    const record = get().record;
    const settings = { ...(record?.settings ?? DEFAULT_SETTINGS), ...changed };
    const r = await call('settings.update', { version: record?.version ?? 1, settings });
    if (r.ok) set({ record: r.data });
    return r;
  },

  async loadBackups() {
    const r = await call('backup.list', {});
    set(r.ok ? { backups: r.data } : { error: r.error });
  },

  backupNow: () => call('backup.create', {}),
  restore: (fileName) => call('backup.restore', { fileName }),
}));

onChange(['settings'], async () => {
  if (useSettings.getState().record) await useSettings.getState().load();
});
onChange(['backup'], () => useSettings.getState().loadBackups());
