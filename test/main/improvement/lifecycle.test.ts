import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import { addDays } from '../../../src/shared/improvement/rules';
import type { ImprovementMeasure } from '../../../src/shared/improvement/types';
import { unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import {
  department,
  fileTicket,
  makeClient,
  makeMeasure,
  measureFields,
  staffIdOf,
  updateOf,
  type Department,
} from './support';

const DAY = 86_400_000;
let d: Department;
/** The FakeClock's day in China (02:00 UTC is 10:00 in Beijing). */
const TODAY = '2026-11-27';

beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

const get = async (id: string, as: Session = d.manager) =>
  unwrap(await d.core.call('improvement.get', { id }, as));

const move = (m: ImprovementMeasure, status: ImprovementMeasure['status'], as: Session, extra = {}) =>
  d.core.call('improvement.setStatus', { id: m.id, version: m.version, status, ...extra }, as);

describe('opening a measure', () => {
  it('a lead opens a planned measure with a GJ code of the China day, numbered through the day', async () => {
    const a = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
    const b = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesB), { causeCategory: 'billing' });
    expect(a.code).toMatch(/^GJ-20261127-\d{3}$/);
    expect(Number(b.code.slice(-3))).toBe(Number(a.code.slice(-3)) + 1);
    expect(a).toMatchObject({
      status: 'planned',
      title: '发货前增加包装检查',
      causeCategory: 'delivery',
      ownerId: staffIdOf(d.salesA),
      ownerName: d.salesA.user!.displayName,
      groupId: d.groups.sales,
      source: 'statistics',
      sourceTicketId: null,
      effectiveFrom: null,
      completedAt: null,
      effect: null,
      overdue: false,
      version: 1,
    });
    expect(await get(a.id)).toEqual(a);
  });

  it('staff may not open or edit measures; a deputy and the manager may', async () => {
    expect(
      await d.core.call('improvement.create', measureFields(staffIdOf(d.salesA)), d.salesA),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const m = await makeMeasure(d.core, d.marketDeputy, staffIdOf(d.marketC));
    expect(m.groupId).toBe(d.groups.market);
    expect(await d.core.call('improvement.update', updateOf(m, { title: '改' }), d.marketC)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    unwrap(await d.core.call('improvement.update', updateOf(m, { title: '经理改的' }), d.manager));
  });

  it('required fields are field errors and nothing is written', async () => {
    const before = unwrap(await d.core.call('improvement.list', { pageSize: 500 }, d.manager)).total;
    const r = await d.core.call(
      'improvement.create',
      { ...measureFields(staffIdOf(d.salesA)), title: '  ', causeCategory: '', dueDate: '2026-02-30' },
      d.salesLead,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['causeCategory', 'dueDate', 'title']);
    const noOwner = await d.core.call(
      'improvement.create',
      { ...measureFields(staffIdOf(d.salesA)), ownerId: undefined as unknown as string },
      d.salesLead,
    );
    expect(noOwner).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { ownerId: {} } } });
    expect(unwrap(await d.core.call('improvement.list', { pageSize: 500 }, d.manager)).total).toBe(before);
  });

  it('the cause category must be on the active list; a measure keeps a retired one it already has', async () => {
    const unknown = await d.core.call(
      'improvement.create',
      measureFields(staffIdOf(d.salesA), { causeCategory: 'weather' }),
      d.salesLead,
    );
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { causeCategory: { key: 'validation.unknownCategory' } } },
    });

    const kept = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA), { causeCategory: 'other' });
    const { settings, version } = unwrap(await d.core.call('settings.get', {}, d.manager));
    const retire = (active: boolean) => ({
      version,
      settings: {
        ...settings,
        serviceCategories: settings.serviceCategories.map((c) => (c.key === 'other' ? { ...c, active } : c)),
      },
    });
    const saved = unwrap(await d.core.call('settings.update', retire(false), d.manager));
    try {
      const retired = await d.core.call(
        'improvement.create',
        measureFields(staffIdOf(d.salesA), { causeCategory: 'other' }),
        d.salesLead,
      );
      expect(retired).toMatchObject({
        ok: false,
        error: { fields: { causeCategory: { key: 'validation.unknownCategory' } } },
      });
      // Editing something else keeps the retired category …
      const edited = unwrap(
        await d.core.call('improvement.update', updateOf(kept, { dueDate: '2027-01-15' }), d.salesLead),
      );
      expect(edited.causeCategory).toBe('other');
      // … but a measure cannot be moved onto it.
      const moved = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
      expect(
        await d.core.call('improvement.update', updateOf(moved, { causeCategory: 'other' }), d.salesLead),
      ).toMatchObject({
        ok: false,
        error: { fields: { causeCategory: { key: 'validation.unknownCategory' } } },
      });
    } finally {
      unwrap(
        await d.core.call(
          'settings.update',
          { version: saved.version, settings: retire(true).settings },
          d.manager,
        ),
      );
    }
  });

  it('the owner must be at work: someone who left or is on leave is refused on their field', async () => {
    const person = async (status: 'left' | 'on_leave', no: string) => {
      const s = unwrap(
        await d.core.call(
          'org.staff.create',
          { employeeNo: no, name: `不在岗${no}`, groupId: d.groups.sales },
          d.manager,
        ),
      );
      return unwrap(await d.core.call('org.staff.update', { ...staffUpdateInput(s), status }, d.manager));
    };
    const left = await person('left', 'GJL1');
    const away = await person('on_leave', 'GJL2');
    for (const [who, key] of [
      [left.id, 'validation.staffLeft'],
      [away.id, 'validation.staffOnLeave'],
      ['01890000-0000-7000-8000-000000000000', 'validation.notFound'],
    ] as const)
      expect(await d.core.call('improvement.create', measureFields(who), d.salesLead)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { ownerId: { key } } },
      });
  });
});

