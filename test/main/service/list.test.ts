import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../src/shared/contract/channels';
import type { TicketDetail } from '../../../src/shared/service/types';
import { unwrap } from '../../support/core';
import { walkTo } from '../../support/ticketFlow';
import { department, listedIds, newTicket, staffIdOf, type Department } from './support';

let d: Department;
let t: Record<'t1' | 't2' | 't3' | 't4' | 't5', TicketDetail>;
let clientId: string;

beforeAll(async () => {
  d = await department();
  const a = staffIdOf(d.salesA);
  const client = unwrap(
    await d.core.call('clients.create', { name: '华东电子有限公司', ownerId: a }, d.manager),
  );
  clientId = client.id;
  const t1 = await newTicket(d.core, d.manager, a, {
    clientId,
    callerName: null,
    callerPhone: '139 1234 5678',
    channel: 'hotline',
    content: '屏幕破裂，要求换货\n第二行说明',
    category: 'product_quality',
    severity: 'critical',
    receivedAt: '2026-11-20T02:00:00.000Z',
  });
  const t2 = await newTicket(d.core, d.manager, a, {
    channel: 'email',
    callerName: '钱女士',
    callerPhone: '0571-8765 4321',
    content: '发票金额错误',
    category: 'billing',
    severity: 'normal',
    receivedAt: '2026-11-25T02:00:00.000Z',
  });
  const t3 = await newTicket(d.core, d.manager, a, {
    kind: 'inquiry',
    channel: 'wechat',
    callerName: '孙先生',
    content: '请问保修期多久',
    category: 'other',
    severity: 'normal',
    receivedAt: '2026-11-26T00:30:00.000Z',
  });
  const t4 = await newTicket(d.core, d.manager, staffIdOf(d.salesB), {
    channel: 'walk_in',
    callerName: '=1+1',
    content: '服务人员态度差',
    category: 'service_attitude',
    severity: 'major',
    receivedAt: '2026-11-27T01:00:00.000Z',
  });
  // 00:30 on the 25th in China: the 25th's, though it is still the 24th in UTC.
  const t5 = await newTicket(d.core, d.manager, a, {
    kind: 'inquiry',
    channel: 'hotline',
    callerName: '周先生',
    content: '询问发货时间',
    category: 'other',
    severity: 'normal',
    receivedAt: '2026-11-24T16:30:00.000Z',
  });
  t = {
    t1,
    t2: await walkTo(d.core, d.manager, t2, 'closed'),
    t3: await walkTo(d.core, d.manager, t3, 'answered'),
    t4,
    t5,
  };
});
afterAll(async () => {
  await d.core.close();
});

const ids = (...keys: (keyof typeof t)[]) => keys.map((k) => t[k].id).sort();
const list = (filter: Partial<ChannelInput<'service.list'>>) => listedIds(d.core, d.manager, filter);
const ordered = async (filter: Partial<ChannelInput<'service.list'>>) =>
  unwrap(await d.core.call('service.list', { scope: 'all', pageSize: 50, ...filter }, d.manager)).rows.map(
    (r) => (Object.keys(t) as (keyof typeof t)[]).find((k) => t[k].id === r.id),
  );

describe('the ticket list’s filters', () => {
  it.each([
    ['kind', { kinds: ['inquiry'] }, ['t3', 't5']],
    ['status', { statuses: ['closed'] }, ['t2']],
    ['category', { categories: ['billing', 'service_attitude'] }, ['t2', 't4']],
    ['severity', { severities: ['critical'] }, ['t1']],
    ['channel', { channels: ['email', 'wechat'] }, ['t2', 't3']],
    ['responsible department', { departments: ['logistics'] }, ['t2']],
    ['open only', { openOnly: true }, ['t1', 't3', 't4', 't5']],
    [
      'received from – to, on the Chinese calendar',
      { from: '2026-11-25', to: '2026-11-26' },
      ['t2', 't3', 't5'],
    ],
    ['received to, the day before', { to: '2026-11-24' }, ['t1']],
    ['client file', { clientId: 'CLIENT' }, ['t1']],
    ['handler', { handlerId: 'SALES_B' }, ['t4']],
    ['overdue: the running deadline has passed', { overdue: true }, ['t1', 't5']],
    ['together', { kinds: ['complaint'], openOnly: true, severities: ['major', 'critical'] }, ['t1', 't4']],
  ] as const)('%s', async (_name, filter, keys) => {
    const f = { ...filter } as Partial<ChannelInput<'service.list'>>;
    if (f.clientId === 'CLIENT') f.clientId = clientId;
    if (f.handlerId === 'SALES_B') f.handlerId = staffIdOf(d.salesB);
    expect(await list(f)).toEqual(ids(...(keys as readonly (keyof typeof t)[])));
  });
});

describe('search, any length', () => {
  it.each([
    ['two Chinese characters of the client’s name', '华东', ['t1']],
    ['one character of the content', '破', ['t1']],
    ['the phone’s digits, as typed without spaces', '13912345678', ['t1']],
    ['the phone as it was given', '1234 5678', ['t1']],
    ['the caller’s name (unknown caller)', '钱女士', ['t2']],
    ['three characters of the content', '态度差', ['t4']],
    ['a word on the second line', '第二行', ['t1']],
    ['search syntax is plain text', '"破裂 OR', []],
  ] as const)('%s', async (_name, search, keys) => {
    expect(await list({ search })).toEqual(ids(...(keys as readonly (keyof typeof t)[])));
  });

  it('by code', async () => {
    expect(await list({ search: t.t2.code })).toEqual(ids('t2'));
    expect(await list({ search: t.t2.code.toLowerCase() })).toEqual(ids('t2'));
  });

  it('within one’s own tickets the same', async () => {
    expect(await listedIds(d.core, d.salesA, { scope: 'mine', search: '华东' })).toEqual(ids('t1'));
    expect(await listedIds(d.core, d.salesA, { scope: 'mine', search: '破' })).toEqual(ids('t1'));
    expect(await listedIds(d.core, d.salesA, { scope: 'mine', search: '态度差' })).toEqual([]);
  });
});

