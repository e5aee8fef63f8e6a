import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { Client } from '../../../src/shared/clients/types';
import { tableChecksum } from '../contract/support';
import { sessionFor, unwrap } from '../../support/core';
import { department, listIds, makeClient, staffIdOf, updateInput, type Department } from './support';

let d: Department;
/** One file per person, each with a follow-up due today recorded by its owner. */
let files: Record<'a' | 'b' | 'c' | 'lead' | 'deputy' | 'manager', Client>;

beforeAll(async () => {
  d = await department();
  const own = async (s: Session, name: string) => {
    const c = await makeClient(d.core, s, { name });
    unwrap(
      await d.core.call(
        'communications.create',
        {
          clientId: c.id,
          at: '2026-11-26T02:00:00.000Z',
          channel: 'phone',
          content: '跟进',
          nextAction: `回访${name}`,
          nextActionDate: '2026-11-27',
        },
        s,
      ),
    );
    return unwrap(await d.core.call('clients.get', { id: c.id }, s)).client;
  };
  files = {
    a: await own(d.salesA, '销售甲的客户'),
    b: await own(d.salesB, '销售乙的客户'),
    c: await own(d.marketC, '市场丙的客户'),
    lead: await own(d.salesLead, '销售组长的客户'),
    deputy: await own(d.marketDeputy, '副经理自己的客户'),
    manager: await own(d.manager, '经理自己的客户'),
  };
});
afterAll(async () => {
  await d.core.close();
});

const ids = (...keys: (keyof typeof files)[]) => keys.map((k) => files[k].id).sort();
const followUpClients = async (s: Session, scope: 'mine' | 'team', staffId: string | null = null) =>
  unwrap(await d.core.call('followups.list', { scope, staffId }, s))
    .map((f) => f.clientId)
    .sort();

describe('who sees which client files', () => {
  const cases: [string, () => Session, (keyof typeof files)[]][] = [
    ['staff: their own', () => d.salesA, ['a']],
    ['another staff member: their own', () => d.salesB, ['b']],
    ['group lead: their group’s, their own included', () => d.salesLead, ['a', 'b', 'lead']],
    ['deputy: the groups in their charge, and their own files', () => d.marketDeputy, ['c', 'deputy']],
    ['manager: all', () => d.manager, ['a', 'b', 'c', 'lead', 'deputy', 'manager']],
  ];

  it.each(cases)('%s — in the list and its total', async (_name, who, keys) => {
    expect((await listIds(d.core, who())).sort()).toEqual(ids(...keys));
    expect(unwrap(await d.core.call('clients.list', {}, who())).total).toBe(keys.length);
  });

  it.each(cases)(
    '%s — by id (get, status history, records), others are NOT_FOUND',
    async (_name, who, keys) => {
      for (const [key, file] of Object.entries(files)) {
        const visible = keys.includes(key as keyof typeof files);
        for (const r of [
          await d.core.call('clients.get', { id: file.id }, who()),
          await d.core.call('clients.statusHistory', { id: file.id }, who()),
          await d.core.call('communications.list', { clientId: file.id }, who()),
        ])
          expect(r.ok ? 'ok' : r.error.code, `${key}`).toBe(visible ? 'ok' : 'NOT_FOUND');
      }
    },
  );

  it.each(cases)('%s — in the team follow-ups', async (_name, who, keys) => {
    expect(await followUpClients(who(), 'team')).toEqual(ids(...keys));
  });

  it('my follow-ups are the caller’s own next actions, whatever the role', async () => {
    expect(await followUpClients(d.salesLead, 'mine')).toEqual(ids('lead'));
    expect(await followUpClients(d.manager, 'mine')).toEqual(ids('manager'));
    // A staff member asking for the team gets their own.
    expect(await followUpClients(d.salesA, 'team')).toEqual(ids('a'));
    // One person inside the scope; someone outside it gives nothing.
    expect(await followUpClients(d.salesLead, 'team', staffIdOf(d.salesB))).toEqual(ids('b'));
    expect(await followUpClients(d.salesLead, 'team', staffIdOf(d.marketC))).toEqual([]);
  });

  it('tags offered for filtering come from visible files only', async () => {
    const tagged = await makeClient(d.core, d.marketC, { name: '带标签的客户', tags: ['市场专属'] });
    expect(unwrap(await d.core.call('clients.tags', {}, d.marketC))).toContain('市场专属');
    expect(unwrap(await d.core.call('clients.tags', {}, d.salesLead))).not.toContain('市场专属');
    unwrap(await d.core.call('clients.delete', { id: tagged.id, version: tagged.version }, d.manager));
  });
});

