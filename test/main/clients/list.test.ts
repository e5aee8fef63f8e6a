import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../src/shared/clients/types';
import { CLIENT_SORT_FIELDS } from '../../../src/shared/clients/types';
import { unwrap } from '../../support/core';
import {
  creditCode,
  department,
  listIds,
  makeClient,
  staffIdOf,
  updateInput,
  type Department,
} from './support';

const DAY = 86_400_000;
let d: Department;
let a: Client;
let b: Client;
let c: Client;
let e: Client;

beforeAll(async () => {
  d = await department();
  a = await makeClient(d.core, d.salesA, {
    name: '阿尔法制造',
    tier: 'A',
    industry: '制造业',
    province: '江苏',
    city: '苏州',
    source: 'exhibition',
    tags: ['重点', '展会'],
  });
  d.clock.advance(DAY);
  b = await makeClient(d.core, d.salesB, {
    name: '贝塔软件',
    tier: 'B',
    status: 'customer',
    industry: '软件',
    province: '浙江',
    source: 'referral',
    tags: ['老客户'],
  });
  d.clock.advance(DAY);
  c = await makeClient(d.core, d.marketC, {
    name: '伽马物流',
    tier: 'C',
    status: 'key_follow_up',
    industry: '物流',
    province: '江苏',
    source: 'online',
    tags: ['重点'],
  });
  d.clock.advance(DAY);
  e = await makeClient(d.core, d.manager, {
    name: '德尔塔能源',
    tier: 'D',
    status: 'lost',
    source: 'cold_call',
  });
  d.clock.advance(DAY);
});
afterAll(async () => {
  await d.core.close();
});

const list = (filter: Parameters<typeof listIds>[2]) => listIds(d.core, d.manager, filter);

