import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Attachment, ClientDetail } from '../../src/shared/clients/types';
import { useClientFiles } from '../../src/renderer/src/stores/clientFilesStore';
import { fakeMain, ok } from './fakeTransport';
import { LOGGED_IN, aClient, resetClientScreens } from './clientsFakes';
import { renderApp } from './renderApp';

const client = aClient({ name: '华东精密机械有限公司' });

const tool: Attachment = {
  id: '0190a0a0-0000-7000-8000-000000000501',
  clientId: client.id,
  fileName: '报价工具.exe',
  mime: 'application/octet-stream',
  sizeBytes: 2048,
  sha256: 'a'.repeat(64),
  createdAt: '2026-11-20T02:00:00.000Z',
  createdByName: '王经理',
};

const detail = (attachments: Attachment[] = []): ClientDetail => ({
  client,
  contacts: [],
  communications: [],
  communicationsTotal: 0,
  transactions: [],
  transactionsTotalFen: 0,
  statusHistory: [],
  attachments,
  completeness: { score: 40, missing: [] },
});

async function openTab(name: RegExp) {
  await screen.findByTestId('client-detail-page', {}, { timeout: 10_000 });
  await userEvent.click(await screen.findByRole('tab', { name }));
}

describe('client detail guards', { timeout: 40_000 }, () => {
  beforeEach(() => {
    resetClientScreens(`#/clients/${client.id}`);
    useClientFiles.setState(useClientFiles.getInitialState(), true);
  });

  it('shows a birthday main refuses under the birthday field, in the current language', async () => {
    fakeMain({
      ...LOGGED_IN,
      'clients.get': () => ok(detail()),
      'clients.checkDuplicates': () => ok([]),
      'attachments.list': () => ok([]),
      'contacts.create': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'invalid input',
          fields: { birthday: { key: 'validation.dateRange', params: { min: 1900, max: 2100 } } },
        },
      }),
    });
    renderApp('zh-CN');
    await openTab(/联系人/);
    await userEvent.click(await screen.findByTestId('contact-new'));
    const form = within(await screen.findByTestId('contact-form'));
    await userEvent.type(form.getByLabelText('姓名'), '张三');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    const birthday = form.getByLabelText('生日').closest('.ant-form-item') as HTMLElement;
    expect(await within(birthday).findByText('请输入 1900 年至 2100 年之间的日期')).toBeInTheDocument();
    expect(
      within(form.getByLabelText('姓名').closest('.ant-form-item') as HTMLElement).queryByText(/1900/),
    ).toBeNull();
  });

  it('warns that a program attachment was shown in its folder, not run', async () => {
    const { transport } = fakeMain({
      ...LOGGED_IN,
      'clients.get': () => ok(detail([tool])),
      'attachments.list': () => ok([tool]),
      'attachments.open': () => ok({ fileName: tool.fileName, mime: tool.mime, bytes: new Uint8Array([1]) }),
    });
    transport.openFile = async () => ({ opened: false, shownInFolder: true });
    renderApp('en-US');
    await openTab(/Attachments/);
    const table = await screen.findByTestId('client-attachments');
    expect(await within(table).findByTestId('attachment-executable')).toHaveTextContent('Program');
    await userEvent.click(within(table).getByTestId('attachment-open'));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getAllByText('Program not run').length).toBeGreaterThan(0);
    expect(
      dialog.getByText(
        '“报价工具.exe” is a program or script: opening it would run it. For your safety it is shown in its folder instead; run it yourself only if you trust where it came from.',
      ),
    ).toBeInTheDocument();
  });

  it('says the same in Chinese', async () => {
    const { transport } = fakeMain({
      ...LOGGED_IN,
      'clients.get': () => ok(detail([tool])),
      'attachments.list': () => ok([tool]),
      'attachments.open': () => ok({ fileName: tool.fileName, mime: tool.mime, bytes: new Uint8Array([1]) }),
    });
    transport.openFile = async () => ({ opened: false, shownInFolder: true });
    renderApp('zh-CN');
    await openTab(/附件/);
    await userEvent.click(await screen.findByTestId('attachment-open'));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getAllByText('未运行程序文件').length).toBeGreaterThan(0);
    expect(dialog.getByText(/“报价工具\.exe”是程序或脚本，打开就会运行它。/)).toBeInTheDocument();
  });
});
