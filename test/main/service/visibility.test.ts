import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { TicketScope } from '../../../src/shared/service/types';
import { unwrap } from '../../support/core';
import { department, errorOf, listedIds, newTicket, staffIdOf, type Department } from './support';

let d: Department;
/** One ticket per situation that decides who sees it. */
let t: Record<(typeof KEYS)[number], { id: string }>;

beforeAll(async () => {
  d = await department();
  const aClient = unwrap(await d.core.call('clients.create', { name: '销售甲的客户' }, d.salesA));
  const managerStaff = d.manager.user!.staffId;
  t = {
    a: await newTicket(d.core, d.manager, staffIdOf(d.salesA)),
    b: await newTicket(d.core, d.salesB, staffIdOf(d.salesB)),
    c: await newTicket(d.core, d.marketC, staffIdOf(d.marketC)),
    // salesA took the call, marketC handles it.
    registeredByA: await newTicket(d.core, d.salesA, staffIdOf(d.marketC)),
    // About salesA's own client file, handled in market by marketC.
    ofAsClient: await newTicket(d.core, d.manager, staffIdOf(d.marketC), {
      clientId: aClient.id,
      callerName: null,
    }),
    lead: await newTicket(d.core, d.salesLead, staffIdOf(d.salesLead)),
    deputy: await newTicket(d.core, d.marketDeputy, staffIdOf(d.marketDeputy)),
    manager: await newTicket(d.core, d.manager, managerStaff),
  };
});
afterAll(async () => {
  await d.core.close();
});

const KEYS = ['a', 'b', 'c', 'registeredByA', 'ofAsClient', 'lead', 'deputy', 'manager'] as const;
const ids = (...keys: (keyof typeof t)[]) => keys.map((k) => t[k].id).sort();
const all = () => [...KEYS];

describe('who sees which tickets', () => {
  const cases: [string, () => Session, (keyof typeof t)[]][] = [
    [
      'staff: those they handle or registered, and those of their client files',
      () => d.salesA,
      ['a', 'registeredByA', 'ofAsClient'],
    ],
    ['another staff member: their own', () => d.salesB, ['b']],
    [
      'staff of another group: their own, and the one handed to them',
      () => d.marketC,
      ['c', 'registeredByA', 'ofAsClient'],
    ],
    [
      'group lead: their group’s, and those of their group’s client files',
      () => d.salesLead,
      ['a', 'b', 'lead', 'ofAsClient'],
    ],
    [
      'deputy: the groups in their charge',
      () => d.marketDeputy,
      ['c', 'registeredByA', 'ofAsClient', 'deputy'],
    ],
    ['manager: all', () => d.manager, all()],
  ];

  it.each(cases)('%s — in the list', async (_name, who, keys) => {
    expect(await listedIds(d.core, who(), { scope: 'all' })).toEqual(ids(...keys));
    const page = unwrap(await d.core.call('service.list', { scope: 'all', pageSize: 500 }, who()));
    expect(page.total).toBe(keys.length);
  });

  it.each(cases)(
    '%s — opening one; any other is NOT_FOUND, like one that does not exist',
    async (_name, who, keys) => {
      for (const k of all()) {
        const r = await d.core.call('service.get', { id: t[k].id }, who());
        if (keys.includes(k)) expect(r.ok, k).toBe(true);
        else expect(errorOf(r).code, k).toBe('NOT_FOUND');
      }
      expect(
        errorOf(await d.core.call('service.get', { id: '0190a000-0000-7000-8000-000000000000' }, who())).code,
      ).toBe('NOT_FOUND');
    },
  );
});

describe('the list’s scopes', () => {
  const cases: [string, () => Session, TicketScope, (keyof typeof t)[]][] = [
    ['staff, mine: handled or registered', () => d.salesA, 'mine', ['a', 'registeredByA']],
    ['staff, my group: what they see of their own group', () => d.salesA, 'group', ['a']],
    ['lead, my group', () => d.salesLead, 'group', ['a', 'b', 'lead']],
    ['lead, mine', () => d.salesLead, 'mine', ['lead']],
    ['deputy, my groups', () => d.marketDeputy, 'group', ['c', 'registeredByA', 'ofAsClient', 'deputy']],
    ['manager, mine: handled or registered', () => d.manager, 'mine', ['a', 'ofAsClient', 'manager']],
    ['manager, group: everyone', () => d.manager, 'group', all()],
  ];
  it.each(cases)('%s', async (_name, who, scope, keys) => {
    expect(await listedIds(d.core, who(), { scope })).toEqual(ids(...keys));
  });
});

describe('a client file’s ticket figures', () => {
  it('for those who may see the file only', async () => {
    const own = unwrap(await d.core.call('clients.create', { name: '有投诉的客户' }, d.salesB));
    await newTicket(d.core, d.salesB, staffIdOf(d.salesB), { clientId: own.id, callerName: null });
    await newTicket(d.core, d.salesB, staffIdOf(d.salesB), {
      clientId: own.id,
      callerName: null,
      kind: 'inquiry',
    });
    expect(unwrap(await d.core.call('service.clientFigures', { clientId: own.id }, d.salesB))).toEqual({
      complaints: 1,
      openComplaints: 1,
      inquiries: 1,
    });
    expect(errorOf(await d.core.call('service.clientFigures', { clientId: own.id }, d.salesA)).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('a merged client file', () => {
  it('takes its tickets to the kept file: its tab, its figures and who sees them', async () => {
    const kept = unwrap(await d.core.call('clients.create', { name: '合并后保留的客户' }, d.salesB));
    const merged = unwrap(await d.core.call('clients.create', { name: '被合并的重复客户' }, d.salesA));
    const ticket = await newTicket(d.core, d.salesA, staffIdOf(d.salesA), {
      clientId: merged.id,
      callerName: null,
    });
    unwrap(
      await d.core.call(
        'clients.merge',
        { keepId: kept.id, keepVersion: kept.version, mergeId: merged.id, mergeVersion: merged.version },
        d.manager,
      ),
    );
    const after = unwrap(await d.core.call('service.get', { id: ticket.id }, d.manager));
    expect(after.clientId).toBe(kept.id);
    expect(after.clientName).toBe('合并后保留的客户');
    expect(unwrap(await d.core.call('service.clientFigures', { clientId: kept.id }, d.salesB))).toEqual({
      complaints: 1,
      openComplaints: 1,
      inquiries: 0,
    });
    // The kept file's owner now sees the ticket through the file.
    expect(await listedIds(d.core, d.salesB, { scope: 'all', clientId: kept.id })).toEqual([ticket.id]);
  });
});
