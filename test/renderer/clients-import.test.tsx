import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/shared/clients/fileTypes';
import { useClientFiles } from '../../src/renderer/src/stores/clientFilesStore';
import { fakeMain, ok } from './fakeTransport';
import { LOGGED_IN, resetClientScreens } from './clientsFakes';
import { renderApp } from './renderApp';

const PREVIEW: ImportPreview = {
  jobId: '0190a0a0-0000-7000-8000-00000000a001',
  fileName: '客户.xlsx',
  sheetName: '客户',
  columns: ['name', 'creditCode', 'contactMobile'],
  ignoredHeaders: [],
  total: 3,
  valid: 2,
  invalid: 1,
  duplicates: 1,
  rows: [
    {
      rowNumber: 3,
      values: { name: '坏数据公司', contactMobile: '123' },
      errors: { contactMobile: { key: 'validation.phone' } },
    },
    {
      rowNumber: 4,
      values: { name: '华东精密机械有限公司' },
      errors: {},
      duplicateOf: {
        clients: [
          {
            clientId: '0190a0a0-0000-7000-8000-00000000c001',
            code: 'KH000123',
            name: '华东精密机械有限公司',
            ownerName: '王经理',
            reasons: ['name'],
            visible: true,
          },
        ],
        rows: [],
      },
    },
  ],
};

describe('client import', { timeout: 40_000 }, () => {
  beforeEach(() => {
    resetClientScreens('#/clients/import');
    useClientFiles.setState(useClientFiles.getInitialState(), true);
  });

  it('previews a row error and a duplicate warning; errors block the commit until left out', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.import.preview': () => ok(PREVIEW),
    });
    renderApp('zh-CN');

    const page = await screen.findByTestId('clients-import-page', {}, { timeout: 10_000 });
    const input = page.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], '客户.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fireEvent.change(input, { target: { files: [file] } });

    const row3 = await screen.findByTestId('import-row-3');
    expect(within(row3).getByTestId('import-row-error').textContent).toMatch(
      /^联系人手机：请输入有效的手机号/,
    );
    expect(within(row3).getByTestId('import-row-error').textContent).not.toMatch(/validation/);
    const row4 = screen.getByTestId('import-row-4');
    expect(within(row4).getByTestId('import-row-duplicate').textContent).toContain('KH000123');
    expect(within(row4).getByTestId('import-row-duplicate').textContent).toContain('名称相同');

    const sent = calls.find((c) => c.channel === 'clients.import.preview')!.input as {
      fileName: string;
      bytes: Uint8Array;
    };
    expect(sent.fileName).toBe('客户.xlsx');
    expect(sent.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(sent.bytes)).toEqual([0x50, 0x4b, 3, 4]);

    // A row with errors blocks the import until the user leaves such rows out.
    expect(screen.getByTestId('import-commit')).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: /跳过 1 行有错误的数据/ }));
    await waitFor(() => expect(screen.getByTestId('import-commit')).toBeEnabled());
  });
});
