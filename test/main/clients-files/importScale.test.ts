import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Actor } from '../../../src/main/core/context';
import { createClientImports } from '../../../src/main/domains/clients/files/importJobs';
import { importTemplateXlsx } from '../../../src/main/domains/clients/files/importTemplate';
import { IMPORT_COLUMNS } from '../../../src/shared/clients/fileTypes';
import { FakeClock, makeCore, setUpDepartment, unwrap } from '../../support/core';
import {
  badCheckDigit,
  loadWorkbook,
  nthCreditCode,
  recordAudit,
  sqliteLookups,
  sqliteTransaction,
  sqliteWriter,
} from './support';

/** Enough rows for every kind of problem many times over; the 10,000-row time is the benchmark's (clients.import_10k_s). */
const ROWS = 2_000;
const STATUSES = ['潜在', 'Key follow-up', '成交 Customer', 'dormant', '流失'];
const SOURCES = ['展会', 'Referral', '网络 Online', 'cold_call', '其他'];

/** Row i of the big file: mostly good, every 10th with an error, every 25th a duplicate of an existing file. */
function bigRow(i: number): Record<string, unknown> {
  const row: Record<string, unknown> = {
    name: `华东${i}号贸易有限公司`,
    type: i % 7 === 0 ? '个人' : 'Enterprise',
    creditCode: nthCreditCode(10_000 + i),
    industry: ['制造业', '零售', 'IT'][i % 3],
    province: '浙江',
    city: '杭州',
    address: `西湖区文三路 ${i} 号`,
    source: SOURCES[i % 5],
    tier: 'ABCD'[i % 4],
    status: STATUSES[i % 5],
    ownerEmployeeNo: i % 3 === 0 ? 'S100' : null,
    tags: '制造, 华东',
    notes: i % 50 === 0 ? `🚀 ${'长备注'.repeat(500)}` : null,
    contactName: `联系人${i}`,
    contactTitle: '采购经理',
    contactMobile: 13_000_000_000 + i,
    contactEmail: `buyer${i}@example.com`,
    contactBirthday: i % 2 ? new Date(Date.UTC(1980 + (i % 20), i % 12, 1 + (i % 28))) : '1985/6/18',
  };
  if (i % 10 === 1) row.creditCode = badCheckDigit(nthCreditCode(10_000 + i));
  if (i % 10 === 2) row.contactMobile = '12345';
  if (i % 10 === 3) row.status = '签约';
  if (i % 100 === 4) row.name = null;
  if (i % 25 === 5) row.creditCode = nthCreditCode(500_000 + (i % 1000));
  return row;
}

let core: Core;
let actor: Actor;
let bytes: Uint8Array;

beforeAll(async () => {
  core = await makeCore();
  const { manager } = await setUpDepartment(core);
  actor = { userId: manager.user!.userId, name: manager.user!.displayName };
  unwrap(await core.call('org.staff.create', { employeeNo: 'S100', name: '钱负责' }, manager));
  // 1,000 existing files, some of which the file's rows repeat.
  const writer = sqliteWriter(core.store.db, actor, () => new Date().toISOString(), recordAudit);
  core.store.db.transaction(() => {
    for (let i = 0; i < 1000; i++)
      writer.createClient(
        {
          type: 'enterprise',
          name: `已有客户${i}`,
          creditCode: nthCreditCode(500_000 + i),
          industry: null,
          province: null,
          city: null,
          address: null,
          source: 'other',
          tier: 'C',
          status: 'potential',
          ownerId: null,
          tags: [],
          notes: null,
        },
        null,
        { jobId: 'seed', rowNumber: i },
      );
  })();
  // The file is the template filled in, drop-downs and all.
  const wb = await loadWorkbook((await importTemplateXlsx('zh-CN')).bytes);
  const ws = wb.getWorksheet('客户 Clients')!;
  for (let i = 0; i < ROWS; i++) {
    const r = bigRow(i);
    ws.addRow(IMPORT_COLUMNS.map((c) => (r[c] ?? null) as never));
  }
  bytes = new Uint8Array(await wb.xlsx.writeBuffer());
}, 120_000);

afterAll(() => core?.close());

describe('a 2,000-row file with mixed errors', () => {
  it('is read, checked and committed: counts match the rows, invalid rows fail, duplicates are found', async () => {
    const imports = createClientImports({ clock: new FakeClock() });
    const preview = await imports.preview(
      { fileName: 'big.xlsx', bytes },
      actor.userId,
      sqliteLookups(core.store.db),
    );
    const result = await imports.commit(
      preview.jobId,
      actor.userId,
      { mode: 'skip', skipInvalid: true },
      {
        writer: sqliteWriter(core.store.db, actor, () => new Date().toISOString(), recordAudit),
        begin: () => sqliteTransaction(core.store.db),
      },
    );
    const report = await imports.report(preview.jobId, actor.userId, 'zh-CN');

    const invalid = Array.from({ length: ROWS }, (_, i) => i).filter(
      (i) => i % 10 === 1 || i % 10 === 2 || i % 10 === 3 || i % 100 === 4,
    ).length;
    expect(preview.total).toBe(ROWS);
    expect(preview.invalid).toBe(invalid);
    expect(preview.valid).toBe(ROWS - invalid);
    expect(preview.duplicates).toBeGreaterThanOrEqual(ROWS / 25 - 1);
    expect(result.committed).toBe(true);
    expect(result.created + result.skipped + result.failed).toBe(ROWS);
    expect(result.failed).toBe(invalid);
    expect(result.created).toBe(
      (
        core.store.db.prepare("SELECT count(*) AS n FROM clients WHERE name LIKE '华东%'").get() as {
          n: number;
        }
      ).n,
    );
    expect(report.bytes.length).toBeGreaterThan(10_000);
  }, 60_000);
});
