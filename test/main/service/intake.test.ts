import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { Client } from '../../../src/shared/clients/types';
import type { Contact } from '../../../src/shared/clients/types';
import { tableChecksum } from '../contract/support';
import { unwrap } from '../../support/core';
import { staffUpdateInput } from '../../support/orgInputs';
import { TICKET_TIMES, ticketEditInput, ticketInput } from '../../support/ticketFlow';
import { department, errorOf, fieldKeys, newTicket, staffIdOf, type Department } from './support';

let d: Department;
let east: Client;
let eastContact: Contact;
let suzhou: Client;
let suzhouContact: Contact;

const HOUR = 3_600_000;
const plusHours = (iso: string, h: number) => new Date(Date.parse(iso) + h * HOUR).toISOString();

async function clientWithContact(as: Session, name: string, contact: string, mobile: string) {
  const client = unwrap(await d.core.call('clients.create', { name }, as));
  const person = unwrap(
    await d.core.call('contacts.create', { clientId: client.id, name: contact, mobile }, as),
  );
  return { client, person };
}

beforeAll(async () => {
  d = await department();
  ({ client: east, person: eastContact } = await clientWithContact(
    d.salesA,
    '杭州华东贸易有限公司',
    '李采购',
    '138 1234 5678',
  ));
  // Another file, in another group, whose contact has the same mobile (written differently).
  ({ client: suzhou, person: suzhouContact } = await clientWithContact(
    d.marketC,
    '苏州华东机电有限公司',
    '王工',
    '+86 138-1234-5678',
  ));
});
afterAll(async () => {
  await d.core.close();
});

describe('intake: a ticket is recorded the moment it is saved', () => {
  it('a complaint: its code from the received day, registered, its deadlines from the received time, its first step', async () => {
    const t = await newTicket(d.core, d.salesA, staffIdOf(d.salesA), { severity: 'major' });
    expect(t.code).toMatch(/^TS-20261126-\d{3}$/);
    expect(t).toMatchObject({
      kind: 'complaint',
      status: 'registered',
      receivedAt: TICKET_TIMES.received,
      slaStartAt: TICKET_TIMES.received,
      // Defaults: first response within 4 hours, resolution within 72, both in calendar hours.
      responseDueAt: plusHours(TICKET_TIMES.received, 4),
      resolutionDueAt: plusHours(TICKET_TIMES.received, 72),
      responseMode: 'calendar',
      resolutionMode: 'calendar',
      handlerId: staffIdOf(d.salesA),
      groupId: d.groups.sales,
      firstResponseAt: null,
    });
    expect(t.events.map((e) => [e.kind, e.at, e.toStatus])).toEqual([
      ['received', TICKET_TIMES.received, 'registered'],
    ]);
    expect(t.events[0]!.actorName).toBe(d.salesA.user!.displayName);
    // The clock (FakeClock: 2026-11-27T02:00Z) runs on the response, due 21 hours ago.
    expect(t.clock).toMatchObject({
      stage: 'response',
      dueAt: plusHours(TICKET_TIMES.received, 4),
      mode: 'calendar',
      minutesLeft: -21 * 60,
      overdue: true,
      near: true,
    });
    expect(t.allowed).toEqual(expect.arrayContaining(['edit', 'startInvestigation']));
  });

  it('a critical complaint is to be resolved within 24 hours; an inquiry answered within 24', async () => {
    const critical = await newTicket(d.core, d.salesA, staffIdOf(d.salesA), { severity: 'critical' });
    expect(critical.resolutionDueAt).toBe(plusHours(TICKET_TIMES.received, 24));
    const inquiry = await newTicket(d.core, d.salesA, staffIdOf(d.salesA), { kind: 'inquiry' });
    expect(inquiry).toMatchObject({
      status: 'open',
      responseDueAt: plusHours(TICKET_TIMES.received, 24),
      resolutionDueAt: plusHours(TICKET_TIMES.received, 24),
    });
  });

  it('codes count per day of the received time on the Chinese calendar', async () => {
    const at = (iso: string) => newTicket(d.core, d.salesA, staffIdOf(d.salesA), { receivedAt: iso });
    const first = await at('2026-11-20T03:00:00.000Z');
    const second = await at('2026-11-20T09:00:00.000Z');
    // 00:30 on the 21st in China, still the 20th in UTC.
    const nextDay = await at('2026-11-20T16:30:00.000Z');
    expect([first.code, second.code, nextDay.code]).toEqual([
      'TS-20261120-001',
      'TS-20261120-002',
      'TS-20261121-001',
    ]);
  });

  it('a received time in the future is refused, and nothing is written', async () => {
    const before = tableChecksum(d.core);
    const r = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { receivedAt: plusHours(d.clock.now().toISOString(), 0.1) }),
      d.salesA,
    );
    expect(errorOf(r).code).toBe('VALIDATION');
    expect(fieldKeys(r)).toEqual({ receivedAt: 'validation.timeFuture' });
    expect(tableChecksum(d.core)).toBe(before);
  });
});

