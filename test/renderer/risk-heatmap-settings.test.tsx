import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEVEL_MATRIX } from '../../src/shared/risk/settings';
import { DEFAULT_SETTINGS, type OrgSettings } from '../../src/shared/settings/types';
import { useRisk } from '../../src/renderer/src/stores/riskStore';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { RISK_LOGGED_IN, aRisk, resetRiskScreens } from './riskFakes';

type Input = Record<string, unknown>;

const cell = (likelihood: number, impact: number) =>
  screen
    .getByTestId('heatmap-current')
    .querySelector(`[data-likelihood="${likelihood}"][data-impact="${impact}"]`) as HTMLElement;

describe('risk heat map', { timeout: 60_000 }, () => {
  beforeEach(() => resetRiskScreens('#/risks/heatmap'));

  it('counts risks per cell in the matrix’s colours, lists a cell’s risks and compares with an earlier day', async () => {
    const risk = aRisk({ title: '主要供应商停产', likelihood: 4, impact: 5, score: 20, level: 'critical' });
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'risk.heatmap': (input) =>
        ok({
          current: [
            { likelihood: 4, impact: 5, count: 1 },
            { likelihood: 2, impact: 2, count: 3 },
          ],
          earlier: (input as Input).compareTo ? [{ likelihood: 5, impact: 5, count: 2 }] : null,
          compareTo: ((input as Input).compareTo as string | null) ?? null,
          unassessed: 2,
        }),
      'risk.heatmapCell': () => ok([risk]),
    });
    renderApp('zh-CN');
    await screen.findByTestId('heatmap-current', {}, { timeout: 10_000 });

    expect(cell(4, 5)).toHaveAttribute('data-count', '1');
    expect(cell(4, 5)).toHaveAttribute('data-level', 'critical');
    expect(cell(2, 2)).toHaveTextContent('3');
    expect(cell(2, 2)).toHaveAttribute('data-level', 'low');
    expect(cell(1, 1)).toBeDisabled();
    // Likelihood 5 is the top row, impact 1 the first column.
    const cells = within(screen.getByTestId('heatmap-current')).getAllByTestId('heat-cell');
    expect([cells[0]!.dataset.likelihood, cells[0]!.dataset.impact]).toEqual(['5', '1']);
    expect(screen.getByTestId('heatmap-total')).toHaveTextContent('4 项风险');
    expect(screen.getByTestId('heatmap-unassessed')).toHaveTextContent('2 项未关闭风险尚未评估');

    await userEvent.click(cell(4, 5));
    const drawer = await screen.findByTestId('heat-cell-drawer');
    expect(await within(drawer).findByText('主要供应商停产')).toBeInTheDocument();
    expect(within(drawer).getByRole('link')).toHaveAttribute('href', `#/risks/${risk.id}`);
    expect(calls.find((c) => c.channel === 'risk.heatmapCell')!.input).toEqual({
      categories: [],
      ownerId: null,
      likelihood: 4,
      impact: 5,
      asOf: null,
    });

    // Side by side with the end of an earlier day; a click there lists that day's risks.
    await useRisk.getState().loadHeatMap({ compareTo: '2026-01-31' });
    const earlier = await screen.findByTestId('heatmap-earlier');
    expect(screen.getByText('截至 2026年1月31日')).toBeInTheDocument();
    expect(earlier.querySelector('[data-likelihood="5"][data-impact="5"]')).toHaveAttribute(
      'data-count',
      '2',
    );
    expect(cell(4, 5)).toHaveAttribute('data-count', '1');
    await userEvent.click(earlier.querySelector('[data-likelihood="5"][data-impact="5"]') as HTMLElement);
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'risk.heatmapCell').at(-1)!.input).toMatchObject({
        likelihood: 5,
        impact: 5,
        asOf: '2026-01-31',
      }),
    );
  });
});

describe('risk management settings', { timeout: 60_000 }, () => {
  beforeEach(() => resetRiskScreens('#/settings'));

  it('changes a cell of the level matrix, resets it, and saves the risk settings with the rest', async () => {
    let saved: OrgSettings | null = null;
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'backup.list': () => ok([]),
      'calendar.year': () => ok({ year: 2026, packageCovers: true, managerDays: [], exceptions: [] }),
      'settings.update': (input) => {
        saved = (input as { settings: OrgSettings }).settings;
        return ok({ version: 2, settings: saved });
      },
    });
    renderApp('en-US');
    const card = await screen.findByTestId('risk-settings', {}, { timeout: 10_000 });
    const matrix = await within(card).findByTestId('level-matrix');
    const c55 = () => matrix.querySelector('[data-likelihood="1"][data-impact="5"]') as HTMLElement;
    expect(c55()).toHaveAttribute('data-level', 'medium');
    expect(within(matrix).getByTestId('matrix-reset')).toBeDisabled();

    await userEvent.click(c55());
    await userEvent.click(await screen.findByRole('menuitem', { name: 'High' }));
    expect(c55()).toHaveAttribute('data-level', 'high');
    expect(within(matrix).getByTestId('matrix-reset')).toBeEnabled();

    await userEvent.click(within(card).getByTestId('risk-settings-save'));
    await waitFor(() => expect(saved).not.toBeNull());
    const expected = DEFAULT_LEVEL_MATRIX.map((row) => [...row]);
    expected[0]![4] = 'high';
    expect(saved!.riskLevelMatrix).toEqual(expected);
    // The other cards' settings go back as they were.
    expect(saved!.serviceCategories).toEqual(DEFAULT_SETTINGS.serviceCategories);
    expect(saved!.riskReviewDays).toEqual(DEFAULT_SETTINGS.riskReviewDays);

    await userEvent.click(within(matrix).getByTestId('matrix-reset'));
    expect(c55()).toHaveAttribute('data-level', 'medium');
    expect(calls.filter((c) => c.channel === 'settings.update')).toHaveLength(1);
  });
});
