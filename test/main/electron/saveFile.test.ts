import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveDialogAnswer, SaveDialogOptions } from '../../../src/main/electron/ports';
import { safeFileName, saveFile, writeFileAtomic, type WriteFile } from '../../../src/main/electron/saveFile';
import { tempDir } from '../../support/core';
import { FakeWebContents, recordingLogger } from './fakes';

const PDF = {
  fileName: '花名册 2026.pdf',
  mime: 'application/pdf',
  bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
};

function setUp(answer: (options: SaveDialogOptions) => SaveDialogAnswer, writeFile?: WriteFile) {
  const asked: SaveDialogOptions[] = [];
  const logger = recordingLogger();
  const sender = new FakeWebContents();
  const senders: number[] = [];
  const save = (payload: unknown) =>
    saveFile(sender, payload, {
      askSavePath: async (s, options) => {
        senders.push(s.id);
        asked.push(options);
        return answer(options);
      },
      documentsDir: '/home/user/Documents',
      logger,
      writeFile,
    });
  return { save, asked, logger, sender, senders };
}

describe('saving a file', () => {
  it('asks where, suggesting Documents/<name> filtered by its extension, attached to the asking window', async () => {
    const { save, asked, sender, senders } = setUp(() => ({ canceled: true }));
    await save(PDF);
    expect(asked).toEqual([
      expect.objectContaining({
        defaultPath: path.join('/home/user/Documents', '花名册 2026.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    ]);
    expect(senders).toEqual([sender.id]);
  });

  it('writes exactly the bytes to the chosen path', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'chosen.pdf');
    const { save } = setUp(() => ({ canceled: false, filePath: target }));
    expect(await save(PDF)).toEqual({ saved: true, path: target });
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(PDF.bytes);
    expect(fs.readdirSync(dir)).toEqual(['chosen.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'old.xlsx');
    fs.writeFileSync(target, 'previous contents that are longer than the new ones');
    const { save } = setUp(() => ({ canceled: false, filePath: target }));
    await save({ fileName: 'x.xlsx', mime: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3]) });
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
  });

  it('returns saved:false and writes nothing when the user cancels', async () => {
    let wrote = false;
    const { save } = setUp(
      () => ({ canceled: true, filePath: '' }),
      async () => void (wrote = true),
    );
    expect(await save(PDF)).toEqual({ saved: false });
    expect(wrote).toBe(false);
  });

  it('reports DISK_FULL when the disk is full', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const { save, logger } = setUp(
      () => ({ canceled: false, filePath: '/mnt/usb/report.pdf' }),
      () => Promise.reject(full),
    );
    expect(await save(PDF)).toEqual({ saved: false, error: 'DISK_FULL' });
    expect(logger.events.map((e) => e.event)).toEqual(['shell.save_file_disk_full']);
  });

  it('reports other write failures as WRITE_FAILED, with details only in the log', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { save, logger } = setUp(
      () => ({ canceled: false, filePath: '/readonly/report.pdf' }),
      () => Promise.reject(denied),
    );
    expect(await save(PDF)).toEqual({ saved: false, error: 'WRITE_FAILED' });
    expect(logger.events).toEqual([
      expect.objectContaining({ event: 'shell.save_file_failed', err: denied }),
    ]);
  });

  it('leaves no partial file behind when a write fails', async () => {
    const dir = tempDir();
    const missingFolder = path.join(dir, 'gone', 'report.pdf');
    await expect(writeFileAtomic(missingFolder, PDF.bytes)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a malformed payload without opening a dialog', async () => {
    const { save, asked } = setUp(() => ({ canceled: true }));
    for (const bad of [
      null,
      'x',
      { fileName: 'a.pdf', mime: 'application/pdf', bytes: [1, 2] },
      { fileName: 1, mime: '', bytes: new Uint8Array() },
    ]) {
      expect(await save(bad)).toEqual({ saved: false });
    }
    expect(asked).toEqual([]);
  });

  it('suggests a name without folders or characters Windows forbids', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(safeFileName('report. ')).toBe('report');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('员工名册.xlsx')).toBe('员工名册.xlsx');
  });
});
