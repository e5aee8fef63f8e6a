import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useImprovements } from '../../src/renderer/src/stores/improvementStore';
import type { ImprovementMeasure } from '../../src/shared/improvement/types';
import type { TicketDetail, TicketRow } from '../../src/shared/service/types';
import type { Staff } from '../../src/shared/org/types';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/types';
import { LOGGED_IN } from './clientsFakes';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

const TICKET_ID = '0190a0a0-0000-7000-8000-000000000777';
/** What the picker and the form read of a complaint (the rest of a ticket is not shown there). */
const aTicket = (
  id: string,
  code: string,
  summary: string,
  clientName: string | null = null,
  category = 'delivery',
) => ({ id, code, summary, clientName, category }) as TicketRow & TicketDetail;

const person = (n: number, name: string, status: Staff['status'] = 'active'): Staff => ({
  id: `0190a0a0-0000-7000-8000-00000000010${n}`,
  employeeNo: `KF00${n}`,
  name,
  position: null,
  groupId: null,
  groupName: null,
  groupNameEn: null,
  supervisorId: null,
  supervisorName: null,
  hireDate: null,
  status,
  phone: null,
  email: null,
  chargeGroupIds: [],
  account: null,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 1,
});
const LI = person(1, '李娜');
const AWAY = person(2, '周休', 'on_leave');

const aMeasure = (over: Partial<ImprovementMeasure> = {}): ImprovementMeasure => ({
  id: '0190a0a0-0000-7000-8000-000000000500',
  code: 'GJ-20261127-001',
  title: '发货前增加包装抽检',
  description: null,
  source: 'statistics',
  sourceTicketId: null,
  sourceTicketCode: null,
  causeCategory: 'delivery',
  ownerId: LI.id,
  ownerName: LI.name,
  groupId: null,
  dueDate: '2026-12-31',
  status: 'planned',
  effectiveFrom: null,
  resultNote: null,
  completedAt: null,
  effect: null,
  overdue: false,
  createdAt: '2026-11-27T02:00:00.000Z',
  updatedAt: '2026-11-27T02:00:00.000Z',
  version: 1,
  ...over,
});

const SCREEN = {
  ...LOGGED_IN,
  'org.staff.list': () => ok([LI, AWAY]),
  'settings.get': () => ok({ settings: DEFAULT_SETTINGS, version: 1 }),
};

const form = () => within(screen.getByTestId('measure-form'));
const fieldOf = (label: string) => form().getByLabelText(label).closest('.ant-form-item') as HTMLElement;
const selectIn = (testId: string) => within(screen.getByTestId(testId)).getByRole('combobox');

async function openForm(hash: string, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  useImprovements.setState(useImprovements.getInitialState(), true);
  window.location.hash = hash;
  renderApp(locale);
  return screen.findByTestId('measure-form', {}, { timeout: 10_000 });
}

