import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useServiceStats } from '../../src/renderer/src/stores/serviceStatsStore';
import type { ServiceStats } from '../../src/shared/service/stats';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/types';
import { LOGGED_IN } from './clientsFakes';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

const figures = (total: number, pct: number | null) => ({
  total,
  responseSla: { due: total, met: Math.round(((pct ?? 0) * total) / 100), pct },
  resolutionSla: { due: total, met: total, pct: total ? 100 : null },
  toResponse: { n: total, meanHours: 2.5, medianHours: 2 },
  toResolution: { n: total, meanHours: 40.5, medianHours: 36 },
  satisfaction: { n: 3, meanScore: 3.67, satisfiedPct: 66.7 },
  reopened: 1,
});

function stats(kind: ServiceStats['kind'], from: string, to: string): ServiceStats {
  return {
    kind,
    period: { from, to },
    previousPeriod: { from: '2026-08-31', to: '2026-09-30' },
    current: figures(7, 57.1),
    previous: { ...figures(3, 33.3), reopened: 0 },
    byCategory: [
      { key: 'product_quality', count: 3, previous: 1 },
      { key: 'delivery', count: 2, previous: 1 },
      { key: 'billing', count: 2, previous: 1 },
    ],
    byChannel: [{ key: 'hotline', count: 7, previous: 3 }],
    byDepartment: [{ key: 'unassigned', count: 7, previous: 3 }],
    byMonth: [{ month: '2026-10', count: 7 }],
    pareto: [
      { key: 'product_quality', count: 3, share: 42.9, cumulative: 42.9 },
      { key: 'delivery', count: 2, share: 28.6, cumulative: 71.4 },
      { key: 'billing', count: 2, share: 28.6, cumulative: 100 },
    ],
  };
}

describe('the statistics page', { timeout: 60_000 }, () => {
  beforeEach(() => {
    useServiceStats.setState(useServiceStats.getInitialState(), true);
    window.location.hash = '#/service/stats';
  });

  it('shows the figures against the previous period, switches kind and period, opens a measure, prints', async () => {
    const { calls, transport } = fakeMain({
      ...LOGGED_IN,
      'settings.get': () => ok({ settings: DEFAULT_SETTINGS, version: 1 }),
      'service.stats': (input) => {
        const i = input as { kind: ServiceStats['kind']; from: string; to: string };
        return ok(stats(i.kind, i.from, i.to));
      },
      'service.analysisReport': () =>
        ok({ fileName: '投诉分析报告.pdf', mime: 'application/pdf', bytes: new Uint8Array([37]) }),
    });
    renderApp('zh-CN');

    const total = await screen.findByTestId('figure-total', {}, { timeout: 20_000 });
    expect(total).toHaveTextContent('投诉数');
    expect(total).toHaveTextContent('7');
    expect(total).toHaveTextContent('上期 3');
    expect(total).toHaveTextContent('+4（+133.3%）');
    expect(screen.getByTestId('figure-responseSla')).toHaveTextContent('57.1%');
    expect(screen.getByTestId('figure-responseSla')).toHaveTextContent('+23.8 个百分点');
    expect(screen.getByTestId('figure-toResolutionMedian')).toHaveTextContent('36 小时');
    expect(screen.getByTestId('stats-period-text')).toHaveTextContent(
      '对比上期 2026年8月31日 至 2026年9月30日',
    );
    // Names from the settings list and the translations, not keys.
    expect(screen.getByTestId('stats-categories')).toHaveTextContent('产品质量');
    expect(screen.getByTestId('stats-departments')).toHaveTextContent('未确定');
    expect(screen.getByTestId('stats-channels')).toHaveTextContent('热线电话');
    // The first load: complaints of this month so far.
    const first = calls.find((c) => c.channel === 'service.stats')!.input as Record<string, string>;
    expect(first.kind).toBe('complaint');
    expect(first.from).toMatch(/^\d{4}-\d{2}-01$/);

    await userEvent.click(within(screen.getByTestId('stats-kind')).getByText('咨询'));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'service.stats').at(-1)!.input).toMatchObject({
        kind: 'inquiry',
      }),
    );
    expect(await screen.findByText('咨询数')).toBeInTheDocument();
    await userEvent.click(within(screen.getByTestId('stats-kind')).getByText('投诉'));

    await userEvent.click(
      screen.getByTestId('stats-period').querySelector('.ant-select-selector, .ant-select-content') ??
        screen.getByTestId('stats-period'),
    );
    await userEvent.click(await screen.findByText('去年'));
    await waitFor(() => {
      const last = calls.filter((c) => c.channel === 'service.stats').at(-1)!.input as Record<string, string>;
      expect(last.from).toMatch(/^\d{4}-01-01$/);
      expect(last.to).toMatch(/^\d{4}-12-31$/);
    });

    await userEvent.click(screen.getByTestId('stats-print'));
    await waitFor(() => expect(transport.saveFile).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'service.analysisReport')!.input).toMatchObject({
      locale: 'zh-CN',
    });

    await userEvent.click(screen.getByTestId('new-measure-delivery'));
    await waitFor(() =>
      expect(window.location.hash).toBe('#/improvements/new?category=delivery&source=statistics'),
    );
  });
});