describe('a measure from a complaint', () => {
  it('names a complaint the person can see; one they cannot see reads as missing', async () => {
    // Registered by the manager: each is seen through its handler's group, not as its registrar's.
    const inSales = await fileTicket(d.core, d.manager, staffIdOf(d.salesA));
    const inMarket = await fileTicket(d.core, d.manager, staffIdOf(d.marketC));
    const inquiry = await fileTicket(d.core, d.manager, staffIdOf(d.salesA), { kind: 'inquiry' });
    expect([inSales.groupId, inMarket.groupId]).toEqual([d.groups.sales, d.groups.market]);
    const fromTicket = (sourceTicketId: string | null) =>
      measureFields(staffIdOf(d.salesA), { source: 'complaint', sourceTicketId });

    expect(await d.core.call('improvement.create', fromTicket(null), d.salesLead)).toMatchObject({
      ok: false,
      error: { fields: { sourceTicketId: { key: 'validation.required' } } },
    });
    expect(await d.core.call('improvement.create', fromTicket(inMarket.id), d.salesLead)).toMatchObject({
      ok: false,
      error: { fields: { sourceTicketId: { key: 'validation.notFound' } } },
    });
    expect(await d.core.call('improvement.create', fromTicket(inquiry.id), d.salesLead)).toMatchObject({
      ok: false,
      error: { fields: { sourceTicketId: { key: 'validation.notComplaint' } } },
    });
    // Only a measure from a complaint cites one.
    expect(
      await d.core.call(
        'improvement.create',
        measureFields(staffIdOf(d.salesA), { source: 'statistics', sourceTicketId: inSales.id }),
        d.salesLead,
      ),
    ).toMatchObject({
      ok: false,
      error: { fields: { sourceTicketId: { key: 'validation.invalidChoice' } } },
    });

    const m = unwrap(await d.core.call('improvement.create', fromTicket(inSales.id), d.salesLead));
    expect(m).toMatchObject({
      source: 'complaint',
      sourceTicketId: inSales.id,
      sourceTicketCode: inSales.code,
    });
    // The market deputy sees the market's complaint; the manager sees every one.
    unwrap(await d.core.call('improvement.create', fromTicket(inMarket.id), d.marketDeputy));
    unwrap(await d.core.call('improvement.create', fromTicket(inMarket.id), d.manager));

    const cited = unwrap(
      await d.core.call('improvement.list', { sourceTicketId: inMarket.id }, d.salesA),
    ).rows;
    expect(cited).toHaveLength(2);
  });

  it('a complaint on a client file the lead can see is visible through the file', async () => {
    const client = await makeClient(d.core, d.salesA, { name: '改进措施客户' });
    const t = await fileTicket(d.core, d.manager, staffIdOf(d.marketC), {
      clientId: client.id,
      callerName: null,
    });
    unwrap(
      await d.core.call(
        'improvement.create',
        measureFields(staffIdOf(d.salesA), { source: 'complaint', sourceTicketId: t.id }),
        d.salesLead,
      ),
    );
  });
});

