import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityInput } from '../../support/channelExamples';
import { unwrap } from '../../support/core';
import { fixtureOpportunity, marketDepartment, staffOf, type MarketDepartment } from './support';

/**
 * An activity's leads are the opportunities naming it as their source (written straight into the table
 * here, as the pipeline would): counts, won deals and what each cost are over all of them; the list shows
 * those the reader may see as the pipeline scopes them.
 */
let d: MarketDepartment;
let activityId: string;

beforeAll(async () => {
  d = await marketDepartment();
  activityId = unwrap(
    await d.core.call(
      'market.createActivity',
      { ...activityInput(staffOf(d.marketStaff)), costFen: 1_000_000 },
      d.marketStaff,
    ),
  ).activity.id;
  // Seven leads: four of the owner's (one won), two of the colleague's (one won), one of market's, lost;
  // one lead from no activity and one from another activity do not count.
  for (const stage of ['lead', 'screened', 'proposal', 'won'] as const)
    await fixtureOpportunity(d, { activityId, owner: d.owner, stage, amountFen: 5_000_000 });
  await fixtureOpportunity(d, { activityId, owner: d.colleague, stage: 'won', amountFen: 8_000_000 });
  await fixtureOpportunity(d, { activityId, owner: d.colleague, stage: 'negotiation' });
  await fixtureOpportunity(d, { activityId, owner: d.marketStaff, stage: 'lost' });
  await fixtureOpportunity(d, { activityId: null, owner: d.owner, stage: 'won' });
  const other = unwrap(
    await d.core.call(
      'market.createActivity',
      activityInput(staffOf(d.marketStaff), '另一场'),
      d.marketStaff,
    ),
  ).activity.id;
  await fixtureOpportunity(d, { activityId: other, owner: d.owner, stage: 'won' });
});

afterAll(async () => {
  await d.core.close();
});

describe("an activity's leads", () => {
  it('counts every lead and won deal, and divides the cost by them', async () => {
    const a = unwrap(await d.core.call('market.getActivity', { id: activityId }, d.manager));
    expect(a.activity).toMatchObject({ leadCount: 7, wonCount: 2 });
    // ¥10,000.00 over 7 leads: ¥1,428.57 each (rounded to the fen); over 2 won deals: ¥5,000.00 each.
    expect(a.costPerLeadFen).toBe(142_857);
    expect(a.costPerWonFen).toBe(500_000);
    expect(a.leads).toHaveLength(7);
    expect(a.leads[0]).toMatchObject({ clientName: expect.stringContaining('展会客户') as string });
  });

  it('lists to each reader only the leads they may see, the figures the same for all', async () => {
    const seen = async (s: typeof d.manager) =>
      unwrap(await d.core.call('market.getActivity', { id: activityId }, s));
    const expectations: [typeof d.manager, number][] = [
      [d.owner, 4],
      [d.colleague, 2],
      [d.salesLead, 6],
      [d.deputy, 6],
      [d.marketLead, 1],
      [d.marketStaff, 1],
      [d.manager, 7],
    ];
    for (const [session, listed] of expectations) {
      const a = await seen(session);
      expect([session.user!.displayName, a.leads.length]).toEqual([session.user!.displayName, listed]);
      expect(a.activity.leadCount).toBe(7);
      expect(a.costPerLeadFen).toBe(142_857);
    }
  });

  it('no lead, no cost per lead; the list sorts by leads', async () => {
    const none = unwrap(
      await d.core.call('market.createActivity', activityInput(staffOf(d.owner), '冷场'), d.owner),
    );
    expect([none.costPerLeadFen, none.costPerWonFen]).toEqual([null, null]);
    const list = unwrap(
      await d.core.call('market.listActivities', { sortBy: 'leadCount', sortDir: 'desc' }, d.colleague),
    );
    expect(list.items.map((a) => a.leadCount)).toEqual([7, 1, 0]);
  });
});