describe('writes to a file the caller cannot see answer NOT_FOUND and change nothing', () => {
  it('every client-file mutation, as a staff member on a colleague’s file', async () => {
    const other = files.b;
    const contact = unwrap(
      await d.core.call('contacts.create', { clientId: other.id, name: '乙的联系人' }, d.salesB),
    );
    const detail = unwrap(await d.core.call('clients.get', { id: other.id }, d.salesB));
    const record = detail.communications[0]!;
    const tx = unwrap(
      await d.core.call(
        'transactions.create',
        { clientId: other.id, date: '2026-11-01', item: '服务', quantity: 1, amountFen: 100 },
        d.salesB,
      ),
    );
    const current = detail.client;
    const before = tableChecksum(d.core);
    const attempts = [
      d.core.call('clients.update', { ...updateInput(current), tier: 'A' }, d.salesA),
      d.core.call(
        'clients.setStatus',
        { id: current.id, version: current.version, status: 'lost', reason: '越权' },
        d.salesA,
      ),
      d.core.call('clients.delete', { id: current.id, version: current.version }, d.salesA),
      d.core.call('contacts.create', { clientId: current.id, name: '越权联系人' }, d.salesA),
      d.core.call('contacts.update', { id: contact.id, version: contact.version, name: '改名' }, d.salesA),
      d.core.call('contacts.delete', { id: contact.id, version: contact.version }, d.salesA),
      d.core.call(
        'communications.create',
        { clientId: current.id, at: '2026-11-27T01:00:00.000Z', channel: 'phone', content: '越权' },
        d.salesA,
      ),
      d.core.call(
        'communications.update',
        { id: record.id, version: record.version, at: record.at, channel: 'visit', content: '改' },
        d.salesA,
      ),
      d.core.call('communications.complete', { id: record.id, version: record.version }, d.salesA),
      d.core.call('communications.delete', { id: record.id, version: record.version }, d.salesA),
      d.core.call(
        'transactions.create',
        { clientId: current.id, date: '2026-11-01', item: 'x', quantity: 1, amountFen: 1 },
        d.salesA,
      ),
      d.core.call(
        'transactions.update',
        { id: tx.id, version: tx.version, date: '2026-11-02', item: 'y', quantity: 1, amountFen: 2 },
        d.salesA,
      ),
      d.core.call('transactions.delete', { id: tx.id, version: tx.version }, d.salesA),
    ];
    for (const r of await Promise.all(attempts))
      expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('a deputy cannot reassign or merge files outside their charge, and a lead cannot reassign at all', async () => {
    const to = staffIdOf(d.marketC);
    expect(
      await d.core.call('clients.reassign', { ids: [files.a.id], ownerId: to }, d.marketDeputy),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await d.core.call('clients.reassign', { ids: [files.a.id], ownerId: staffIdOf(d.salesB) }, d.salesLead),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('owners a caller may give a new or edited file', () => {
  it('staff: only themselves (no owner means themselves)', async () => {
    const mine = await makeClient(d.core, d.salesA, { name: '自己建的客户' });
    expect(mine.ownerId).toBe(staffIdOf(d.salesA));
    expect(mine.groupId).toBe(d.groups.sales);
    expect(
      await d.core.call('clients.create', { name: '替别人建', ownerId: staffIdOf(d.salesB) }, d.salesA),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', fields: { ownerId: { key: 'validation.invalidChoice' } } },
    });
    // Changing the owner through an edit is a reassignment, which staff may not do.
    expect(
      await d.core.call('clients.update', { ...updateInput(mine), ownerId: staffIdOf(d.salesB) }, d.salesA),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a lead: anyone in their group, no one outside it', async () => {
    const forB = await makeClient(d.core, d.salesLead, { name: '组长替乙建', ownerId: staffIdOf(d.salesB) });
    expect(forB.ownerId).toBe(staffIdOf(d.salesB));
    expect(
      await d.core.call('clients.create', { name: '组长替丙建', ownerId: staffIdOf(d.marketC) }, d.salesLead),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a deputy: people in the groups in their charge; the group follows the owner', async () => {
    const forC = await makeClient(d.core, d.marketDeputy, {
      name: '副经理替丙建',
      ownerId: staffIdOf(d.marketC),
    });
    expect(forC.groupId).toBe(d.groups.market);
    expect(
      await d.core.call(
        'clients.create',
        { name: '副经理替甲建', ownerId: staffIdOf(d.salesA) },
        d.marketDeputy,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const moved = unwrap(
      await d.core.call(
        'clients.update',
        { ...updateInput(forC), ownerId: staffIdOf(d.marketDeputy) },
        d.marketDeputy,
      ),
    );
    expect(moved.ownerId).toBe(staffIdOf(d.marketDeputy));
  });

  it('an owner who does not exist or has left is a field error', async () => {
    expect(
      await d.core.call(
        'clients.create',
        { name: '无此人', ownerId: '01900000-0000-7000-8000-000000000000' },
        d.manager,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { ownerId: { key: 'validation.notFound' } } },
    });
    const leaver = await sessionFor(d.core, d.manager, 'staff', d.groups.sales!);
    const staff = unwrap(await d.core.call('org.staff.get', { id: staffIdOf(leaver) }, d.manager));
    unwrap(
      await d.core.call(
        'org.staff.update',
        {
          id: staff.id,
          version: staff.version,
          employeeNo: staff.employeeNo,
          name: staff.name,
          groupId: staff.groupId,
          status: 'left',
        },
        d.manager,
      ),
    );
    expect(
      await d.core.call('clients.create', { name: '离职者', ownerId: staff.id }, d.manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { ownerId: { key: 'validation.staffLeft' } } },
    });
  });
});

describe('own files outside the groups one sees', () => {
  it('a deputy sitting in another group still sees the files they own, beside their charge', async () => {
    const staff = unwrap(
      await d.core.call(
        'org.staff.create',
        {
          employeeNo: 'DX01',
          name: '跨组副经理',
          groupId: d.groups.sales,
          chargeGroupIds: [d.groups.market!],
        },
        d.manager,
      ),
    );
    unwrap(
      await d.core.call(
        'accounts.create',
        { staffId: staff.id, username: 'cross.deputy', password: 'Cross#Pass123', role: 'deputy' },
        d.manager,
      ),
    );
    const session = d.core.sessions.create();
    unwrap(await d.core.call('auth.login', { username: 'cross.deputy', password: 'Cross#Pass123' }, session));
    const own = await makeClient(d.core, session, { name: '跨组副经理自己的客户', tier: 'A' });
    expect(own.groupId).toBe(d.groups.sales);
    const listed = await listIds(d.core, session);
    expect(listed).toEqual(expect.arrayContaining([...ids('c', 'deputy'), own.id]));
    for (const other of ids('a', 'b', 'lead', 'manager')) expect(listed).not.toContain(other);
    expect(await listIds(d.core, session, { tiers: ['A'] })).toEqual([own.id]);
    expect(await listIds(d.core, session, { search: '跨组' })).toEqual([own.id]);
    expect((await d.core.call('clients.get', { id: own.id }, session)).ok).toBe(true);
    // Their colleagues' sales files stay out of sight.
    expect(await d.core.call('clients.get', { id: files.a.id }, session)).toMatchObject({ ok: false });
  });
});