describe('clients.list filters', () => {
  it('tiers and statuses: any of the chosen values', async () => {
    expect(await list({ tiers: ['A'] })).toEqual([a.id]);
    expect((await list({ tiers: ['A', 'C'] })).sort()).toEqual([a.id, c.id].sort());
    expect(await list({ statuses: ['customer'] })).toEqual([b.id]);
    expect((await list({ statuses: ['potential', 'lost'] })).sort()).toEqual([a.id, e.id].sort());
    expect(await list({ tiers: ['A'], statuses: ['customer'] })).toEqual([]);
  });

  it('owner, group, province, industry, source', async () => {
    expect(await list({ ownerId: staffIdOf(d.salesB) })).toEqual([b.id]);
    expect((await list({ groupId: d.groups.sales })).sort()).toEqual([a.id, b.id].sort());
    expect((await list({ province: '江苏' })).sort()).toEqual([a.id, c.id].sort());
    expect(await list({ industry: '物流' })).toEqual([c.id]);
    expect(await list({ source: 'cold_call' })).toEqual([e.id]);
    expect(await list({ province: '江苏', tiers: ['C'] })).toEqual([c.id]);
    // Filters also narrow a scoped list.
    expect(await listIds(d.core, d.salesLead, { tiers: ['B'] })).toEqual([b.id]);
    expect(await listIds(d.core, d.salesLead, { province: '江苏' })).toEqual([a.id]);
  });

  it('tags: files carrying any of the chosen tags, matched exactly', async () => {
    expect((await list({ tags: ['重点'] })).sort()).toEqual([a.id, c.id].sort());
    expect((await list({ tags: ['展会', '老客户'] })).sort()).toEqual([a.id, b.id].sort());
    expect(await list({ tags: ['重'] })).toEqual([]);
    const quoted = await makeClient(d.core, d.manager, { name: '引号标签', tags: ['a","重点'] });
    expect(await list({ tags: ['a","重点'] })).toEqual([quoted.id]);
    expect(await list({ tags: ['重点'] })).not.toContain(quoted.id);
    unwrap(await d.core.call('clients.delete', { id: quoted.id, version: quoted.version }, d.manager));
    expect(unwrap(await d.core.call('clients.tags', {}, d.manager))).toEqual(['展会', '老客户', '重点']);
  });

  it('stale: untouched for the configured number of days; any change inside the file counts', async () => {
    expect(await list({ stale: true })).toEqual([]);
    d.clock.advance(178 * DAY);
    // a was created 182 days ago, b 181, c 180, e 179 (default setting: 180 days).
    expect((await list({ stale: true })).sort()).toEqual([a.id, b.id].sort());
    const rows = unwrap(await d.core.call('clients.list', { pageSize: 500 }, d.manager)).rows;
    expect(
      rows
        .filter((r) => r.stale)
        .map((r) => r.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());

    // A follow-up recorded on a counts as an update of the file.
    unwrap(
      await d.core.call(
        'communications.create',
        { clientId: a.id, at: d.clock.now().toISOString(), channel: 'visit', content: '定期回访，核对档案' },
        d.salesA,
      ),
    );
    expect(await list({ stale: true })).toEqual([b.id]);

    // The threshold is a setting.
    const { settings, version } = unwrap(await d.core.call('settings.get', {}, d.manager));
    unwrap(
      await d.core.call(
        'settings.update',
        { version, settings: { ...settings, clientStaleDays: 30 } },
        d.manager,
      ),
    );
    expect((await list({ stale: true })).sort()).toEqual([b.id, c.id, e.id].sort());
    const after = unwrap(await d.core.call('settings.get', {}, d.manager));
    unwrap(
      await d.core.call(
        'settings.update',
        { version: after.version, settings: { ...after.settings, clientStaleDays: 180 } },
        d.manager,
      ),
    );
  });
});

describe('clients.list sorting and paging', () => {
  it('sorts by every allowed field, both ways', async () => {
    const byName = await list({ sort: 'name', order: 'asc' });
    expect(byName).toEqual([...[a, b, c, e]].sort((x, y) => (x.name < y.name ? -1 : 1)).map((x) => x.id));
    expect(await list({ sort: 'name', order: 'desc' })).toEqual([...byName].reverse());
    expect(await list({ sort: 'code', order: 'asc' })).toEqual([a.id, b.id, c.id, e.id]);
    expect(await list({ sort: 'createdAt', order: 'desc' })).toEqual([e.id, c.id, b.id, a.id]);
    expect(await list({ sort: 'tier', order: 'asc' })).toEqual([a.id, b.id, c.id, e.id]);
    expect(await list({ sort: 'tier', order: 'desc' })).toEqual([e.id, c.id, b.id, a.id]);
    // Lifecycle order: potential, key follow-up, customer, dormant, lost.
    expect(await list({ sort: 'status', order: 'asc' })).toEqual([a.id, c.id, b.id, e.id]);
    expect(await list({ sort: 'status', order: 'desc' })).toEqual([e.id, b.id, c.id, a.id]);
    for (const sort of CLIENT_SORT_FIELDS)
      expect((await list({ sort })).sort(), sort).toEqual([a.id, b.id, c.id, e.id].sort());
  });

  it('updated and touched time: the most recent change first by default', async () => {
    expect(await list({})).toEqual([e.id, c.id, b.id, a.id]);
    d.clock.advance(1000);
    const fresh = unwrap(await d.core.call('clients.get', { id: b.id }, d.manager)).client;
    unwrap(await d.core.call('clients.update', { ...updateInput(fresh), notes: '更新备注' }, d.manager));
    expect((await list({}))[0]).toBe(b.id);
    expect((await list({ sort: 'updatedAt', order: 'asc' })).at(-1)).toBe(b.id);
    // a got a communication record earlier: touched, though its own fields did not change.
    expect((await list({ sort: 'touchedAt', order: 'desc' })).slice(0, 2)).toEqual([b.id, a.id]);
  });

  it('pages with a total', async () => {
    const first = unwrap(
      await d.core.call('clients.list', { sort: 'code', order: 'asc', page: 1, pageSize: 3 }, d.manager),
    );
    const second = unwrap(
      await d.core.call('clients.list', { sort: 'code', order: 'asc', page: 2, pageSize: 3 }, d.manager),
    );
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.rows.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    expect(second.rows.map((r) => r.id)).toEqual([e.id]);
    const beyond = unwrap(await d.core.call('clients.list', { page: 9, pageSize: 3 }, d.manager));
    expect(beyond).toMatchObject({ rows: [], total: 4 });
  });
});

describe('completeness', () => {
  it('scores what the file holds and names what is missing', async () => {
    const bare = await makeClient(d.core, d.manager, { name: '空白档案' });
    const detail = unwrap(await d.core.call('clients.get', { id: bare.id }, d.manager));
    // Only the owner (the creator) is there.
    expect(detail.completeness).toEqual({
      score: 10,
      missing: [
        'creditCode',
        'industry',
        'region',
        'address',
        'primaryContact',
        'contactReachable',
        'communication',
      ],
    });
    expect(detail.client.completeness).toBe(10);

    const full = await makeClient(d.core, d.manager, {
      name: '完整档案',
      creditCode: creditCode(9090),
      industry: '制造业',
      province: '江苏',
      city: '苏州',
      address: '工业园区 1 号',
    });
    unwrap(
      await d.core.call('contacts.create', { clientId: full.id, name: '周经理', isPrimary: true }, d.manager),
    );
    let got = unwrap(await d.core.call('clients.get', { id: full.id }, d.manager));
    expect(got.completeness.missing).toEqual(['contactReachable', 'communication']);
    const contact = got.contacts[0]!;
    unwrap(
      await d.core.call(
        'contacts.update',
        { id: contact.id, version: contact.version, name: '周经理', isPrimary: true, mobile: '13800001234' },
        d.manager,
      ),
    );
    unwrap(
      await d.core.call(
        'communications.create',
        { clientId: full.id, at: d.clock.now().toISOString(), channel: 'meeting', content: '初次会面' },
        d.manager,
      ),
    );
    got = unwrap(await d.core.call('clients.get', { id: full.id }, d.manager));
    expect(got.completeness).toEqual({ score: 100, missing: [] });
    const row = unwrap(await d.core.call('clients.list', { search: '完整档案' }, d.manager)).rows[0]!;
    expect(row).toMatchObject({
      completeness: 100,
      primaryContactName: '周经理',
      primaryContactMobile: '13800001234',
    });

    // An individual needs no credit code.
    const person = await makeClient(d.core, d.manager, { name: '个人客户', type: 'individual' });
    expect(
      unwrap(await d.core.call('clients.get', { id: person.id }, d.manager)).completeness.missing,
    ).not.toContain('creditCode');
  });
});
