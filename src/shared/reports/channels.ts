import { z } from 'zod';
import { channel } from '../contract/channel';
import type { FilePayload } from '../contract/fields';
import { id, locale } from '../contract/fields';

export const reportChannels = {
  'reports.roster': channel<FilePayload>()({
    input: z.strictObject({ locale: locale(), groupId: id().nullable().default(null) }),
    access: 'reports.roster',
    kind: 'query',
  }),
};
