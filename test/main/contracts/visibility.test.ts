import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { ContractDetail } from '../../../src/shared/contracts/types';
import { unwrap } from '../../support/core';
import { SIGNED_ON, draftContract, walkTo } from '../../support/contractFlow';
import { contractDepartment, errorOf, staffOf, type ContractDepartment } from './support';

/**
 * Who sees which contract, written out by hand (issue 11 §7): staff their own, a group lead their group's,
 * a deputy the groups in their charge (here: sales), the manager all — and whoever a contract involves: the
 * owner of one of its milestones, the assignee of one of its hand-offs.
 */
type Viewer =
  'manager' | 'deputy' | 'salesLead' | 'owner' | 'colleague' | 'marketLead' | 'marketStaff' | 'serviceStaff';
const VIEWERS: Viewer[] = [
  'manager',
  'deputy',
  'salesLead',
  'owner',
  'colleague',
  'marketLead',
  'marketStaff',
  'serviceStaff',
];

const SEES: Record<'ownersPlain' | 'marketOwn' | 'withDelivery' | 'handedToMarket', readonly Viewer[]> = {
  // The sales owner's draft: the owner, their lead, the deputy in charge of sales, the manager.
  ownersPlain: ['manager', 'deputy', 'salesLead', 'owner'],
  // A market staff member's own contract: the market lead, not the sales deputy.
  marketOwn: ['manager', 'marketLead', 'marketStaff'],
  // The owner's signed contract whose delivery the service group's person follows.
  withDelivery: ['manager', 'deputy', 'salesLead', 'owner', 'serviceStaff'],
  // The colleague's signed contract handed off to the market staff member.
  handedToMarket: ['manager', 'deputy', 'salesLead', 'colleague', 'marketStaff'],
};

let d: ContractDepartment;
const contracts = {} as Record<keyof typeof SEES, ContractDetail>;

beforeAll(async () => {
  d = await contractDepartment();
  contracts.ownersPlain = await draftContract(d.core, d.manager, staffOf(d.owner));
  contracts.marketOwn = await draftContract(d.core, d.manager, staffOf(d.marketStaff));
  const signed = await walkTo(
    d.core,
    d.manager,
    await draftContract(d.core, d.manager, staffOf(d.owner)),
    'signed',
  );
  contracts.withDelivery = unwrap(
    await d.core.call(
      'contracts.addMilestone',
      {
        contractId: signed.contract.id,
        kind: 'delivery',
        title: '设备交付',
        ownerId: staffOf(d.serviceStaff),
        dueOn: '2026-12-15',
      },
      d.manager,
    ),
  );
  contracts.handedToMarket = await walkTo(
    d.core,
    d.manager,
    await draftContract(d.core, d.manager, staffOf(d.colleague)),
    'signed',
    [{ department: 'logistics', assigneeId: staffOf(d.marketStaff), note: null }],
  );
});

afterAll(async () => {
  await d.core.close();
});

const session = (v: Viewer): Session => d[v];

describe('who sees which contract', () => {
  it.each(VIEWERS)('%s: the list and each contract', async (viewer) => {
    const page = unwrap(await d.core.call('contracts.list', { pageSize: 500 }, session(viewer)));
    const listed = new Set(page.rows.map((r) => r.id));
    for (const [name, detail] of Object.entries(contracts)) {
      const expected = (SEES[name as keyof typeof SEES] as readonly string[]).includes(viewer);
      expect(listed.has(detail.contract.id), `${viewer} lists ${name}`).toBe(expected);
      const got = await d.core.call('contracts.get', { id: detail.contract.id }, session(viewer));
      expect(got.ok ? 'ok' : got.error.code, `${viewer} opens ${name}`).toBe(expected ? 'ok' : 'NOT_FOUND');
    }
  });

  it('someone only involved sees the contract but may not change it', async () => {
    const c = contracts.withDelivery.contract;
    const e = errorOf(
      await d.core.call(
        'contracts.terminate',
        { id: c.id, version: c.version, reason: '交付受阻' },
        d.serviceStaff,
      ),
    );
    expect(e.code).toBe('FORBIDDEN');
    expect(
      errorOf(
        await d.core.call(
          'contracts.addMilestone',
          {
            contractId: c.id,
            kind: 'acceptance',
            title: '验收',
            ownerId: staffOf(d.serviceStaff),
            dueOn: SIGNED_ON,
          },
          d.serviceStaff,
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('search matches one or two characters of the title or client; filters narrow the list', async () => {
    const code = contracts.ownersPlain.contract.code;
    const byCode = unwrap(await d.core.call('contracts.list', { search: code.slice(-4) }, d.manager));
    expect(byCode.rows.map((r) => r.code)).toContain(code);
    const twoChars = unwrap(await d.core.call('contracts.list', { search: '仓储' }, d.manager));
    expect(twoChars.total).toBe(4);
    const signed = unwrap(
      await d.core.call(
        'contracts.list',
        { statuses: ['signed'], signedFrom: SIGNED_ON, signedTo: SIGNED_ON },
        d.manager,
      ),
    );
    expect(signed.rows.map((r) => r.id).sort()).toEqual(
      [contracts.withDelivery.contract.id, contracts.handedToMarket.contract.id].sort(),
    );
    const mine = unwrap(await d.core.call('contracts.list', { ownerId: staffOf(d.colleague) }, d.manager));
    expect(mine.rows.map((r) => r.id)).toEqual([contracts.handedToMarket.contract.id]);
    const byAmount = unwrap(
      await d.core.call(
        'contracts.list',
        { sort: 'code', direction: 'asc', pageSize: 2, page: 2 },
        d.manager,
      ),
    );
    expect(byAmount.rows).toHaveLength(2);
    expect(byAmount.total).toBe(4);
  });
});