describe('the improvement measure form', { timeout: 40_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('opened from the statistics: the category is filled in; required fields are asked for before sending', async () => {
    const { calls } = fakeMain(SCREEN);
    await openForm('#/improvements/new?category=delivery&source=statistics');
    await waitFor(() => expect(screen.getByTestId('measure-category')).toHaveTextContent('交付配送'));
    expect(screen.getByTestId('measure-source')).toHaveTextContent('投诉统计');

    await userEvent.click(screen.getByTestId('measure-save'));
    expect(await within(fieldOf('措施')).findByText('必填')).toBeInTheDocument();
    expect(within(fieldOf('负责人')).getByText('必填')).toBeInTheDocument();
    expect(within(fieldOf('完成期限')).getByText('必填')).toBeInTheDocument();
    expect(within(fieldOf('原因类别')).queryByText('必填')).toBeNull();
    expect(calls.some((c) => c.channel === 'improvement.create')).toBe(false);
  });

  it('only people at work are offered as owners', async () => {
    fakeMain(SCREEN);
    await openForm('#/improvements/new');
    await userEvent.click(selectIn('measure-owner'));
    await waitFor(() =>
      expect([...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent)).toEqual([
        '李娜 (KF001)',
      ]),
    );
  });

  it('puts main’s refusals under their fields: a retired category and an owner on leave', async () => {
    const m = aMeasure();
    const { calls } = fakeMain({
      ...SCREEN,
      'improvement.get': () => ok(m),
      'improvement.update': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'causeCategory: validation.unknownCategory',
          fields: {
            causeCategory: { key: 'validation.unknownCategory' },
            ownerId: { key: 'validation.staffOnLeave' },
          },
        },
      }),
    });
    await openForm(`#/improvements/${m.id}/edit`);
    await waitFor(() => expect(form().getByLabelText('措施')).toHaveValue('发货前增加包装抽检'));
    await userEvent.click(selectIn('measure-category'));
    await userEvent.click(await screen.findByTitle('账单结算'));
    await userEvent.click(screen.getByTestId('measure-save'));

    expect(await within(fieldOf('原因类别')).findByText('请从启用的问题类别中选择')).toBeInTheDocument();
    expect(within(fieldOf('负责人')).getByText('此人正在休假，请选择在岗人员')).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'improvement.update')!.input).toEqual({
      id: m.id,
      version: 1,
      title: '发货前增加包装抽检',
      description: null,
      source: 'statistics',
      sourceTicketId: null,
      causeCategory: 'billing',
      ownerId: LI.id,
      dueDate: '2026-12-31',
    });
  });

  it('opened from a complaint: the complaint goes along; one the user may not see is refused on its field, in English', async () => {
    const { calls } = fakeMain({
      ...SCREEN,
      'service.get': () => ok(aTicket(TICKET_ID, 'TS-20261126-001', '外包装破损')),
      'improvement.create': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'sourceTicketId: validation.notFound',
          fields: { sourceTicketId: { key: 'validation.notFound' } },
        },
      }),
    });
    await openForm(`#/improvements/new?ticket=${TICKET_ID}&source=complaint`, 'en-US');
    await waitFor(() =>
      expect(screen.getByTestId('measure-ticket')).toHaveTextContent('TS-20261126-001 · 外包装破损'),
    );
    // The complaint's category is the cause until the user picks another.
    expect(screen.getByTestId('measure-category')).toHaveTextContent('Delivery');
    await userEvent.type(form().getByLabelText('Measure'), 'Call back within a day');
    await userEvent.click(selectIn('measure-owner'));
    await userEvent.click(await screen.findByTitle(`${LI.name} (KF001)`));
    await userEvent.type(form().getByLabelText('Due date'), '2026-12-31');
    await userEvent.tab();
    await userEvent.click(screen.getByTestId('measure-save'));

    expect(
      await within(fieldOf('Source complaint')).findByText('The chosen record does not exist'),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'improvement.create')!.input).toEqual({
      title: 'Call back within a day',
      description: null,
      source: 'complaint',
      sourceTicketId: TICKET_ID,
      causeCategory: 'delivery',
      ownerId: LI.id,
      dueDate: '2026-12-31',
    });
  });

  it('a complaint is picked by its number, client or words among those the user may see', async () => {
    const other = '0190a0a0-0000-7000-8000-000000000778';
    const { calls } = fakeMain({
      ...SCREEN,
      'service.list': (input) => {
        const { search } = input as { search: string | null };
        const rows = [
          aTicket(TICKET_ID, 'TS-20261126-001', '外包装破损', '华东精密'),
          aTicket(other, 'TS-20261125-004', '发票抬头错误', '东方贸易', 'billing'),
        ].filter((r) => !search || `${r.code}${r.clientName}${r.summary}`.includes(search));
        return ok({ rows, total: rows.length });
      },
    });
    await openForm('#/improvements/new');
    await userEvent.click(selectIn('measure-source'));
    await userEvent.click(await screen.findByTitle('单项投诉'));
    await userEvent.click(selectIn('measure-ticket'));
    await userEvent.type(selectIn('measure-ticket'), '发票');
    await userEvent.click(await screen.findByTitle('TS-20261125-004 · 东方贸易 · 发票抬头错误'));
    expect(screen.getByTestId('measure-ticket')).toHaveTextContent('TS-20261125-004');
    // The complaint's category becomes the cause, as none was chosen.
    expect(screen.getByTestId('measure-category')).toHaveTextContent('账单结算');
    const searches = calls.filter((c) => c.channel === 'service.list').map((c) => c.input);
    expect(searches.at(-1)).toMatchObject({ scope: 'all', kinds: ['complaint'], search: '发票' });
  });

  it('a done measure is not edited: the form says why', async () => {
    const m = aMeasure({ status: 'done', effectiveFrom: '2026-11-20' });
    fakeMain({ ...SCREEN, 'improvement.get': () => ok(m) });
    useImprovements.setState(useImprovements.getInitialState(), true);
    window.location.hash = `#/improvements/${m.id}/edit`;
    renderApp('zh-CN');
    expect(
      await screen.findByText(
        '措施已完成或已取消，不能再修改；如需继续改进，请新建一项措施。',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('measure-form')).toBeNull();
  });
});
