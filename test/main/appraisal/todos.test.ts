import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { AppraisalCycle } from '../../../src/shared/appraisal/cycles';
import { makeCore, setUpDepartment, unwrap } from '../../support/core';
import { addPerson, quarterlyCycle, setLead, type Person } from '../../support/appraisalCycles';

/*
 * My to-do for a cycle of the sales group (today is 2026-11-27 on the test clock): the person writes the plan,
 * the evaluator agrees it, the group's lead sees the late ones, the manager moves the cycle on.
 */
let core: Core;
let manager: Session;
let lead: Person;
let ann: Person;
let bob: Person;
let sam: Person;
let other: Person;
let cycle: AppraisalCycle;

const todos = async (s: Session) =>
  unwrap(await core.call('todo.list', {}, s)).items.filter((i) => i.kind.startsWith('appraisal'));
const sql = (q: string, ...params: unknown[]) => core.store.db.prepare(q).run(...params);

beforeAll(async () => {
  core = await makeCore();
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  lead = await addPerson(core, manager, { name: '林组长', groupId: groups.sales, role: 'group_lead' });
  await setLead(core, manager, groups.sales!, lead.staffId);
  sam = await addPerson(core, manager, { name: '石主管', groupId: groups.sales, role: 'staff' });
  ann = await addPerson(core, manager, { name: '安小雅', groupId: groups.sales, role: 'staff' });
  bob = await addPerson(core, manager, {
    name: '鲍小强',
    groupId: groups.sales,
    supervisorId: sam.staffId,
    role: 'staff',
  });
  other = await addPerson(core, manager, { name: '欧市场', groupId: groups.market, role: 'staff' });
  cycle = unwrap(
    await core.call(
      'appraisal.openCycle',
      quarterlyCycle({
        groupIds: [groups.sales!],
        deadlines: {
          goalSetting: '2026-11-30',
          selfAssessment: '2026-12-11',
          supervisorReview: '2026-12-18',
          managerReview: '2026-12-25',
        },
      }),
      manager,
    ),
  );
});
afterAll(() => core.close());

const formOf = (p: Person) =>
  (
    core.store.db
      .prepare('SELECT id FROM appraisal_forms WHERE cycle_id = ? AND staff_id = ?')
      .get(cycle.id, p.staffId) as { id: string }
  ).id;

describe('appraisal to-dos', () => {
  it('asks each person for their plan, due on the goal-setting deadline', async () => {
    const [item] = await todos(ann.session!);
    expect(item).toMatchObject({
      kind: 'appraisalPlan',
      urgency: 'soon',
      dueDate: '2026-11-30',
      subject: null,
      assigneeName: null,
      link: `/appraisal/forms/${formOf(ann)}`,
    });
    expect(await todos(other.session!)).toEqual([]);
  });

  it('asks the evaluator to agree a plan once it is written', async () => {
    expect((await todos(sam.session!)).map((i) => i.kind)).toEqual(['appraisalPlan']); // their own
    sql(`UPDATE appraisal_forms SET plan = '拜访二十家客户' WHERE id = ?`, formOf(bob));
    const items = await todos(sam.session!);
    expect(items.map((i) => [i.kind, i.subject?.name ?? null]).sort()).toEqual([
      ['appraisalPlan', null],
      ['appraisalPlan', '鲍小强'],
    ]);
  });

  it('shows the lead their group’s late steps, with whose they are, once the deadline has passed', async () => {
    const before = await todos(lead.session!);
    // Before the deadline: only what the lead must do (their own plan; they evaluate ann and sam).
    expect(before.every((i) => i.assigneeName === null)).toBe(true);
    const c = unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, manager)).cycle;
    unwrap(
      await core.call(
        'appraisal.updateDeadlines',
        { id: c.id, version: c.version, deadlines: { ...c.deadlines, goalSetting: '2026-11-25' } },
        manager,
      ),
    );
    const late = (await todos(lead.session!)).filter((i) => i.assigneeName !== null);
    // Ann and Sam have not written their plans; Bob's waits for Sam's agreement.
    expect(late.map((i) => [i.subject!.name, i.assigneeName, i.urgency]).sort()).toEqual([
      ['安小雅', '安小雅', 'overdue'],
      ['石主管', '石主管', 'overdue'],
      ['鲍小强', '石主管', 'overdue'],
    ]);
    expect(await todos(other.session!)).toEqual([]);
  });

  it('reminds the manager to move the cycle on as its phase deadline passes', async () => {
    const items = await todos(manager);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'appraisalPhase',
        urgency: 'overdue',
        dueDate: '2026-11-25',
        titleKey: 'appraisal:todo.moveOn',
        link: `/appraisal/cycles/${cycle.id}`,
      }),
    ]);
  });

  it('moves to the self-assessment once the cycle does', async () => {
    sql(
      `UPDATE appraisal_forms SET plan_agreed_at = '2026-11-26T02:00:00.000Z' WHERE cycle_id = ?`,
      cycle.id,
    );
    const c = unwrap(await core.call('appraisal.getCycle', { id: cycle.id }, manager)).cycle;
    unwrap(await core.call('appraisal.advanceCycle', { id: c.id, version: c.version }, manager));
    expect((await todos(ann.session!)).map((i) => [i.kind, i.dueDate])).toEqual([
      ['appraisalSelf', '2026-12-11'],
    ]);
    expect(await todos(manager)).toEqual([]);
  });
});
