import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { xlsxBytes } from './support';

/** Through the channels and the real clients service: problem-row paging and owner changes on update. */
let core: Core;
let manager: Session;
let groups: Record<string, string>;

beforeAll(async () => {
  core = await makeCore({ clock: new FakeClock() });
  ({ manager, groups } = await setUpDepartment(core));
});

afterAll(async () => {
  await core.close();
});

const upload = async (...args: Parameters<typeof xlsxBytes>) => Uint8Array.from(await xlsxBytes(...args));
const salesGroup = () => Object.values(groups)[0]!;

function employeeNo(session: Session): string {
  const row = core.store.db
    .prepare('SELECT employee_no AS no FROM staff WHERE id = ?')
    .get(session.user!.staffId) as { no: string };
  return row.no;
}

describe('clients.import.rows', () => {
  it("lists the problem rows by default, page after page, past the preview's first hundred", async () => {
    const rows = Array.from({ length: 260 }, (_, i) =>
      i < 250 ? [`手机号错误公司${i}`, '联系人', '123'] : [`正常公司${i}`, null, null],
    );
    const bytes = await upload(['name', 'contactName', 'contactMobile'], rows);
    const preview = unwrap(
      await core.call('clients.import.preview', { fileName: 'big.xlsx', bytes }, manager),
    );
    expect(preview).toMatchObject({ total: 260, invalid: 250, problems: 250 });
    expect(preview.rows).toHaveLength(100);
    const page3 = unwrap(
      await core.call('clients.import.rows', { jobId: preview.jobId, page: 3, pageSize: 100 }, manager),
    );
    expect(page3).toMatchObject({ total: 250, page: 3, pageSize: 100 });
    expect(page3.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 50 }, (_, i) => 202 + i));
  });
});

describe('an owner change in update mode', () => {
  let lead: Session;
  let member: Session;

  beforeAll(async () => {
    lead = await sessionFor(core, manager, 'group_lead', salesGroup());
    member = await sessionFor(core, manager, 'staff', salesGroup());
  });

  /** A file of the group owned by the member; the file names the lead as its owner, plus one new row. */
  async function memberFileAndUpload(name: string) {
    const file = unwrap(
      await core.call('clients.create', { name, ownerId: member.user!.staffId, industry: '制造业' }, manager),
    );
    const bytes = await upload(
      ['name', 'industry', 'ownerEmployeeNo'],
      [
        [name, '软件', employeeNo(lead)],
        [`${name}新分号`, '贸易', null],
      ],
    );
    return { file, bytes };
  }

  it('by a group lead is flagged in the preview and skipped; the rest is imported', async () => {
    const { file, bytes } = await memberFileAndUpload('组长转交测试有限公司');
    const preview = unwrap(await core.call('clients.import.preview', { fileName: 'o.xlsx', bytes }, lead));
    expect(preview).toMatchObject({ total: 2, valid: 2, invalid: 0, duplicates: 1 });
    expect(preview.rows).toEqual([
      expect.objectContaining({
        rowNumber: 2,
        updateNote: { reason: 'ownerChangeRefused', code: file.code },
      }),
    ]);

    const result = unwrap(
      await core.call(
        'clients.import.commit',
        { jobId: preview.jobId, mode: 'update', skipInvalid: false },
        lead,
      ),
    );
    expect(result).toMatchObject({ committed: true, created: 1, updated: 0, skipped: 1, failed: 0 });
    expect(result.problems).toEqual([
      expect.objectContaining({ rowNumber: 2, reason: 'ownerChangeRefused', clientCode: file.code }),
    ]);
    const detail = unwrap(await core.call('clients.get', { id: file.id }, manager));
    expect(detail.client).toMatchObject({ ownerId: member.user!.staffId, industry: '制造业' });
  });

  it('by the manager changes the owner', async () => {
    const { file, bytes } = await memberFileAndUpload('经理转交测试有限公司');
    const preview = unwrap(await core.call('clients.import.preview', { fileName: 'o.xlsx', bytes }, manager));
    expect(preview.rows.map((r) => r.updateNote)).toEqual([undefined]);
    const result = unwrap(
      await core.call(
        'clients.import.commit',
        { jobId: preview.jobId, mode: 'update', skipInvalid: false },
        manager,
      ),
    );
    expect(result).toMatchObject({ committed: true, created: 1, updated: 1, skipped: 0 });
    const detail = unwrap(await core.call('clients.get', { id: file.id }, manager));
    expect(detail.client).toMatchObject({ ownerId: lead.user!.staffId, industry: '软件' });
  });
});
