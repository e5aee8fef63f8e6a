import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAudit } from '../../src/renderer/src/stores/auditStore';
import type { AuditPage, NamedAuditEntry } from '../../src/shared/audit/types';
import type { Locale } from '../../src/shared/contract/fields';
import { LOGGED_IN } from './clientsFakes';
import { fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';

const CLIENT = '0190a0a0-0000-7000-8000-000000000601';
const OWNER = '0190a0a0-0000-7000-8000-000000000701';
const GONE = '0190dead-0000-7000-8000-000000000000';

const entry = (over: Partial<NamedAuditEntry>): NamedAuditEntry => ({
  id: 1,
  at: '2026-11-23T07:30:00.000Z',
  actorUserId: null,
  actorName: '王经理',
  entity: 'client',
  entityId: CLIENT,
  action: 'update',
  changes: [],
  names: {},
  ...over,
});

const PAGE: AuditPage = {
  page: 1,
  pageSize: 50,
  total: 3,
  rows: [
    entry({
      id: 3,
      changes: [
        { field: 'type', before: 'enterprise', after: 'individual' },
        { field: 'ownerId', before: null, after: OWNER },
      ],
      names: {
        [CLIENT]: { name: '杭州华东贸易有限公司', code: 'KH-2026-00042', deleted: true },
        [OWNER]: { name: '张销售', code: 'S001' },
      },
    }),
    entry({
      id: 2,
      entity: 'transaction',
      entityId: GONE,
      action: 'update',
      changes: [{ field: 'amountFen', before: 1_000_000, after: 1_234_567 }],
    }),
    entry({
      id: 1,
      entity: 'communication',
      entityId: null,
      action: 'complete',
      changes: [
        { field: 'nextActionDone', before: false, after: true },
        { field: 'at', before: null, after: '2026-11-23T07:30:00.000Z' },
      ],
    }),
  ],
};

async function openAudit(locale: Locale) {
  fakeMain({
    ...LOGGED_IN,
    'audit.list': () => ok(PAGE),
    'audit.entities': () => ok(['client', 'communication', 'transaction']),
    'accounts.list': () => ok([]),
  });
  renderApp(locale);
  return screen.findByTestId('audit-page', {}, { timeout: 10_000 });
}

/** The text of the table's body rows, newest first. */
const bodyRows = (page: HTMLElement) =>
  within(page)
    .getAllByRole('row')
    .filter((r) => r.closest('tbody'))
    .map((r) => r.textContent ?? '');

describe('the audit trail on screen', { timeout: 40_000 }, () => {
  beforeEach(() => {
    useAudit.setState(useAudit.getInitialState(), true);
    window.location.hash = '#/audit';
  });

  it('in Chinese: records and people by name, translated values, local time, yes / no, yuan', async () => {
    const page = await openAudit('zh-CN');
    await within(page).findByText('杭州华东贸易有限公司（KH-2026-00042）（已删除）');
    const [client, tx, comm] = bodyRows(page);
    expect(client).toContain('类型：企业 → 个人');
    expect(client).toContain('负责人：张销售（S001）');
    expect(client).toMatch(/2026年11月23日 \d{2}:\d{2}/);
    expect(tx).toContain('金额：¥10,000.00 → ¥12,345.67');
    expect(tx).toContain('已不存在的记录（0190dead）');
    expect(comm).toContain('下一步已完成：否 → 是');
    for (const raw of ['enterprise', '2026-11-23T07:30', 'true', OWNER, '1234567'])
      expect(page.textContent).not.toContain(raw);
  });

  it('in English: the same rows in English words and formats', async () => {
    const page = await openAudit('en-US');
    await within(page).findByText('杭州华东贸易有限公司 (KH-2026-00042) (deleted)');
    const [client, tx, comm] = bodyRows(page);
    expect(client).toContain('Type: Company → Individual');
    expect(client).toContain('Owner: 张销售 (S001)');
    expect(client).toMatch(/Nov 23, 2026, \d{1,2}:\d{2}\s?[AP]M/);
    expect(tx).toContain('Amount: CN¥10,000.00 → CN¥12,345.67');
    expect(tx).toContain('Record no longer exists (0190dead)');
    expect(comm).toContain('Next action done: No → Yes');
    expect(page.textContent).not.toMatch(/类型|金额|是/);
  });
});
