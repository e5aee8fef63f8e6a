import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppOrigin } from '../../../src/main/electron/appOrigin';
import { registerShellChannels } from '../../../src/main/electron/shellChannels';
import { SHELL_CHANNELS } from '../../../src/shared/shell/channels';
import { isExecutableFileName } from '../../../src/shared/shell/executableFiles';
import { tempDir } from '../../support/core';
import { APP_FILE, APP_URL, FakeIpcMain, FakeWebContents, recordingLogger } from './fakes';

/** shell:openFile as the page calls it, with Electron's shell replaced by recorders. */
function setUp() {
  const ipcMain = new FakeIpcMain();
  const opened: string[] = [];
  const shown: string[] = [];
  const logger = recordingLogger();
  registerShellChannels({
    ipcMain,
    isAppUrl: createAppOrigin({ rendererFile: APP_FILE, platform: 'linux' }),
    logger,
    askSavePath: async () => ({ canceled: true }),
    documentsDir: '/home/user/Documents',
    dataDir: '/home/user/.config/BizOps Desk',
    openPath: async (p) => {
      opened.push(p);
      return '';
    },
    showItemInFolder: (p) => shown.push(p),
    tempDir: tempDir(),
  });
  const open = (fileName: string) =>
    ipcMain.invoke(new FakeWebContents(), APP_URL, SHELL_CHANNELS.openFile, {
      fileName,
      mime: 'application/octet-stream',
      bytes: new Uint8Array([0x4d, 0x5a]),
    });
  return { open, opened, shown, logger };
}

describe('opening an attachment that is a program or script', () => {
  it('never runs it: the file is shown in its folder and the page is told so', async () => {
    for (const fileName of [
      '报价工具.exe',
      'setup.MSI',
      'run.bat',
      'invoice.pdf.js',
      '安装.command',
      'start.sh',
      'tool.jar',
      'shortcut.lnk',
      'report.pdf.exe. ',
    ]) {
      const { open, opened, shown, logger } = setUp();
      expect(await open(fileName), fileName).toEqual({ opened: false, shownInFolder: true });
      expect(opened, fileName).toEqual([]);
      expect(shown, fileName).toHaveLength(1);
      // What is shown is the copy written for it, bytes and all.
      expect([...fs.readFileSync(shown[0]!)]).toEqual([0x4d, 0x5a]);
      expect(logger.events.map((e) => e.event)).toEqual(['shell.open_file_executable_shown']);
    }
  });

  it('opens documents as before', async () => {
    for (const fileName of ['合同.pdf', '报价.xlsx', 'photo.JPG', 'notes.txt', 'archive.zip', 'README']) {
      const { open, opened, shown } = setUp();
      expect(await open(fileName), fileName).toEqual({ opened: true });
      expect(path.basename(opened[0]!)).toBe(fileName);
      expect(shown).toEqual([]);
    }
  });
});

describe('isExecutableFileName', () => {
  it('goes by the last extension, whatever its case, ignoring trailing dots and spaces', () => {
    expect(isExecutableFileName('a.EXE')).toBe(true);
    expect(isExecutableFileName('发票.pdf.exe')).toBe(true);
    expect(isExecutableFileName('tool.exe...  ')).toBe(true);
    expect(isExecutableFileName('.sh')).toBe(true);
    expect(isExecutableFileName('exe')).toBe(false);
    expect(isExecutableFileName('app.exe.pdf')).toBe(false);
    expect(isExecutableFileName('营业执照.jpg')).toBe(false);
  });
});
