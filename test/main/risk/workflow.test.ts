import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { ChannelName } from '../../../src/shared/contract/channels';
import type { Risk, RiskStatus } from '../../../src/shared/risk/types';
import { unwrap } from '../../support/core';
import { riskAt } from '../../support/channelExamples';
import { tableChecksum } from '../contract/support';
import {
  department,
  errorOf,
  fieldKeys,
  newRisk,
  readRisk,
  ref,
  staffIdOf,
  type Department,
} from './support';

let d: Department;
let owner: string;

beforeAll(async () => {
  d = await department();
  owner = staffIdOf(d.salesA);
});
afterAll(async () => {
  await d.core.close();
});

const DAY = 86_400_000;
/** The China calendar day after today. */
const tomorrow = () => new Date(d.clock.now().getTime() + 8 * 3_600_000 + DAY).toISOString().slice(0, 10);
const at = async (status: RiskStatus): Promise<Risk> => (await riskAt(d.core, d.manager, owner, status)).risk;

/** Each workflow call with an input that is valid wherever the risk is, so only its status decides. */
const CALLS: Record<string, { channel: ChannelName; input: object }> = {
  assess: { channel: 'risk.assess', input: { likelihood: 2, impact: 3, reason: '复核' } },
  respond: { channel: 'risk.respond', input: { strategy: 'transfer', responsePlan: '投保信用险' } },
  review: { channel: 'risk.review', input: { note: '季度复核' } },
  reopen: { channel: 'risk.reopen', input: { reason: '情况反复' } },
  toAssessed: { channel: 'risk.move', input: { to: 'assessed', note: '退回' } },
  toResponding: { channel: 'risk.move', input: { to: 'responding', note: null } },
  toMonitoring: { channel: 'risk.move', input: { to: 'monitoring', note: null } },
  toClosed: { channel: 'risk.move', input: { to: 'closed', note: '风险已消除' } },
  toIdentified: { channel: 'risk.move', input: { to: 'identified', note: '退回' } },
};

/** Which calls each status allows (written from the rules, not from RISK_MOVES). */
const LEGAL: Record<RiskStatus, string[]> = {
  identified: ['assess', 'toClosed'],
  assessed: ['assess', 'respond', 'review', 'toClosed'],
  responding: ['assess', 'respond', 'review', 'toClosed'],
  monitoring: ['assess', 'respond', 'review', 'toResponding', 'toClosed'],
  closed: ['reopen'],
};

