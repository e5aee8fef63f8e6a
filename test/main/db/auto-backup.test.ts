import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClock, makeCore, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { backupIdle } from '../../../src/main/domains/backup/service';

const autoBackups = (dataDir: string) =>
  fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('-auto.sqlite'));

describe('automatic backups on the settings interval', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs up when the interval has passed and data changed, and follows a changed interval without restart', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = new FakeClock();
    const dataDir = tempDir();
    const core = await makeCore({ dataDir, clock, autoBackup: true });
    const { manager } = await setUpDepartment(core);
    await backupIdle(core.deps);
    const atStart = autoBackups(dataDir).length;

    // 30 minutes with a change: the default interval is 60, nothing yet.
    unwrap(await core.call('org.groups.create', { name: '大客户组' }, manager));
    clock.advance(30 * 60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    await backupIdle(core.deps);
    expect(autoBackups(dataDir)).toHaveLength(atStart);

    // The manager shortens the interval to 15 minutes: the next tick takes a backup.
    const current = unwrap(await core.call('settings.get', {}, manager));
    unwrap(
      await core.call(
        'settings.update',
        { version: current.version, settings: { ...current.settings, backupIntervalMinutes: 15 } },
        manager,
      ),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    await backupIdle(core.deps);
    expect(autoBackups(dataDir)).toHaveLength(atStart + 1);

    // Another 15 minutes with no change at all: no new file.
    clock.advance(16 * 60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    await backupIdle(core.deps);
    expect(autoBackups(dataDir)).toHaveLength(atStart + 1);
    await core.close();
  });
});
