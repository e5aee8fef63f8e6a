import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { createMeeting, meetingInput } from '../../support/meetingInputs';
import { person } from './support';

/*
 * Who sees which meeting, against a table written by hand from the rulebook's roles (RISK.md "Visibility"):
 * those who took part (chair, attendees, decisions' owners) and whoever wrote it up; a group lead also the
 * meetings a member of their group took part in; the manager and deputies all.
 */

let core: Core;
let manager: Session;
type P = { session: Session; staffId: string };
const people: Record<string, P> = {};
const meetings: Record<string, string> = {};

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock() });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  people.deputy = await person(core, manager, 'deputy', groups.service!);
  people.salesLead = await person(core, manager, 'group_lead', groups.sales!);
  people.serviceLead = await person(core, manager, 'group_lead', groups.service!);
  people.salesStaff = await person(core, manager, 'staff', groups.sales!);
  people.salesStaff2 = await person(core, manager, 'staff', groups.sales!);
  people.serviceStaff = await person(core, manager, 'staff', groups.service!);
  const { salesLead, serviceLead, salesStaff, serviceStaff } = people as Record<string, P>;

  // Chaired by the sales lead, attended by a sales member only.
  meetings.salesOnly = (
    await createMeeting(
      core,
      salesLead!.session,
      meetingInput(salesLead!.staffId, [salesStaff!.staffId], { decisions: [] }),
    )
  ).meeting.id;
  // Written up by the service lead; a sales member holds its only decision (not an attendee).
  meetings.serviceWithSalesDecision = (
    await createMeeting(
      core,
      serviceLead!.session,
      meetingInput(serviceLead!.staffId, [serviceStaff!.staffId], {
        decisions: [{ text: '核对客户资料', ownerId: salesStaff!.staffId, dueOn: '2026-12-10' }],
      }),
    )
  ).meeting.id;
  // Written up by the manager, chaired by the manager, attended by a service member.
  meetings.managerWithService = (
    await createMeeting(
      core,
      manager,
      meetingInput(manager.user!.staffId, [serviceStaff!.staffId], { decisions: [] }),
    )
  ).meeting.id;
});

afterAll(async () => {
  await core.close();
});

const EXPECTED: Record<string, Record<string, boolean>> = {
  manager: { salesOnly: true, serviceWithSalesDecision: true, managerWithService: true },
  deputy: { salesOnly: true, serviceWithSalesDecision: true, managerWithService: true },
  salesLead: { salesOnly: true, serviceWithSalesDecision: true, managerWithService: false },
  serviceLead: { salesOnly: false, serviceWithSalesDecision: true, managerWithService: true },
  salesStaff: { salesOnly: true, serviceWithSalesDecision: true, managerWithService: false },
  salesStaff2: { salesOnly: false, serviceWithSalesDecision: false, managerWithService: false },
  serviceStaff: { salesOnly: false, serviceWithSalesDecision: true, managerWithService: true },
};

describe('who sees which meeting', () => {
  it.each(Object.keys(EXPECTED))('%s', async (who) => {
    const session = who === 'manager' ? manager : people[who]!.session;
    const listed = new Set(
      unwrap(await core.call('meetings.list', { pageSize: 500 }, session)).items.map((m) => m.id),
    );
    for (const [name, visible] of Object.entries(EXPECTED[who]!)) {
      const id = meetings[name]!;
      expect(listed.has(id), `${who} lists ${name}`).toBe(visible);
      const got = await core.call('meetings.get', { id }, session);
      expect(got.ok ? 'ok' : got.error.code, `${who} opens ${name}`).toBe(visible ? 'ok' : 'NOT_FOUND');
      const pdf = await core.call('meetings.printMinutes', { id, locale: 'zh-CN' }, session);
      if (!visible) expect(pdf).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it("'mine' is what the person took part in, whatever else they may see", async () => {
    const mine = unwrap(await core.call('meetings.list', { scope: 'mine' }, people.salesLead!.session));
    expect(mine.items.map((m) => m.id)).toEqual([meetings.salesOnly]);
  });

  it('a lead who sees a meeting but does not chair it or write it up may not change it', async () => {
    const d = unwrap(
      await core.call('meetings.get', { id: meetings.serviceWithSalesDecision! }, people.salesLead!.session),
    );
    expect(d.allowed).toEqual({ edit: false, issue: false, risks: false });
    const r = await core.call(
      'meetings.issue',
      { id: d.meeting.id, version: d.meeting.version },
      people.salesLead!.session,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const deputy = unwrap(
      await core.call('meetings.get', { id: meetings.serviceWithSalesDecision! }, people.deputy!.session),
    );
    expect(deputy.allowed.edit).toBe(true);
  });
});
