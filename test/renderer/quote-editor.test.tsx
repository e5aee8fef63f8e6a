import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Product, Quote } from '../../src/shared/pricing/types';
import { useQuotes } from '../../src/renderer/src/stores/quotesStore';
import { useSession } from '../../src/renderer/src/stores/sessionStore';
import { MANAGER_USER, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { SERVICE_LOGGED_IN, resetServiceScreens } from './serviceFakes';

const PRODUCT: Product = {
  id: '0190a0a0-0000-7000-8000-300000000001',
  code: 'WMS-01',
  nameZh: '仓储管理系统',
  nameEn: 'Warehouse management system',
  kind: 'product',
  unit: '套',
  listPriceFen: 50_000,
  floorPriceFen: 40_000,
  validFrom: '2026-01-01',
  validTo: null,
  active: true,
  version: 1,
};

function aQuote(over: Partial<Quote> = {}): Quote {
  return {
    id: '0190a0a0-0000-7000-8000-400000000001',
    code: 'BJ-2026-0001',
    clientId: '0190a0a0-0000-7000-8000-100000000001',
    clientName: '华东精密机械有限公司',
    clientCode: 'KH-2026-00001',
    opportunityId: null,
    opportunityCode: null,
    opportunityTitle: null,
    ownerId: MANAGER_USER.staffId,
    ownerName: '王经理',
    groupName: null,
    groupNameEn: null,
    status: 'draft',
    quotedOn: '2026-11-27',
    validUntil: '2026-12-27',
    lines: [
      {
        productId: PRODUCT.id,
        productCode: PRODUCT.code,
        description: '仓储管理系统',
        unit: '套',
        quantity: 2,
        unitPriceFen: 50_000,
        discountPct: 0,
        amountFen: 100_000,
        floorPriceFen: 40_000,
        belowFloor: false,
      },
    ],
    totalFen: 100_000,
    terms: null,
    belowFloor: false,
    approvalId: null,
    floorReason: null,
    decidedByName: null,
    decidedAt: null,
    decisionComment: null,
    floorVisible: true,
    createdAt: '2026-11-27T02:00:00.000Z',
    version: 1,
    ...over,
  };
}

/** The channels the editor calls: the quote, the products on offer (floors shown or not), the client picker. */
function editorMain(quote: Quote, floorVisible: boolean, update?: (input: unknown) => unknown) {
  return {
    ...SERVICE_LOGGED_IN,
    'quotes.get': () => ok(quote),
    'pricing.products': () =>
      ok({
        items: [{ ...PRODUCT, floorPriceFen: floorVisible ? PRODUCT.floorPriceFen : null }],
        total: 1,
        page: 1,
        pageSize: 500,
        floorVisible,
      }),
    'clients.list': () => ok({ rows: [], total: 0, page: 1, pageSize: 20 }),
    'quotes.opportunities': () => ok([]),
    ...(update ? { 'quotes.update': update } : {}),
  } as Parameters<typeof fakeMain>[0];
}

const numberIn = (testId: string) =>
  (screen.getByTestId(testId).querySelector('input') ?? screen.getByTestId(testId)) as HTMLInputElement;

async function retype(testId: string, value: string) {
  await userEvent.clear(numberIn(testId));
  await userEvent.type(numberIn(testId), value);
}

describe('the quote editor', { timeout: 60_000 }, () => {
  beforeEach(() => {
    useQuotes.setState(useQuotes.getInitialState(), true);
    resetServiceScreens(`#/quotes/${aQuote().id}`);
  });

  it('totals the lines and flags one below its floor as it is typed', async () => {
    fakeMain(editorMain(aQuote(), true));
    renderApp('zh-CN');

    await screen.findByTestId('quote-form', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByTestId('quote-total')).toHaveTextContent('¥1,000.00'));
    expect(screen.queryByTestId('line-0-below-floor')).toBeNull();
    // The saved client reads by name even when the picker's first search does not bring it.
    expect(screen.getByTestId('quote-client')).toHaveTextContent('华东精密机械有限公司 · KH-2026-00001');

    // 30 % off ¥500.00 is ¥350.00 a unit, below the ¥400.00 floor.
    await retype('line-0-discount', '30');
    await waitFor(() => expect(screen.getByTestId('line-0-amount')).toHaveTextContent('¥700.00'));
    expect(screen.getByTestId('quote-total')).toHaveTextContent('¥700.00');
    expect(screen.getByTestId('line-0-below-floor')).toHaveTextContent('低于底价 ¥400.00，需审批');

    // 20 % off is ¥400.00: at the floor, not below it.
    await retype('line-0-discount', '20');
    await waitFor(() => expect(screen.queryByTestId('line-0-below-floor')).toBeNull());
    expect(screen.getByTestId('quote-total')).toHaveTextContent('¥800.00');

    // A second, free line adds to the total.
    await userEvent.click(screen.getByTestId('quote-add-line'));
    await userEvent.type(await screen.findByTestId('line-1-description'), '安装调试服务');
    await retype('line-1-price', '120.5');
    await waitFor(() => expect(screen.getByTestId('quote-total')).toHaveTextContent('¥920.50'));
  });

  it('keeps the saved flag for a reader who does not see floors, until the line changes', async () => {
    const saved = aQuote({ floorVisible: false, belowFloor: true, totalFen: 70_000 });
    saved.lines = [
      { ...saved.lines[0]!, discountPct: 30, amountFen: 70_000, floorPriceFen: null, belowFloor: true },
    ];
    fakeMain(editorMain(saved, false));
    renderApp('zh-CN');
    useSession.setState({ user: { ...MANAGER_USER, role: 'staff' } });

    await screen.findByTestId('quote-form', {}, { timeout: 10_000 });
    expect(await screen.findByTestId('line-0-below-floor')).toHaveTextContent('低于底价，需审批');
    expect(screen.getByTestId('quote-approval')).toHaveTextContent('有报价行低于底价');
    expect(screen.getByTestId('quote-submit')).toBeInTheDocument();

    await retype('line-0-discount', '0');
    await waitFor(() => expect(screen.queryByTestId('line-0-below-floor')).toBeNull());
    // Unsaved changes: what is asked for must be saved first.
    expect(screen.getByTestId('quote-submit')).toBeDisabled();
  });

  it("shows main's refusal of a negative quantity under that cell, in the screen's language", async () => {
    const { calls } = fakeMain(
      editorMain(aQuote(), true, () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'lines.0.quantity: invalid',
          fields: { 'lines.0.quantity': { key: 'validation.quoteQuantity' } },
        },
      })),
    );
    renderApp('zh-CN');

    await screen.findByTestId('quote-form', {}, { timeout: 10_000 });
    await retype('line-0-quantity', '-1');
    await userEvent.click(screen.getByTestId('quote-save'));
    const lines = screen.getByTestId('quote-lines');
    expect(await within(lines).findByText('数量必须大于零')).toBeInTheDocument();
    expect(screen.getByText('输入有误，请检查标出的字段。')).toBeInTheDocument();
    const sent = calls.find((c) => c.channel === 'quotes.update')!.input as { lines: { quantity: number }[] };
    expect(sent.lines[0]!.quantity).toBe(-1);
  });
});
