import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { Incentive } from '../../../src/shared/incentives/types';
import { unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import { department, errorOf, propose, staffIdOf, type Department } from './support';

let d: Department;
let i: Record<Key, Incentive>;

const KEYS = [
  'aPending',
  'aApproved',
  'aRefused',
  'bByLead',
  'leadByManager',
  'cByDeputy',
  'marketLeadApproved',
  'marketLeadPending',
] as const;
type Key = (typeof KEYS)[number];

async function decide(x: Incentive, decision: 'approved' | 'refused') {
  const a = unwrap(await d.core.call('approvals.list', { pageSize: 500 }, d.manager)).items.find(
    (r) => r.id === x.approvalId,
  )!;
  unwrap(
    await d.core.call(
      'approvals.decide',
      { id: a.id, version: a.version, decision, comment: decision === 'refused' ? '不予批准' : null },
      d.manager,
    ),
  );
}

beforeAll(async () => {
  d = await department();
  const A = staffIdOf(d.salesA);
  i = {
    aPending: await propose(d, d.salesB, A, { reason: '甲的待批奖金' }),
    aApproved: await propose(d, d.salesLead, A, { amountFen: 800_000, reason: '甲的季度奖金' }),
    aRefused: await propose(d, d.salesLead, A, { kind: 'fine', amountFen: 10_000, reason: '甲迟交报表' }),
    bByLead: await propose(d, d.salesLead, staffIdOf(d.salesB), { kind: 'warning', amountFen: null }),
    leadByManager: await propose(d, d.manager, staffIdOf(d.salesLead), { amountFen: 200_000 }),
    cByDeputy: await propose(d, d.marketDeputy, staffIdOf(d.marketC), { kind: 'fine', amountFen: 5_000 }),
    marketLeadApproved: await propose(d, d.marketDeputy, staffIdOf(d.marketLead), {
      kind: 'specialContribution',
      amountFen: 1_200_000,
    }),
    marketLeadPending: await propose(d, d.marketDeputy, staffIdOf(d.marketLead), {
      kind: 'honour',
      amountFen: null,
      title: '优秀组长',
    }),
  };
  await decide(i.aApproved, 'approved');
  await decide(i.aRefused, 'refused');
  await decide(i.marketLeadApproved, 'approved');
  // salesB moves to market afterwards: their incentive stays with the group it was proposed in.
  const b = unwrap(await d.core.call('org.staff.get', { id: staffIdOf(d.salesB) }, d.manager));
  unwrap(
    await d.core.call('org.staff.update', { ...staffUpdateInput(b), groupId: d.groups.market! }, d.manager),
  );
});
afterAll(async () => {
  await d.core.close();
});

/**
 * Who sees which incentive, written from the rule (visibility.ts's comment), not from the code: the person
 * their own once approved; the proposer what they proposed; the lead of the group at proposal and the
 * deputies in charge of it that group's (a lead's own only once approved); the manager all.
 */
const SEES: [string, () => Session, Key[]][] = [
  ['manager: all', () => d.manager, [...KEYS]],
  ['staff: their own once approved (not pending, not refused)', () => d.salesA, ['aApproved']],
  [
    'a supervisor (staff): what they proposed, nothing about themselves still pending',
    () => d.salesB,
    ['aPending'],
  ],
  [
    'sales lead: the group’s (salesB’s though salesB moved), their own approved one',
    () => d.salesLead,
    ['aPending', 'aApproved', 'aRefused', 'bByLead', 'leadByManager'],
  ],
  ['market staff: nothing approved yet', () => d.marketC, []],
  [
    'market lead: the group’s, their own only once approved',
    () => d.marketLead,
    ['cByDeputy', 'marketLeadApproved'],
  ],
  [
    'deputy in charge of market: market’s',
    () => d.marketDeputy,
    ['cByDeputy', 'marketLeadApproved', 'marketLeadPending'],
  ],
];

const codes = (keys: readonly Key[]) => keys.map((k) => i[k].code).sort();

describe('who sees which incentives', () => {
  it.each(SEES)('%s — in the list', async (_n, who, keys) => {
    const page = unwrap(await d.core.call('incentives.list', { pageSize: 500 }, who()));
    expect(page.items.map((x) => x.code).sort()).toEqual(codes(keys));
    expect(page.total).toBe(keys.length);
  });

  it.each(SEES)('%s — opening one; any other is NOT_FOUND', async (_n, who, keys) => {
    for (const k of KEYS) {
      const r = await d.core.call('incentives.get', { id: i[k].id }, who());
      if (keys.includes(k)) expect(r.ok, k).toBe(true);
      else expect(errorOf(r).code, k).toBe('NOT_FOUND');
    }
  });

  it.each(SEES)('%s — in the Excel export', async (_n, who, keys) => {
    const file = unwrap(await d.core.call('incentives.export', { locale: 'zh-CN' }, who()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const found: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) found.push(String(row.getCell(1).value));
    });
    expect(found.sort()).toEqual(codes(keys));
  });

  it('the totals count only approved amounts the reader sees: rewards (bonus, award) and fines', async () => {
    const all = unwrap(await d.core.call('incentives.list', {}, d.manager));
    expect(all.rewardFen).toBe(800_000 + 200_000 + 1_200_000);
    expect(all.fineFen).toBe(0);
    const lead = unwrap(await d.core.call('incentives.list', {}, d.salesLead));
    expect(lead.rewardFen).toBe(800_000 + 200_000);
    const staff = unwrap(await d.core.call('incentives.list', {}, d.marketC));
    expect([staff.rewardFen, staff.fineFen]).toEqual([0, 0]);
  });
});

