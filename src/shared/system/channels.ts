import { channel } from '../contract/channel';
import { empty } from '../contract/fields';
import type { SystemStatus } from './types';

export const systemChannels = {
  'system.status': channel<SystemStatus>()({ input: empty(), access: 'public', kind: 'query' }),
};