describe('status moves', () => {
  it('planned → in progress → done: done stamps the completion and takes effect today by default', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
    const started = unwrap(await move(m, 'in_progress', d.salesA));
    expect(started).toMatchObject({ status: 'in_progress', completedAt: null, effectiveFrom: null });
    const done = unwrap(await move(started, 'done', d.salesA, { resultNote: '包装破损投诉明显减少' }));
    expect(done).toMatchObject({
      status: 'done',
      effectiveFrom: TODAY,
      completedAt: d.clock.now().toISOString(),
      resultNote: '包装破损投诉明显减少',
    });
    expect(done.effect?.verdict).toBe('pending');
  });

  it('done may take effect on an earlier day, never a later one', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
    const future = await move(m, 'done', d.salesA, { effectiveFrom: addDays(TODAY, 1) });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { effectiveFrom: { key: 'validation.dateFuture' } } },
    });
    expect((await get(m.id)).version).toBe(m.version);
    const done = unwrap(await move(m, 'done', d.salesA, { effectiveFrom: '2026-10-01' }));
    expect(done.effectiveFrom).toBe('2026-10-01');
  });

  it('illegal moves are INVALID_STATE and change nothing; done and cancelled are final', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
    expect(await move(m, 'planned', d.salesLead)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    const started = unwrap(await move(m, 'in_progress', d.salesLead));
    expect(await move(started, 'planned', d.salesLead)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    expect(await move(started, 'in_progress', d.salesLead)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    const cancelled = unwrap(await move(started, 'cancelled', d.salesLead, { resultNote: '合并到新措施' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', completedAt: null, resultNote: '合并到新措施' });
    for (const to of ['planned', 'in_progress', 'done', 'cancelled'] as const)
      expect(await move(cancelled, to, d.manager)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_STATE' },
      });
    expect(
      await d.core.call('improvement.update', updateOf(cancelled, { title: '再改' }), d.manager),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    const done = unwrap(
      await move(await makeMeasure(d.core, d.manager, staffIdOf(d.salesB)), 'done', d.manager),
    );
    for (const to of ['planned', 'in_progress', 'done', 'cancelled'] as const)
      expect(await move(done, to, d.manager)).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(await get(done.id)).toMatchObject({ status: 'done', version: done.version });
  });

  it('staff progress only their own measures; leads and up any', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
    expect(await move(m, 'in_progress', d.salesB)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await get(m.id)).status).toBe('planned');
    const byOwner = unwrap(await move(m, 'in_progress', d.salesA));
    // A lead of another group, a deputy, the manager: any measure.
    const other = await makeMeasure(d.core, d.salesLead, staffIdOf(d.marketC));
    unwrap(await move(other, 'in_progress', d.salesLead));
    unwrap(await move(byOwner, 'cancelled', d.marketDeputy));
  });

  it('a stale version is a CONFLICT', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
    unwrap(await d.core.call('improvement.update', updateOf(m, { title: '第一次改' }), d.salesLead));
    expect(
      await d.core.call('improvement.update', updateOf(m, { title: '第二次改' }), d.salesLead),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await move(m, 'in_progress', d.salesA)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('editing changes the fields and moves the group with the owner', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA));
    const edited = unwrap(
      await d.core.call(
        'improvement.update',
        updateOf(m, {
          title: '改为月度复盘',
          description: null,
          causeCategory: 'service_attitude',
          ownerId: staffIdOf(d.marketC),
          dueDate: '2027-02-28',
        }),
        d.manager,
      ),
    );
    expect(edited).toMatchObject({
      title: '改为月度复盘',
      description: null,
      causeCategory: 'service_attitude',
      ownerId: staffIdOf(d.marketC),
      groupId: d.groups.market,
      dueDate: '2027-02-28',
      version: 2,
    });
  });
});

