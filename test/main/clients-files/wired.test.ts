import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Session } from '../../../src/main/core/session';
import { createChromiumPrinter } from '../../../src/main/harness/chromiumPrinter';
import { FakeClock, makeCore, sessionFor, setUpDepartment, unwrap } from '../../support/core';
import { auditRowsAfter, lastAuditId } from '../contract/support';
import { loadWorkbook, nthCreditCode, sheetRows, xlsxBytes } from './support';

/** The client files' channels wired into the core: import, export, the printed sheet, attachments. */
const clock = new FakeClock();
let core: Core;
let manager: Session;
let groups: Record<string, string>;

beforeAll(async () => {
  core = await makeCore({ printer: createChromiumPrinter(), clock });
  ({ manager, groups } = await setUpDepartment(core));
});

afterAll(async () => {
  await core.close();
});

/** An .xlsx upload as the channel takes it (a Uint8Array over its own ArrayBuffer). */
const upload = async (...args: Parameters<typeof xlsxBytes>) => Uint8Array.from(await xlsxBytes(...args));

const salesGroup = () => Object.values(groups)[0]!;

describe('import through the channels', () => {
  it('preview → commit in update mode updates the matching file, creates the new one; both listed, with trail rows', async () => {
    const code = nthCreditCode(71);
    const existing = unwrap(
      await core.call(
        'clients.create',
        { name: '杭州导入测试有限公司', creditCode: code, industry: '制造业' },
        manager,
      ),
    );
    const bytes = await upload(
      ['name', 'creditCode', 'industry', 'contactName', 'contactMobile'],
      [
        ['杭州导入测试有限公司', code, '软件', '李联系', '13900001111'],
        ['宁波导入新客户有限公司', null, '贸易', null, null],
      ],
    );
    const preview = unwrap(await core.call('clients.import.preview', { fileName: 'a.xlsx', bytes }, manager));
    expect(preview).toMatchObject({ total: 2, valid: 2, invalid: 0, duplicates: 1 });
    const fromId = lastAuditId(core);
    const result = unwrap(
      await core.call(
        'clients.import.commit',
        { jobId: preview.jobId, mode: 'update', skipInvalid: false },
        manager,
      ),
    );
    expect(result).toMatchObject({ committed: true, created: 1, updated: 1, failed: 0 });
    expect(
      unwrap(await core.call('clients.import.progress', { jobId: preview.jobId }, manager)),
    ).toMatchObject({
      status: 'done',
      total: 2,
      done: 2,
    });

    const detail = unwrap(await core.call('clients.get', { id: existing.id }, manager));
    expect(detail.client.industry).toBe('软件');
    expect(detail.client.version).toBeGreaterThan(existing.version);
    expect(detail.contacts).toEqual([expect.objectContaining({ name: '李联系', isPrimary: true })]);

    const list = unwrap(await core.call('clients.list', { search: '导入', page: 1, pageSize: 20 }, manager));
    expect(list.rows.map((r) => r.name).sort()).toEqual(['宁波导入新客户有限公司', '杭州导入测试有限公司']);
    const created = list.rows.find((r) => r.name === '宁波导入新客户有限公司')!;
    expect(created.code).toMatch(/\S/);

    const kinds = auditRowsAfter(core, fromId).map((r) => `${r.entity}.${r.action}.${r.entityId}`);
    expect(kinds).toEqual(
      expect.arrayContaining([`client.update.${existing.id}`, `client.create.${created.id}`]),
    );
    expect(kinds.some((k) => k.startsWith('contact.create.'))).toBe(true);
    // A committed job cannot be committed twice.
    expect(
      await core.call(
        'clients.import.commit',
        { jobId: preview.jobId, mode: 'update', skipInvalid: false },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });

  it('a new file with a contact: the contact is primary, in the trail, and the file is found by it', async () => {
    const bytes = await upload(
      ['name', 'contactName', 'contactMobile'],
      [['温州新建带联系人有限公司', '欧阳晓', '139 0000 2222']],
    );
    const preview = unwrap(await core.call('clients.import.preview', { fileName: 'c.xlsx', bytes }, manager));
    const fromId = lastAuditId(core);
    unwrap(
      await core.call(
        'clients.import.commit',
        { jobId: preview.jobId, mode: 'create', skipInvalid: false },
        manager,
      ),
    );
    const [found] = unwrap(
      await core.call('clients.list', { search: '13900002222', page: 1, pageSize: 20 }, manager),
    ).rows;
    expect(found?.name).toBe('温州新建带联系人有限公司');
    expect(
      unwrap(await core.call('clients.list', { search: '欧阳晓', page: 1, pageSize: 20 }, manager)).total,
    ).toBe(1);
    const detail = unwrap(await core.call('clients.get', { id: found!.id }, manager));
    expect(detail.contacts).toEqual([
      expect.objectContaining({ name: '欧阳晓', mobile: '139 0000 2222', isPrimary: true }),
    ]);
    expect(detail.completeness.missing).not.toContain('primaryContact');
    const kinds = auditRowsAfter(core, fromId).map((r) => `${r.entity}.${r.action}.${r.entityId}`);
    expect(kinds).toEqual([`client.create.${found!.id}`, `contact.create.${detail.contacts[0]!.id}`]);
  });

  it('staff import for themselves: an owner outside their scope is a row error; another user’s job is NOT_FOUND', async () => {
    const staff = await sessionFor(core, manager, 'staff', salesGroup());
    const bytes = await upload(
      ['name', 'ownerEmployeeNo'],
      [
        ['员工自己导入有限公司', ''],
        ['员工代他人导入有限公司', 'M001'],
      ],
    );
    const preview = unwrap(await core.call('clients.import.preview', { fileName: 'b.xlsx', bytes }, staff));
    expect(preview).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    expect(preview.rows[0]!.errors.ownerEmployeeNo).toMatchObject({ key: 'validation.invalidChoice' });
    expect(
      await core.call('clients.import.rows', { jobId: preview.jobId, page: 1, pageSize: 20 }, manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const result = unwrap(
      await core.call(
        'clients.import.commit',
        { jobId: preview.jobId, mode: 'create', skipInvalid: true },
        staff,
      ),
    );
    expect(result).toMatchObject({ committed: true, created: 1, failed: 1 });
    const mine = unwrap(
      await core.call('clients.list', { search: '员工自己导入', page: 1, pageSize: 20 }, staff),
    );
    expect(mine.rows).toEqual([expect.objectContaining({ ownerId: staff.user!.staffId })]);
  });
});

describe('export', () => {
  it('exports the filtered list the caller sees, every row', async () => {
    for (let i = 0; i < 3; i++)
      unwrap(
        await core.call('clients.create', { name: `导出筛选客户${i}`, province: '福建', tier: 'A' }, manager),
      );
    unwrap(
      await core.call('clients.create', { name: '导出筛选客户-别省', province: '广东', tier: 'A' }, manager),
    );
    const file = unwrap(
      await core.call(
        'clients.export',
        { search: '导出筛选客户', province: '福建', sort: 'name', order: 'asc', locale: 'zh-CN' },
        manager,
      ),
    );
    expect(file.fileName).toMatch(/\.xlsx$/);
    const wb = await loadWorkbook(file.bytes);
    const rows = sheetRows(wb.worksheets[0]!);
    const names = rows
      .slice(1)
      .map((r) => r.find((v) => typeof v === 'string' && v.startsWith('导出筛选客户')));
    expect(names).toEqual(['导出筛选客户0', '导出筛选客户1', '导出筛选客户2']);

    // Staff see only their own files: none of these.
    const staff = await sessionFor(core, manager, 'staff', salesGroup());
    const theirs = unwrap(
      await core.call('clients.export', { search: '导出筛选客户', locale: 'en-US' }, staff),
    );
    expect(sheetRows((await loadWorkbook(theirs.bytes)).worksheets[0]!)).toHaveLength(1);
  });
});

describe('attachments and the printed sheet', () => {
  it('add, list, open, delete through the channels; a file the caller may not see is NOT_FOUND', async () => {
    const client = unwrap(await core.call('clients.create', { name: '附件测试客户' }, manager));
    const bytes = new TextEncoder().encode('%PDF-1.4\n% licence\n');
    const added = unwrap(
      await core.call('attachments.add', { clientId: client.id, fileName: '营业执照.pdf', bytes }, manager),
    );
    expect(unwrap(await core.call('attachments.list', { clientId: client.id }, manager))).toEqual([
      expect.objectContaining({ id: added.id }),
    ]);
    expect(unwrap(await core.call('clients.get', { id: client.id }, manager)).attachments).toEqual([
      expect.objectContaining({ id: added.id }),
    ]);
    const opened = unwrap(await core.call('attachments.open', { id: added.id }, manager));
    expect(opened.fileName).toBe('营业执照.pdf');
    expect(Buffer.from(opened.bytes).equals(Buffer.from(bytes))).toBe(true);

    const staff = await sessionFor(core, manager, 'staff', salesGroup());
    const notFound = { ok: false, error: { code: 'NOT_FOUND' } };
    expect(await core.call('attachments.open', { id: added.id }, staff)).toMatchObject(notFound);
    expect(await core.call('attachments.list', { clientId: client.id }, staff)).toMatchObject(notFound);
    expect(await core.call('attachments.delete', { id: added.id }, staff)).toMatchObject(notFound);
    expect(
      await core.call('attachments.add', { clientId: client.id, fileName: 'x.pdf', bytes }, staff),
    ).toMatchObject(notFound);
    expect(await core.call('clients.printSheet', { id: client.id, locale: 'zh-CN' }, staff)).toMatchObject(
      notFound,
    );

    unwrap(await core.call('attachments.delete', { id: added.id }, manager));
    expect(unwrap(await core.call('attachments.list', { clientId: client.id }, manager))).toEqual([]);
    expect(await core.call('attachments.open', { id: added.id }, manager)).toMatchObject(notFound);
  });

  it('printSheet returns a PDF', async () => {
    const client = unwrap(await core.call('clients.create', { name: '档案表打印客户' }, manager));
    const file = unwrap(await core.call('clients.printSheet', { id: client.id, locale: 'zh-CN' }, manager));
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toContain(client.code);
    expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe('%PDF-');
  }, 60_000);
});
