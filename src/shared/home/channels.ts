import { channel } from '../contract/channel';
import { empty } from '../contract/fields';
import type { HomeSummary } from './types';

export const homeChannels = {
  /** Every figure Home shows, in one call; parts the caller's role may not see are null. */
  'home.summary': channel<HomeSummary>()({ input: empty(), access: 'authenticated', kind: 'query' }),
};
