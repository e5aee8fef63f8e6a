import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, lastAuditId, tableChecksum } from '../contract/support';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import {
  creditCode,
  department,
  listIds,
  makeClient,
  staffIdOf,
  updateInput,
  type Department,
} from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

describe('client codes', () => {
  it('are KH-<year>-<5 digits>, one counter per year, with no gaps when a create fails', async () => {
    const clock = new FakeClock(Date.parse('2026-12-31T08:00:00.000Z'));
    const core: Core = await makeCore({ clock });
    try {
      const { manager }: { manager: Session } = await setUpDepartment(core);
      const code = async (name: string, extra = {}) =>
        await core.call('clients.create', { name, ...extra }, manager);
      const first = unwrap(await code('一号', { creditCode: creditCode(1) }));
      expect(first.code).toBe('KH-2026-00001');
      // Refused (the credit code is taken): the number is not used up.
      expect((await code('二号冒名', { creditCode: creditCode(1) })).ok).toBe(false);
      expect(unwrap(await code('二号')).code).toBe('KH-2026-00002');
      clock.advance(24 * 3600_000);
      // The year is the local calendar year of the clock.
      const year = new Date(clock.now()).getFullYear();
      expect(unwrap(await code('新年一号')).code).toBe(`KH-${year}-${year === 2026 ? '00003' : '00001'}`);
    } finally {
      await core.close();
    }
  });
});

describe('lifecycle status with history', () => {
  it('the first status is the first change; each change keeps its reason and time; a no-op is refused', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '状态历史客户', status: 'key_follow_up' });
    expect(c.statusChangedAt).toBe(d.clock.now().toISOString());
    d.clock.advance(3600_000);
    const moved = unwrap(
      await d.core.call(
        'clients.setStatus',
        { id: c.id, version: c.version, status: 'customer', reason: '签订首单' },
        d.salesA,
      ),
    );
    expect(moved).toMatchObject({
      status: 'customer',
      statusChangedAt: d.clock.now().toISOString(),
      version: c.version + 1,
    });
    expect(
      await d.core.call(
        'clients.setStatus',
        { id: c.id, version: moved.version, status: 'customer', reason: '重复' },
        d.salesA,
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(
      await d.core.call(
        'clients.setStatus',
        { id: c.id, version: moved.version, status: 'dormant', reason: '  ' },
        d.salesA,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: { key: 'validation.required' } } },
    });
    const history = unwrap(await d.core.call('clients.statusHistory', { id: c.id }, d.salesA));
    expect(history.map((h) => [h.from, h.to, h.reason])).toEqual([
      ['key_follow_up', 'customer', '签订首单'],
      [null, 'key_follow_up', null],
    ]);
    expect(history[0]!.byName).toBe(d.salesA.user!.displayName);
    // An ordinary edit leaves the status (and its history) alone.
    unwrap(await d.core.call('clients.update', { ...updateInput(moved), tier: 'A' }, d.salesA));
    expect(unwrap(await d.core.call('clients.statusHistory', { id: c.id }, d.salesA))).toHaveLength(2);
  });
});

