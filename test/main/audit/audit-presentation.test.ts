import { mutate } from '../../../src/main/core/mutation';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { translator } from '../../../src/main/i18n/translate';
import {
  auditChangeTexts,
  auditRecordText,
  auditValueText,
  type AuditWords,
} from '../../../src/shared/audit/present';
import type { NamedAuditEntry } from '../../../src/shared/audit/types';
import type { Locale } from '../../../src/shared/contract/fields';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import { clientUpdateInput } from '../../support/clientInputs';

const clock = new FakeClock(Date.parse('2026-11-23T07:30:00.000Z'));
let core: Core;
let manager: Session;
let clientCode: string;
let rows: NamedAuditEntry[];

const words = (locale: Locale): AuditWords => ({ t: translator(locale), locale });
const zh = words('zh-CN');
const en = words('en-US');

/** The rows of one kind of record and action, newest first. */
const rowsOf = (entity: string, action: string) =>
  rows.filter((r) => r.entity === entity && r.action === action);
/** A row's changes as "label: before → after" strings, in the given language. */
const changes = (row: NamedAuditEntry, w: AuditWords) =>
  Object.fromEntries(auditChangeTexts(row, w).map((c) => [c.label, `${c.before} → ${c.after}`]));

/** Local wall-clock time as the screens show it: "2026年11月23日 15:30" in UTC+8 (any zone: the same shape). */
const LOCAL_ZH = /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/;

beforeAll(async () => {
  core = await makeCore({ clock });
  const department = await setUpDepartment(core);
  manager = department.manager;
  const owner = unwrap(
    await core.call(
      'org.staff.create',
      { employeeNo: 'S001', name: '张销售', groupId: department.groups.sales!, hireDate: '2024-05-06' },
      manager,
    ),
  );
  const account = unwrap(
    await core.call(
      'accounts.create',
      { staffId: owner.id, username: 'zhang', password: 'Temp#Pass123', role: 'staff' },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'accounts.update',
      { id: account.id, version: account.version, role: 'group_lead', active: true },
      manager,
    ),
  );
  let client = unwrap(
    await core.call(
      'clients.create',
      {
        name: '杭州华东贸易有限公司',
        industry: '制造业',
        province: '浙江省',
        city: '杭州市',
        source: 'exhibition',
        tier: 'A',
        ownerId: owner.id,
        tags: ['制造', '华东'],
      },
      manager,
    ),
  );
  clientCode = client.code;
  clock.advance(60_000);
  client = unwrap(
    await core.call('clients.update', { ...clientUpdateInput(client), type: 'individual' }, manager),
  );
  client = unwrap(
    await core.call(
      'clients.setStatus',
      { id: client.id, version: client.version, status: 'key_follow_up', reason: '展会后有明确需求' },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'communications.create',
      {
        clientId: client.id,
        at: '2026-11-23T07:30:00.000Z',
        channel: 'visit',
        content: '上门拜访',
        nextAction: '发送报价',
        nextActionDate: '2026-12-01',
      },
      manager,
    ),
  );
  unwrap(
    await core.call(
      'transactions.create',
      { clientId: client.id, date: '2026-03-01', item: '控制柜', quantity: 2, amountFen: 1_234_567 },
      manager,
    ),
  );
  client = unwrap(await core.call('clients.get', { id: client.id }, manager)).client;
  unwrap(await core.call('clients.delete', { id: client.id, version: client.version }, manager));
  // A row naming a record that is gone from the database entirely (an older version's, a purge …).
  mutate(core.context(), (m) =>
    m.audit({
      entity: 'client',
      entityId: '0190aaaa-0000-7000-8000-000000000000',
      action: 'update',
      changes: [{ field: 'ownerId', before: '0190bbbb-0000-7000-8000-000000000000', after: null }],
    }),
  );
  rows = unwrap(await core.call('audit.list', { pageSize: 200 }, manager)).rows;
});

afterAll(async () => {
  await core.close();
});

