/** Department-wide settings the manager changes on the Settings screen; stored in the database. */
export interface OrgSettings {
  departmentName: string;
  lockoutAttempts: number;
  lockoutMinutes: number;
  backupIntervalMinutes: number;
  backupKeepRecent: number;
  backupKeepDaily: number;
  backupMaxFiles: number;
  /** Client files untouched for this many days are flagged for the periodic update (四(一)3). */
  clientStaleDays: number;
}

export const DEFAULT_SETTINGS: OrgSettings = {
  departmentName: '业务部',
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  backupIntervalMinutes: 60,
  backupKeepRecent: 5,
  backupKeepDaily: 14,
  backupMaxFiles: 40,
  clientStaleDays: 180,
};

export interface SettingsRecord {
  settings: OrgSettings;
  version: number;
}