describe('caller ID and the client picker', () => {
  it('a phone that two files share returns both, whoever owns them, and the desk asks which', async () => {
    // salesB owns neither file: the desk serves every client.
    for (const phone of ['13812345678', '+86 138 1234 5678', '138-1234-5678']) {
      const matches = unwrap(await d.core.call('service.lookupCaller', { phone }, d.salesB));
      expect(matches.map((m) => m.clientId).sort(), phone).toEqual([east.id, suzhou.id].sort());
    }
    const matches = unwrap(await d.core.call('service.lookupCaller', { phone: '13812345678' }, d.salesB));
    expect(matches.find((m) => m.clientId === east.id)).toEqual({
      clientId: east.id,
      clientCode: east.code,
      clientName: '杭州华东贸易有限公司',
      contactId: eastContact.id,
      contactName: '李采购',
      ownerName: d.salesA.user!.displayName,
    });
  });

  it('an unknown number, or too few digits to tell, finds nobody', async () => {
    expect(unwrap(await d.core.call('service.lookupCaller', { phone: '13900000000' }, d.salesB))).toEqual([]);
    expect(unwrap(await d.core.call('service.lookupCaller', { phone: '5678' }, d.salesB))).toEqual([]);
  });

  it('the picker finds files by two Chinese characters, by code and by a contact', async () => {
    const names = async (search: string) =>
      [
        ...new Set(
          unwrap(await d.core.call('service.findClients', { search }, d.salesB)).map((m) => m.clientName),
        ),
      ].sort();
    expect(await names('华东')).toEqual(['杭州华东贸易有限公司', '苏州华东机电有限公司']);
    expect(await names(suzhou.code)).toEqual(['苏州华东机电有限公司']);
    expect(await names('王工')).toEqual(['苏州华东机电有限公司']);
  });
});

describe('who called', () => {
  it('an unknown caller keeps the name they gave; linking a file later drops it for the file', async () => {
    const t = await newTicket(d.core, d.salesA, staffIdOf(d.salesA), {
      callerName: '张先生',
      clientId: null,
    });
    expect(t).toMatchObject({ clientId: null, callerName: '张先生', clientName: '张先生', clientCode: null });
    const linked = unwrap(
      await d.core.call(
        'service.update',
        { ...ticketEditInput(t), clientId: east.id, contactId: eastContact.id },
        d.salesA,
      ),
    );
    expect(linked).toMatchObject({
      clientId: east.id,
      clientName: '杭州华东贸易有限公司',
      clientCode: east.code,
      contactName: '李采购',
      callerName: null,
    });
  });

  it('a contact must belong to the chosen file', async () => {
    const before = tableChecksum(d.core);
    const r = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { clientId: east.id, contactId: suzhouContact.id }),
      d.salesA,
    );
    expect(fieldKeys(r)).toEqual({ contactId: 'validation.contactNotOfClient' });
    const noFile = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { clientId: null, contactId: eastContact.id }),
      d.salesA,
    );
    expect(fieldKeys(noFile)).toEqual({ contactId: 'validation.contactNotOfClient' });
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('a file in the recycle bin cannot be linked', async () => {
    const gone = unwrap(await d.core.call('clients.create', { name: '已删除客户' }, d.salesA));
    unwrap(await d.core.call('clients.delete', { id: gone.id, version: gone.version }, d.salesA));
    const r = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { clientId: gone.id }),
      d.salesA,
    );
    expect(fieldKeys(r)).toEqual({ clientId: 'validation.notFound' });
  });
});

