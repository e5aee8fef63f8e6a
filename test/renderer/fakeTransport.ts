import { vi } from 'vitest';
import { changesOf } from '../../src/shared/contract/channel';
import { channels, type ChannelName } from '../../src/shared/contract/channels';
import type { Result } from '../../src/shared/contract/errors';
import { setTransport, type Transport } from '../../src/renderer/src/api/transport';

type Handler = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * A fake main process: each channel answers what the test says; unlisted channels fail loudly. Like dispatch,
 * a successful mutation carries the kinds of record its contract says it changes.
 */
export function fakeMain(handlers: Partial<Record<ChannelName, Handler>>) {
  const calls: { channel: ChannelName; input: unknown }[] = [];
  const transport: Transport = {
    call: vi.fn(async (channel: ChannelName, input: unknown) => {
      calls.push({ channel, input });
      const h = handlers[channel];
      if (!h) return { ok: false, error: { code: 'INTERNAL', message: `no fake for ${channel}` } };
      const result = await h(input);
      const changes = changesOf(channels[channel]);
      return result.ok && changes.length ? { ...result, changes } : result;
    }) as Transport['call'],
    saveFile: vi.fn(async () => ({ saved: true })),
    openFile: vi.fn(async () => ({ opened: true })),
    openDataFolder: null,
  };
  setTransport(transport);
  return { calls, transport };
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export const READY_STATUS = {
  state: 'ready' as const,
  appVersion: '0.1.0',
  schemaVersion: 1,
  databaseSchemaVersion: 1,
  dataDir: '/tmp/bizops',
  databasePath: '/tmp/bizops/bizops.sqlite',
};

export const MANAGER_USER = {
  userId: '0190a0a0-0000-7000-8000-000000000001',
  staffId: '0190a0a0-0000-7000-8000-000000000002',
  username: 'manager',
  displayName: '王经理',
  role: 'manager' as const,
  groupId: null,
  chargeGroupIds: [],
  mustChangePassword: false,
};