describe('recycle bin', () => {
  it('a deleted file disappears everywhere else, is listed in the bin for the manager, and comes back', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '回收站客户' });
    unwrap(
      await d.core.call(
        'communications.create',
        {
          clientId: c.id,
          at: d.clock.now().toISOString(),
          channel: 'phone',
          content: '待办',
          nextAction: '回电',
          nextActionDate: '2026-11-28',
        },
        d.salesA,
      ),
    );
    const current = unwrap(await d.core.call('clients.get', { id: c.id }, d.salesA)).client;
    unwrap(await d.core.call('clients.delete', { id: c.id, version: current.version }, d.salesA));

    expect(await listIds(d.core, d.salesA)).not.toContain(c.id);
    expect(await d.core.call('clients.get', { id: c.id }, d.manager)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      unwrap(await d.core.call('followups.list', { scope: 'mine' }, d.salesA)).map((f) => f.clientId),
    ).not.toContain(c.id);
    expect(unwrap(await d.core.call('clients.checkDuplicates', { name: '回收站客户' }, d.manager))).toEqual(
      [],
    );
    expect(
      await d.core.call('contacts.create', { clientId: c.id, name: '已删档案的联系人' }, d.salesA),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    expect(await d.core.call('clients.recycleBin', {}, d.salesA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const bin = unwrap(await d.core.call('clients.recycleBin', {}, d.manager));
    const row = bin.rows.find((r) => r.id === c.id)!;
    expect(row.deletedAt).toBe(d.clock.now().toISOString());

    // Restoring needs the current version, and only a deleted file can be restored.
    expect(
      await d.core.call('clients.restore', { id: c.id, version: current.version }, d.manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const restored = unwrap(
      await d.core.call('clients.restore', { id: c.id, version: row.version }, d.manager),
    );
    expect(restored.deletedAt).toBeNull();
    expect(
      await d.core.call('clients.restore', { id: c.id, version: restored.version }, d.manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await listIds(d.core, d.salesA)).toContain(c.id);
    expect(
      unwrap(await d.core.call('followups.list', { scope: 'mine' }, d.salesA)).map((f) => f.clientId),
    ).toContain(c.id);
  });
});

describe('clients.reassign', () => {
  it('moves many files to one owner in one transaction, with one trail row per file that changed hands', async () => {
    const one = await makeClient(d.core, d.salesA, { name: '移交一' });
    const two = await makeClient(d.core, d.salesA, { name: '移交二' });
    const already = await makeClient(d.core, d.manager, { name: '已归丙', ownerId: staffIdOf(d.marketC) });
    const from = lastAuditId(d.core);
    const r = unwrap(
      await d.core.call(
        'clients.reassign',
        { ids: [one.id, two.id, already.id, one.id], ownerId: staffIdOf(d.marketC) },
        d.manager,
      ),
    );
    expect(r).toEqual({ updated: 2 });
    const rows = auditRowsAfter(d.core, from);
    expect(rows.map((x) => [x.entity, x.action, x.entityId]).sort()).toEqual(
      [
        ['client', 'reassign', one.id],
        ['client', 'reassign', two.id],
      ].sort(),
    );
    expect(rows[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'ownerId', before: staffIdOf(d.salesA), after: staffIdOf(d.marketC) },
        { field: 'groupId', before: d.groups.sales, after: d.groups.market },
      ]),
    );
    // The group follows the new owner: the market deputy now sees them, the sales lead no longer does.
    expect(await listIds(d.core, d.marketDeputy)).toEqual(expect.arrayContaining([one.id, two.id]));
    expect(await listIds(d.core, d.salesLead)).not.toContain(one.id);
  });

  it('a deputy reassigns within their charge; one file out of reach stops the whole batch', async () => {
    const inCharge = await makeClient(d.core, d.marketC, { name: '市场客户甲' });
    const outside = await makeClient(d.core, d.salesB, { name: '销售客户乙' });
    const deputyId = staffIdOf(d.marketDeputy);
    const before = tableChecksum(d.core);
    expect(
      await d.core.call(
        'clients.reassign',
        { ids: [inCharge.id, outside.id], ownerId: deputyId },
        d.marketDeputy,
      ),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(tableChecksum(d.core)).toBe(before);
    expect(
      await d.core.call(
        'clients.reassign',
        { ids: [inCharge.id], ownerId: staffIdOf(d.salesA) },
        d.marketDeputy,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', fields: { ownerId: {} } } });
    expect(
      unwrap(
        await d.core.call('clients.reassign', { ids: [inCharge.id], ownerId: deputyId }, d.marketDeputy),
      ),
    ).toEqual({
      updated: 1,
    });
  });
});

describe('contacts, communication and transaction records', () => {
  it('one primary contact at most: making another primary unsets the first, in the same call', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '主联系人客户' });
    const first = unwrap(
      await d.core.call('contacts.create', { clientId: c.id, name: '甲', isPrimary: true }, d.salesA),
    );
    const second = unwrap(
      await d.core.call('contacts.create', { clientId: c.id, name: '乙', isPrimary: true }, d.salesA),
    );
    let detail = unwrap(await d.core.call('clients.get', { id: c.id }, d.salesA));
    expect(detail.contacts.map((k) => [k.name, k.isPrimary])).toEqual([
      ['乙', true],
      ['甲', false],
    ]);
    expect(detail.client.primaryContactName).toBe('乙');
    // The first contact changed too: its old version is stale now.
    expect(
      await d.core.call(
        'contacts.update',
        { id: first.id, version: first.version, name: '甲', isPrimary: true },
        d.salesA,
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const { clientId: _c, ...firstNow } = detail.contacts.find((k) => k.id === first.id)!;
    unwrap(await d.core.call('contacts.update', { ...firstNow, isPrimary: true }, d.salesA));
    detail = unwrap(await d.core.call('clients.get', { id: c.id }, d.salesA));
    expect(detail.contacts.filter((k) => k.isPrimary).map((k) => k.id)).toEqual([first.id]);
    // Deleting the primary leaves the file without one.
    const primary = detail.contacts.find((k) => k.id === first.id)!;
    unwrap(await d.core.call('contacts.delete', { id: primary.id, version: primary.version }, d.salesA));
    detail = unwrap(await d.core.call('clients.get', { id: c.id }, d.salesA));
    expect(detail.contacts.map((k) => k.id)).toEqual([second.id]);
    expect(detail.client.primaryContactName).toBeNull();
  });

  it('communication records: newest first, the recorder as who, next action completed once', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '沟通记录客户' });
    const contact = unwrap(
      await d.core.call('contacts.create', { clientId: c.id, name: '对接人' }, d.salesA),
    );
    const add = (at: string, extra = {}) =>
      d.core.call(
        'communications.create',
        { clientId: c.id, at, channel: 'wechat', content: `沟通 ${at}`, ...extra },
        d.salesA,
      );
    unwrap(await add('2026-11-01T02:00:00.000Z'));
    const withAction = unwrap(
      await add('2026-11-20T02:00:00.000Z', {
        contactId: contact.id,
        nextAction: '寄样品',
        nextActionDate: '2026-11-30',
      }),
    );
    unwrap(await add('2026-11-10T02:00:00.000Z'));
    expect(withAction).toMatchObject({
      staffId: staffIdOf(d.salesA),
      contactName: '对接人',
      nextActionDone: false,
    });

    const page = unwrap(await d.core.call('communications.list', { clientId: c.id, pageSize: 2 }, d.salesA));
    expect(page.total).toBe(3);
    expect(page.rows.map((m) => m.at)).toEqual(['2026-11-20T02:00:00.000Z', '2026-11-10T02:00:00.000Z']);

    const done = unwrap(
      await d.core.call(
        'communications.complete',
        { id: withAction.id, version: withAction.version },
        d.salesA,
      ),
    );
    expect(done).toMatchObject({ nextActionDone: true, version: withAction.version + 1 });
    expect(
      await d.core.call('communications.complete', { id: done.id, version: done.version }, d.salesA),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    // A date with nothing to do, and a contact of another file, are field errors.
    expect(await add('2026-11-21T02:00:00.000Z', { nextActionDate: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { nextAction: { key: 'validation.required' } } },
    });
    const elsewhere = await makeClient(d.core, d.salesA, { name: '别的客户' });
    const stranger = unwrap(
      await d.core.call('contacts.create', { clientId: elsewhere.id, name: '外人' }, d.salesA),
    );
    expect(await add('2026-11-21T02:00:00.000Z', { contactId: stranger.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { contactId: { key: 'validation.notFound' } } },
    });
  });

  it('transactions: integer fen, newest first, a total; a fraction of a fen is refused', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '交易客户' });
    const add = (date: string, amountFen: number) =>
      d.core.call(
        'transactions.create',
        { clientId: c.id, date, item: '产品', quantity: 1.5, amountFen },
        d.salesA,
      );
    unwrap(await add('2026-01-05', 1_234_56));
    unwrap(await add('2026-03-05', 99));
    expect(await add('2026-03-06', 1.5)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { amountFen: {} } },
    });
    const detail = unwrap(await d.core.call('clients.get', { id: c.id }, d.salesA));
    expect(detail.transactions.map((t) => [t.date, t.amountFen, t.quantity])).toEqual([
      ['2026-03-05', 99, 1.5],
      ['2026-01-05', 1_234_56, 1.5],
    ]);
    expect(detail.transactionsTotalFen).toBe(1_235_55);
  });

  it('any change inside a file touches it (touchedAt), without changing its version', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '触碰客户' });
    const steps: (() => Promise<unknown>)[] = [
      () => d.core.call('contacts.create', { clientId: c.id, name: '新人' }, d.salesA),
      () =>
        d.core.call(
          'communications.create',
          { clientId: c.id, at: d.clock.now().toISOString(), channel: 'email', content: '邮件' },
          d.salesA,
        ),
      () =>
        d.core.call(
          'transactions.create',
          { clientId: c.id, date: '2026-11-01', item: '服务', quantity: 1, amountFen: 1 },
          d.salesA,
        ),
    ];
    for (const step of steps) {
      d.clock.advance(60_000);
      unwrap((await step()) as never);
      const now = unwrap(await d.core.call('clients.get', { id: c.id }, d.salesA)).client;
      expect(now.touchedAt).toBe(d.clock.now().toISOString());
      expect(now.updatedAt).toBe(c.updatedAt);
      expect(now.version).toBe(c.version);
    }
  });

  it('stale versions of records are CONFLICTs, and deleted records are gone', async () => {
    const c = await makeClient(d.core, d.salesA, { name: '版本客户' });
    const t = unwrap(
      await d.core.call(
        'transactions.create',
        { clientId: c.id, date: '2026-11-01', item: '甲', quantity: 1, amountFen: 1 },
        d.salesA,
      ),
    );
    const input = { id: t.id, version: t.version, date: t.date, item: '乙', quantity: 1, amountFen: 2 };
    unwrap(await d.core.call('transactions.update', input, d.salesA));
    expect(await d.core.call('transactions.update', { ...input, item: '丙' }, d.salesA)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    unwrap(await d.core.call('transactions.delete', { id: t.id, version: t.version + 1 }, d.salesA));
    expect(
      await d.core.call('transactions.update', { ...input, version: t.version + 2 }, d.salesA),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const stale = await d.core.call(
      'clients.update',
      { ...updateInput(c), version: c.version + 3 },
      d.salesA,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