describe('status moves', () => {
  for (const status of Object.keys(LEGAL) as RiskStatus[])
    for (const [name, call] of Object.entries(CALLS)) {
      const legal = LEGAL[status].includes(name);
      const conditional = status === 'responding' && name === 'toMonitoring';
      const outcome = legal
        ? 'allowed'
        : conditional
          ? 'legal once the response is in place'
          : 'refused with INVALID_STATE, nothing changed';
      it(`${status}: ${name} is ${outcome}`, async () => {
        const risk = await at(status);
        const input = { ...ref(risk), ...call.input };
        if (legal) {
          expect((await d.core.dispatch(call.channel, input, d.salesA)).ok).toBe(true);
          return;
        }
        if (status === 'responding' && name === 'toMonitoring') {
          // A legal move with conditions of its own (tested below): without an action it is a field error.
          expect(fieldKeys(await d.core.dispatch(call.channel, input, d.salesA))).toEqual({
            actions: 'validation.actionRequired',
          });
          return;
        }
        const before = tableChecksum(d.core);
        expect(errorOf(await d.core.dispatch(call.channel, input, d.salesA)).code).toBe('INVALID_STATE');
        expect(tableChecksum(d.core)).toBe(before);
      });
    }

  it('each move leaves a step on the timeline and a trail row', async () => {
    const r = await at('assessed');
    const closed = unwrap(
      await d.core.call('risk.move', { ...ref(r), to: 'closed', note: '已转让业务' }, d.salesA),
    );
    expect(closed.closedAt).not.toBeNull();
    const reopened = unwrap(
      await d.core.call('risk.reopen', { ...ref(closed), reason: '业务回归' }, d.salesA),
    );
    expect(reopened).toMatchObject({ status: 'assessed', reopenCount: 1, closedAt: null });
    const events = (await readRisk(d.core, d.salesA, r.id)).events;
    expect(events.slice(-2).map((e) => [e.kind, e.fromStatus, e.toStatus, e.note])).toEqual([
      ['closed', 'assessed', 'closed', '已转让业务'],
      ['reopened', 'closed', 'assessed', '业务回归'],
    ]);
  });

  it('closing needs a note: a field error, nothing changed', async () => {
    const r = await at('responding');
    const before = tableChecksum(d.core);
    const res = await d.core.call('risk.move', { ...ref(r), to: 'closed', note: null }, d.salesA);
    expect(fieldKeys(res)).toEqual({ note: 'validation.required' });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('responding → monitoring needs at least one action and none open', async () => {
    const r = await at('responding');
    const move = async (version: number) =>
      d.core.call('risk.move', { id: r.id, version, to: 'monitoring', note: null }, d.salesA);
    expect(fieldKeys(await move(r.version))).toEqual({ actions: 'validation.actionRequired' });
    const action = unwrap(
      await d.core.call(
        'risk.addAction',
        { riskId: r.id, title: '催收', ownerId: owner, dueOn: '2026-12-01' },
        d.salesA,
      ),
    );
    expect(fieldKeys(await move(r.version))).toEqual({ actions: 'validation.actionsOpen' });
    unwrap(await d.core.call('risk.setActionStatus', { ...ref(action), status: 'done' }, d.salesA));
    expect(unwrap(await move(r.version)).status).toBe('monitoring');
  });

  it('an action added to a monitored risk brings it back to responding', async () => {
    const r = await at('monitoring');
    unwrap(
      await d.core.call(
        'risk.addAction',
        { riskId: r.id, title: '再次催收', ownerId: owner, dueOn: '2026-12-10' },
        d.salesA,
      ),
    );
    const detail = await readRisk(d.core, d.salesA, r.id);
    expect(detail.risk.status).toBe('responding');
    expect(detail.events.at(-1)).toMatchObject({
      kind: 'moved',
      fromStatus: 'monitoring',
      toStatus: 'responding',
    });
  });

  it('the detail offers the moves that are legal for this user', async () => {
    const r = await at('responding');
    const mine = await readRisk(d.core, d.salesA, r.id);
    expect(mine.allowed).toMatchObject({ moves: ['monitoring', 'closed'], respond: true, reopen: false });
    // A lead of another group who identified nothing here does not see it; the lead of its group works on it.
    expect((await readRisk(d.core, d.salesLead, r.id)).allowed.moves).toEqual(['monitoring', 'closed']);
  });
});

describe('assessments', () => {
  it('every reassessment is kept with who, when and why', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 2, impact: 2 });
    d.clock.advance(DAY);
    const second = unwrap(
      await d.core.call(
        'risk.assess',
        { ...ref(r), likelihood: 4, impact: 4, reason: '客户逾期加重' },
        d.salesLead,
      ),
    );
    d.clock.advance(DAY);
    const third = unwrap(
      await d.core.call(
        'risk.assess',
        { ...ref(second), likelihood: 3, impact: 4, reason: '已部分回款' },
        d.salesA,
      ),
    );
    expect(third).toMatchObject({ likelihood: 3, impact: 4, score: 12, level: 'high' });
    const detail = await readRisk(d.core, d.salesA, r.id);
    const name = (s: Session) => s.user!.displayName;
    expect(detail.assessments.map((a) => [a.score, a.level, a.reason, a.assessedByName])).toEqual([
      [4, 'low', null, name(d.salesA)],
      [16, 'high', '客户逾期加重', name(d.salesLead)],
      [12, 'high', '已部分回款', name(d.salesA)],
    ]);
    const times = detail.assessments.map((a) => a.assessedAt);
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(3);
    expect(detail.events.filter((e) => e.kind === 'reassessed').map((e) => e.note)).toEqual([
      '客户逾期加重',
      '已部分回款',
    ]);
  });

  it('a reassessment without a reason is a field error, nothing changed', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 2, impact: 2 });
    const before = tableChecksum(d.core);
    const res = await d.core.call('risk.assess', { ...ref(r), likelihood: 5, impact: 5 }, d.salesA);
    expect(fieldKeys(res)).toEqual({ reason: 'validation.required' });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('likelihood 0 or 6 is refused by the contract, nothing changed', async () => {
    const r = await newRisk(d.core, d.salesA, owner);
    for (const likelihood of [0, 6]) {
      const before = tableChecksum(d.core);
      const res = await d.core.dispatch('risk.assess', { ...ref(r), likelihood, impact: 3 }, d.salesA);
      expect(Object.keys(fieldKeys(res))).toEqual(['likelihood']);
      expect(tableChecksum(d.core)).toBe(before);
    }
  });

  it('likelihood without impact on create names the missing one', async () => {
    const res = await d.core.call(
      'risk.create',
      { title: '缺影响', category: 'credit', ownerId: owner, identifiedOn: '2026-11-20', likelihood: 3 },
      d.salesA,
    );
    expect(fieldKeys(res)).toEqual({ impact: 'validation.required' });
  });
});

