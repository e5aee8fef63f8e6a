import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MANAGER_USER, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { SERVICE_LOGGED_IN, aCaller, aTicket, resetServiceScreens } from './serviceFakes';

const OTHER_CLIENT = aCaller({
  clientId: '0190a0a0-0000-7000-8000-100000000002',
  clientCode: 'KH-2026-00002',
  clientName: '上海东方贸易有限公司',
  contactId: '0190a0a0-0000-7000-8000-200000000002',
  contactName: '周明',
  ownerName: '陈静',
});

async function chooseOption(testId: string, title: string) {
  await userEvent.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  await userEvent.click(await screen.findByTitle(title));
}

describe('registering a call', { timeout: 60_000 }, () => {
  beforeEach(() => resetServiceScreens('#/service/new'));

  it('finds the caller by phone, fills client and contact, and saves with Ctrl+Enter from the content', async () => {
    const created = aTicket({ code: 'TS-20260410-007' });
    const { calls } = fakeMain({
      ...SERVICE_LOGGED_IN,
      'service.lookupCaller': () => ok([aCaller()]),
      // The file's other contacts, learned once it is chosen.
      'service.findClients': () =>
        ok([aCaller(), aCaller({ contactId: '0190a0a0-0000-7000-8000-200000000009', contactName: '赵强' })]),
      'service.create': () => ok(created),
    });
    renderApp('zh-CN');

    const phone = await screen.findByPlaceholderText('输入来电号码，自动识别客户', {}, { timeout: 10_000 });
    expect(phone).toHaveFocus();
    await userEvent.type(phone, '138 1234 5678');
    expect(await screen.findByText(/来电识别：华东精密机械有限公司，李娜/)).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'service.lookupCaller').at(-1)?.input).toEqual({
      phone: '138 1234 5678',
    });
    const client = screen.getByTestId('intake-client');
    expect(within(client).getByText('华东精密机械有限公司 · KH-2026-00001')).toBeInTheDocument();
    expect(within(screen.getByTestId('intake-contact')).getByText('李娜')).toBeInTheDocument();

    // Alt+2: a complaint.
    fireEvent.keyDown(phone, { key: '2', code: 'Digit2', altKey: true });
    await chooseOption('intake-category', '交付配送');
    const content = screen.getByPlaceholderText('客户反映的问题或咨询的内容');
    await userEvent.type(content, '交货延迟三天');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText('已登记 TS-20260410-007')).toBeInTheDocument();
    const input = calls.find((c) => c.channel === 'service.create')!.input as Record<string, unknown>;
    expect(input).toMatchObject({
      kind: 'complaint',
      channel: 'hotline',
      callerPhone: '138 1234 5678',
      clientId: aCaller().clientId,
      contactId: aCaller().contactId,
      callerName: null,
      content: '交货延迟三天',
      category: 'delivery',
      severity: 'normal',
      handlerId: MANAGER_USER.staffId,
    });
    expect(Date.parse(input.receivedAt as string)).not.toBeNaN();

    // Next call: an empty form, the phone box focused again.
    expect(screen.getByTestId('intake-next')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const again = await screen.findByPlaceholderText('输入来电号码，自动识别客户');
    await waitFor(() => expect(again).toHaveFocus());
    expect(again).toHaveValue('');
  });

  it('asks which client when the number belongs to two', async () => {
    const { calls } = fakeMain({
      ...SERVICE_LOGGED_IN,
      'service.lookupCaller': () => ok([aCaller(), OTHER_CLIENT]),
      'service.findClients': () => ok([OTHER_CLIENT]),
      'service.create': () => ok(aTicket()),
    });
    renderApp('en-US');

    const phone = await screen.findByPlaceholderText(
      "Caller's number, to find the client",
      {},
      { timeout: 10_000 },
    );
    await userEvent.type(phone, '021-5555 0101');
    const chooser = await screen.findByTestId('caller-chooser');
    const choices = within(chooser).getAllByTestId('caller-choice');
    expect(choices).toHaveLength(2);
    expect(choices[0]).toHaveTextContent('华东精密机械有限公司');
    expect(choices[1]).toHaveTextContent('上海东方贸易有限公司');
    expect(choices[1]).toHaveTextContent('Account manager: 陈静');
    // The number key picks.
    fireEvent.keyDown(choices[0]!, { key: '2' });

    await waitFor(() => expect(screen.queryByTestId('caller-chooser')).not.toBeInTheDocument());
    expect(
      within(screen.getByTestId('intake-client')).getByText('上海东方贸易有限公司 · KH-2026-00002'),
    ).toBeInTheDocument();
    expect(await within(await screen.findByTestId('intake-contact')).findByText('周明')).toBeInTheDocument();
    expect(screen.getByText(/belongs to 2 clients/)).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'service.create')).toBe(false);
  });

  it('shows main’s field errors under their fields, for an unknown caller typed by hand', async () => {
    const { calls } = fakeMain({
      ...SERVICE_LOGGED_IN,
      'service.lookupCaller': () => ok([]),
      'service.create': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'invalid input',
          fields: {
            receivedAt: { key: 'validation.dateFuture' },
            handlerId: { key: 'validation.staffLeft' },
          },
        },
      }),
    });
    renderApp('zh-CN');

    const phone = await screen.findByPlaceholderText('输入来电号码，自动识别客户', {}, { timeout: 10_000 });
    await userEvent.type(phone, '13900001111');
    expect(await screen.findByText('未找到该号码的客户档案，可填写来电人。')).toBeInTheDocument();
    await userEvent.type(screen.getByPlaceholderText('未建档时填写来电人或单位'), '刘先生');
    await chooseOption('intake-category', '产品质量');
    await userEvent.type(screen.getByPlaceholderText('客户反映的问题或咨询的内容'), '询问保修期');
    // Enter in a one-line box saves.
    await userEvent.type(screen.getByPlaceholderText('未建档时填写来电人或单位'), '{Enter}');

    expect(await screen.findByText('日期不能晚于今天')).toBeInTheDocument();
    expect(await screen.findByText('该员工已离职')).toBeInTheDocument();
    expect(screen.getByText('输入有误，请检查标出的字段。')).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'service.create')!.input).toMatchObject({
      kind: 'inquiry',
      clientId: null,
      contactId: null,
      callerName: '刘先生',
      callerPhone: '13900001111',
      category: 'product_quality',
    });
    expect(screen.getByTestId('intake-form')).toBeInTheDocument();
  });
});
