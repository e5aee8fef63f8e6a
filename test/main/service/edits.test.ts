import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import { TICKET_TIMES as T, ticketEditInput } from '../../support/ticketFlow';
import {
  department,
  errorOf,
  fieldKeys,
  newTicket,
  readTicket,
  staffIdOf,
  ticketAtStep,
  type Department,
} from './support';

let d: Department;

beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

const HOUR = 3_600_000;
const plusHours = (iso: string, h: number) => new Date(Date.parse(iso) + h * HOUR).toISOString();
const ref = (t: { id: string; version: number }) => ({ id: t.id, version: t.version });

/** The audit rows written for a record, oldest first. */
const auditOf = (id: string) =>
  (
    d.core.store.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY id')
      .all(id) as { action: string; changes: string }[]
  ).map((r) => ({
    action: r.action,
    fields: (JSON.parse(r.changes) as { field: string }[]).map((c) => c.field),
  }));

describe('editing what was recorded', () => {
  it('a new severity counts the deadlines not yet met again from the clock start', async () => {
    const t = await newTicket(d.core, d.salesA, staffIdOf(d.salesA), { severity: 'major' });
    const critical = unwrap(
      await d.core.call('service.update', { ...ticketEditInput(t), severity: 'critical' }, d.salesA),
    );
    expect(critical.resolutionDueAt).toBe(plusHours(T.received, 24));
    expect(critical.events.at(-1)).toMatchObject({ kind: 'updated' });
    expect(auditOf(t.id).at(-1)).toEqual({ action: 'update', fields: ['severity', 'resolutionDueAt'] });

    // Once responded to, only the resolution is still to be met.
    const responded = unwrap(
      await d.core.call(
        'service.startInvestigation',
        { ...ref(critical), at: T.firstResponse, note: '已回电' },
        d.salesA,
      ),
    );
    const settings = unwrap(await d.core.call('settings.get', {}, d.manager));
    const deadlines = settings.settings.serviceDeadlines;
    unwrap(
      await d.core.call(
        'settings.update',
        {
          version: settings.version,
          settings: {
            ...settings.settings,
            serviceDeadlines: {
              ...deadlines,
              complaintFirstResponse: {
                ...deadlines.complaintFirstResponse,
                normal: { hours: 8, mode: 'calendar' },
              },
            },
          },
        },
        d.manager,
      ),
    );
    const normal = unwrap(
      await d.core.call('service.update', { ...ticketEditInput(responded), severity: 'normal' }, d.salesA),
    );
    expect(normal.responseDueAt).toBe(responded.responseDueAt);
    expect(normal.resolutionDueAt).toBe(plusHours(T.received, 72));
  });

  it('an edit that changes nothing writes nothing', async () => {
    const t = await newTicket(d.core, d.salesA, staffIdOf(d.salesA));
    const before = tableChecksum(d.core);
    const same = unwrap(await d.core.call('service.update', ticketEditInput(t), d.salesA));
    expect(same.version).toBe(t.version);
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('whoever registered a ticket may correct it; the workflow is for its handler and those above', async () => {
    // salesB takes a call for salesA.
    const t = await newTicket(d.core, d.salesB, staffIdOf(d.salesA));
    expect((await readTicket(d.core, d.salesB, t.id)).allowed).toEqual(['edit']);
    unwrap(await d.core.call('service.update', { ...ticketEditInput(t), content: '补充说明' }, d.salesB));
    const fresh = await readTicket(d.core, d.salesB, t.id);
    const before = tableChecksum(d.core);
    const r = await d.core.call(
      'service.startInvestigation',
      { ...ref(fresh), at: T.firstResponse, note: '回电' },
      d.salesB,
    );
    expect(errorOf(r).code).toBe('FORBIDDEN');
    // Nor may staff hand it to someone else through an edit.
    const reassign = await d.core.call(
      'service.update',
      { ...ticketEditInput(fresh), handlerId: staffIdOf(d.salesB) },
      d.salesB,
    );
    expect(fieldKeys(reassign)).toEqual({ handlerId: 'validation.invalidChoice' });
    expect(tableChecksum(d.core)).toBe(before);
  });
});

describe('assigning', () => {
  it('a lead hands a ticket of their group to another handler; the ticket goes with the handler’s group', async () => {
    const t = await newTicket(d.core, d.salesA, staffIdOf(d.salesA));
    const r = unwrap(
      await d.core.call('service.assign', { ...ref(t), handlerId: staffIdOf(d.marketC) }, d.salesLead),
    );
    expect(r).toMatchObject({ handlerId: staffIdOf(d.marketC), groupId: d.groups.market });
    expect(r.events.at(-1)).toMatchObject({ kind: 'assigned', note: d.marketC.user!.displayName });
    expect(auditOf(t.id).at(-1)).toEqual({ action: 'assign', fields: ['handlerId', 'groupId'] });
    // The new handler works on it; it has left the lead's group, so the lead no longer sees it.
    expect((await readTicket(d.core, d.marketC, t.id)).allowed).toContain('startInvestigation');
    expect(errorOf(await d.core.call('service.get', { id: t.id }, d.salesLead)).code).toBe('NOT_FOUND');
  });

  it('staff may not assign; a lead only what their group covers; never to someone not at work; never a closed one', async () => {
    const t = await newTicket(d.core, d.salesA, staffIdOf(d.salesA));
    expect(
      errorOf(await d.core.call('service.assign', { ...ref(t), handlerId: staffIdOf(d.salesB) }, d.salesA))
        .code,
    ).toBe('FORBIDDEN');
    const market = await newTicket(d.core, d.marketC, staffIdOf(d.marketC));
    expect(
      errorOf(
        await d.core.call('service.assign', { ...ref(market), handlerId: staffIdOf(d.salesB) }, d.salesLead),
      ).code,
    ).toBe('NOT_FOUND');
    const away = unwrap(
      await d.core.call(
        'org.staff.create',
        { employeeNo: 'AWAY-1', name: '休假人', groupId: d.groups.sales },
        d.manager,
      ),
    );
    unwrap(
      await d.core.call('org.staff.update', { ...staffUpdateInput(away), status: 'on_leave' }, d.manager),
    );
    const before = tableChecksum(d.core);
    expect(
      fieldKeys(await d.core.call('service.assign', { ...ref(t), handlerId: away.id }, d.salesLead)),
    ).toEqual({ handlerId: 'validation.handlerInactive' });
    expect(tableChecksum(d.core)).toBe(before);
    const closed = await ticketAtStep(d.core, d.salesA, staffIdOf(d.salesA), 'inquiry', 'closed');
    expect(
      errorOf(
        await d.core.call('service.assign', { ...ref(closed), handlerId: staffIdOf(d.salesB) }, d.manager),
      ).code,
    ).toBe('INVALID_STATE');
  });
});

describe('the coordinated actions while resolving', () => {
  it('are added, changed, done and removed, each on the timeline and in the trail', async () => {
    const t = await ticketAtStep(d.core, d.salesA, staffIdOf(d.salesA), 'complaint', 'resolving');
    const added = unwrap(
      await d.core.call(
        'service.addAction',
        {
          ticketId: t.id,
          department: 'quality',
          ownerId: staffIdOf(d.salesB),
          description: '复核同批次',
          dueDate: '2026-12-01',
        },
        d.salesA,
      ),
    );
    expect(added).toMatchObject({ ownerName: d.salesB.user!.displayName, doneAt: null, ticketId: t.id });
    const changed = unwrap(
      await d.core.call(
        'service.updateAction',
        {
          ...ref(added),
          department: 'production',
          ownerId: null,
          description: '复核两批次',
          dueDate: '2026-12-03',
        },
        d.salesA,
      ),
    );
    const done = unwrap(
      await d.core.call(
        'service.completeAction',
        { ...ref(changed), at: T.actionDone, note: '无异常' },
        d.salesA,
      ),
    );
    expect(done).toMatchObject({ doneAt: T.actionDone, doneNote: '无异常', department: 'production' });
    expect(
      errorOf(
        await d.core.call('service.completeAction', { ...ref(done), at: T.actionDone, note: null }, d.salesA),
      ).code,
    ).toBe('INVALID_STATE');
    const other = unwrap(
      await d.core.call(
        'service.addAction',
        { ticketId: t.id, department: 'finance', ownerId: null, description: '退款', dueDate: '2026-12-02' },
        d.salesA,
      ),
    );
    unwrap(await d.core.call('service.deleteAction', ref(other), d.salesA));
    const detail = await readTicket(d.core, d.salesA, t.id);
    expect(detail.actions.map((a) => a.id)).toEqual([added.id]);
    expect(detail.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['action_added', 'action_added', 'action_done']),
    );
    expect(auditOf(added.id).map((a) => a.action)).toEqual(['create', 'update', 'action_done']);
    expect(auditOf(other.id).map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('a department off the list, or an owner who has left, is refused', async () => {
    const t = await ticketAtStep(d.core, d.salesA, staffIdOf(d.salesA), 'complaint', 'resolving');
    const gone = unwrap(
      await d.core.call(
        'org.staff.create',
        { employeeNo: 'GONE-1', name: '离职人', groupId: d.groups.sales },
        d.manager,
      ),
    );
    unwrap(await d.core.call('org.staff.update', { ...staffUpdateInput(gone), status: 'left' }, d.manager));
    const input = {
      ticketId: t.id,
      department: 'quality',
      ownerId: null,
      description: '复核',
      dueDate: '2026-12-01',
    };
    expect(
      fieldKeys(await d.core.call('service.addAction', { ...input, department: 'moon' }, d.salesA)),
    ).toEqual({
      department: 'validation.unknownDepartment',
    });
    expect(
      fieldKeys(await d.core.call('service.addAction', { ...input, ownerId: gone.id }, d.salesA)),
    ).toEqual({
      ownerId: 'validation.handlerInactive',
    });
  });

  it('are not touched by someone who does not work on the ticket', async () => {
    const t = await ticketAtStep(d.core, d.salesA, staffIdOf(d.salesA), 'complaint', 'resolving');
    const r = await d.core.call(
      'service.addAction',
      { ticketId: t.id, department: 'quality', ownerId: null, description: '复核', dueDate: '2026-12-01' },
      d.salesB,
    );
    expect(errorOf(r).code).toBe('NOT_FOUND');
  });
});
