import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import { tempDir, unwrap } from '../../support/core';
import { xlsxBytes } from '../clients-files/support';
import { department, listIds, makeClient, staffIdOf, type Department } from './support';

/**
 * Searches that find more files than a list reads one by one (over a thousand): the list then walks its own
 * index and probes the hits. Whatever the path, a search must find exactly the files a plain reading of the
 * table finds, in the same order, with the same total — checked here against SQL over the tables.
 */
const FILES = 1_400;
let d: Department;

beforeAll(async () => {
  d = await department();
  const rows = Array.from({ length: FILES }, (_, i) => [
    `${i % 2 ? '滨江' : '临平'}${i}号${i % 3 ? '贸易' : '科技'}有限公司`,
    'ABCD'[i % 4],
  ]);
  const bytes = Uint8Array.from(await xlsxBytes(['name', 'tier'], rows));
  const preview = unwrap(
    await d.core.call('clients.import.preview', { fileName: 'many.xlsx', bytes }, d.manager),
  );
  unwrap(
    await d.core.call(
      'clients.import.commit',
      { jobId: preview.jobId, mode: 'create', skipInvalid: false },
      d.manager,
    ),
  );
  // Half of them to a sales person (their lead sees those), touched at later times; a few deleted.
  const ids = db().prepare('SELECT id FROM clients ORDER BY rowid').pluck().all() as string[];
  d.clock.advance(60_000);
  unwrap(
    await d.core.call(
      'clients.reassign',
      { ids: ids.filter((_, i) => i % 2 === 0), ownerId: staffIdOf(d.salesA) },
      d.manager,
    ),
  );
  for (const id of ids.slice(0, 40)) {
    d.clock.advance(1000);
    const c = unwrap(await d.core.call('clients.get', { id }, d.manager)).client;
    unwrap(await d.core.call('clients.delete', { id, version: c.version }, d.manager));
  }
  // A file whose contact, not name, carries the word.
  const other = await makeClient(d.core, d.manager, { name: '远方实业有限公司' });
  unwrap(await d.core.call('contacts.create', { clientId: other.id, name: '滨江联络人' }, d.manager));
});
afterAll(async () => {
  await d.core.close();
});

const db = () => d.core.store.db;

/** The files a search must find, newest first, by reading the tables: live, name or contact containing `word`. */
function expected(word: string, extra = '1'): string[] {
  return db()
    .prepare(
      `SELECT c.id FROM clients c WHERE c.deleted_at IS NULL AND ${extra}
         AND (instr(c.name, ?) > 0 OR EXISTS (SELECT 1 FROM client_contacts k
              WHERE k.client_id = c.id AND k.deleted_at IS NULL AND instr(k.name, ?) > 0))
       ORDER BY c.updated_at DESC, c.rowid DESC`,
    )
    .pluck()
    .all(word, word) as string[];
}

async function page(input: Partial<ChannelInput<'clients.list'>>, as = d.manager) {
  return unwrap(await d.core.call('clients.list', { pageSize: 50, ...input }, as));
}

describe('clients.list search with many hits', () => {
  it('the test data gives more hits than the direct path takes', () => {
    expect(expected('有限公司').length).toBeGreaterThan(1000);
  });

  for (const word of ['滨江', '有限', '有限公司', '贸易有限']) {
    it(`'${word}': the manager's pages and total match the tables, deleted files left out`, async () => {
      const all = expected(word);
      const first = await page({ search: word });
      expect(first.total).toBe(all.length);
      expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, 50));
      const third = await page({ search: word, page: 3 });
      expect(third.rows.map((r) => r.id)).toEqual(all.slice(100, 150));
    });
  }

  it('with a filter and within a lead’s group: the same files as the tables say', async () => {
    const filtered = expected('有限公司', "c.tier = 'B'");
    const tierB = await page({ search: '有限公司', tiers: ['B'] });
    expect(tierB.total).toBe(filtered.length);
    expect(tierB.rows.map((r) => r.id)).toEqual(filtered.slice(0, 50));

    const mine = expected('有限公司', `c.owner_id = '${staffIdOf(d.salesA)}'`);
    const lead = await page({ search: '有限公司' }, d.salesLead);
    expect(lead.total).toBe(mine.length);
    expect(lead.rows.map((r) => r.id)).toEqual(mine.slice(0, 50));
    // Sorted by name instead: the same files, in name order.
    const byName = await page({ search: '有限公司', sort: 'name', order: 'asc' }, d.salesLead);
    expect(byName.total).toBe(mine.length);
    const names = byName.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort());
  });

  it('a contact’s name finds its file among a thousand others', async () => {
    const ids = await listIds(d.core, d.manager, { search: '滨江联络' });
    expect(ids).toHaveLength(1);
    expect((await page({ search: '滨江' })).total).toBe(expected('滨江').length);
  });

  it('the recycle bin finds its deleted files by a word hundreds of live files share', async () => {
    const bin = unwrap(
      await d.core.call('clients.recycleBin', { search: '有限公司', page: 1, pageSize: 100 }, d.manager),
    );
    expect(bin.total).toBe(40);
  });

  it('a copy made with VACUUM INTO (the pre-migration backup) keeps every search row with its own file', () => {
    const file = path.join(tempDir(), 'copy.sqlite');
    db().prepare('VACUUM INTO ?').run(file);
    const copy = new Database(file, { readonly: true });
    try {
      const mismatched = copy
        .prepare(
          `SELECT count(*) FROM client_search s JOIN clients c ON c.rowid = s.client_rowid
           WHERE instr(s.text, lower(c.code)) = 0`,
        )
        .pluck()
        .get();
      expect(mismatched).toBe(0);
      expect(copy.prepare('SELECT count(*) FROM client_search').pluck().get()).toBe(FILES + 1);
    } finally {
      copy.close();
    }
  });
});