describe('what a risk records', () => {
  it('a code FX-yyyy-nnn by the year it was identified', async () => {
    const a = await newRisk(d.core, d.salesA, owner, { identifiedOn: '2025-12-31' });
    const b = await newRisk(d.core, d.salesA, owner, { identifiedOn: '2025-06-01' });
    expect(a.code).toMatch(/^FX-2025-\d{3}$/);
    expect(Number(b.code.slice(-3))).toBe(Number(a.code.slice(-3)) + 1);
  });

  it('refuses an unknown or retired category, an owner not at work, a day still to come', async () => {
    const base = { title: '校验', category: 'credit', ownerId: owner, identifiedOn: '2026-11-20' };
    const leaver = unwrap(
      await d.core.call(
        'org.staff.create',
        { employeeNo: 'RL01', name: '已离职', groupId: d.groups.sales!, status: 'left' },
        d.manager,
      ),
    );
    const cases: [object, Record<string, string>][] = [
      [{ category: 'weather' }, { category: 'validation.unknownCategory' }],
      [{ ownerId: leaver.id }, { ownerId: 'validation.handlerInactive' }],
      [{ identifiedOn: tomorrow() }, { identifiedOn: 'validation.dateFuture' }],
    ];
    const { settings, version } = unwrap(await d.core.call('settings.get', {}, d.manager));
    const riskCategories = settings.riskCategories.map((c) =>
      c.key === 'other' ? { ...c, active: false } : c,
    );
    unwrap(
      await d.core.call('settings.update', { version, settings: { ...settings, riskCategories } }, d.manager),
    );
    cases.push([{ category: 'other' }, { category: 'validation.unknownCategory' }]);
    for (const [over, keys] of cases) {
      const before = tableChecksum(d.core);
      expect(fieldKeys(await d.core.call('risk.create', { ...base, ...over }, d.salesA))).toEqual(keys);
      expect(tableChecksum(d.core)).toBe(before);
    }
  });

  it('a new owner takes the risk into their group', async () => {
    const r = await newRisk(d.core, d.salesA, owner);
    const moved = unwrap(
      await d.core.call(
        'risk.update',
        {
          ...ref(r),
          title: r.title,
          category: r.category,
          ownerId: staffIdOf(d.marketC),
          identifiedOn: r.identifiedOn,
        },
        d.salesA,
      ),
    );
    expect(moved.groupId).toBe(d.groups.market);
  });
});

describe('actions', () => {
  it('an action due before the risk was identified is refused, nothing changed', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 3, impact: 3 });
    const before = tableChecksum(d.core);
    const res = await d.core.call(
      'risk.addAction',
      { riskId: r.id, title: '提前措施', ownerId: owner, dueOn: '2026-11-19' },
      d.salesA,
    );
    expect(fieldKeys(res)).toEqual({ dueOn: 'validation.dueBeforeIdentified' });
    expect(tableChecksum(d.core)).toBe(before);
    // The day itself is fine.
    expect(
      (
        await d.core.call(
          'risk.addAction',
          { riskId: r.id, title: '当天措施', ownerId: owner, dueOn: '2026-11-20' },
          d.salesA,
        )
      ).ok,
    ).toBe(true);
  });

  it('done needs a day that has come and not before the risk; cancelled needs a note', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 3, impact: 3 });
    const a = unwrap(
      await d.core.call(
        'risk.addAction',
        { riskId: r.id, title: '核查', ownerId: owner, dueOn: '2026-12-01' },
        d.salesA,
      ),
    );
    const status = (input: { status: 'done' | 'cancelled'; doneOn?: string; note?: string }) =>
      d.core.call('risk.setActionStatus', { ...ref(a), ...input }, d.salesA);
    expect(fieldKeys(await status({ status: 'done', doneOn: '2099-01-01' }))).toEqual({
      doneOn: 'validation.dateFuture',
    });
    expect(fieldKeys(await status({ status: 'done', doneOn: '2026-11-01' }))).toEqual({
      doneOn: 'validation.doneBeforeIdentified',
    });
    expect(fieldKeys(await status({ status: 'cancelled' }))).toEqual({ note: 'validation.required' });
    const done = unwrap(await status({ status: 'done' }));
    expect(done).toMatchObject({ status: 'done', doneOn: d.clock.now().toISOString().slice(0, 10) });
  });

  it('the action owner sets their own action’s status; they may not change the risk', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 3, impact: 3 });
    const a = unwrap(
      await d.core.call(
        'risk.addAction',
        { riskId: r.id, title: '市场调研', ownerId: staffIdOf(d.marketC), dueOn: '2026-12-01' },
        d.salesA,
      ),
    );
    expect((await d.core.call('risk.setActionStatus', { ...ref(a), status: 'done' }, d.marketC)).ok).toBe(
      true,
    );
    const seen = await readRisk(d.core, d.marketC, r.id);
    expect(seen.allowed.moves).toEqual([]);
    const res = await d.core.call('risk.review', { ...ref(seen.risk), note: '越权复核' }, d.marketC);
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });
});
