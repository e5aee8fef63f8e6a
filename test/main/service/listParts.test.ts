import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { TicketScope } from '../../../src/shared/service/types';
import { unwrap } from '../../support/core';
import { walkTo } from '../../support/ticketFlow';
import { department, listedIds, newTicket, staffIdOf, type Department } from './support';

/*
 * The list's totals, pages and visibility however the list is read: a person's own tickets (handled,
 * registered, of their files) read part by part, a team's or everyone's counted from the tally, search hits.
 */

let d: Department;
let aClientId: string;

beforeAll(async () => {
  d = await department();
  const a = staffIdOf(d.salesA);
  const c = staffIdOf(d.marketC);
  aClientId = unwrap(await d.core.call('clients.create', { name: '甲方物流有限公司' }, d.salesA)).id;
  // salesA handles some, registered others for marketC, owns the file of others handled in market.
  await newTicket(d.core, d.salesA, a, { content: '到货延误三天' });
  await newTicket(d.core, d.salesA, a, { kind: 'inquiry', category: 'billing', content: '询问发票' });
  await newTicket(d.core, d.salesA, c, { category: 'delivery', severity: 'critical' });
  await newTicket(d.core, d.manager, c, { clientId: aClientId, callerName: null, content: '客户要求退货' });
  const closed = await newTicket(d.core, d.salesA, a, { clientId: aClientId, callerName: null });
  await walkTo(d.core, d.salesA, closed, 'closed');
  await newTicket(d.core, d.marketC, c, { category: 'delivery', content: '退货后仍未退款' });
  await newTicket(d.core, d.salesB, staffIdOf(d.salesB), { kind: 'inquiry', category: 'other' });
  await newTicket(d.core, d.salesLead, staffIdOf(d.salesLead), { severity: 'critical' });
});
afterAll(async () => {
  await d.core.close();
});

const FILTERS: Partial<ChannelInput<'service.list'>>[] = [
  {},
  { kinds: ['complaint'] },
  { statuses: ['closed'] },
  { openOnly: true },
  { categories: ['delivery', 'billing'] },
  { severities: ['critical'] },
  { kinds: ['complaint'], severities: ['major'], openOnly: true },
  { overdue: true },
  { from: '2026-11-26', to: '2026-11-26' },
  { search: '退货' },
  { search: '延误三天' },
];
const WHO: [string, () => Session][] = [
  ['staff', () => d.salesA],
  ['lead', () => d.salesLead],
  ['deputy', () => d.marketDeputy],
  ['manager', () => d.manager],
];

describe('totals and pages agree with the rows, however the list is read', () => {
  it.each(WHO)('%s: every scope and filter', async (_name, who) => {
    for (const scope of ['mine', 'group', 'all'] as TicketScope[])
      for (const filter of FILTERS) {
        const input = { scope, pageSize: 500, ...filter };
        const whole = unwrap(await d.core.call('service.list', input, who()));
        expect(whole.total, JSON.stringify(input)).toBe(whole.rows.length);
        // Page by page, two at a time: the same rows in the same order, none twice.
        const paged: string[] = [];
        for (let page = 1; page <= Math.ceil(whole.total / 2); page++) {
          const p = unwrap(await d.core.call('service.list', { ...input, page, pageSize: 2 }, who()));
          expect(p.total).toBe(whole.total);
          paged.push(...p.rows.map((r) => r.id));
        }
        expect(paged, JSON.stringify(input)).toEqual(whole.rows.map((r) => r.id));
      }
  });
});

describe('the tickets of a client file follow the file', () => {
  it('when the file changes hands, its tickets leave the old owner’s list and join the new one’s', async () => {
    const ofTheFile = async (who: Session) =>
      (await listedIds(d.core, who, { scope: 'all' })).filter((id) => handledElsewhere.includes(id));
    const handledElsewhere = unwrap(
      await d.core.call('service.list', { scope: 'all', clientId: aClientId, pageSize: 50 }, d.manager),
    )
      .rows.filter((r) => r.handlerId !== staffIdOf(d.salesA))
      .map((r) => r.id);
    expect(handledElsewhere).toHaveLength(1);
    expect(await ofTheFile(d.salesA)).toEqual(handledElsewhere);
    expect(await ofTheFile(d.salesB)).toEqual([]);

    unwrap(
      await d.core.call('clients.reassign', { ids: [aClientId], ownerId: staffIdOf(d.salesB) }, d.manager),
    );
    expect(await ofTheFile(d.salesA)).toEqual([]);
    expect(await ofTheFile(d.salesB)).toEqual(handledElsewhere);
    const page = unwrap(await d.core.call('service.list', { scope: 'all', pageSize: 50 }, d.salesB));
    expect(page.total).toBe(page.rows.length);
  });
});

describe('search by two characters', () => {
  it('finds them anywhere in the text, the very end included', async () => {
    const found = unwrap(
      await d.core.call('service.list', { scope: 'all', search: '退货', pageSize: 50 }, d.manager),
    ).rows.map((r) => r.summary);
    expect(found.sort()).toEqual(['客户要求退货', '退货后仍未退款']);
  });
});
