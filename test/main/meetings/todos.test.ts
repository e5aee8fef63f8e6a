import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import type { TodoItem } from '../../../src/shared/todo/types';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { createMeeting, issuedMeeting, meetingInput } from '../../support/meetingInputs';
import { person } from './support';

// The clock reads 2026-11-27 (China) throughout.
const clock = new FakeClock();
let core: Core;
let manager: Session;
let groups: Record<string, string>;

beforeAll(async () => {
  core = await makeCore({ clock });
  ({ manager, groups } = await setUpDepartment(core));
});

afterAll(async () => {
  await core.close();
});

const todos = async (s: Session, kind: TodoItem['kind']) =>
  unwrap(await core.call('todo.list', {}, s)).items.filter((i) => i.kind === kind);

async function setInterval(months: number) {
  const record = unwrap(await core.call('settings.get', {}, manager));
  unwrap(
    await core.call(
      'settings.update',
      { version: record.version, settings: { ...record.settings, riskMeetingIntervalMonths: months } },
      manager,
    ),
  );
}

describe('My to-do', () => {
  it('with no periodic meeting yet, the manager is reminded today; nobody else is', async () => {
    expect(await todos(manager, 'riskMeetingDue')).toMatchObject([
      {
        urgency: 'today',
        dueDate: '2026-11-27',
        titleKey: 'meetings:todo.firstPeriodic',
        navPath: '/risk-meetings',
      },
    ]);
    const lead = await person(core, manager, 'group_lead', groups.sales!);
    expect(await todos(lead.session, 'riskMeetingDue')).toEqual([]);
  });

  it('the next periodic meeting is due the interval after the last one: hidden until two weeks before, overdue after', async () => {
    // Held 2026-09-05: with the default quarter it is due 2026-12-05, eight days ahead.
    await createMeeting(
      core,
      manager,
      meetingInput(manager.user!.staffId, [], { heldOn: '2026-09-05', decisions: [] }),
    );
    expect(await todos(manager, 'riskMeetingDue')).toMatchObject([
      { urgency: 'soon', dueDate: '2026-12-05', titleKey: 'meetings:todo.nextPeriodic' },
    ]);
    // Two months: due 2026-11-05, overdue.
    await setInterval(2);
    expect(await todos(manager, 'riskMeetingDue')).toMatchObject([
      { urgency: 'overdue', dueDate: '2026-11-05' },
    ]);
    // Four months: due 2027-01-05, more than two weeks off.
    await setInterval(4);
    expect(await todos(manager, 'riskMeetingDue')).toEqual([]);
    // An ad hoc meeting does not count; a later periodic one does.
    await setInterval(3);
    await createMeeting(
      core,
      manager,
      meetingInput(manager.user!.staffId, [], { type: 'ad_hoc', heldOn: '2026-11-20', decisions: [] }),
    );
    expect(await todos(manager, 'riskMeetingDue')).toMatchObject([{ dueDate: '2026-12-05' }]);
    await createMeeting(
      core,
      manager,
      meetingInput(manager.user!.staffId, [], { heldOn: '2026-11-20', decisions: [] }),
    );
    expect(await todos(manager, 'riskMeetingDue')).toEqual([]);
  });

  it("a decision is its owner's to-do once the minutes are issued: within a week, or overdue; not once done", async () => {
    const owner = await person(core, manager, 'staff', groups.sales!);
    const input = meetingInput(manager.user!.staffId, [owner.staffId], {
      type: 'ad_hoc',
      decisions: [
        { text: '七天内', ownerId: owner.staffId, dueOn: '2026-12-04' },
        { text: '八天后', ownerId: owner.staffId, dueOn: '2026-12-05' },
        { text: '今天', ownerId: owner.staffId, dueOn: '2026-11-27' },
        { text: '已逾期', ownerId: owner.staffId, dueOn: '2026-11-21' },
      ],
    });
    const draft = await createMeeting(core, manager, input);
    expect(await todos(owner.session, 'meetingDecision')).toEqual([]);
    await core.call('meetings.issue', { id: draft.meeting.id, version: draft.meeting.version }, manager);
    const items = await todos(owner.session, 'meetingDecision');
    expect(items.map((i) => [i.title, i.urgency])).toEqual([
      ['已逾期', 'overdue'],
      ['今天', 'today'],
      ['七天内', 'soon'],
    ]);
    expect(items[0]).toMatchObject({
      link: `/risk-meetings/${draft.meeting.id}`,
      subject: { code: draft.meeting.code },
    });

    const d = unwrap(await core.call('meetings.get', { id: draft.meeting.id }, owner.session));
    const overdue = d.decisions.find((x) => x.text === '已逾期')!;
    expect(overdue.overdue).toBe(true);
    unwrap(
      await core.call(
        'meetings.setDecisionStatus',
        { id: overdue.id, version: overdue.version, status: 'done' },
        owner.session,
      ),
    );
    expect((await todos(owner.session, 'meetingDecision')).map((i) => i.title)).toEqual(['今天', '七天内']);
    // Someone else's decisions are not on this person's list.
    const issued = await issuedMeeting(
      core,
      manager,
      meetingInput(manager.user!.staffId, [], { type: 'ad_hoc' }),
    );
    expect(issued.decisions[0]!.ownerId).toBe(manager.user!.staffId);
    expect((await todos(owner.session, 'meetingDecision')).length).toBe(2);
  });
});
