import { z } from 'zod';
import { requiredText } from '../contract/fields';
import { LIMITS } from '../contract/limits';
import { DEFAULT_WORKING_DAY, workingDaySchema } from '../calendar/types';
import { DEFAULT_APPRAISAL_SETTINGS, appraisalSettingsFields } from '../appraisal/settings';
import { DEFAULT_SALES_SETTINGS, salesSettingsFields } from '../sales/settings';
import { DEFAULT_RISK_SETTINGS, riskSettingsFields } from '../risk/settings';
import { DEFAULT_SERVICE_SETTINGS, serviceSettingsFields } from '../service/settings';

/** Department-wide settings the manager changes on the Settings screen; stored in the database. */
export const settingsSchema = z.strictObject({
  departmentName: requiredText(LIMITS.name),
  lockoutAttempts: z.number().int().min(3).max(20),
  lockoutMinutes: z.number().int().min(1).max(1440),
  backupIntervalMinutes: z.number().int().min(5).max(1440),
  backupKeepRecent: z.number().int().min(1).max(50),
  backupKeepDaily: z.number().int().min(1).max(365),
  backupMaxFiles: z.number().int().min(5).max(500),
  /** Client files untouched for this many days are flagged for the periodic update (四(一)3). */
  clientStaleDays: z.number().int().min(7).max(3650),
  /** The working periods of a working day, for deadlines in working hours (the working calendar). */
  workingDay: workingDaySchema,
  ...serviceSettingsFields,
  ...riskSettingsFields,
  ...appraisalSettingsFields,
  ...salesSettingsFields,
});

export type OrgSettings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: OrgSettings = {
  departmentName: '业务部',
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  backupIntervalMinutes: 60,
  backupKeepRecent: 5,
  backupKeepDaily: 14,
  backupMaxFiles: 40,
  clientStaleDays: 180,
  workingDay: DEFAULT_WORKING_DAY,
  ...DEFAULT_SERVICE_SETTINGS,
  ...DEFAULT_RISK_SETTINGS,
  ...DEFAULT_APPRAISAL_SETTINGS,
  ...DEFAULT_SALES_SETTINGS,
};

export interface SettingsRecord {
  settings: OrgSettings;
  version: number;
}