describe('order, paging and the time left', () => {
  it('by deadline: the running deadline, resolved tickets last either way', async () => {
    expect(await ordered({ sort: 'dueAt', order: 'asc' })).toEqual(['t1', 't5', 't4', 't2', 't3']);
    expect(await ordered({ sort: 'dueAt', order: 'desc' })).toEqual(['t4', 't5', 't1', 't3', 't2']);
  });

  it('by received time, severity, code', async () => {
    expect(await ordered({ sort: 'receivedAt', order: 'asc' })).toEqual(['t1', 't5', 't2', 't3', 't4']);
    expect(await ordered({ sort: 'severity', order: 'desc' })).toEqual(['t1', 't4', 't3', 't2', 't5']);
    const byCode = await ordered({ sort: 'code', order: 'asc' });
    expect(byCode.map((k) => t[k!].code)).toEqual(
      Object.values(t)
        .map((x) => x.code)
        .sort(),
    );
  });

  it('a page of it, with the total', async () => {
    const page = unwrap(
      await d.core.call(
        'service.list',
        { scope: 'all', sort: 'receivedAt', order: 'asc', page: 2, pageSize: 2 },
        d.manager,
      ),
    );
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.id)).toEqual([t.t2.id, t.t3.id]);
  });

  it('each row says its running deadline and time left; a resolved one none', async () => {
    const rows = unwrap(await d.core.call('service.list', { scope: 'all', pageSize: 50 }, d.manager)).rows;
    const row = (k: keyof typeof t) => rows.find((r) => r.id === t[k].id)!;
    expect(row('t4').clock).toEqual({
      stage: 'response',
      dueAt: '2026-11-27T05:00:00.000Z',
      mode: 'calendar',
      minutesLeft: 180,
      near: false,
      overdue: false,
    });
    expect(row('t1')).toMatchObject({
      clientName: '华东电子有限公司',
      summary: '屏幕破裂，要求换货',
      clock: { stage: 'response', overdue: true },
    });
    expect(row('t2').clock).toBeNull();
    expect(row('t3').clock).toBeNull();
  });
});

describe('Excel export of the filtered list', () => {
  async function exported(locale: 'zh-CN' | 'en-US') {
    const file = unwrap(
      await d.core.call(
        'service.export',
        { scope: 'all', sort: 'receivedAt', order: 'asc', kinds: ['complaint'], locale },
        d.manager,
      ),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    return { file, rows };
  }

  it('in Chinese: the list’s rows, translated, the time left said as on screen, formulas neutralised', async () => {
    const { file, rows } = await exported('zh-CN');
    expect(file.fileName).toMatch(/^客户服务工单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(rows[0]).toEqual([
      '工单编号',
      '类型',
      '状态',
      '受理时间',
      '客户',
      '联系人',
      '来电号码',
      '问题类别',
      '严重程度',
      '受理渠道',
      '处理人',
      '责任部门',
      '剩余时间',
      '首次响应时间',
      '处理完成时间',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([t.t1.code, t.t2.code, t.t4.code]);
    const t4 = rows.find((r) => r[0] === t.t4.code)!;
    expect(t4[1]).toBe('投诉');
    expect(t4[2]).toBe('已登记');
    expect(t4[3]).toBeInstanceOf(Date);
    // What the caller said, '=1+1', stays text: no formula reaches the sheet.
    expect(t4[4]).toBe("'=1+1");
    expect(t4[7]).toBe('服务态度');
    expect(t4[12]).toBe('剩余 3 小时');
    const t2 = rows.find((r) => r[0] === t.t2.code)!;
    expect(t2[11]).toBe('物流部');
    expect(t2[12]).toBeUndefined();
    expect(t2[14]).toBeInstanceOf(Date);
    const t1 = rows.find((r) => r[0] === t.t1.code)!;
    expect(t1[12]).toMatch(/^已超时 \d+ 天 \d+ 小时$/);
  });

  it('in English', async () => {
    const { rows } = await exported('en-US');
    expect(rows[0]![0]).toBe('Ticket no.');
    const t4 = rows.find((r) => r[0] === t.t4.code)!;
    expect([t4[1], t4[2], t4[7], t4[12]]).toEqual([
      'Complaint',
      'Registered',
      'Service attitude',
      '3 h left',
    ]);
  });
});

describe('overdue as time goes by', () => {
  // Last in the file: it moves the clock.
  it('a ticket becomes overdue the moment its running deadline passes', async () => {
    expect(await list({ overdue: true })).toEqual(ids('t1', 't5'));
    d.clock.advance(3 * 3_600_000);
    expect(await list({ overdue: true })).toEqual(ids('t1', 't5'));
    d.clock.advance(1);
    expect(await list({ overdue: true })).toEqual(ids('t1', 't4', 't5'));
  });
});
