import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, ok } from './fakeTransport';
import { LOGGED_IN, aClient, aMatch, aPage, resetClientScreens } from './clientsFakes';
import { renderApp } from './renderApp';

const VALID_CREDIT_CODE = '91310000MA1FL8TQ36';

async function openNewClientForm() {
  await userEvent.click(await screen.findByTestId('client-new', {}, { timeout: 10_000 }));
  return screen.findByTestId('client-form');
}

const form = () => within(screen.getByTestId('client-form'));
/** The form item (label, control, messages) around a labelled control. */
const fieldOf = (label: string) => form().getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('client form', { timeout: 40_000 }, () => {
  beforeEach(() => resetClientScreens('#/clients'));

  it('warns about possible duplicates while the name is typed, and still lets the user save', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.list': () => ok(aPage([])),
      'clients.checkDuplicates': () =>
        ok([
          aMatch(),
          aMatch({
            clientId: '0190a0a0-0000-7000-8000-000000000998',
            code: 'KH-2024-00007',
            name: '华东精密机械(集团)',
            ownerName: '赵敏',
            reasons: ['name', 'phone'],
            visible: false,
          }),
        ]),
      'clients.create': () => ok(aClient({ name: '华东精密机械有限责任公司' })),
    });
    renderApp('zh-CN');
    await openNewClientForm();
    await userEvent.type(form().getByLabelText('客户名称'), '华东精密机械有限责任公司');

    const warning = await screen.findByTestId('duplicate-warning', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent('可能与已有客户重复');
    expect(warning).toHaveTextContent('KH-2025-00042');
    expect(warning).toHaveTextContent('华东精密机械有限公司');
    expect(warning).toHaveTextContent('名称相同');
    expect(warning).toHaveTextContent('负责人：李娜');
    expect(warning).toHaveTextContent('名称相同、电话相同');
    expect(warning).toHaveTextContent('他人负责的档案');
    expect(warning).toHaveTextContent('仍可保存');
    // The visible match can be opened, the other one not.
    expect(within(warning).getAllByText('查看')).toHaveLength(1);

    // Checked once typing pauses, with the whole name (on a busy machine a slow keystroke may have paused
    // typing once before: the warning can come from that check, the whole name's follows).
    const checks = () => calls.filter((c) => c.channel === 'clients.checkDuplicates');
    await waitFor(() =>
      expect(checks().at(-1)!.input).toEqual({
        exceptId: null,
        name: '华东精密机械有限责任公司',
        creditCode: null,
        phones: [],
      }),
    );
    expect(checks().length).toBeLessThan(4);

    await userEvent.click(screen.getByTestId('client-save'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'clients.create')).toBe(true));
    expect(calls.find((c) => c.channel === 'clients.create')!.input).toMatchObject({
      name: '华东精密机械有限责任公司',
      type: 'enterprise',
      tier: 'C',
      status: 'potential',
      source: 'other',
      tags: [],
    });
  });

  it('puts a credit-code error from main under the credit-code field', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.list': () => ok(aPage([])),
      'clients.checkDuplicates': () => ok([]),
      'clients.create': () => ({
        ok: false,
        error: {
          code: 'DUPLICATE',
          message: 'creditCode: validation.duplicate',
          fields: { creditCode: { key: 'validation.duplicate' } },
        },
      }),
    });
    renderApp('zh-CN');
    await openNewClientForm();
    await userEvent.type(form().getByLabelText('客户名称'), '东方贸易');
    await userEvent.type(form().getByLabelText('统一社会信用代码'), VALID_CREDIT_CODE.toLowerCase());
    await userEvent.click(screen.getByTestId('client-save'));

    const field = fieldOf('统一社会信用代码');
    expect(await within(field).findByText('已被使用')).toBeInTheDocument();
    expect(within(fieldOf('客户名称')).queryByText('已被使用')).toBeNull();
    // Sent upper-cased, as the check digit rule reads it.
    expect(calls.find((c) => c.channel === 'clients.create')!.input).toMatchObject({
      creditCode: VALID_CREDIT_CODE,
    });
  });

  it('checks the credit code before sending and explains it in English', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.list': () => ok(aPage([])),
      'clients.checkDuplicates': () => ok([]),
    });
    renderApp('en-US');
    await openNewClientForm();
    await userEvent.type(form().getByLabelText('Name'), 'Eastern Trading');
    await userEvent.type(form().getByLabelText('Unified social credit code'), '91310000MA1FL8TQ37');
    await userEvent.click(screen.getByTestId('client-save'));
    expect(
      await within(fieldOf('Unified social credit code')).findByText(
        'Not a valid unified social credit code',
      ),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'clients.create')).toBe(false);
  });
});
