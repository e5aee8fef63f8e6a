import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { ImportMode } from '../../../src/shared/clients/fileTypes';
import { tableChecksum } from '../contract/support';
import { clientUpdateInput } from '../../support/clientInputs';
import { makeCore, setUpDepartment, tempDir, unwrap } from '../../support/core';
import { nthCreditCode, xlsxBytes } from './support';

/**
 * The import commit through the channels on real SQLite, watched from outside while it runs: it writes in
 * slices on a connection of its own, so the event loop keeps answering; what others see is the state
 * before the import until it commits; other mutations wait for it; a failure or a shutdown half-way
 * leaves nothing behind.
 */
const ROWS = 1000;
const HEADERS = ['name', 'creditCode', 'contactName', 'contactMobile'];

let core: Core;
afterEach(async () => {
  await core?.close();
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function countClients(): number {
  return (core.store.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n;
}

async function previewOf(manager: Session, rows: unknown[][]): Promise<string> {
  const bytes = Uint8Array.from(await xlsxBytes(HEADERS, rows as never));
  return unwrap(await core.call('clients.import.preview', { fileName: 'many.xlsx', bytes }, manager)).jobId;
}

const manyRows = (from = 0) =>
  Array.from({ length: ROWS }, (_, i) => [
    `并发导入${from + i}号有限公司`,
    nthCreditCode(700_000 + from + i),
    `联系人${i}`,
    `139${String(from + i).padStart(8, '0')}`,
  ]);

/** Starts the commit and waits until it has written some rows but not all. */
async function commitUnderWay(manager: Session, jobId: string, mode: ImportMode = 'create') {
  const events: string[] = [];
  const commit = core
    .call('clients.import.commit', { jobId, mode, skipInvalid: false }, manager)
    .then((r) => {
      events.push('commit settled');
      return r;
    });
  const progress = async () => unwrap(await core.call('clients.import.progress', { jobId }, manager));
  let state = await progress();
  while (state.status !== 'committing' || state.done === 0) {
    expect(state.status).not.toBe('done');
    await nextTurn();
    state = await progress();
  }
  return { commit, events, progress, firstDone: state.done };
}

describe('an import commit while it runs', { timeout: 120_000 }, () => {
  it('answers queries from the state before it, holds a mutation until it ends, and moves its progress', async () => {
    core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const before = countClients();
    const jobId = await previewOf(manager, manyRows());
    const { commit, events, progress, firstDone } = await commitUnderWay(manager, jobId);

    // A query answers now, and sees none of the rows the import has written so far.
    const list = unwrap(await core.call('clients.list', { pageSize: 1 }, manager));
    expect(list.total).toBe(before);

    // A mutation waits for the import …
    const created = core
      .call('clients.create', { name: '导入期间新建的客户', type: 'enterprise' }, manager)
      .then((r) => {
        events.push('mutation settled');
        return r;
      });
    const seen = [firstDone];
    let state = await progress();
    while (state.status === 'committing') {
      seen.push(state.done);
      expect(events).toEqual([]);
      await nextTurn();
      state = await progress();
    }
    // … and applies once it has committed.
    const result = unwrap(await commit);
    const client = unwrap(await created);
    expect(events).toEqual(['commit settled', 'mutation settled']);
    expect(result).toMatchObject({ committed: true, created: ROWS });
    expect(state).toMatchObject({ status: 'done', done: ROWS, total: ROWS });
    expect(countClients()).toBe(before + ROWS + 1);
    expect(unwrap(await core.call('clients.get', { id: client.id }, manager)).client.name).toBe(
      '导入期间新建的客户',
    );

    // The progress bar had something to show: the count went up while it ran.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBeGreaterThan(1);
    expect(seen.some((done) => done > 0 && done < ROWS)).toBe(true);
  });

  it('is in the database file itself when it is reported done: its WAL was copied off the main thread', async () => {
    core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const file = core.store.paths.databaseFile;
    core.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fs.statSync(file).size;
    const jobId = await previewOf(manager, manyRows());
    unwrap(await core.call('clients.import.commit', { jobId, mode: 'create', skipInvalid: false }, manager));
    expect(fs.statSync(file).size).toBeGreaterThan(before);
  });

  it('leaves nothing written when a row fails late, after many slices', async () => {
    core = await makeCore();
    const { manager } = await setUpDepartment(core);
    const existing = unwrap(
      await core.call(
        'clients.create',
        { name: '稍后被改动的客户', creditCode: nthCreditCode(699_999) },
        manager,
      ),
    );
    // Row 900 updates the existing file, which changes after the preview read its version.
    const rows = manyRows();
    rows[898] = ['稍后被改动的客户', nthCreditCode(699_999), '', ''];
    const jobId = await previewOf(manager, rows);
    unwrap(
      await core.call('clients.update', { ...clientUpdateInput(existing), notes: '预览之后改过' }, manager),
    );
    const before = tableChecksum(core);

    const { commit } = await commitUnderWay(manager, jobId, 'update');
    const r = await commit;
    expect(r.ok ? 'ok' : r.error).toMatchObject({ code: 'CONFLICT', params: { row: 900 } });
    expect(tableChecksum(core)).toBe(before);
    const state = unwrap(await core.call('clients.import.progress', { jobId }, manager));
    expect(state).toMatchObject({ status: 'failed', result: { committed: false, created: 0, updated: 0 } });
  });

  it('rolls back when the app closes half-way: the reopened database has none of it', async () => {
    const dataDir = tempDir();
    core = await makeCore({ dataDir });
    const { manager } = await setUpDepartment(core);
    const before = countClients();
    const jobId = await previewOf(manager, manyRows());
    const { commit } = await commitUnderWay(manager, jobId);
    await core.close();
    expect((await commit).ok).toBe(false);

    core = await makeCore({ dataDir });
    expect(countClients()).toBe(before);
  });
});
