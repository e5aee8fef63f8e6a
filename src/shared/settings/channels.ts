import { z } from 'zod';
import { channel } from '../contract/channel';
import { empty, requiredText, version } from '../contract/fields';
import { LIMITS } from '../contract/limits';
import type { SettingsRecord } from './types';

export const settingsSchema = z.strictObject({
  departmentName: requiredText(LIMITS.name),
  lockoutAttempts: z.number().int().min(3).max(20),
  lockoutMinutes: z.number().int().min(1).max(1440),
  backupIntervalMinutes: z.number().int().min(5).max(1440),
  backupKeepRecent: z.number().int().min(1).max(50),
  backupKeepDaily: z.number().int().min(1).max(365),
  backupMaxFiles: z.number().int().min(5).max(500),
  clientStaleDays: z.number().int().min(7).max(3650),
});

export const settingsChannels = {
  'settings.get': channel<SettingsRecord>()({ input: empty(), access: 'settings.read', kind: 'query' }),
  'settings.update': channel<SettingsRecord>()({
    input: z.strictObject({ version: version(), settings: settingsSchema }),
    access: 'settings.manage',
    kind: 'mutation',
    changes: ['settings'],
  }),
};