describe('reading measures', () => {
  it('everyone in the department reads every measure', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA), { title: '全员可见的措施' });
    expect((await get(m.id, d.marketC)).title).toBe('全员可见的措施');
    const list = unwrap(await d.core.call('improvement.list', { search: '全员可见' }, d.marketC));
    expect(list.rows.map((r) => r.id)).toEqual([m.id]);
  });

  it('filters by status, category, owner and search (title, code, description); open ones first by due date', async () => {
    const owner = staffIdOf(d.salesB);
    const late = await makeMeasure(d.core, d.salesLead, owner, { title: '筛选甲', dueDate: '2027-03-01' });
    const soon = await makeMeasure(d.core, d.salesLead, owner, { title: '筛选乙', dueDate: '2026-12-05' });
    const billing = await makeMeasure(d.core, d.salesLead, owner, {
      title: '筛选丙',
      causeCategory: 'billing',
      description: '对账单模板统一',
    });
    const finished = unwrap(
      await move(await makeMeasure(d.core, d.salesLead, owner, { title: '筛选丁' }), 'done', d.salesB),
    );

    const list = async (filter: object) =>
      unwrap(
        await d.core.call('improvement.list', { search: '筛选', ownerId: owner, ...filter }, d.salesA),
      ).rows.map((r) => r.title);
    expect(await list({})).toEqual(['筛选乙', '筛选丙', '筛选甲', '筛选丁']);
    expect(await list({ statuses: ['done'] })).toEqual(['筛选丁']);
    expect(await list({ causeCategory: 'billing' })).toEqual(['筛选丙']);
    expect(
      unwrap(await d.core.call('improvement.list', { search: '对账单模板' }, d.salesA)).rows.map((r) => r.id),
    ).toEqual([billing.id]);
    expect(
      unwrap(await d.core.call('improvement.list', { search: late.code.toLowerCase() }, d.salesA)).rows.map(
        (r) => r.id,
      ),
    ).toEqual([late.id]);
    expect(soon.overdue).toBe(false);
    expect(finished.status).toBe('done');
  });

  it('overdue: still open with its due date passed', async () => {
    const m = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA), { dueDate: addDays(TODAY, -1) });
    expect(m.overdue).toBe(true);
    const due = await makeMeasure(d.core, d.salesLead, staffIdOf(d.salesA), { dueDate: TODAY });
    expect(due.overdue).toBe(false);
    const done = unwrap(await move(m, 'done', d.salesA));
    expect(done.overdue).toBe(false);
  });
});

describe('My to-do', () => {
  it('the owner’s open measures overdue or due within 7 days, opening the measure', async () => {
    const who = await (async () => {
      const s = unwrap(
        await d.core.call(
          'org.staff.create',
          { employeeNo: 'GJT1', name: '待办负责人', groupId: d.groups.sales },
          d.manager,
        ),
      );
      return s.id;
    })();
    const overdue = await makeMeasure(d.core, d.salesLead, who, {
      title: '已逾期',
      dueDate: addDays(TODAY, -3),
    });
    const today = await makeMeasure(d.core, d.salesLead, who, { title: '今天到期', dueDate: TODAY });
    const week = await makeMeasure(d.core, d.salesLead, who, { title: '七天内', dueDate: addDays(TODAY, 7) });
    await makeMeasure(d.core, d.salesLead, who, { title: '八天后', dueDate: addDays(TODAY, 8) });
    unwrap(
      await move(
        await makeMeasure(d.core, d.salesLead, who, { title: '已完成', dueDate: TODAY }),
        'done',
        d.salesLead,
      ),
    );

    const { todoTitles, items } = await todoOf(who);
    expect(todoTitles).toEqual(['已逾期', '今天到期', '七天内']);
    expect(items.find((i) => i.title === '已逾期')).toMatchObject({
      kind: 'improvementDue',
      urgency: 'overdue',
      link: `/improvements/${overdue.id}`,
      navPath: '/improvements',
      dueDate: overdue.dueDate,
    });
    expect(items.find((i) => i.title === '今天到期')!.urgency).toBe('today');
    expect(items.find((i) => i.title === '七天内')!.urgency).toBe('soon');
    expect(today.id).not.toBe(week.id);

    // A day later the eight-day one comes in.
    d.clock.advance(DAY);
    try {
      expect((await todoOf(who)).todoTitles).toContain('八天后');
    } finally {
      d.clock.advance(-DAY);
    }
  });
});

/** The to-do of the person `staffId`, through an account opened for them. */
async function todoOf(staffId: string) {
  const username = `todo${staffId.slice(-6)}`;
  const accounts = unwrap(await d.core.call('accounts.list', {}, d.manager));
  if (!accounts.some((a) => a.username === username))
    unwrap(
      await d.core.call(
        'accounts.create',
        { staffId, username, password: 'Todo#Pass123', role: 'staff' },
        d.manager,
      ),
    );
  const session = d.core.sessions.create();
  unwrap(await d.core.call('auth.login', { username, password: 'Todo#Pass123' }, session));
  const list = unwrap(await d.core.call('todo.list', {}, session));
  const items = list.items.filter((i) => i.kind === 'improvementDue');
  return { items, todoTitles: items.map((i) => i.title) };
}
