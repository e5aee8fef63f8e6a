import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { MEETING_DAY, createMeeting, meetingInput, meetingUpdateInput } from '../../support/meetingInputs';
import { tableChecksum } from '../contract/support';
import { person, staffMember } from './support';

let core: Core;
let manager: Session;
let groups: Record<string, string>;
let lead: { session: Session; staffId: string };
let staffA: string;
let staffB: string;

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock() });
  ({ manager, groups } = await setUpDepartment(core));
  lead = await person(core, manager, 'group_lead', groups.sales!);
  staffA = await staffMember(core, manager, '赵会员', groups.sales!);
  staffB = await staffMember(core, manager, '钱会员', groups.service!);
});

afterAll(async () => {
  await core.close();
});

const refusal = (r: { ok: boolean; error?: { code: string; fields?: Record<string, { key: string }> } }) =>
  r.ok
    ? null
    : {
        code: r.error!.code,
        fields: Object.fromEntries(Object.entries(r.error!.fields ?? {}).map(([k, v]) => [k, v.key])),
      };

describe('holding a meeting', () => {
  it('a lead writes up a meeting: a draft with a code of its year, attendees, agenda, decisions and minutes', async () => {
    const d = await createMeeting(core, lead.session, meetingInput(lead.staffId, [staffA, staffB]));
    expect(d.meeting.code).toMatch(/^FXHY-2026-\d{3}$/);
    expect(d.meeting.status).toBe('draft');
    expect(d.attendees.map((a) => a.staffId).sort()).toEqual([lead.staffId, staffA, staffB].sort());
    expect(d.agenda.map((a) => [a.position, a.title])).toEqual([
      [1, '回顾上季度风险应对情况'],
      [2, '识别新的信用风险'],
    ]);
    expect(d.decisions).toMatchObject([
      { text: '复核所有 A 类客户的授信额度', status: 'open', dueOn: '2026-12-15' },
    ]);
    expect(d.minutesHtml).toContain('<strong>主持人</strong>');
    expect(d.allowed).toEqual({ edit: true, issue: true, risks: true });
  });

  it('the chair is never enough: a meeting with no attendees is refused on the attendees field, nothing stored', async () => {
    const before = tableChecksum(core);
    const r = await core.call(
      'meetings.create',
      meetingInput(lead.staffId, [], { attendeeIds: [] }),
      lead.session,
    );
    expect(refusal(r)).toEqual({
      code: 'VALIDATION',
      fields: { attendeeIds: 'validation.attendeesRequired' },
    });
    expect(tableChecksum(core)).toBe(before);
  });

  it('every mistake is named at once: a decision due before the meeting, an end before the start', async () => {
    const before = tableChecksum(core);
    const r = await core.call(
      'meetings.create',
      meetingInput(lead.staffId, [staffA], {
        startTime: '11:00',
        endTime: '10:00',
        decisions: [
          { text: '按时完成', ownerId: staffA, dueOn: MEETING_DAY },
          { text: '提前一天', ownerId: staffA, dueOn: '2026-11-19' },
        ],
      }),
      lead.session,
    );
    expect(refusal(r)).toEqual({
      code: 'VALIDATION',
      fields: { endTime: 'validation.endBeforeStart', 'decisions.1.dueOn': 'validation.dueBeforeMeeting' },
    });
    expect(tableChecksum(core)).toBe(before);
  });

  it('a decision goes to someone at work: a person who left is refused as a new owner', async () => {
    const gone = await staffMember(core, manager, '孙离职', groups.sales!);
    const s = unwrap(await core.call('org.staff.get', { id: gone }, manager));
    unwrap(
      await core.call(
        'org.staff.update',
        {
          id: gone,
          version: s.version,
          employeeNo: s.employeeNo,
          name: s.name,
          groupId: s.groupId,
          status: 'left',
          chargeGroupIds: [],
        },
        manager,
      ),
    );
    const r = await core.call(
      'meetings.create',
      meetingInput(lead.staffId, [], { decisions: [{ text: '跟进', ownerId: gone, dueOn: '2026-12-01' }] }),
      lead.session,
    );
    expect(refusal(r)).toEqual({
      code: 'VALIDATION',
      fields: { 'decisions.0.ownerId': 'validation.staffLeft' },
    });
  });

  it('an update rewrites the draft: decisions keep their ids, removed agenda items go, the version moves', async () => {
    const d = await createMeeting(core, lead.session, meetingInput(lead.staffId, [staffA]));
    const kept = d.decisions[0]!;
    const after = unwrap(
      await core.call(
        'meetings.update',
        meetingUpdateInput(d, {
          agenda: [{ title: '只剩一项' }],
          decisions: [
            { id: kept.id, text: kept.text, ownerId: staffA, dueOn: '2026-12-20' },
            { text: '新增决议', ownerId: lead.staffId, dueOn: '2026-12-01' },
          ],
        }),
        lead.session,
      ),
    );
    expect(after.meeting.version).toBe(d.meeting.version + 1);
    expect(after.agenda.map((a) => a.title)).toEqual(['只剩一项']);
    expect(after.decisions.map((x) => [x.text, x.ownerName])).toEqual([
      [kept.text, '赵会员'],
      ['新增决议', lead.session.user!.displayName],
    ]);
    expect(after.decisions[0]!.id).toBe(kept.id);
  });

  it('issuing: draft → issued once; issued minutes no longer change; a meeting still to come cannot be issued', async () => {
    const d = await createMeeting(core, lead.session, meetingInput(lead.staffId, [staffA]));
    const issued = unwrap(
      await core.call('meetings.issue', { id: d.meeting.id, version: d.meeting.version }, lead.session),
    );
    expect(issued.meeting.status).toBe('issued');
    expect(issued.meeting.issuedAt).not.toBeNull();
    expect(issued.allowed).toEqual({ edit: false, issue: false, risks: false });

    const again = await core.call(
      'meetings.issue',
      { id: d.meeting.id, version: issued.meeting.version },
      lead.session,
    );
    expect(refusal(again)?.code).toBe('INVALID_STATE');
    const edit = await core.call(
      'meetings.update',
      meetingUpdateInput(issued, { title: '改' }),
      lead.session,
    );
    expect(refusal(edit)?.code).toBe('INVALID_STATE');

    const future = await createMeeting(
      core,
      lead.session,
      meetingInput(lead.staffId, [], { heldOn: '2026-12-05', decisions: [] }),
    );
    const early = await core.call(
      'meetings.issue',
      { id: future.meeting.id, version: future.meeting.version },
      lead.session,
    );
    expect(refusal(early)).toEqual({ code: 'VALIDATION', fields: { heldOn: 'validation.meetingNotHeld' } });
  });

  it("a decision's follow-up: its owner marks it done (not before the meeting, not in the future); cancelling needs a note", async () => {
    const owner = await person(core, manager, 'staff', groups.sales!);
    const d = await createMeeting(
      core,
      lead.session,
      meetingInput(lead.staffId, [owner.staffId], {
        decisions: [{ text: '整理逾期应收清单', ownerId: owner.staffId, dueOn: '2026-12-01' }],
      }),
    );
    const draftMove = await core.call(
      'meetings.setDecisionStatus',
      { id: d.decisions[0]!.id, version: d.decisions[0]!.version, status: 'done' },
      owner.session,
    );
    expect(refusal(draftMove)?.code).toBe('INVALID_STATE');

    const issued = unwrap(
      await core.call('meetings.issue', { id: d.meeting.id, version: d.meeting.version }, lead.session),
    );
    const dec = issued.decisions[0]!;
    const ownerView = unwrap(await core.call('meetings.get', { id: d.meeting.id }, owner.session));
    expect(ownerView.decisions[0]!.moves).toEqual(['done', 'cancelled']);

    const tooEarly = await core.call(
      'meetings.setDecisionStatus',
      { id: dec.id, version: dec.version, status: 'done', doneOn: '2026-11-19' },
      owner.session,
    );
    expect(refusal(tooEarly)).toEqual({ code: 'VALIDATION', fields: { doneOn: 'validation.beforeMeeting' } });
    const future = await core.call(
      'meetings.setDecisionStatus',
      { id: dec.id, version: dec.version, status: 'done', doneOn: '2026-11-28' },
      owner.session,
    );
    expect(refusal(future)).toEqual({ code: 'VALIDATION', fields: { doneOn: 'validation.dateFuture' } });
    const noNote = await core.call(
      'meetings.setDecisionStatus',
      { id: dec.id, version: dec.version, status: 'cancelled' },
      owner.session,
    );
    expect(refusal(noNote)).toEqual({ code: 'VALIDATION', fields: { note: 'validation.required' } });

    const done = unwrap(
      await core.call(
        'meetings.setDecisionStatus',
        { id: dec.id, version: dec.version, status: 'done' },
        owner.session,
      ),
    );
    expect(done.decisions[0]).toMatchObject({ status: 'done', doneOn: '2026-11-27' });

    // Someone else at the meeting who neither owns the decision nor manages the meeting may not.
    const other = await person(core, manager, 'staff', groups.sales!);
    const d2 = await createMeeting(
      core,
      lead.session,
      meetingInput(lead.staffId, [other.staffId, owner.staffId], {
        decisions: [{ text: '另一项', ownerId: owner.staffId, dueOn: '2026-12-01' }],
      }),
    );
    const i2 = unwrap(
      await core.call('meetings.issue', { id: d2.meeting.id, version: d2.meeting.version }, lead.session),
    );
    const notTheirs = await core.call(
      'meetings.setDecisionStatus',
      { id: i2.decisions[0]!.id, version: i2.decisions[0]!.version, status: 'done' },
      other.session,
    );
    expect(refusal(notTheirs)?.code).toBe('FORBIDDEN');
  });

  it('the list: search any length, filters, sort; the decisions list holds issued minutes only', async () => {
    await createMeeting(
      core,
      lead.session,
      meetingInput(lead.staffId, [], {
        title: '临时会：100%_回款风险',
        type: 'ad_hoc',
        heldOn: '2026-10-09',
        decisions: [],
      }),
    );
    const byPercent = unwrap(await core.call('meetings.list', { search: '100%_' }, manager));
    expect(byPercent.items.map((m) => m.title)).toEqual(['临时会：100%_回款风险']);
    const oneChar = unwrap(await core.call('meetings.list', { search: '临' }, manager));
    expect(oneChar.total).toBeGreaterThanOrEqual(1);
    const adHoc = unwrap(await core.call('meetings.list', { types: ['ad_hoc'] }, manager));
    expect(adHoc.items.every((m) => m.type === 'ad_hoc')).toBe(true);
    const oldest = unwrap(await core.call('meetings.list', { sortBy: 'heldOn', sortDir: 'asc' }, manager));
    expect(oldest.items[0]!.heldOn).toBe('2026-10-09');
    const october = unwrap(
      await core.call('meetings.list', { from: '2026-10-01', to: '2026-10-31' }, manager),
    );
    expect(october.items.map((m) => m.heldOn)).toEqual(['2026-10-09']);

    const decisions = unwrap(await core.call('meetings.listDecisions', {}, manager));
    expect(decisions.items.every((x) => x.meetingStatus === 'issued')).toBe(true);
    expect(decisions.total).toBeGreaterThan(0);
  });
});
