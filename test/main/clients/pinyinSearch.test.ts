import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../src/shared/clients/types';
import { rebuildOutdatedSearchTexts } from '../../../src/main/domains/clients/searchRebuild';
import { SEARCH_TEXT_VERSION } from '../../../src/main/domains/clients/search';
import { unwrap } from '../../support/core';
import { department, listIds, makeClient, updateInput, type Department } from './support';

let d: Department;
let hangzhou: Client;
let suzhou: Client;
let mine: Client;

beforeAll(async () => {
  d = await department();
  hangzhou = await makeClient(d.core, d.manager, { name: '杭州博瑞科技有限公司' });
  suzhou = await makeClient(d.core, d.manager, { name: '苏州恒达物流有限公司' });
  mine = await makeClient(d.core, d.salesA, { name: '重庆长安汽配厂' });
  unwrap(await d.core.call('contacts.create', { clientId: suzhou.id, name: '单晓明' }, d.manager));
});
afterAll(async () => {
  await d.core.close();
});

const search = (text: string, as = d.manager) => listIds(d.core, as, { search: text });

describe('search by pinyin and initials (hangzhou, hz → 杭州)', () => {
  it('finds a name by its full pinyin (trigram index) and by its initials, any length', async () => {
    expect(await search('hangzhou')).toEqual([hangzhou.id]);
    expect(await search('boruikeji')).toEqual([hangzhou.id]);
    expect(await search('HangZhou')).toEqual([hangzhou.id]);
    expect(await search('hzbr')).toEqual([hangzhou.id]);
    // Two letters scan the search text (trigrams need three): hz is 杭州's initials, sz 苏州's.
    expect(await search('hz')).toEqual([hangzhou.id]);
    expect(await search('sz')).toEqual([suzhou.id]);
    expect(await search('guangzhou')).toEqual([]);
  });

  it("reads a contact's first character as a surname: 单 is shan", async () => {
    expect(await search('shanxiaoming')).toEqual([suzhou.id]);
    expect(await search('sxm')).toEqual([suzhou.id]);
    expect(await search('danxiaoming')).toEqual([]);
  });

  it("works inside a person's own files too (their list looks at each file's text)", async () => {
    expect(await search('chongqing', d.salesA)).toEqual([mine.id]);
    expect(await search('cqca', d.salesA)).toEqual([mine.id]);
    expect(await search('hangzhou', d.salesA)).toEqual([]);
  });

  it('an edit keeps the pinyin in step with the name', async () => {
    const renamed = unwrap(
      await d.core.call('clients.update', { ...updateInput(mine), name: '成都长安汽配厂' }, d.salesA),
    );
    expect(await search('chengdu', d.salesA)).toEqual([renamed.id]);
    expect(await search('chongqing', d.salesA)).toEqual([]);
  });

  it('after an upgrade, text written by the older version is rewritten in the background and found again', async () => {
    const db = d.core.store.db;
    // As version 1 wrote it: no pinyin lines.
    db.prepare(
      `UPDATE client_search SET text = (SELECT lower(name) || char(10) || lower(code) FROM clients WHERE rowid = client_rowid),
         pinyin = '', text_version = 1`,
    ).run();
    expect(await search('hangzhou')).toEqual([]);
    expect(await search('hz')).toEqual([]);
    const files = (db.prepare('SELECT count(*) FROM clients').pluck().get() as number) ?? 0;

    expect(await rebuildOutdatedSearchTexts(d.core.context())).toBe(files);
    expect(await search('hangzhou')).toEqual([hangzhou.id]);
    expect(await search('hz')).toEqual([hangzhou.id]);
    expect(await search('shanxiaoming')).toEqual([suzhou.id]);
    expect(
      db
        .prepare('SELECT count(*) FROM client_search WHERE text_version <> ?')
        .pluck()
        .get(SEARCH_TEXT_VERSION),
    ).toBe(0);
    // Nothing left to do; both indexes agree with the rows they index.
    expect(await rebuildOutdatedSearchTexts(d.core.context())).toBe(0);
    for (const fts of ['client_search_fts', 'client_pinyin_fts'])
      db.prepare(`INSERT INTO ${fts}(${fts}, rank) VALUES ('integrity-check', 1)`).run();
  });
});
