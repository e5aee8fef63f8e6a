import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { department, listedRiskIds, newRisk, readRisk, ref, staffIdOf, type Department } from './support';

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
/** Today is 2026-11-27 (China) on the test clock until a test moves it. */
const TODAY = '2026-11-27';
const todos = async () => unwrap(await d.core.call('todo.list', {}, d.salesA)).items;

describe('review due dates', () => {
  // The default intervals, from the issue: critical and high 90 days, medium 180, low 360 — counted from the
  // first assessment.
  it.each([
    [5, 5, '2027-02-25'],
    [4, 3, '2027-02-25'],
    [3, 3, '2027-05-26'],
    [1, 2, '2027-11-22'],
  ])('%i × %i assessed on %s is next reviewed on its level’s interval', async (likelihood, impact, next) => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood, impact });
    expect(r.nextReviewOn).toBe(next);
    expect(r.reviewDue).toBe(false);
  });

  it('identified and closed risks are not reviewed', async () => {
    const r = await newRisk(d.core, d.salesA, owner);
    expect(r.nextReviewOn).toBeNull();
    const a = await newRisk(d.core, d.salesA, owner, { likelihood: 3, impact: 3 });
    const closed = unwrap(
      await d.core.call('risk.move', { ...ref(a), to: 'closed', note: '已消除' }, d.salesA),
    );
    expect(closed.nextReviewOn).toBeNull();
  });

  it('a review sets the next one an interval from today; the review due filter and the owner’s to-do follow', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 5, impact: 5, title: '复核到期风险' });
    expect((await todos()).some((t) => t.key === `riskReview:${r.id}`)).toBe(false);
    // 77 days on, the review (due 2027-02-25) is 13 days away: on the to-do as soon.
    d.clock.advance(77 * DAY);
    const soon = (await todos()).find((t) => t.key === `riskReview:${r.id}`);
    expect(soon).toMatchObject({
      kind: 'riskReview',
      urgency: 'soon',
      dueDate: '2027-02-25',
      link: `/risks/${r.id}`,
    });
    expect(await listedRiskIds(d.core, d.salesA, { reviewDue: true })).not.toContain(r.id);
    // Past it: overdue, and in the review-due list.
    d.clock.advance(14 * DAY);
    expect((await todos()).find((t) => t.key === `riskReview:${r.id}`)?.urgency).toBe('overdue');
    expect(await listedRiskIds(d.core, d.salesA, { reviewDue: true })).toContain(r.id);
    const current = (await readRisk(d.core, d.salesA, r.id)).risk;
    expect(current.reviewDue).toBe(true);

    const reviewed = unwrap(
      await d.core.call('risk.review', { ...ref(current), note: '措施有效，维持评级' }, d.salesA),
    );
    expect(reviewed.lastReviewedOn).toBe('2027-02-26');
    expect(reviewed.nextReviewOn).toBe('2027-05-27');
    expect(reviewed.reviewDue).toBe(false);
    expect((await todos()).some((t) => t.key === `riskReview:${r.id}`)).toBe(false);
    expect(await listedRiskIds(d.core, d.salesA, { reviewDue: true })).not.toContain(r.id);
    d.clock.advance(-91 * DAY);
  });

  it('the interval follows the level: a reassessment to a lower level moves the next review out', async () => {
    const r = await newRisk(d.core, d.salesA, owner, { likelihood: 5, impact: 5 });
    const lower = unwrap(
      await d.core.call('risk.assess', { ...ref(r), likelihood: 1, impact: 2, reason: '已转让' }, d.salesA),
    );
    expect(lower.nextReviewOn).toBe('2027-11-22');
  });
});

describe('actions on My to-do', () => {
  it('the owner’s open actions due within a week or overdue, flagged overdue once past', async () => {
    const r = await newRisk(d.core, d.salesA, owner, {
      likelihood: 3,
      impact: 3,
      identifiedOn: '2026-11-01',
    });
    const add = async (title: string, dueOn: string) =>
      unwrap(await d.core.call('risk.addAction', { riskId: r.id, title, ownerId: owner, dueOn }, d.salesA));
    const late = await add('逾期措施', '2026-11-20');
    const today = await add('今天到期', TODAY);
    const week = await add('一周内', '2026-12-04');
    const later = await add('以后', '2026-12-05');
    const items = (await todos()).filter((t) => t.kind === 'riskAction');
    expect(items.map((t) => [t.key, t.urgency])).toEqual([
      [`riskAction:${late.id}`, 'overdue'],
      [`riskAction:${today.id}`, 'today'],
      [`riskAction:${week.id}`, 'soon'],
    ]);
    expect(items[0]).toMatchObject({ navPath: '/risks/actions', subject: { code: r.code } });
    expect(later.overdue).toBe(false);
    expect(late.overdue).toBe(true);
    const listed = unwrap(await d.core.call('risk.listActions', { scope: 'mine', overdue: true }, d.salesA));
    expect(listed.items.map((a) => a.id)).toEqual([late.id]);
    expect((await readRisk(d.core, d.salesA, r.id)).risk).toMatchObject({
      openActions: 4,
      overdueActions: 1,
    });
    expect(await listedRiskIds(d.core, d.salesA, { overdueActions: true })).toEqual([r.id]);
    unwrap(await d.core.call('risk.setActionStatus', { ...ref(late), status: 'done' }, d.salesA));
    expect((await todos()).some((t) => t.key === `riskAction:${late.id}`)).toBe(false);
  });
});
