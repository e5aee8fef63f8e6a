import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations';
import { listBackupFiles } from '../../../src/main/db/backupFiles';
import { makeCore, MANAGER, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { sha256 } from './dump';
import { backupIdle } from '../../../src/main/domains/backup/service';

const NEWER = LATEST_SCHEMA_VERSION + 1;

/** A database as a newer app would leave it: a table this app does not know, user_version one ahead. */
function writeNewerDatabase(dir: string, journalMode: 'wal' | 'delete'): string {
  const file = path.join(dir, 'bizops.sqlite');
  const db = new Database(file);
  db.pragma(`journal_mode = ${journalMode}`);
  db.exec(
    "CREATE TABLE future_things (id TEXT PRIMARY KEY, body TEXT) STRICT; INSERT INTO future_things VALUES ('a', '来自新版本');",
  );
  db.pragma(`user_version = ${NEWER}`);
  db.close();
  return file;
}

/** A restorable backup from this app, placed in the data folder's backups/. */
async function placeGoodBackup(dir: string): Promise<string> {
  const other = await makeCore();
  const { manager } = await setUpDepartment(other);
  const info = unwrap(await other.call('backup.create', {}, manager));
  await other.close();
  fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
  fs.copyFileSync(
    path.join(other.store.paths.backupDir, info.fileName),
    path.join(dir, 'backups', info.fileName),
  );
  return info.fileName;
}

describe.each(['wal', 'delete'] as const)(
  'a database written by a newer version (journal mode %s)',
  (journalMode) => {
    it('is refused: status says newer, every other channel answers DB_NEWER_VERSION, the file is untouched', async () => {
      const dir = tempDir();
      const file = writeNewerDatabase(dir, journalMode);
      const backupName = await placeGoodBackup(dir);
      const hash = sha256(file);

      // autoBackup as in the app: nothing may be written for a database we refuse.
      const core = await makeCore({ dataDir: dir, autoBackup: true });
      const session = core.sessions.create();
      expect(core.store.state).toBe('newer');

      const status = unwrap(await core.call('system.status', {}, session));
      expect(status.state).toBe('newer');
      expect(status.databaseSchemaVersion).toBe(NEWER);
      expect(status.schemaVersion).toBe(LATEST_SCHEMA_VERSION);

      const refused = {
        'auth.login': await core.call('auth.login', MANAGER, session),
        'auth.setupStatus': await core.call('auth.setupStatus', {}, session),
        'org.staff.list': await core.call('org.staff.list', {}, session),
        'backup.list': await core.call('backup.list', {}, session),
        // Restore without login is for a broken database; a newer one is never "fixed" by overwriting it.
        'recovery.backups': await core.call('recovery.backups', {}, session),
        'recovery.restore': await core.call('recovery.restore', { fileName: backupName }, session),
      };
      for (const [channel, r] of Object.entries(refused)) {
        expect({ channel, code: r.ok ? 'ok' : r.error.code }).toEqual({ channel, code: 'DB_NEWER_VERSION' });
      }

      await backupIdle(core.deps);
      await core.close();
      expect(sha256(file)).toBe(hash);
      expect(listBackupFiles(path.join(dir, 'backups')).map((b) => b.fileName)).toEqual([backupName]);
      expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);

      // And the newer app's data is all still there.
      const check = new Database(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(NEWER);
      expect(check.prepare('SELECT body FROM future_things').all()).toEqual([{ body: '来自新版本' }]);
      check.close();
    });
  },
);
