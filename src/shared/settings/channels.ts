import { z } from 'zod';
import { channel } from '../contract/channel';
import { empty, version } from '../contract/fields';
import { settingsSchema, type SettingsRecord } from './types';

export const settingsChannels = {
  'settings.get': channel<SettingsRecord>()({ input: empty(), access: 'settings.read', kind: 'query' }),
  'settings.update': channel<SettingsRecord>()({
    input: z.strictObject({ version: version(), settings: settingsSchema }),
    access: 'settings.manage',
    kind: 'mutation',
    changes: ['settings'],
  }),
};
