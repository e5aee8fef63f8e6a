import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../src/main/core/session';
import type { FloorPriceAudience } from '../../../src/shared/sales/settings';
import { unwrap } from '../../support/core';
import { makeProduct, makeQuote } from '../../support/quoteFlow';
import { clientOf, department, errorOf, setAudience, type Department } from './support';

let d: Department;
let productId: string;
/** Each person's own quote (below floor, so its line has a floor to strip). */
const quotes = new Map<string, string>();
type Who = 'manager' | 'salesA' | 'salesB' | 'salesLead' | 'marketC' | 'marketLead' | 'marketDeputy';
const WHO: Who[] = ['manager', 'salesA', 'salesB', 'salesLead', 'marketC', 'marketLead', 'marketDeputy'];
const session = (w: Who): Session => d[w];

beforeAll(async () => {
  d = await department();
  productId = (await makeProduct(d.core, d.manager)).id;
  for (const w of WHO)
    quotes.set(w, (await makeQuote(d.core, session(w), await clientOf(d, session(w)), productId, true)).id);
});
afterAll(async () => {
  await d.core.close();
});

/*
 * Whose quotes each reader sees, written out by hand (issue 11 §7, like client files): staff their own, a
 * lead their group's, a deputy their charge's (and their own), the manager all.
 */
const SEES: Record<Who, Who[]> = {
  manager: WHO,
  salesA: ['salesA'],
  salesB: ['salesB'],
  salesLead: ['salesA', 'salesB', 'salesLead'],
  marketC: ['marketC'],
  marketLead: ['marketC', 'marketLead', 'marketDeputy'],
  marketDeputy: ['marketC', 'marketLead', 'marketDeputy'],
};

describe('who sees which quotes', () => {
  it.each(WHO)('%s: the list, and each quote opened', async (reader) => {
    const listed = unwrap(await d.core.call('quotes.list', { pageSize: 500 }, session(reader))).items.map(
      (q) => q.id,
    );
    const expected = SEES[reader].map((w) => quotes.get(w)!);
    expect(listed.sort()).toEqual([...expected].sort());
    for (const w of WHO) {
      const r = await d.core.call('quotes.get', { id: quotes.get(w)! }, session(reader));
      if (SEES[reader].includes(w)) expect(r.ok).toBe(true);
      else expect(errorOf(r).code).toBe('NOT_FOUND');
    }
  });

  it('a quote out of sight cannot be sent, edited or printed either (NOT_FOUND)', async () => {
    const q = unwrap(await d.core.call('quotes.get', { id: quotes.get('salesA')! }, d.manager));
    expect(
      errorOf(await d.core.call('quotes.markSent', { id: q.id, version: q.version }, d.salesB)).code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await d.core.call('quotes.print', { id: q.id, locale: 'zh-CN' }, d.marketLead)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a quote for a client file the maker may not see is refused on the client field', async () => {
    const r = await d.core.call(
      'quotes.create',
      {
        clientId: await clientOf(d, d.marketC),
        opportunityId: null,
        quotedOn: '2026-05-11',
        validUntil: '2026-06-30',
        lines: [
          {
            productId: null,
            description: '实施服务',
            unit: '人天',
            quantity: 1,
            unitPriceFen: 100,
            discountPct: 0,
          },
        ],
        terms: null,
      },
      d.salesA,
    );
    expect(errorOf(r).fields).toEqual({ clientId: { key: 'validation.notFound' } });
  });
});

/*
 * Who sees floor prices, by the audience setting and role, written out by hand: the manager always; deputies
 * from 'deputies'; group leads from 'leads'; staff only with 'everyone'.
 */
const FLOOR_SEEN: Record<
  FloorPriceAudience,
  Record<'manager' | 'deputy' | 'group_lead' | 'staff', boolean>
> = {
  manager: { manager: true, deputy: false, group_lead: false, staff: false },
  deputies: { manager: true, deputy: true, group_lead: false, staff: false },
  leads: { manager: true, deputy: true, group_lead: true, staff: false },
  everyone: { manager: true, deputy: true, group_lead: true, staff: true },
};
const READERS: [Who, 'manager' | 'deputy' | 'group_lead' | 'staff'][] = [
  ['manager', 'manager'],
  ['marketDeputy', 'deputy'],
  ['marketLead', 'group_lead'],
  ['marketC', 'staff'],
];

describe('floor prices reach only the audience the manager chose', () => {
  for (const audience of ['manager', 'deputies', 'leads', 'everyone'] as const)
    it.each(READERS)(`audience ${audience}: %s (%s)`, async (who, role) => {
      await setAudience(d, audience);
      const sees = FLOOR_SEEN[audience][role];
      const products = unwrap(await d.core.call('pricing.products', { pageSize: 500 }, session(who)));
      expect(products.floorVisible).toBe(sees);
      const product = products.items.find((p) => p.id === productId)!;
      expect(product.floorPriceFen).toBe(sees ? 8_000 : null);
      expect(product.listPriceFen).toBe(10_000);

      const own = unwrap(await d.core.call('quotes.get', { id: quotes.get(who)! }, session(who)));
      expect(own.floorVisible).toBe(sees);
      expect(own.lines[0]!.floorPriceFen).toBe(sees ? 8_000 : null);
      // Whether a line is below floor is no secret: the salesperson must know it needs approval.
      expect(own.lines[0]!.belowFloor).toBe(true);
      const listed = unwrap(await d.core.call('quotes.list', { pageSize: 500 }, session(who))).items;
      for (const q of listed) for (const l of q.lines) expect(l.floorPriceFen).toBe(sees ? 8_000 : null);
    });

  it('the export has the floor column only for the audience', async () => {
    await setAudience(d, 'manager');
    const ExcelJS = (await import('exceljs')).default;
    const headers = async (who: Who) => {
      const file = unwrap(
        await d.core.call(
          'quotes.export',
          {
            search: null,
            statuses: [],
            clientId: null,
            from: null,
            to: null,
            sort: 'quotedOn',
            order: 'desc',
            locale: 'en-US',
          },
          session(who),
        ),
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
      const lines = book.worksheets[1]!;
      const cells: string[] = [];
      lines.getRow(1).eachCell((c) => cells.push(String(c.value)));
      const values: unknown[] = [];
      lines.eachRow((r, i) => {
        if (i > 1) r.eachCell((c) => values.push(c.value));
      });
      return { cells, values };
    };
    expect((await headers('manager')).cells).toContain('Floor price');
    const staff = await headers('marketC');
    expect(staff.cells).not.toContain('Floor price');
    expect(staff.values).not.toContain(80);
  });
});
