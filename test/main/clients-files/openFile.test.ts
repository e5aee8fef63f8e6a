import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppOrigin } from '../../../src/main/electron/appOrigin';
import { createFileOpener } from '../../../src/main/electron/openFile';
import { registerShellChannels } from '../../../src/main/electron/shellChannels';
import { buildBridge } from '../../../src/preload/bridge';
import { SHELL_CHANNELS } from '../../../src/shared/shell/channels';
import { tempDir } from '../../support/core';
import { APP_FILE, APP_URL, FakeIpcMain, FakeWebContents, recordingLogger } from '../electron/fakes';

const FILE = {
  fileName: '营业执照.pdf',
  mime: 'application/pdf',
  bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
};

function setUp(openPath: (p: string) => Promise<string> = async () => '') {
  const osTemp = tempDir('bizops-os-temp-');
  const opened: string[] = [];
  const logger = recordingLogger();
  const opener = createFileOpener({
    tempDir: osTemp,
    logger,
    showItemInFolder: () => undefined,
    openPath: async (p) => {
      opened.push(p);
      return openPath(p);
    },
  });
  return { osTemp, opened, logger, opener };
}

describe('opening a file from main (shell:openFile)', () => {
  it('writes the bytes under the sanitised name in this run’s temp folder and opens that file', async () => {
    const { osTemp, opened, opener } = setUp();
    expect(await opener.open({ ...FILE, fileName: '../../合同<终稿>.pdf' })).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    const file = opened[0]!;
    expect(path.basename(file)).toBe('合同_终稿_.pdf');
    expect(file.startsWith(path.join(osTemp, 'bizops-open-'))).toBe(true);
    expect(file.startsWith(opener.folder!)).toBe(true);
    expect(new Uint8Array(fs.readFileSync(file))).toEqual(FILE.bytes);
  });

  it('gives each open its own folder, so two files of the same name never overwrite each other', async () => {
    const { opened, opener } = setUp();
    await opener.open(FILE);
    await opener.open({ ...FILE, bytes: new Uint8Array([1, 2, 3]) });
    expect(new Set(opened.map((p) => path.basename(p)))).toEqual(new Set(['营业执照.pdf']));
    expect(opened[0]).not.toBe(opened[1]);
    expect(path.dirname(path.dirname(opened[0]!))).toBe(path.dirname(path.dirname(opened[1]!)));
    expect([...fs.readFileSync(opened[0]!)]).toEqual([...FILE.bytes]);
    expect([...fs.readFileSync(opened[1]!)]).toEqual([1, 2, 3]);
  });

  it('reports a type no program opens as OPEN_FAILED, logged', async () => {
    const { opener, logger } = setUp(async () => 'No application is associated with the specified file');
    expect(await opener.open(FILE)).toEqual({ opened: false, error: 'OPEN_FAILED' });
    expect(logger.events.map((e) => e.event)).toEqual(['shell.open_file_failed']);
  });

  it('reports a full disk and other write failures without opening anything', async () => {
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    const logger = recordingLogger();
    const opened: string[] = [];
    const opener = createFileOpener({
      tempDir: tempDir(),
      logger,
      showItemInFolder: () => undefined,
      openPath: async (p) => {
        opened.push(p);
        return '';
      },
      writeFile: () => Promise.reject(full),
    });
    expect(await opener.open(FILE)).toEqual({ opened: false, error: 'DISK_FULL' });
    const noTemp = createFileOpener({
      tempDir: '/nonexistent/bizops-temp',
      logger,
      showItemInFolder: () => undefined,
      openPath: async () => '',
    });
    expect(await noTemp.open(FILE)).toEqual({ opened: false, error: 'WRITE_FAILED' });
    expect(opened).toEqual([]);
  });

  it('refuses a malformed payload', async () => {
    const { opener, opened } = setUp();
    for (const bad of [
      null,
      'a.pdf',
      { fileName: 'a.pdf', mime: 'x', bytes: [1] },
      { fileName: 1, mime: '', bytes: new Uint8Array() },
    ])
      expect(await opener.open(bad)).toEqual({ opened: false });
    expect(opened).toEqual([]);
  });

  it('cleans up this run’s folder (on quit)', async () => {
    const { opener, opened } = setUp();
    await opener.open(FILE);
    const folder = opener.folder!;
    expect(fs.existsSync(folder)).toBe(true);
    opener.cleanUp();
    expect(fs.existsSync(folder)).toBe(false);
    expect(fs.existsSync(opened[0]!)).toBe(false);
    opener.cleanUp();
  });

  it('is registered behind the sender check, and the preload exposes shell.openFile', async () => {
    const ipcMain = new FakeIpcMain();
    const opened: string[] = [];
    const osTemp = tempDir();
    const shell = registerShellChannels({
      ipcMain,
      isAppUrl: createAppOrigin({ rendererFile: APP_FILE, platform: 'linux' }),
      logger: recordingLogger(),
      askSavePath: async () => ({ canceled: true }),
      documentsDir: '/home/user/Documents',
      dataDir: '/home/user/.config/BizOps Desk',
      showItemInFolder: () => undefined,
      openPath: async (p) => {
        opened.push(p);
        return '';
      },
      tempDir: osTemp,
    });
    const contents = new FakeWebContents();
    expect(
      await ipcMain.invoke(contents, 'https://evil.example/', SHELL_CHANNELS.openFile, FILE),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(opened).toEqual([]);
    expect(await ipcMain.invoke(contents, APP_URL, SHELL_CHANNELS.openFile, FILE)).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    shell.cleanUp();
    expect(fs.readdirSync(osTemp)).toEqual([]);

    const sent: unknown[][] = [];
    const bridge = buildBridge([], async (...args) => {
      sent.push(args);
      return { opened: true };
    });
    expect(await bridge.shell.openFile(FILE)).toEqual({ opened: true });
    expect(sent).toEqual([[SHELL_CHANNELS.openFile, FILE]]);
  });
});
