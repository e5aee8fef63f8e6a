import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import { unwrap } from '../../support/core';
import { tableChecksum } from '../contract/support';
import { department, errorOf, fieldKeys, propose, proposal, staffIdOf, type Department } from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

/** The call is refused with these field errors and nothing at all is written. */
async function refusedUnchanged(
  as: Session,
  input: ReturnType<typeof proposal>,
): Promise<Record<string, string>> {
  const before = tableChecksum(d.core);
  const r = await d.core.call('incentives.propose', input, as);
  expect(tableChecksum(d.core)).toBe(before);
  return fieldKeys(r);
}

describe('what each kind needs', () => {
  it('a bonus or a fine without an amount: a field error, nothing changed', async () => {
    const a = staffIdOf(d.salesA);
    for (const kind of ['bonus', 'fine'] as const)
      expect(await refusedUnchanged(d.salesLead, proposal(a, { kind, amountFen: null }))).toEqual({
        amountFen: 'validation.incentiveAmount',
      });
  });

  it('a promotion, demotion or honour without the title: a field error, nothing changed', async () => {
    const a = staffIdOf(d.salesA);
    for (const kind of ['promotion', 'demotion', 'honour'] as const)
      expect(
        await refusedUnchanged(d.salesLead, proposal(a, { kind, amountFen: null, title: null })),
      ).toEqual({
        title: 'validation.incentiveTitle',
      });
  });

  it('an amount out of range is refused by the contract', async () => {
    const r = await d.core.call(
      'incentives.propose',
      proposal(staffIdOf(d.salesA), { amountFen: 0 }),
      d.salesLead,
    );
    expect(errorOf(r).code).toBe('VALIDATION');
  });

  it('each kind keeps what it uses: a warning neither amount nor title, an honour its title, an award an optional sum', async () => {
    const a = staffIdOf(d.salesA);
    const warning = await propose(d, d.salesLead, a, { kind: 'warning', amountFen: 500, title: '多余' });
    expect(warning).toMatchObject({ kind: 'warning', type: 'penalty', amountFen: null, title: null });
    const honour = await propose(d, d.salesLead, a, {
      kind: 'honour',
      amountFen: null,
      title: '年度销售之星',
    });
    expect(honour).toMatchObject({ type: 'reward', amountFen: null, title: '年度销售之星' });
    const award = await propose(d, d.salesLead, a, { kind: 'specialContribution', amountFen: null });
    expect(award).toMatchObject({ type: 'special', amountFen: null });
    const paid = await propose(d, d.salesLead, a, { kind: 'specialContribution', amountFen: 1_000_000 });
    expect(paid.amountFen).toBe(1_000_000);
    const promotion = await propose(d, d.salesLead, a, {
      kind: 'promotion',
      amountFen: 100,
      title: '高级销售',
    });
    expect(promotion).toMatchObject({ amountFen: null, title: '高级销售' });
  });

  it('any effective date is taken, past or future', async () => {
    const a = staffIdOf(d.salesA);
    expect((await propose(d, d.salesLead, a, { effectiveOn: '2020-01-01' })).effectiveOn).toBe('2020-01-01');
    expect((await propose(d, d.salesLead, a, { effectiveOn: '2030-06-30' })).effectiveOn).toBe('2030-06-30');
  });

  it('codes run JL-<year of proposal>-nnn', async () => {
    const first = await propose(d, d.salesLead, staffIdOf(d.salesA));
    const second = await propose(d, d.salesLead, staffIdOf(d.salesB));
    expect(first.code).toMatch(/^JL-2026-\d{3}$/);
    expect(Number(second.code.slice(-3))).toBe(Number(first.code.slice(-3)) + 1);
  });
});

describe('who may propose for whom', () => {
  const ALLOWED: [string, () => Session, () => Session][] = [
    ['the direct supervisor, for their report', () => d.salesB, () => d.salesA],
    ['the group lead, for someone in their group', () => d.salesLead, () => d.salesB],
    ['a deputy, for someone in a group in their charge', () => d.marketDeputy, () => d.marketC],
    ['a deputy, for the lead of a group in their charge', () => d.marketDeputy, () => d.marketLead],
    ['the manager, for anyone', () => d.manager, () => d.salesLead],
  ];
  it.each(ALLOWED)('%s', async (_n, by, forWhom) => {
    const i = await propose(d, by(), staffIdOf(forWhom()));
    expect(i.staffId).toBe(staffIdOf(forWhom()));
    expect(i.proposedByName).toBe(by().user!.displayName);
  });

  const REFUSED: [string, () => Session, () => string, string][] = [
    ['staff, for a colleague', () => d.salesA, () => staffIdOf(d.salesB), 'validation.incentiveNotOverseen'],
    [
      'a lead, for someone of another group',
      () => d.marketLead,
      () => staffIdOf(d.salesA),
      'validation.incentiveNotOverseen',
    ],
    [
      'a deputy, for a group outside their charge',
      () => d.marketDeputy,
      () => staffIdOf(d.salesA),
      'validation.incentiveNotOverseen',
    ],
    [
      'anyone, for the department manager',
      () => d.marketDeputy,
      () => staffIdOf(d.manager),
      'validation.incentiveNotOverseen',
    ],
    ['a lead, for themselves', () => d.salesLead, () => staffIdOf(d.salesLead), 'validation.incentiveSelf'],
    ['the manager, for themselves', () => d.manager, () => staffIdOf(d.manager), 'validation.incentiveSelf'],
  ];
  it.each(REFUSED)('refused: %s (FORBIDDEN, translated, nothing changed)', async (_n, by, staffId, key) => {
    const before = tableChecksum(d.core);
    const r = await d.core.call('incentives.propose', proposal(staffId()), by());
    expect(errorOf(r).code).toBe('FORBIDDEN');
    expect(fieldKeys(r)).toEqual({ staffId: key });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('someone who has left: refused', async () => {
    const gone = unwrap(
      await d.core.call(
        'org.staff.create',
        { employeeNo: 'L900', name: '已离职', groupId: d.groups.sales!, status: 'left' },
        d.manager,
      ),
    );
    expect(await refusedUnchanged(d.salesLead, proposal(gone.id))).toEqual({
      staffId: 'validation.handlerInactive',
    });
  });

  it('the picker offers exactly the people each may propose for', async () => {
    const names = async (s: Session) =>
      unwrap(await d.core.call('incentives.candidates', {}, s))
        .map((c) => c.staffId)
        .sort();
    const ids = (...ss: Session[]) => ss.map(staffIdOf).sort();
    expect(await names(d.salesA)).toEqual([]);
    expect(await names(d.salesB)).toEqual(ids(d.salesA));
    expect(await names(d.salesLead)).toEqual(ids(d.salesA, d.salesB));
    expect(await names(d.marketDeputy)).toEqual(ids(d.marketC, d.marketLead));
    const all = await names(d.manager);
    expect(all).toEqual(
      expect.arrayContaining(ids(d.salesA, d.salesB, d.salesLead, d.marketC, d.marketLead, d.marketDeputy)),
    );
    expect(all).not.toContain(staffIdOf(d.manager));
  });
});
