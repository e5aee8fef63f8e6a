import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Dispatch } from '../../../src/main/core/dispatch';
import { createSessionRegistry, type Session } from '../../../src/main/core/session';
import { createAppOrigin } from '../../../src/main/electron/appOrigin';
import { registerCoreChannels } from '../../../src/main/electron/coreChannels';
import { registerShellChannels } from '../../../src/main/electron/shellChannels';
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels';
import { SHELL_CHANNELS } from '../../../src/shared/shell/channels';
import { makeCore } from '../../support/core';
import { APP_FILE, APP_URL, FakeIpcMain, FakeWebContents, recordingLogger } from './fakes';

const isAppUrl = createAppOrigin({ rendererFile: APP_FILE, platform: 'linux' });

function setUp(dispatch: Dispatch = async () => ({ ok: true, data: null })) {
  const ipcMain = new FakeIpcMain();
  const registry = createSessionRegistry();
  const created: Session[] = [];
  const disposed: Session[] = [];
  const sessions = {
    create: () => {
      const s = registry.create();
      created.push(s);
      return s;
    },
    dispose: (s: Session) => {
      disposed.push(s);
      registry.dispose(s);
    },
  } as Core['sessions'];
  const calls: { channel: string; input: unknown; session: Session }[] = [];
  const logger = recordingLogger();
  registerCoreChannels({
    ipcMain,
    core: {
      sessions,
      dispatch: (channel, input, session) => {
        calls.push({ channel, input, session });
        return dispatch(channel, input, session);
      },
    },
    isAppUrl,
    logger,
  });
  return { ipcMain, calls, created, disposed, logger };
}

describe('core channels on ipcMain', () => {
  it('registers a handler for every contract channel', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers a foreign or vanished frame with FORBIDDEN and never reaches dispatch', async () => {
    const { ipcMain, calls, created } = setUp();
    const contents = new FakeWebContents();
    for (const frameUrl of [
      'https://evil.example/',
      'file:///tmp/other.html',
      'http://localhost:5173/',
      null,
    ]) {
      expect(await ipcMain.invoke(contents, frameUrl, 'org.staff.list', {})).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'untrusted sender' },
      });
    }
    expect(calls).toEqual([]);
    expect(created).toEqual([]);
  });

  it('passes calls from the app page to dispatch with the input untouched', async () => {
    const { ipcMain, calls } = setUp(async () => ({ ok: true, data: [1, 2] }));
    const result = await ipcMain.invoke(new FakeWebContents(), APP_URL, 'org.staff.list', { search: '王' });
    expect(result).toEqual({ ok: true, data: [1, 2] });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ channel: 'org.staff.list', input: { search: '王' } });
  });

  it('keeps one session per window and ends it when the window goes away', async () => {
    const { ipcMain, calls, created, disposed } = setUp();
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    await ipcMain.invoke(first, APP_URL, 'system.status', {});
    await ipcMain.invoke(first, APP_URL, 'auth.me', {});
    await ipcMain.invoke(second, APP_URL, 'system.status', {});
    expect(created).toHaveLength(2);
    expect(calls[0]!.session).toBe(calls[1]!.session);
    expect(calls[2]!.session).not.toBe(calls[0]!.session);

    first.emit('destroyed');
    expect(disposed).toEqual([calls[0]!.session]);
    expect(first.count('destroyed')).toBe(0);

    // A webContents id is never reused, but a stray late call must still get a fresh session.
    await ipcMain.invoke(first, APP_URL, 'system.status', {});
    expect(created).toHaveLength(3);
  });

  it('turns a throwing dispatch into an INTERNAL envelope and logs it', async () => {
    const { ipcMain, logger } = setUp(() => Promise.reject(new Error('boom at /home/user/secret')));
    const result = await ipcMain.invoke(new FakeWebContents(), APP_URL, 'org.staff.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } });
    expect(logger.events).toEqual([expect.objectContaining({ level: 'error', event: 'ipc.dispatch_threw' })]);
  });

  it('drives the real core end to end', async () => {
    const core = await makeCore();
    try {
      const ipcMain = new FakeIpcMain();
      registerCoreChannels({ ipcMain, core, isAppUrl, logger: recordingLogger() });
      const status = (await ipcMain.invoke(new FakeWebContents(), APP_URL, 'system.status', {})) as {
        ok: boolean;
      };
      expect(status.ok).toBe(true);
      const invalid = (await ipcMain.invoke(new FakeWebContents(), APP_URL, 'system.status', {
        extra: 1,
      })) as {
        ok: boolean;
        error: { code: string };
      };
      expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      await core.close();
    }
  });

  it('bounds what arrives already decoded (structured clone): access first, then size, then the schema', async () => {
    const core = await makeCore();
    try {
      const ipcMain = new FakeIpcMain();
      registerCoreChannels({ ipcMain, core, isAppUrl, logger: recordingLogger() });
      const window = new FakeWebContents();
      const huge = { name: 'x'.repeat(2 * 1024 * 1024), bogus: true };
      expect(await ipcMain.invoke(window, APP_URL, 'clients.create', huge)).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: 'login required' },
      });
      await ipcMain.invoke(window, APP_URL, 'auth.setup', {
        departmentName: '业务部',
        managerName: '王经理',
        employeeNo: 'M001',
        username: 'manager',
        password: 'Manager#2026',
      });
      expect(await ipcMain.invoke(window, APP_URL, 'clients.create', huge)).toEqual({
        ok: false,
        error: { code: 'TOO_LARGE', message: 'input too large' },
      });
    } finally {
      await core.close();
    }
  });
});

describe('shell channels on ipcMain', () => {
  afterEach(() => vi.restoreAllMocks());

  function shellSetUp() {
    const ipcMain = new FakeIpcMain();
    const opened: string[] = [];
    const asked = vi.fn(async () => ({ canceled: true }));
    const logger = recordingLogger();
    registerShellChannels({
      ipcMain,
      isAppUrl,
      logger,
      askSavePath: asked,
      documentsDir: '/home/user/Documents',
      dataDir: '/home/user/.config/BizOps Desk',
      showItemInFolder: () => undefined,
      openPath: async (p) => {
        opened.push(p);
        return p.includes('missing') ? 'not found' : '';
      },
    });
    return { ipcMain, opened, asked, logger };
  }

  it('registers exactly the shell channels, all under the shell: prefix', () => {
    const { ipcMain } = shellSetUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(SHELL_CHANNELS).sort());
    for (const name of ipcMain.handlers.keys()) expect(name.startsWith('shell:')).toBe(true);
  });

  it('applies the same sender check', async () => {
    const { ipcMain, opened, asked } = shellSetUp();
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: 'untrusted sender' } };
    const contents = new FakeWebContents();
    expect(await ipcMain.invoke(contents, 'https://evil.example/', SHELL_CHANNELS.openDataFolder)).toEqual(
      forbidden,
    );
    const payload = { fileName: 'a.pdf', mime: 'application/pdf', bytes: new Uint8Array([1]) };
    expect(await ipcMain.invoke(contents, null, SHELL_CHANNELS.saveFile, payload)).toEqual(forbidden);
    expect(opened).toEqual([]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('opens the data folder for the app page', async () => {
    const { ipcMain, opened } = shellSetUp();
    expect(
      await ipcMain.invoke(new FakeWebContents(), APP_URL, SHELL_CHANNELS.openDataFolder),
    ).toBeUndefined();
    expect(opened).toEqual(['/home/user/.config/BizOps Desk']);
  });
});
