import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { blobsDir, sweepStoredFiles } from '../../../src/main/files/blobStore';
import { FakeClock, MANAGER, makeCore, setUpDepartment, unwrap } from '../../support/core';

/**
 * Attachments and backups: a restored backup brings its attachment rows back, so the bytes they name must
 * still be in the data folder — kept while any backup refers to them, removed once none does.
 */
let core: Core;
let manager: Session;
let clock: FakeClock;

beforeEach(async () => {
  clock = new FakeClock();
  core = await makeCore({ clock });
  manager = (await setUpDepartment(core)).manager;
});
afterEach(async () => {
  await core.close();
});

const blobFile = (sha256: string) => path.join(blobsDir(core.store.paths), sha256.slice(0, 2), sha256);
const licence = Uint8Array.from(Buffer.from('营业执照扫描件 — business licence scan'));

async function clientWithAttachment() {
  const client = unwrap(await core.call('clients.create', { name: '备份附件测试有限公司' }, manager));
  const attachment = unwrap(
    await core.call(
      'attachments.add',
      { clientId: client.id, fileName: '营业执照.pdf', bytes: licence },
      manager,
    ),
  );
  return { client, attachment };
}

async function signInAgain(): Promise<void> {
  manager = core.sessions.create();
  unwrap(await core.call('auth.login', MANAGER, manager));
}

describe('attachments kept for backups', () => {
  it('a deleted attachment’s file stays while a backup has it; restoring that backup opens it again', async () => {
    const { client, attachment } = await clientWithAttachment();
    const backup = unwrap(await core.call('backup.create', {}, manager));
    clock.advance(60_000);
    unwrap(await core.call('attachments.delete', { id: attachment.id }, manager));
    expect(unwrap(await core.call('attachments.list', { clientId: client.id }, manager))).toEqual([]);
    expect(fs.existsSync(blobFile(attachment.sha256))).toBe(true);
    // Housekeeping does not take it either.
    expect(sweepStoredFiles(core.context())).toBe(0);

    unwrap(await core.call('backup.restore', { fileName: backup.fileName }, manager));
    await signInAgain();
    const [back] = unwrap(await core.call('attachments.list', { clientId: client.id }, manager));
    expect(back?.id).toBe(attachment.id);
    const opened = unwrap(await core.call('attachments.open', { id: attachment.id }, manager));
    expect(Buffer.from(opened.bytes).toString()).toBe(Buffer.from(licence).toString());
  });

  it('without a backup the file goes with its last attachment; once rotation drops the backup, the sweep removes it', async () => {
    const first = await clientWithAttachment();
    unwrap(await core.call('attachments.delete', { id: first.attachment.id }, manager));
    expect(fs.existsSync(blobFile(first.attachment.sha256))).toBe(false);

    const second = await clientWithAttachment();
    const backup = unwrap(await core.call('backup.create', {}, manager));
    unwrap(await core.call('attachments.delete', { id: second.attachment.id }, manager));
    expect(fs.existsSync(blobFile(second.attachment.sha256))).toBe(true);

    // Rotation keeps the newest files: enough later backups push the one with the attachment out.
    const settings = unwrap(await core.call('settings.get', {}, manager));
    unwrap(
      await core.call(
        'settings.update',
        {
          version: settings.version,
          settings: { ...settings.settings, backupKeepRecent: 1, backupKeepDaily: 1, backupMaxFiles: 5 },
        },
        manager,
      ),
    );
    for (let i = 0; i < 6; i++) {
      clock.advance(86_400_000);
      unwrap(await core.call('backup.create', {}, manager));
    }
    const names = unwrap(await core.call('backup.list', {}, manager)).map((b) => b.fileName);
    expect(names).not.toContain(backup.fileName);
    expect(fs.existsSync(blobFile(second.attachment.sha256))).toBe(false);
  });
});
