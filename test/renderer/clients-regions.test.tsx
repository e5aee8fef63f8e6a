import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientDetail } from '../../src/shared/clients/types';
import { fakeMain, ok } from './fakeTransport';
import { LOGGED_IN, aClient, aPage, resetClientScreens } from './clientsFakes';
import { renderApp } from './renderApp';

type Input = Record<string, unknown>;

const detailOf = (client: Client): ClientDetail => ({
  client,
  contacts: [],
  communications: [],
  communicationsTotal: 0,
  transactions: [],
  transactionsTotalFen: 0,
  statusHistory: [],
  attachments: [],
  completeness: { score: client.completeness, missing: [] },
});

const form = () => within(screen.getByTestId('client-form'));
const selectIn = (testId: string) => within(screen.getByTestId(testId)).getByRole('combobox');

/** Opens a select, types to narrow its list, and picks the option with this label. */
async function choose(testId: string, typed: string, option: string) {
  await userEvent.click(selectIn(testId));
  await userEvent.type(selectIn(testId), typed);
  await userEvent.click(await screen.findByTitle(option));
}

async function openNewClientForm() {
  await userEvent.click(await screen.findByTestId('client-new', {}, { timeout: 10_000 }));
  return screen.findByTestId('client-form');
}

describe('the client form’s region', { timeout: 40_000 }, () => {
  beforeEach(() => resetClientScreens('#/clients'));

  it('offers the chosen province’s cities, drops a city when the province changes, and sends official names', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.list': () => ok(aPage([])),
      'clients.checkDuplicates': () => ok([]),
      'clients.create': () => ok(aClient()),
    });
    renderApp('zh-CN');
    await openNewClientForm();
    await userEvent.type(form().getByLabelText('客户名称'), '区域测试有限公司');
    // No city list until a province is chosen.
    expect(selectIn('client-city')).toBeDisabled();

    await choose('client-province', '江苏', '江苏省');
    await choose('client-city', '苏', '苏州市');
    // A city of another province is not offered.
    await userEvent.click(selectIn('client-city'));
    await userEvent.type(selectIn('client-city'), '杭州');
    expect(screen.queryByTitle('杭州市')).toBeNull();

    await choose('client-province', '浙江', '浙江省');
    await waitFor(() => expect(within(screen.getByTestId('client-city')).queryByText('苏州市')).toBeNull());
    await choose('client-city', '杭州', '杭州市');

    await userEvent.click(screen.getByTestId('client-save'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'clients.create')).toBe(true));
    expect(calls.find((c) => c.channel === 'clients.create')!.input).toMatchObject({
      province: '浙江省',
      city: '杭州市',
    });
  });

  it('labels provinces and cities in English and still sends the Chinese names', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.list': () => ok(aPage([])),
      'clients.checkDuplicates': () => ok([]),
      'clients.create': () => ok(aClient()),
    });
    renderApp('en-US');
    await openNewClientForm();
    await userEvent.type(form().getByLabelText('Name'), 'Region Test Ltd');
    await choose('client-province', 'Inner', 'Inner Mongolia');
    await choose('client-city', 'Hoh', 'Hohhot');
    await userEvent.click(screen.getByTestId('client-save'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'clients.create')).toBe(true));
    expect(calls.find((c) => c.channel === 'clients.create')!.input).toMatchObject({
      province: '内蒙古自治区',
      city: '呼和浩特市',
    });
  });

  it('shows a stored region that is on no list, marked, and keeps it when the file is saved', async () => {
    const legacy = aClient({ name: '旧区域客户有限公司', province: '上海市', city: '浦东新区' });
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.get': () => ok(detailOf(legacy)),
      'clients.checkDuplicates': () => ok([]),
      'clients.update': () => ok(legacy),
    });
    resetClientScreens(`#/clients/${legacy.id}`);
    renderApp('zh-CN');
    await userEvent.click(await screen.findByTestId('client-edit', {}, { timeout: 10_000 }));
    await screen.findByTestId('client-form');

    // Shown as stored, flagged, and marked in the list; the province (on the list) is not flagged.
    const city = screen.getByTestId('client-city');
    expect(city).toHaveTextContent('浦东新区');
    expect(city.className).toMatch(/status-warning/);
    expect(screen.getByTestId('client-province').className).not.toMatch(/status-warning/);
    expect(screen.getByTestId('legacy-region')).toHaveTextContent('“浦东新区”不在国家行政区划列表中');
    await userEvent.click(selectIn('client-city'));
    await waitFor(() =>
      expect([...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent)).toEqual([
        '浦东新区（不在列表中）',
        '上海市',
      ]),
    );

    await userEvent.click(screen.getByTestId('client-save'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'clients.update')).toBe(true));
    expect(calls.find((c) => c.channel === 'clients.update')!.input).toMatchObject({
      province: '上海市',
      city: '浦东新区',
    });
  });

  it('shows the region in English on the file', async () => {
    const c = aClient({ name: '杭州客户有限公司', province: '浙江省', city: '杭州市' });
    fakeMain({ ...LOGGED_IN, 'clients.get': () => ok(detailOf(c)) });
    resetClientScreens(`#/clients/${c.id}`);
    renderApp('en-US');
    expect(await screen.findByText('Zhejiang · Hangzhou', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});

describe('the client list’s region filters', { timeout: 40_000 }, () => {
  beforeEach(() => resetClientScreens('#/clients'));

  it('offer the city once a province is chosen, and a new province drops the city', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.list': () => ok(aPage([aClient({ name: '苏州客户有限公司' })])),
    });
    const lists = () => calls.filter((c) => c.channel === 'clients.list').map((c) => c.input as Input);
    renderApp('zh-CN');
    await screen.findByText('苏州客户有限公司', {}, { timeout: 10_000 });
    expect(lists()[0]).toMatchObject({ province: null, city: null });

    await userEvent.click(screen.getByTestId('filter-more'));
    expect(screen.queryByTestId('filter-city')).toBeNull();
    await choose('filter-province', '江苏', '江苏省');
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ province: '江苏省', city: null }));

    await choose('filter-city', '苏州', '苏州市');
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ province: '江苏省', city: '苏州市' }));

    await choose('filter-province', '浙江', '浙江省');
    await waitFor(() => expect(lists().at(-1)).toMatchObject({ province: '浙江省', city: null }));
  });
});
