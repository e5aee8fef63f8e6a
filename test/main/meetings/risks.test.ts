import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { MEETING_DAY, createMeeting, meetingInput } from '../../support/meetingInputs';
import { tableChecksum } from '../contract/support';
import { person } from './support';

let core: Core;
let manager: Session;
let lead: { session: Session; staffId: string };
let otherStaff: { session: Session; staffId: string };

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock() });
  let groups: Record<string, string>;
  ({ manager, groups } = await setUpDepartment(core));
  lead = await person(core, manager, 'group_lead', groups.sales!);
  otherStaff = await person(core, manager, 'staff', groups.service!);
});

afterAll(async () => {
  await core.close();
});

const risk = (extra: object = {}) => ({
  title: '大客户回款延迟',
  category: 'credit',
  ownerId: lead.staffId,
  identifiedOn: MEETING_DAY,
  ...extra,
});

describe('risks raised and linked in the meeting', () => {
  it('a risk raised in the meeting goes on the register (assessed when scored) and is linked as raised', async () => {
    const d = await createMeeting(core, lead.session, meetingInput(lead.staffId));
    const after = unwrap(
      await core.call(
        'meetings.raiseRisk',
        { meetingId: d.meeting.id, ...risk({ likelihood: 4, impact: 5 }) },
        lead.session,
      ),
    );
    expect(after.risks).toMatchObject([
      {
        title: '大客户回款延迟',
        relation: 'raised',
        likelihood: 4,
        impact: 5,
        score: 20,
        level: 'critical',
        status: 'assessed',
      },
    ]);
    expect(after.risks[0]!.code).toMatch(/^FX-2026-\d{3}$/);
    expect(after.meeting.version).toBe(d.meeting.version + 1);
    const onRegister = unwrap(await core.call('risk.get', { id: after.risks[0]!.riskId }, lead.session));
    expect(onRegister.risk.title).toBe('大客户回款延迟');

    const unscored = unwrap(
      await core.call(
        'meetings.raiseRisk',
        { meetingId: d.meeting.id, ...risk({ title: '合同缺少担保条款' }) },
        lead.session,
      ),
    );
    expect(unscored.risks[1]).toMatchObject({ level: null, status: 'identified', relation: 'raised' });
  });

  it('a risk the register refuses is not raised, and the meeting keeps no half of it', async () => {
    const d = await createMeeting(core, lead.session, meetingInput(lead.staffId));
    const before = tableChecksum(core);
    const r = await core.call(
      'meetings.raiseRisk',
      { meetingId: d.meeting.id, ...risk({ category: 'weather' }) },
      lead.session,
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { category: { key: 'validation.unknownCategory' } } },
    });
    expect(tableChecksum(core)).toBe(before);
  });

  it('linking: a visible risk once; a second link is refused; one the person cannot see is not found; unlinking keeps the risk', async () => {
    const d = await createMeeting(core, lead.session, meetingInput(lead.staffId));
    const mine = unwrap(
      await core.call(
        'risk.create',
        { ...risk({ title: '价格战压缩毛利' }), likelihood: null, impact: null },
        lead.session,
      ),
    );
    const linked = unwrap(
      await core.call(
        'meetings.linkRisk',
        { meetingId: d.meeting.id, riskId: mine.id, note: '复核' },
        lead.session,
      ),
    );
    expect(linked.risks).toMatchObject([{ riskId: mine.id, relation: 'discussed', note: '复核' }]);
    const twice = await core.call(
      'meetings.linkRisk',
      { meetingId: d.meeting.id, riskId: mine.id },
      lead.session,
    );
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', fields: { riskId: { key: 'validation.riskLinked' } } },
    });

    const hidden = unwrap(
      await core.call(
        'risk.create',
        {
          ...risk({ title: '客服系统宕机', category: 'operational', ownerId: otherStaff.staffId }),
          likelihood: null,
          impact: null,
        },
        manager,
      ),
    );
    const notSeen = await core.call(
      'meetings.linkRisk',
      { meetingId: d.meeting.id, riskId: hidden.id },
      lead.session,
    );
    expect(notSeen).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { riskId: { key: 'validation.notFound' } } },
    });

    const unlinked = unwrap(
      await core.call('meetings.unlinkRisk', { meetingId: d.meeting.id, riskId: mine.id }, lead.session),
    );
    expect(unlinked.risks).toEqual([]);
    expect(unwrap(await core.call('risk.get', { id: mine.id }, lead.session)).risk.id).toBe(mine.id);
  });

  it('issued minutes take no more risks', async () => {
    const d = await createMeeting(core, lead.session, meetingInput(lead.staffId));
    unwrap(await core.call('meetings.issue', { id: d.meeting.id, version: d.meeting.version }, lead.session));
    const r = await core.call('meetings.raiseRisk', { meetingId: d.meeting.id, ...risk() }, lead.session);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });
});