describe('the audit trail reads as a person reads the screens', () => {
  it('names clients by name and code — also once the file was deleted — and people, groups and accounts', () => {
    const [created] = rowsOf('client', 'create');
    expect(auditRecordText(created!, zh)).toBe(`杭州华东贸易有限公司（${clientCode}）（已删除）`);
    expect(auditRecordText(created!, en)).toBe(`杭州华东贸易有限公司 (${clientCode}) (deleted)`);
    expect(changes(created!, zh)['负责人']).toBe('— → 张销售（S001）');
    expect(changes(created!, en)['小组']).toBeUndefined();
    expect(changes(created!, en)['Group']).toBe('— → Sales');
    expect(changes(created!, zh)['小组']).toBe('— → 销售组');

    const [comm] = rowsOf('communication', 'create');
    // The record it belongs to is its record column, not repeated among a creation's changes.
    expect(changes(comm!, zh)['客户']).toBeUndefined();
    expect(auditRecordText(comm!, zh)).toContain(clientCode);

    const [role] = rowsOf('account', 'update');
    expect(auditRecordText(role!, zh)).toBe('张销售（zhang）');
    const [staff] = rowsOf('staff', 'create');
    expect(auditRecordText(staff!, en)).toBe('张销售 (S001)');
    expect(auditChangeTexts(staff!, zh).map((c) => c.field)).not.toContain('id');
  });

  it('says so, with the id, when a record is gone entirely', () => {
    const gone = rows.find((r) => r.entityId === '0190aaaa-0000-7000-8000-000000000000')!;
    expect(auditRecordText(gone, zh)).toBe('已不存在的记录（0190aaaa）');
    expect(changes(gone, en)['Owner']).toBe('Record no longer exists (0190bbbb) → —');
  });

  it('translates listed values: client type, source, tier, status, channel, staff status, role, industry, province', () => {
    const [created] = rowsOf('client', 'create');
    expect(changes(created!, zh)).toMatchObject({
      类型: '— → 企业',
      来源: '— → 展会',
      价值等级: '— → A 类',
      状态: '— → 潜在',
      行业: '— → 制造业',
      省份: '— → 浙江省',
      标签: '— → 制造、华东',
    });
    expect(changes(created!, en)).toMatchObject({
      Type: '— → Company',
      Source: '— → Trade show',
      Industry: '— → Manufacturing',
      Province: '— → Zhejiang',
      Tags: '— → 制造, 华东',
    });
    const [update] = rowsOf('client', 'update').filter((r) => r.actorName);
    expect(changes(update!, zh)['类型']).toBe('企业 → 个人');
    expect(changes(update!, en)['Type']).toBe('Company → Individual');
    const [status] = rowsOf('client', 'set_status');
    expect(changes(status!, zh)['状态']).toBe('潜在 → 重点跟进');
    const [comm] = rowsOf('communication', 'create');
    expect(changes(comm!, zh)['方式']).toBe('— → 拜访');
    const [staff] = rowsOf('staff', 'create');
    expect(changes(staff!, zh)['状态']).toBe('— → 在职');
    const [role] = rowsOf('account', 'update');
    expect(changes(role!, zh)['角色']).toBe('员工 → 组长');
    expect(changes(role!, en)['Role']).toBe('Staff → Group lead');
  });

  it('shows local times, calendar dates, yes / no and money in yuan', () => {
    const [comm] = rowsOf('communication', 'create');
    const at = auditChangeTexts(comm!, zh).find((c) => c.field === 'at')!;
    expect(at.after).toMatch(LOCAL_ZH);
    expect(at.after).not.toContain('T07:30');
    expect(changes(comm!, zh)['计划日期']).toBe('— → 2026年12月1日');
    expect(changes(comm!, en)['Due']).toBe('— → Dec 1, 2026');
    expect(changes(comm!, zh)['下一步已完成']).toBe('— → 否');
    const [role] = rowsOf('account', 'create');
    expect(changes(role!, en)['Active']).toBe('— → Yes');

    const [tx] = rowsOf('transaction', 'create');
    expect(changes(tx!, zh)['金额']).toBe('— → ¥12,345.67');
    expect(changes(tx!, en)['Amount']).toBe('— → CN¥12,345.67');
    expect(changes(tx!, zh)['日期']).toBe('— → 2026年3月1日');

    const [deleted] = rowsOf('client', 'delete');
    expect(changes(deleted!, zh)['删除时间']).toMatch(new RegExp(`^— → ${LOCAL_ZH.source.slice(1, -1)}$`));
    expect(auditValueText(deleted!, 'deletedAt', null, zh)).toBe('—');
  });

  it('exports the same words, with the time as a real date cell in local time', async () => {
    const file = unwrap(await core.call('audit.export', { locale: 'zh-CN', entity: 'client' }, manager));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['时间', '操作人', '对象', '记录', '操作', '变更内容', '记录编号']);
    const clientRows = rows.filter((r) => r.entity === 'client');
    expect(ws.rowCount).toBe(clientRows.length + 1);
    for (const [i, entry] of clientRows.entries()) {
      const row = ws.getRow(i + 2);
      const at = row.getCell(1);
      expect(at.value).toBeInstanceOf(Date);
      expect(at.numFmt).toMatch(/yyyy.*hh:mm/);
      // Excel has no time zone: the cell holds the machine's wall-clock time of the moment.
      const instant = new Date(entry.at);
      expect((at.value as Date).getTime()).toBe(instant.getTime() - instant.getTimezoneOffset() * 60_000);
      expect(row.getCell(4).value).toBe(auditRecordText(entry, zh));
    }
    const update = ws.getRow(2 + clientRows.findIndex((r) => r.action === 'set_status'));
    expect(update.getCell(6).value).toBe('状态：潜在 → 重点跟进\n原因：展会后有明确需求');
    const created = ws.getRow(2 + clientRows.findIndex((r) => r.action === 'create'));
    expect(String(created.getCell(6).value)).toContain('负责人：张销售（S001）');
    expect(String(created.getCell(6).value)).not.toMatch(/0190|true|null|enterprise/);
  });
});
