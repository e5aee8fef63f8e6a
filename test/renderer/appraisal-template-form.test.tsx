import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppraisalLibrary } from '../../src/renderer/src/stores/appraisalLibraryStore';
import type { AppraisalIndicator, IndicatorCategory } from '../../src/shared/appraisal/indicators';
import type { AppraisalTemplate } from '../../src/shared/appraisal/templates';
import type { Group } from '../../src/shared/org/types';
import { LOGGED_IN } from './clientsFakes';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

let n = 0;
const indicator = (category: IndicatorCategory, nameZh: string, nameEn: string): AppraisalIndicator => ({
  id: `0190a0a0-0000-7000-8000-0000000009${String(++n).padStart(2, '0')}`,
  category,
  nameZh,
  nameEn,
  descriptionZh: null,
  descriptionEn: null,
  scoring: category === 'results' ? 'quantitative' : 'rated',
  formula: category === 'results' ? 'ratio' : null,
  cap: category === 'results' ? 120 : null,
  bands: [],
  source: 'manual',
  unit: null,
  active: true,
  templateCount: 1,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 1,
});
const REVENUE = indicator('results', '销售额', 'Sales revenue');
const PROFIT = indicator('results', '销售利润', 'Sales profit');
const TEAMWORK = indicator('attitude', '团队合作精神', 'Teamwork');
const SKILLS = indicator('ability', '专业知识和技能', 'Knowledge and skills');

const SALES: Group = {
  id: '0190a0a0-0000-7000-8000-000000000300',
  name: '销售组',
  nameEn: 'Sales',
  builtin: 'sales',
  leadStaffId: null,
  leadName: null,
  active: true,
  sortOrder: 20,
  activeStaffCount: 3,
  version: 1,
};

const item = (i: AppraisalIndicator, weight: number) => ({
  indicatorId: i.id,
  weight,
  category: i.category,
  nameZh: i.nameZh,
  nameEn: i.nameEn,
  scoring: i.scoring,
  source: i.source,
  indicatorActive: true,
});
const TEMPLATE: AppraisalTemplate = {
  id: '0190a0a0-0000-7000-8000-000000000400',
  nameZh: '销售组考核模板',
  nameEn: 'Sales group template',
  groupId: SALES.id,
  groupName: SALES.name,
  groupNameEn: SALES.nameEn,
  position: null,
  categoryWeights: { results: 60, attitude: 20, ability: 20 },
  items: [item(REVENUE, 40), item(PROFIT, 20), item(TEAMWORK, 20), item(SKILLS, 20)],
  active: true,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 3,
};

const SCREEN = {
  ...LOGGED_IN,
  'org.groups.list': () => ok([SALES]),
  'appraisal.listIndicators': () => ok([REVENUE, PROFIT, TEAMWORK, SKILLS]),
  'appraisal.listTemplates': () => ok([TEMPLATE]),
};

const form = () => within(screen.getByTestId('template-form'));
const weightInputs = () => form().getAllByLabelText('权重') as HTMLInputElement[];
const itemOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement;

async function openTemplateForm() {
  useAppraisalLibrary.setState(useAppraisalLibrary.getInitialState(), true);
  window.location.hash = '#/appraisal/library';
  renderApp('zh-CN');
  await userEvent.click(await screen.findByText('考核模板', {}, { timeout: 10_000 }));
  const table = await screen.findByTestId('templates-table');
  await userEvent.click(await within(table).findByText(/编\s*辑/));
  await screen.findByTestId('template-form');
  // The rows appear once the form has its values.
  await waitFor(() => expect(weightInputs()).toHaveLength(4));
}

describe('the template form', { timeout: 40_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('shows each category’s subtotal and the total as weights are typed', async () => {
    fakeMain(SCREEN);
    await openTemplateForm();
    expect(form().getByTestId('subtotal-results')).toHaveTextContent('小计 60，应为 60');
    expect(form().getByTestId('subtotal-attitude')).toHaveTextContent('小计 20，应为 20');
    expect(form().getByTestId('category-total')).toHaveTextContent('合计 100，应为 100');

    const [revenue] = weightInputs();
    await userEvent.clear(revenue!);
    await userEvent.type(revenue!, '35');
    await waitFor(() => expect(form().getByTestId('subtotal-results')).toHaveTextContent('小计 55，应为 60'));

    const attitude = form().getByLabelText('工作态度') as HTMLInputElement;
    await userEvent.clear(attitude);
    await userEvent.type(attitude, '25');
    fireEvent.blur(attitude);
    await waitFor(() => expect(form().getByTestId('category-total')).toHaveTextContent('合计 105，应为 100'));
    expect(form().getByTestId('subtotal-attitude')).toHaveTextContent('小计 20，应为 25');
  });

  it('puts main’s refusals under the sums and the indicator they are about', async () => {
    const { calls } = fakeMain({
      ...SCREEN,
      'appraisal.updateTemplate': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'template items',
          fields: {
            'subtotals.results': {
              key: 'validation.appraisalResultsSubtotal',
              params: { sum: 55, weight: 60 },
            },
            'items.1.indicatorId': { key: 'validation.appraisalIndicatorRetired' },
          },
        },
      }),
    });
    await openTemplateForm();
    await userEvent.click(screen.getByText(/保\s*存/));

    expect(
      await within(form().getByTestId('subtotal-results-line')).findByText(
        '业绩类指标权重合计为 55，应等于业绩权重 60',
      ),
    ).toBeInTheDocument();
    const secondIndicator = form().getAllByLabelText('选择指标')[1]!;
    expect(await within(itemOf(secondIndicator)).findByText('该指标已停用，不能再选用')).toBeInTheDocument();
    const sent = calls.find((c) => c.channel === 'appraisal.updateTemplate')!.input as Record<
      string,
      unknown
    >;
    expect(sent).toMatchObject({
      id: TEMPLATE.id,
      version: 3,
      groupId: SALES.id,
      position: null,
      categoryWeights: { results: 60, attitude: 20, ability: 20 },
    });
    expect((sent.items as unknown[]).length).toBe(4);

    // Typing a weight again clears main's word on the sums: it is about numbers no longer there.
    const revenue = weightInputs()[0]!;
    await userEvent.clear(revenue);
    await userEvent.type(revenue, '41');
    fireEvent.blur(revenue);
    await waitFor(() =>
      expect(
        within(form().getByTestId('subtotal-results-line')).queryByText(/业绩类指标权重合计/),
      ).toBeNull(),
    );
  });
});
