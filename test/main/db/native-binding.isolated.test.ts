import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeCore, MANAGER, setUpDepartment, unwrap } from '../../support/core';
import { backupIdle } from '../../../src/main/domains/backup/service';

/**
 * In Electron the core is given Electron's build of better-sqlite3; the Node build in node_modules cannot
 * load there. So every connection the core opens — the database, backups, restore checks — must use it.
 */
const opened = vi.hoisted(() => [] as { file: string; nativeBinding: unknown }[]);
vi.mock('better-sqlite3', async (importOriginal) => {
  const Real = ((await importOriginal()) as { default: new (file: string, options?: object) => object })
    .default;
  class Recording extends Real {
    constructor(file: string, options: { nativeBinding?: unknown } = {}) {
      opened.push({ file: path.basename(file), nativeBinding: options.nativeBinding });
      super(file, options);
    }
  }
  return { default: Recording };
});

const binding = path.join(
  path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

describe('the native binding given to the core', () => {
  it('is used for every connection: open, backups, restore', async () => {
    const core = await makeCore({ nativeBinding: binding, autoBackup: true });
    await backupIdle(core.deps);
    const { manager } = await setUpDepartment(core);
    const backup = unwrap(await core.call('backup.create', {}, manager));
    unwrap(await core.call('backup.restore', { fileName: backup.fileName }, manager));
    const again = core.sessions.create();
    unwrap(await core.call('auth.login', MANAGER, again));
    await core.close();

    expect(opened.length).toBeGreaterThanOrEqual(4); // live db twice (start, after restore), backups, restore check
    expect(opened.filter((o) => o.nativeBinding !== binding)).toEqual([]);
  });
});
