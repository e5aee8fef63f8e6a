import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../support/core';
import { tableChecksum } from '../contract/support';
import {
  appraisalResult,
  department,
  fieldKeys,
  proposal,
  propose,
  readIncentive,
  staffIdOf,
  type Department,
} from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

describe('an incentive following from an appraisal result', () => {
  it('links a published result of the same person and shows its cycle and grade', async () => {
    const A = staffIdOf(d.salesA);
    const r = appraisalResult(d, A, staffIdOf(d.salesB), 'published', 'S');
    const i = await propose(d, d.salesLead, A, { formId: r.formId });
    expect(i).toMatchObject({ formId: r.formId, cycleId: r.cycleId, cycleCode: r.cycleCode, grade: 'S' });
    expect(i.cycleNameZh).toContain('第三季度');
    expect((await readIncentive(d, d.manager, i.id)).cycleCode).toBe(r.cycleCode);
  });

  it('a closed cycle’s result too; the list filters per cycle', async () => {
    const B = staffIdOf(d.salesB);
    const r = appraisalResult(d, B, staffIdOf(d.salesLead), 'closed');
    const i = await propose(d, d.salesLead, B, { formId: r.formId });
    const listed = unwrap(await d.core.call('incentives.list', { cycleId: r.cycleId }, d.manager));
    expect(listed.items.map((x) => x.id)).toEqual([i.id]);
  });

  it('refused, nothing changed: another person’s result, a result not yet published', async () => {
    const A = staffIdOf(d.salesA);
    const other = appraisalResult(d, staffIdOf(d.salesB), staffIdOf(d.salesLead), 'published');
    const unpublished = appraisalResult(d, A, staffIdOf(d.salesB), 'managerReview');
    for (const [formId, key] of [
      [other.formId, 'validation.incentiveFormOtherPerson'],
      [unpublished.formId, 'validation.incentiveFormNotPublished'],
      ['00000000-0000-7000-8000-999999999999', 'validation.notFound'],
    ] as const) {
      const before = tableChecksum(d.core);
      const r = await d.core.call('incentives.propose', proposal(A, { formId }), d.salesLead);
      expect(fieldKeys(r), key).toEqual({ formId: key });
      expect(tableChecksum(d.core)).toBe(before);
    }
  });

  it('a result the proposer may not read is as good as missing', async () => {
    // The deputy in charge of market proposes for the market lead; the lead's form sits in a group outside
    // the deputy's charge and is evaluated by someone else.
    const lead = staffIdOf(d.marketLead);
    d.core.store.db.prepare('UPDATE staff SET group_id = NULL WHERE id = ?').run(lead);
    const r = appraisalResult(d, lead, staffIdOf(d.manager), 'published');
    d.core.store.db.prepare('UPDATE staff SET group_id = ? WHERE id = ?').run(d.groups.market!, lead);
    const res = await d.core.call('incentives.propose', proposal(lead, { formId: r.formId }), d.marketDeputy);
    expect(fieldKeys(res)).toEqual({ formId: 'validation.notFound' });
    const options = unwrap(await d.core.call('incentives.results', { staffId: lead }, d.marketDeputy));
    expect(options.map((o) => o.formId)).not.toContain(r.formId);
  });

  it('the form offers the person’s published results the proposer may read, and nothing for others', async () => {
    const C = staffIdOf(d.marketC);
    const published = appraisalResult(d, C, staffIdOf(d.marketLead), 'published', 'B');
    appraisalResult(d, C, staffIdOf(d.marketLead), 'managerReview');
    const options = unwrap(await d.core.call('incentives.results', { staffId: C }, d.marketDeputy));
    expect(options).toEqual([
      expect.objectContaining({ formId: published.formId, cycleCode: published.cycleCode, grade: 'B' }),
    ]);
    // salesLead does not oversee marketC: no results offered, whatever exists.
    expect(unwrap(await d.core.call('incentives.results', { staffId: C }, d.salesLead))).toEqual([]);
  });
});
