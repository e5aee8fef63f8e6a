import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../src/shared/clients/types';
import { unwrap } from '../../support/core';
import { creditCode, department, listIds, makeClient, type Department } from './support';

let d: Department;
let huadong: Client;
let huanan: Client;
let acme: Client;
let syntax: Client;

beforeAll(async () => {
  d = await department();
  huadong = await makeClient(d.core, d.salesA, {
    name: '华东重工机械有限公司',
    creditCode: creditCode(5150),
  });
  huanan = await makeClient(d.core, d.salesB, { name: '华南华东贸易公司' });
  acme = await makeClient(d.core, d.salesA, { name: 'ACME Trading Co., Ltd.' });
  syntax = await makeClient(d.core, d.manager, { name: '"星号*" NEAR( AND OR - 公司' });
  await makeClient(d.core, d.manager, { name: '西北能源集团' });
  unwrap(
    await d.core.call(
      'contacts.create',
      { clientId: huadong.id, name: '欧阳娜', mobile: '+86 139 8765 4321' },
      d.salesA,
    ),
  );
});
afterAll(async () => {
  await d.core.close();
});

const search = (text: string, as = d.manager) => listIds(d.core, as, { search: text });

describe('clients.list search', () => {
  it('a 2-character Chinese name part (华东) finds every file containing it', async () => {
    expect((await search('华东')).sort()).toEqual([huadong.id, huanan.id].sort());
    expect(await search('西北')).toHaveLength(1);
    // One character works too.
    expect((await search('华')).sort()).toEqual([huadong.id, huanan.id].sort());
  });

  it('3 or more characters go through the trigram index: names, codes, credit codes, contacts, phones', async () => {
    expect(await search('重工机械')).toEqual([huadong.id]);
    expect(await search('华东重工机械有限公司')).toEqual([huadong.id]);
    expect(await search(huadong.code)).toEqual([huadong.id]);
    expect(await search(huadong.code.toLowerCase())).toEqual([huadong.id]);
    expect(await search(creditCode(5150).slice(4, 12))).toEqual([huadong.id]);
    expect(await search('欧阳娜')).toEqual([huadong.id]);
    // Every file's code has a dash: '-' is a character like any other.
    expect(await search('-')).toHaveLength(5);
    // The mobile as typed, and as bare digits.
    expect(await search('139 8765')).toEqual([huadong.id]);
    expect(await search('13987654321')).toEqual([huadong.id]);
    expect(await search('87654')).toEqual([huadong.id]);
    expect(await search('没有这个客户')).toEqual([]);
  });

  it('Latin letters match whatever their case or width', async () => {
    for (const q of ['acme', 'ACME', 'Acme trading', 'ａｃｍｅ', 'ltd.'])
      expect(await search(q), q).toEqual([acme.id]);
  });

  it('FTS syntax and SQL characters are plain text', async () => {
    for (const q of ['"星号*"', '*', 'NEAR(', 'AND OR', '"', 'OR -', '- 公司', '" NEAR( AND OR -'])
      expect(await search(q), q).toEqual([syntax.id]);
    for (const q of ["'; DROP TABLE clients; --", 'NEAR(a b)', '"unterminated', 'a OR b', '*)(', '%', '_'])
      expect(await search(q), q).toEqual([]);
    expect(await listIds(d.core, d.manager)).toHaveLength(5);
  });

  it('follows changes: a renamed file, an edited or deleted contact, a deleted file', async () => {
    const c = await makeClient(d.core, d.manager, { name: '旧名字公司' });
    const renamed = unwrap(
      await d.core.call(
        'clients.update',
        { id: c.id, version: c.version, name: '新名字公司', ownerId: c.ownerId },
        d.manager,
      ),
    );
    expect(await search('旧名字')).toEqual([]);
    expect(await search('新名字')).toEqual([c.id]);
    const contact = unwrap(
      await d.core.call('contacts.create', { clientId: c.id, name: '司马光' }, d.manager),
    );
    expect(await search('司马光')).toEqual([c.id]);
    const edited = unwrap(
      await d.core.call(
        'contacts.update',
        { id: contact.id, version: contact.version, name: '诸葛亮' },
        d.manager,
      ),
    );
    expect(await search('司马光')).toEqual([]);
    expect(await search('诸葛亮')).toEqual([c.id]);
    unwrap(await d.core.call('contacts.delete', { id: edited.id, version: edited.version }, d.manager));
    expect(await search('诸葛亮')).toEqual([]);
    unwrap(await d.core.call('clients.delete', { id: c.id, version: renamed.version }, d.manager));
    expect(await search('新名字')).toEqual([]);
    // The recycle bin searches the deleted files.
    const bin = unwrap(await d.core.call('clients.recycleBin', { search: '新名字' }, d.manager));
    expect(bin.rows.map((r) => r.id)).toEqual([c.id]);
  });

  it('stays inside the caller’s scope, for short and long queries alike', async () => {
    expect(await search('华东', d.salesA)).toEqual([huadong.id]);
    expect(await search('华东贸易', d.salesA)).toEqual([]);
    expect(await search('华东贸易', d.salesLead)).toEqual([huanan.id]);
    expect(await search('公司', d.salesB)).toEqual([huanan.id]);
    expect(await search('acme', d.marketC)).toEqual([]);
  });

  it('combines with filters and paging', async () => {
    const page = unwrap(
      await d.core.call(
        'clients.list',
        { search: '公司', sort: 'name', order: 'asc', page: 1, pageSize: 2 },
        d.manager,
      ),
    );
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(2);
    const next = unwrap(
      await d.core.call(
        'clients.list',
        { search: '公司', sort: 'name', order: 'asc', page: 2, pageSize: 2 },
        d.manager,
      ),
    );
    expect(next.rows).toHaveLength(1);
    expect(new Set([...page.rows, ...next.rows].map((r) => r.id)).size).toBe(3);
    expect(await listIds(d.core, d.manager, { search: '华东', ownerId: huadong.ownerId })).toEqual([
      huadong.id,
    ]);
  });
});
