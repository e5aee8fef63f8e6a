import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Risk, RiskDetail } from '../../src/shared/risk/types';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { RISK_LOGGED_IN, STAFF_ID, aRisk, aRiskDetail, resetRiskScreens } from './riskFakes';

type Input = Record<string, unknown>;

const headerButtons = () =>
  within(screen.getByTestId('risk-moves'))
    .queryAllByRole('button')
    .map((b) => b.getAttribute('data-testid'));

/** main's risk: the test changes it as moves are made. */
function riskMain(first: RiskDetail) {
  let current = first;
  return {
    get: () => ok(current),
    set: (next: RiskDetail): ReturnType<typeof ok<Risk>> => {
      current = next;
      return ok(next.risk);
    },
  };
}

const refusal = (fields: Record<string, string>) => ({
  ok: false as const,
  error: {
    code: 'VALIDATION' as const,
    message: 'invalid',
    fields: Object.fromEntries(Object.entries(fields).map(([f, key]) => [f, { key }])),
  },
});

describe('a risk', { timeout: 60_000 }, () => {
  let risk: Risk;
  beforeEach(() => {
    risk = aRisk();
    resetRiskScreens(`#/risks/${risk.id}`);
  });

  it('offers only the moves main allows', async () => {
    const detail = aRiskDetail(aRisk({ ...risk, status: 'responding', strategy: 'reduce' }), {
      allowed: {
        edit: false,
        assess: true,
        respond: true,
        moves: ['monitoring', 'closed'],
        reopen: false,
        review: false,
        addAction: true,
      },
    });
    fakeMain({ ...RISK_LOGGED_IN, 'risk.get': () => ok(detail) });
    renderApp('en-US');
    await screen.findByTestId('risk-header', {}, { timeout: 10_000 });
    expect(headerButtons()).toEqual(['move-assess', 'move-respond', 'move-monitoring', 'move-closed']);
  });

  it('offers nothing but reopening on a closed risk the user may reopen', async () => {
    const closed = aRiskDetail(aRisk({ ...risk, status: 'closed', closedAt: '2026-04-01T02:00:00.000Z' }), {
      allowed: {
        edit: false,
        assess: false,
        respond: false,
        moves: [],
        reopen: true,
        review: false,
        addAction: false,
      },
    });
    fakeMain({ ...RISK_LOGGED_IN, 'risk.get': () => ok(closed) });
    renderApp('zh-CN');
    await screen.findByTestId('risk-header', {}, { timeout: 10_000 });
    expect(headerButtons()).toEqual(['move-reopen']);
    // Read-only tabs: no forms to assess or respond, no action buttons.
    await userEvent.click(screen.getByRole('tab', { name: /评估/ }));
    expect(screen.queryByTestId('assess-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('score-chart')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /应对/ }));
    expect(screen.queryByTestId('respond-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('risk-action-new')).not.toBeInTheDocument();
  });

  it('sends accepting a high risk to the manager only with a reason, and shows it awaits approval', async () => {
    const main = riskMain(
      aRiskDetail(risk, { allowed: { ...aRiskDetail(risk).allowed, moves: ['closed'] } }),
    );
    let refuse = true;
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'auth.me': () =>
        ok({
          userId: '0190a0a0-0000-7000-8000-000000000031',
          staffId: STAFF_ID,
          username: 'chen',
          displayName: '陈静',
          role: 'staff' as const,
          groupId: null,
          chargeGroupIds: [],
          mustChangePassword: false,
        }),
      'risk.get': main.get,
      'risk.respond': (input) => {
        if (refuse) {
          refuse = false;
          return refusal({ acceptanceReason: 'validation.invalid' });
        }
        const i = input as Input;
        const next = aRisk({
          ...risk,
          status: 'responding',
          strategy: 'accept',
          acceptance: 'pending',
          acceptanceReason: i.acceptanceReason as string,
          version: 2,
        });
        return main.set(
          aRiskDetail(next, {
            events: [
              ...aRiskDetail(risk).events,
              {
                id: 'e2',
                kind: 'acceptanceRequested',
                at: '2026-03-05T02:00:00.000Z',
                fromStatus: 'assessed',
                toStatus: 'responding',
                note: i.acceptanceReason as string,
                actorName: '陈静',
              },
            ],
          }),
        );
      },
    });
    renderApp('zh-CN');
    await screen.findByTestId('risk-header', {}, { timeout: 10_000 });
    await userEvent.click(screen.getByTestId('move-respond'));
    const form = await screen.findByTestId('respond-form');
    await userEvent.click(within(form).getByText('风险接受'));

    // Where it goes is said before it is sent, and a reason is asked for.
    expect(within(form).getByTestId('respond-approval-note')).toHaveTextContent('须经经理批准');
    await userEvent.click(within(form).getByTestId('respond-save'));
    expect(await within(form).findByText('必填')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'risk.respond')).toBe(false);

    await userEvent.type(within(form).getByLabelText('接受理由'), '金额小');
    await userEvent.click(within(form).getByTestId('respond-save'));
    // main's refusal lands on the reason.
    expect(await within(form).findByText('无效的值')).toBeInTheDocument();

    await userEvent.type(within(form).getByLabelText('接受理由'), '，且客户已提供担保');
    await userEvent.click(within(form).getByTestId('respond-save'));
    await waitFor(() =>
      expect(within(screen.getByTestId('risk-header')).getByTestId('risk-acceptance')).toHaveAttribute(
        'data-acceptance',
        'pending',
      ),
    );
    expect(calls.filter((c) => c.channel === 'risk.respond').at(-1)!.input).toEqual({
      id: risk.id,
      version: 1,
      strategy: 'accept',
      responsePlan: null,
      acceptanceReason: '金额小，且客户已提供担保',
    });
    await userEvent.click(screen.getByRole('tab', { name: '概况' }));
    const notice = within(screen.getByRole('tabpanel', { name: '概况' })).getByTestId('acceptance-notice');
    expect(notice).toHaveTextContent('正在等待经理审批');
    expect(notice).toHaveTextContent('由陈静于');
  });

  it('names everything that keeps a risk from monitoring at once, and closes only with a note', async () => {
    const responding = aRiskDetail(aRisk({ ...risk, status: 'responding', strategy: 'reduce' }), {
      allowed: { ...aRiskDetail(risk).allowed, moves: ['monitoring', 'closed'] },
    });
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'risk.get': () => ok(responding),
      'risk.move': (input) =>
        (input as Input).to === 'monitoring'
          ? refusal({ to: 'validation.actionsOpen', strategy: 'validation.actionsMissing' })
          : ok(responding.risk),
    });
    renderApp('zh-CN');
    await screen.findByTestId('risk-header', {}, { timeout: 10_000 });

    await userEvent.click(screen.getByTestId('move-monitoring'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '转入监控' }));
    const problems = await within(dialog).findByTestId('step-problems');
    expect(problems).toHaveTextContent('还有未完成的处理措施');
    expect(problems).toHaveTextContent('请先添加至少一项处理措施');
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(screen.getByTestId('move-closed'));
    const close = await screen.findByRole('dialog');
    await userEvent.click(within(close).getByRole('button', { name: '关闭风险' }));
    expect(await within(close).findByText('必填')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'risk.move')).toHaveLength(1);
    await userEvent.type(within(close).getByLabelText('关闭原因'), '客户已结清欠款');
    await userEvent.click(within(close).getByRole('button', { name: '关闭风险' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'risk.move').at(-1)!.input).toEqual({
        id: risk.id,
        version: 1,
        to: 'closed',
        note: '客户已结清欠款',
      }),
    );
  });

  it('reassesses only with a reason and shows the history with who, when and why', async () => {
    const detail = aRiskDetail(risk, {
      assessments: [
        {
          id: 'a1',
          likelihood: 4,
          impact: 4,
          score: 16,
          level: 'high',
          reason: null,
          assessedAt: '2026-03-02T02:00:00.000Z',
          assessedByName: '王经理',
        },
        {
          id: 'a2',
          likelihood: 2,
          impact: 4,
          score: 8,
          level: 'medium',
          reason: '客户已支付两张逾期发票',
          assessedAt: '2026-04-02T02:00:00.000Z',
          assessedByName: '陈静',
        },
      ],
    });
    const { calls } = fakeMain({
      ...RISK_LOGGED_IN,
      'risk.get': () => ok(detail),
      'risk.assess': () => ok(risk),
    });
    renderApp('zh-CN');
    await screen.findByTestId('risk-header', {}, { timeout: 10_000 });
    await userEvent.click(screen.getByTestId('move-assess'));
    const table = await screen.findByTestId('assessments-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('陈静');
    expect(rows[0]).toHaveTextContent('客户已支付两张逾期发票');
    expect(rows[1]).toHaveTextContent('首次评估');
    expect(screen.getByTestId('score-chart')).toBeInTheDocument();

    const form = screen.getByTestId('assess-form');
    await userEvent.click(within(form).getByTestId('assess-save'));
    expect(await within(form).findByText('必填')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'risk.assess')).toBe(false);
    await userEvent.type(within(form).getByLabelText('情况发生变化的原因'), '新增担保');
    await userEvent.click(within(form).getByTestId('assess-save'));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'risk.assess')!.input).toEqual({
        id: risk.id,
        version: 1,
        likelihood: 4,
        impact: 4,
        reason: '新增担保',
      }),
    );
  });
});
