import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ImportPreview,
  ImportResult,
  ImportRowPreview,
  ImportRowsPage,
} from '../../src/shared/clients/fileTypes';
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
  normalised: [],
  total: 3,
  valid: 2,
  invalid: 1,
  duplicates: 1,
  problems: 2,
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

/** A row with a bad mobile number, numbered as given. */
const badRow = (rowNumber: number): ImportRowPreview => ({
  rowNumber,
  values: { name: `问题客户${rowNumber}`, contactMobile: '123' },
  errors: { contactMobile: { key: 'validation.phone' } },
});

/** 45 problem rows: 40 with errors, 5 possible duplicates, the first of which would change its owner. */
const LARGE: ImportPreview = {
  ...PREVIEW,
  total: 500,
  valid: 460,
  invalid: 40,
  duplicates: 5,
  problems: 45,
  rows: Array.from({ length: 45 }, (_, i) =>
    i === 0
      ? {
          rowNumber: 2,
          values: { name: '转交客户有限公司' },
          errors: {},
          duplicateOf: { clients: [{ ...PREVIEW.rows[1]!.duplicateOf!.clients[0]! }], rows: [] },
          updateNote: { reason: 'ownerChangeRefused', code: 'KH000123' },
        }
      : badRow(i + 2),
  ),
};

/** Chooses a file on the import page (the fake main answers the preview). */
async function chooseFile(): Promise<void> {
  const page = await screen.findByTestId('clients-import-page', {}, { timeout: 10_000 });
  const input = page.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], '客户.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  fireEvent.change(input, { target: { files: [file] } });
}

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

  it('pages through the problem rows in main, from the first page the preview brought', async () => {
    const { calls } = fakeMain({
      ...LOGGED_IN,
      'clients.import.preview': () => ok(LARGE),
      'clients.import.rows': (input) => {
        const { page, pageSize } = input as { page: number; pageSize: number };
        const from = 1000 + (page - 1) * pageSize;
        const rows = Array.from({ length: Math.min(pageSize, 45 - (page - 1) * pageSize) }, (_, i) =>
          badRow(from + i),
        );
        return ok<ImportRowsPage>({ rows, total: 45, page, pageSize });
      },
    });
    renderApp('zh-CN');
    await chooseFile();

    // The first page comes with the preview: no extra request.
    const row2 = await screen.findByTestId('import-row-2');
    expect(screen.getByTestId('import-row-21')).toBeInTheDocument();
    expect(screen.queryByTestId('import-row-22')).toBeNull();
    expect(calls.filter((c) => c.channel === 'clients.import.rows')).toEqual([]);
    expect(within(row2).getByTestId('import-row-update-note').textContent).toBe(
      '更新模式下将跳过此行：会更改 KH000123 的负责人，需要经理或副经理转交',
    );
    const table = screen.getByTestId('import-problems');
    expect(table.textContent).toContain('共 45 行');

    fireEvent.click(within(table).getByTitle('2'));
    await screen.findByTestId('import-row-1020');
    expect(screen.queryByTestId('import-row-2')).toBeNull();
    expect(calls.filter((c) => c.channel === 'clients.import.rows').map((c) => c.input)).toEqual([
      { jobId: LARGE.jobId, filter: 'problems', page: 2, pageSize: 20 },
    ]);

    // Another filter starts again from its first page.
    const filter = screen.getByTestId('import-rows-filter');
    expect(filter.textContent).toContain('问题行（45）');
    expect(filter.textContent).toContain('疑似重复（5）');
    fireEvent.click(within(filter).getByText('有错误（40）'));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'clients.import.rows').at(-1)!.input).toEqual({
        jobId: LARGE.jobId,
        filter: 'invalid',
        page: 1,
        pageSize: 20,
      }),
    );
    await screen.findByTestId('import-row-1000');
  });

  it('says which region names were read as official ones, and lists every error of a failed row', async () => {
    const preview: ImportPreview = {
      ...PREVIEW,
      normalised: [
        { column: 'province', from: '浙江', to: '浙江省', rows: 2 },
        { column: 'city', from: '杭州', to: '杭州市', rows: 1 },
      ],
      rows: [
        {
          rowNumber: 3,
          values: { name: '坏数据公司' },
          errors: {
            province: { key: 'validation.regionProvince', params: { value: '火星省' } },
            contactMobile: { key: 'validation.phone' },
          },
        },
      ],
      problems: 1,
      duplicates: 0,
    };
    const result: ImportResult = {
      committed: true,
      mode: 'skip',
      created: 2,
      updated: 0,
      skipped: 0,
      failed: 1,
      problems: [
        {
          rowNumber: 3,
          name: '坏数据公司',
          outcome: 'failed',
          clientId: null,
          clientCode: null,
          reason: 'invalid',
          errors: [
            { column: 'province', error: { key: 'validation.regionProvince', params: { value: '火星省' } } },
            { column: 'contactMobile', error: { key: 'validation.phone' } },
          ],
        },
      ],
    };
    fakeMain({
      ...LOGGED_IN,
      'clients.import.preview': () => ok(preview),
      'clients.import.commit': () => ok(result),
      'clients.import.progress': () =>
        ok({ jobId: preview.jobId, status: 'done', total: 3, done: 3, result }),
    });
    renderApp('zh-CN');
    await chooseFile();

    const note = await screen.findByTestId('import-normalised');
    expect(note).toHaveTextContent('以下地区名称已按国家行政区划改为规范名称');
    expect(note).toHaveTextContent('浙江 → 浙江省（2 行）');
    expect(note).toHaveTextContent('杭州 → 杭州市（1 行）');
    const row3 = screen.getByTestId('import-row-3');
    expect(
      within(row3)
        .getAllByTestId('import-row-error')
        .map((e) => e.textContent),
    ).toEqual([
      '省份：“火星省”不是我国的省级行政区',
      expect.stringMatching(/^联系人手机：请输入有效的手机号/),
    ]);

    fireEvent.click(screen.getByRole('checkbox', { name: /跳过 1 行有错误的数据/ }));
    await waitFor(() => expect(screen.getByTestId('import-commit')).toBeEnabled());
    fireEvent.click(screen.getByTestId('import-commit'));
    const failed = await screen.findByTestId('import-result-3');
    expect(failed).toHaveTextContent('数据有误');
    expect(
      within(failed)
        .getAllByTestId('import-result-error')
        .map((e) => e.textContent),
    ).toEqual([
      '省份：“火星省”不是我国的省级行政区',
      expect.stringMatching(/^联系人手机：请输入有效的手机号/),
    ]);
  });
});