describe('bad input: clear errors, nothing changed', () => {
  it('a category not on the active list; a retired one stays on the tickets that have it', async () => {
    const kept = await newTicket(d.core, d.salesA, staffIdOf(d.salesA), { category: 'billing' });
    const unknown = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { category: 'weather' }),
      d.salesA,
    );
    expect(fieldKeys(unknown)).toEqual({ category: 'validation.unknownCategory' });

    const { settings, version } = unwrap(await d.core.call('settings.get', {}, d.manager));
    const retired = settings.serviceCategories.map((c) =>
      c.key === 'billing' ? { ...c, active: false } : c,
    );
    unwrap(
      await d.core.call(
        'settings.update',
        { version, settings: { ...settings, serviceCategories: retired } },
        d.manager,
      ),
    );
    try {
      const before = tableChecksum(d.core);
      const r = await d.core.call(
        'service.create',
        ticketInput(staffIdOf(d.salesA), { category: 'billing' }),
        d.salesA,
      );
      expect(fieldKeys(r)).toEqual({ category: 'validation.unknownCategory' });
      expect(tableChecksum(d.core)).toBe(before);
      // The old ticket keeps it through an edit of something else.
      const edited = unwrap(
        await d.core.call(
          'service.update',
          { ...ticketEditInput(kept), content: '补充：发票抬头有误' },
          d.salesA,
        ),
      );
      expect(edited.category).toBe('billing');
    } finally {
      const now = unwrap(await d.core.call('settings.get', {}, d.manager));
      unwrap(
        await d.core.call(
          'settings.update',
          {
            version: now.version,
            settings: { ...now.settings, serviceCategories: settings.serviceCategories },
          },
          d.manager,
        ),
      );
    }
  });

  it('a handler who has left, or is on leave, is refused', async () => {
    for (const status of ['left', 'on_leave'] as const) {
      const person = unwrap(
        await d.core.call(
          'org.staff.create',
          { employeeNo: `OUT-${status}`, name: `不在岗${status}`, groupId: d.groups.sales },
          d.manager,
        ),
      );
      unwrap(await d.core.call('org.staff.update', { ...staffUpdateInput(person), status }, d.manager));
      const before = tableChecksum(d.core);
      const r = await d.core.call('service.create', ticketInput(person.id), d.salesA);
      expect(fieldKeys(r), status).toEqual({ handlerId: 'validation.handlerInactive' });
      expect(tableChecksum(d.core)).toBe(before);
    }
  });

  it('huge text: over the field limit is a field error, far over the call limit is TOO_LARGE', async () => {
    const before = tableChecksum(d.core);
    const long = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { content: '很'.repeat(20_001) }),
      d.salesA,
    );
    expect(errorOf(long).code).toBe('VALIDATION');
    expect(fieldKeys(long)).toEqual({ content: 'validation.tooLong' });
    const huge = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { content: '很'.repeat(400_000) }),
      d.salesA,
    );
    expect(errorOf(huge).code).toBe('TOO_LARGE');
    expect(tableChecksum(d.core)).toBe(before);
  });

  it('a phone that is no phone at all is a field error', async () => {
    const r = await d.core.call(
      'service.create',
      ticketInput(staffIdOf(d.salesA), { callerPhone: 'call me maybe' }),
      d.salesA,
    );
    expect(fieldKeys(r)).toEqual({ callerPhone: 'validation.phone' });
  });
});
