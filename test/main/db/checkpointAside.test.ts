import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointAside } from '../../../src/main/db/checkpointAside';
import { openConnection } from '../../../src/main/db/connection';
import { tempDir } from '../../support/core';

const nodeBuild = path.join(
  path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

function databaseWithUncheckpointedWrites(): string {
  const file = path.join(tempDir(), 'wal.sqlite');
  const db = openConnection(file);
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (x TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`行 ${i} ${'x'.repeat(200)}`);
  })();
  // Left open, as the app's main connection stays open while the worker checkpoints.
  return file;
}

describe('checkpointing on a worker thread', () => {
  it('copies the whole write-ahead log into the database file', async () => {
    const file = databaseWithUncheckpointedWrites();
    const result = await checkpointAside(file, nodeBuild);
    expect(result.busy).toBe(0);
    expect(result.log).toBeGreaterThan(100);
    expect(result.checkpointed).toBe(result.log);
  });

  it('loads better-sqlite3 with the native binding it is given (Electron passes its own build)', async () => {
    const file = databaseWithUncheckpointedWrites();
    await expect(checkpointAside(file, path.join(tempDir(), 'missing.node'))).rejects.toThrow();
  });
});