describe('filters', () => {
  const listed = async (filter: Record<string, unknown>, as: Session = d.manager) =>
    unwrap(await d.core.call('incentives.list', { pageSize: 500, ...filter }, as))
      .items.map((x) => x.code)
      .sort();

  it('per person, type and status', async () => {
    expect(await listed({ staffId: staffIdOf(d.salesA) })).toEqual(
      codes(['aPending', 'aApproved', 'aRefused']),
    );
    expect(await listed({ types: ['penalty'] })).toEqual(codes(['aRefused', 'bByLead', 'cByDeputy']));
    expect(await listed({ types: ['special'], statuses: ['approved'] })).toEqual(
      codes(['marketLeadApproved']),
    );
    expect(await listed({ statuses: ['refused'] })).toEqual(codes(['aRefused']));
  });

  it('search: one or two Chinese characters of the person’s name, the reason or the title; the code', async () => {
    const name = d.salesA.user!.displayName;
    expect(await listed({ search: name })).toEqual(codes(['aPending', 'aApproved', 'aRefused']));
    expect(await listed({ search: '迟交' })).toEqual(codes(['aRefused']));
    expect(await listed({ search: '组长' })).toEqual(codes(['marketLeadPending']));
    expect(await listed({ search: i.bByLead.code })).toEqual(codes(['bByLead']));
    expect(await listed({ search: '100%' })).toEqual([]);
  });

  it('search stays inside what the reader sees', async () => {
    expect(await listed({ search: '甲' }, d.salesA)).toEqual(codes(['aApproved']));
  });

  it('effective date range', async () => {
    const late = await propose(d, d.manager, staffIdOf(d.marketC), { effectiveOn: '2027-03-01' });
    expect(await listed({ from: '2027-01-01' })).toEqual([late.code]);
    expect(await listed({ to: '2026-12-31' })).not.toContain(late.code);
  });

  it('paging', async () => {
    const p1 = unwrap(await d.core.call('incentives.list', { page: 1, pageSize: 3 }, d.manager));
    const p2 = unwrap(await d.core.call('incentives.list', { page: 2, pageSize: 3 }, d.manager));
    expect(p1.items).toHaveLength(3);
    expect(p1.total).toBe(p2.total);
    expect(p1.items.map((x) => x.id)).not.toContain(p2.items[0]!.id);
  });
});

describe('the Excel export', () => {
  it('in English: translated headers, kinds and statuses, amounts as money, the filters applied', async () => {
    const file = unwrap(
      await d.core.call(
        'incentives.export',
        { locale: 'en-US', staffId: staffIdOf(d.salesA), statuses: ['approved', 'refused'] },
        d.manager,
      ),
    );
    expect(file.fileName).toMatch(/^Incentives-2026-11-27\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      'Code',
      'Person',
      'Employee no.',
      'Group',
      'Type',
      'Kind',
      'Amount',
      'Title / position',
    ]);
    const rows: Record<string, unknown>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(Object.fromEntries(header.map((h, c) => [String(h), row.getCell(c + 1).value])));
    });
    const byCode = new Map(rows.map((r) => [r.Code, r]));
    expect(byCode.get(i.aApproved.code)).toMatchObject({
      Kind: 'Bonus',
      Type: 'Reward',
      Amount: 8000,
      Status: 'Approved',
      Reason: '甲的季度奖金',
      'Decided by': d.manager.user!.displayName,
    });
    expect(byCode.get(i.aRefused.code)).toMatchObject({ Kind: 'Fine', Amount: 100, Status: 'Refused' });
    expect(rows).toHaveLength(2);
    expect(sheet.getRow(2).getCell(7).numFmt).toMatch(/0\.00/);
  });
});
