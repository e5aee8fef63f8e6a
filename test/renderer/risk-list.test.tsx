import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyRiskFilter } from '../../src/shared/risk/channels';
import { LEVEL_COLORS } from '../../src/shared/risk/levelColors';
import type { Risk } from '../../src/shared/risk/types';
import { useRisk } from '../../src/renderer/src/stores/riskStore';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { RISK_LOGGED_IN, STAFF_ID, aRisk, aRiskDetail, resetRiskScreens } from './riskFakes';

type Input = Record<string, unknown>;
const page = (items: Risk[]) => ok({ items, total: items.length, page: 1, pageSize: 20 });

const CRITICAL = aRisk({ title: '主要供应商停产', likelihood: 4, impact: 5, score: 20, level: 'critical' });
const UNASSESSED = aRisk({
  title: '合同条款存在漏洞',
  category: 'legal',
  likelihood: null,
  impact: null,
  score: null,
  level: null,
  status: 'identified',
  nextReviewOn: null,
  openActions: 2,
  overdueActions: 1,
});

describe('risk register list', { timeout: 60_000 }, () => {
  beforeEach(() => resetRiskScreens('#/risks'));

  it('sends scope, filters and sort to risk.list, colours levels and exports what it shows', async () => {
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'risk.list': () => page([CRITICAL, UNASSESSED]),
      'risk.export': () =>
        ok({ fileName: 'risks.xlsx', mimeType: 'application/octet-stream', bytes: new Uint8Array([1]) }),
    });
    const lists = () => calls.filter((c) => c.channel === 'risk.list').map((c) => c.input as Input);
    renderApp('zh-CN');

    expect(await screen.findByText('主要供应商停产', {}, { timeout: 10_000 })).toBeInTheDocument();
    // The manager's register opens on every risk, the highest score first.
    expect(lists()[0]).toEqual({
      ...emptyRiskFilter,
      scope: 'all',
      sortBy: 'score',
      sortDir: 'desc',
      page: 1,
      pageSize: 20,
    });

    const table = screen.getByTestId('risk-table');
    const critical = within(table).getByText('极高');
    expect(critical).toHaveStyle({
      background: LEVEL_COLORS.critical.fill,
      color: LEVEL_COLORS.critical.text,
    });
    expect(within(table).getByText('4 × 5 = 20')).toBeInTheDocument();
    expect(within(table).getByText('未评估')).toBeInTheDocument();
    expect(within(table).getByText('1 项逾期')).toBeInTheDocument();
    expect(within(table).getByText('法律风险')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('filter-review-due'));
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ reviewDue: true, page: 1 }));

    await userEvent.click(screen.getByTestId('risk-export'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'risk.export')).toBe(true));
    expect(calls.find((c) => c.channel === 'risk.export')!.input).toMatchObject({
      scope: 'all',
      reviewDue: true,
      sortBy: 'score',
      sortDir: 'desc',
      locale: 'zh-CN',
    });
  });

  it('tells an empty register from a filter that matches nothing', async () => {
    fakeMain({ ...RISK_LOGGED_IN, 'risk.list': () => page([]) });
    renderApp('en-US');
    expect(await screen.findByTestId('empty-nothing-yet', {}, { timeout: 10_000 })).toHaveTextContent(
      'No risks registered yet',
    );
    await userEvent.click(screen.getByTestId('filter-overdue-actions'));
    expect(await screen.findByTestId('empty-no-match')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('empty-clear-filters'));
    expect(await screen.findByTestId('empty-nothing-yet')).toBeInTheDocument();
  });

  it('identifies a risk: main’s field errors land on their fields, then the new risk opens', async () => {
    let refuse = true;
    const created = aRisk({ title: '汇率波动影响报价', category: 'market', status: 'assessed' });
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'risk.list': () => page([]),
      'risk.create': () => {
        if (!refuse) return ok(created);
        refuse = false;
        return {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: 'invalid',
            fields: {
              identifiedOn: { key: 'validation.dateFuture' },
              ownerId: { key: 'validation.staffLeft' },
            },
          },
        };
      },
      'risk.get': () => ok(aRiskDetail(created)),
    });
    renderApp('zh-CN');
    await userEvent.click(await screen.findByTestId('risk-new', {}, { timeout: 10_000 }));
    const form = await screen.findByTestId('risk-form');

    // Nothing goes to main without a title and a category.
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(within(form).getAllByText('必填')).toHaveLength(2));
    expect(calls.some((c) => c.channel === 'risk.create')).toBe(false);

    await userEvent.type(within(form).getByLabelText('风险名称'), '汇率波动影响报价');
    await userEvent.click(within(form).getByLabelText('类别'));
    await userEvent.click(await screen.findByTitle('市场风险'));

    // Likelihood alone is not enough: impact is asked for too.
    await userEvent.click(within(form).getByLabelText('可能性'));
    await userEvent.click(await screen.findByText('4 · 很可能'));
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(await within(form).findByText('请同时选择此项，或清除另一项')).toBeInTheDocument();
    await userEvent.click(within(form).getByLabelText('影响程度'));
    await userEvent.click(await screen.findByText('3 · 中等'));
    // The scale's description helps, and the score shows with its level before saving.
    expect(within(form).getByText('一年内可能发生')).toBeInTheDocument();
    expect(within(form).getByTestId('score-preview')).toHaveTextContent('可能性 4 × 影响 3 = 12高');

    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    // Main's two field errors land together, but antd may render them a tick apart.
    expect(await within(form).findByText('该员工已离职')).toBeInTheDocument();
    expect(await within(form).findByText('日期不能晚于今天')).toBeInTheDocument();
    const create = calls.find((c) => c.channel === 'risk.create')!.input as Input;
    expect(create).toMatchObject({
      title: '汇率波动影响报价',
      category: 'market',
      ownerId: '0190a0a0-0000-7000-8000-000000000002',
      clientId: null,
      likelihood: 4,
      impact: 3,
    });

    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByTestId('risk-detail-page')).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/risks/${created.id}`);
  });
});

describe('risk store', () => {
  beforeEach(() => resetRiskScreens('#/home'));

  it('reloads what is on screen when risks, actions, approvals or settings change', async () => {
    const risk = aRisk();
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'risk.list': () => page([risk]),
      'risk.get': () => ok(aRiskDetail(risk)),
      'risk.heatmap': () => ok({ current: [], earlier: null, compareTo: null, unassessed: 0 }),
      'risk.listActions': () => ok({ items: [], total: 0, page: 1, pageSize: 20 }),
      'risk.review': () => ok(risk),
      'settings.update': () => ok({ version: 2, settings: {} as never }),
    });
    const count = (ch: string) => calls.filter((c) => c.channel === ch).length;
    const s = useRisk.getState();
    await s.loadList();
    await s.loadDetail(risk.id);
    await s.loadHeatMap({ ownerId: STAFF_ID });
    await s.loadActions({ filter: { overdue: true } });
    expect([count('risk.list'), count('risk.get'), count('risk.heatmap'), count('risk.listActions')]).toEqual(
      [1, 1, 1, 1],
    );

    await useRisk.getState().review({ id: risk.id, version: 1, note: '情况稳定' });
    expect([count('risk.list'), count('risk.get'), count('risk.heatmap'), count('risk.listActions')]).toEqual(
      [2, 2, 2, 2],
    );
    // The filters on screen are kept on reload.
    expect(calls.filter((c) => c.channel === 'risk.heatmap').at(-1)!.input).toMatchObject({
      ownerId: STAFF_ID,
    });
    expect(calls.filter((c) => c.channel === 'risk.listActions').at(-1)!.input).toMatchObject({
      overdue: true,
    });
  });
});
