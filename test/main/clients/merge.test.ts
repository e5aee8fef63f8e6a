import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/main/core/ids';
import { auditRowsAfter, lastAuditId } from '../contract/support';
import { unwrap } from '../../support/core';
import { creditCode, department, listIds, makeClient, staffIdOf, type Department } from './support';

let d: Department;
beforeAll(async () => {
  d = await department();
});
afterAll(async () => {
  await d.core.close();
});

function addAttachment(clientId: string, fileName: string): string {
  const id = newId();
  d.core.store.db
    .prepare(
      `INSERT INTO client_attachments (id, client_id, file_name, mime, size_bytes, sha256, stored_name, created_at)
       VALUES (?, ?, ?, 'application/pdf', 10, 'abc', ?, '2026-11-01T00:00:00.000Z')`,
    )
    .run(id, clientId, fileName, id);
  return id;
}

/** Two files of the same company, each with contacts (one primary), records, transactions and an attachment. */
async function twoFiles(codeSeed = 777) {
  const call = d.core.call;
  const keep = await makeClient(d.core, d.manager, {
    name: '合并保留公司',
    industry: '制造业',
    tags: ['老客户'],
    ownerId: staffIdOf(d.salesA),
  });
  const merged = await makeClient(d.core, d.manager, {
    name: '合并保留有限公司',
    industry: '软件',
    creditCode: creditCode(codeSeed),
    province: '浙江',
    city: '杭州',
    address: '文一西路 1 号',
    tags: ['老客户', '展会'],
    ownerId: staffIdOf(d.salesB),
  });
  const keepPrimary = unwrap(
    await call(
      'contacts.create',
      { clientId: keep.id, name: '保留主联系人', mobile: '13811110000', isPrimary: true },
      d.manager,
    ),
  );
  const mergedPrimary = unwrap(
    await call(
      'contacts.create',
      { clientId: merged.id, name: '被合并主联系人', mobile: '13822220000', isPrimary: true },
      d.manager,
    ),
  );
  const mergedOther = unwrap(
    await call(
      'contacts.create',
      { clientId: merged.id, name: '被合并联系人乙', mobile: '13822221111' },
      d.manager,
    ),
  );
  const record = (clientId: string, content: string) =>
    call(
      'communications.create',
      { clientId, at: '2026-11-10T02:00:00.000Z', channel: 'phone', content },
      d.manager,
    );
  unwrap(await record(keep.id, '保留方的沟通'));
  const movedRecord = unwrap(await record(merged.id, '被合并方的沟通一'));
  unwrap(await record(merged.id, '被合并方的沟通二'));
  const movedTx = unwrap(
    await call(
      'transactions.create',
      { clientId: merged.id, date: '2026-10-01', item: '设备', quantity: 2, amountFen: 500_00 },
      d.manager,
    ),
  );
  unwrap(
    await call(
      'clients.setStatus',
      { id: merged.id, version: merged.version, status: 'customer', reason: '签约' },
      d.manager,
    ),
  );
  const attachment = addAttachment(merged.id, '营业执照.pdf');
  const current = async (id: string) => unwrap(await call('clients.get', { id }, d.manager)).client;
  return {
    keep: await current(keep.id),
    merged: await current(merged.id),
    keepPrimary,
    mergedPrimary,
    mergedOther,
    movedRecord,
    movedTx,
    attachment,
  };
}

describe('clients.merge', () => {
  it('moves contacts, records, transactions, attachments and status history, and fills the kept file’s gaps', async () => {
    const f = await twoFiles();
    const fromAudit = lastAuditId(d.core);
    const kept = unwrap(
      await d.core.call(
        'clients.merge',
        {
          keepId: f.keep.id,
          keepVersion: f.keep.version,
          mergeId: f.merged.id,
          mergeVersion: f.merged.version,
        },
        d.manager,
      ),
    );

    // The kept file's own values win; its empty ones are taken from the merged file; tags are joined.
    expect(kept).toMatchObject({
      id: f.keep.id,
      code: f.keep.code,
      name: '合并保留公司',
      industry: '制造业',
      creditCode: creditCode(777),
      province: '浙江省',
      city: '杭州市',
      address: '文一西路 1 号',
      ownerId: staffIdOf(d.salesA),
      version: f.keep.version + 1,
    });
    expect(kept.tags).toEqual(['老客户', '展会']);

    const detail = unwrap(await d.core.call('clients.get', { id: f.keep.id }, d.manager));
    expect(detail.contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ['保留主联系人', true],
      ['被合并主联系人', false],
      ['被合并联系人乙', false],
    ]);
    expect(detail.communications.map((m) => m.content).sort()).toEqual(
      ['保留方的沟通', '被合并方的沟通一', '被合并方的沟通二'].sort(),
    );
    expect(detail.transactions.map((t) => t.id)).toEqual([f.movedTx.id]);
    expect(detail.transactionsTotalFen).toBe(500_00);
    expect(detail.attachments.map((a) => a.id)).toEqual([f.attachment]);
    // Both files' histories, now one.
    expect(detail.statusHistory.map((h) => [h.from, h.to])).toEqual(
      expect.arrayContaining([
        [null, 'potential'],
        [null, 'potential'],
        ['potential', 'customer'],
      ]),
    );
    expect(detail.statusHistory).toHaveLength(3);

    // The merged file is gone from everywhere, marked as merged into the kept one, and not in the recycle bin.
    expect(await d.core.call('clients.get', { id: f.merged.id }, d.manager)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const row = d.core.store.db
      .prepare('SELECT deleted_at AS deletedAt, merged_into AS mergedInto FROM clients WHERE id = ?')
      .get(f.merged.id) as { deletedAt: string | null; mergedInto: string | null };
    expect(row.deletedAt).not.toBeNull();
    expect(row.mergedInto).toBe(f.keep.id);
    const bin = unwrap(await d.core.call('clients.recycleBin', {}, d.manager));
    expect(bin.rows.map((r) => r.id)).not.toContain(f.merged.id);

    // Searching for what came over finds the kept file.
    expect(await listIds(d.core, d.manager, { search: '被合并联系人乙' })).toEqual([f.keep.id]);
    expect(await listIds(d.core, d.manager, { search: '13822221111' })).toEqual([f.keep.id]);
    expect(await listIds(d.core, d.manager, { search: creditCode(777) })).toEqual([f.keep.id]);

    // One trail row for each file, saying what moved.
    const rows = auditRowsAfter(d.core, fromAudit).filter((r) => r.entity === 'client');
    const moved = { contacts: 2, communications: 2, transactions: 1, attachments: 1, statusChanges: 2 };
    const keepRow = rows.find((r) => r.entityId === f.keep.id && r.action === 'merge')!;
    expect(keepRow.changes).toEqual(
      expect.arrayContaining([
        { field: 'mergedFrom', before: null, after: f.merged.code },
        { field: 'moved', before: null, after: moved },
        { field: 'creditCode', before: null, after: creditCode(777) },
        { field: 'tags', before: ['老客户'], after: ['老客户', '展会'] },
      ]),
    );
    const mergedRow = rows.find((r) => r.entityId === f.merged.id && r.action === 'merged_into')!;
    expect(mergedRow.changes).toEqual(
      expect.arrayContaining([
        { field: 'mergedInto', before: null, after: f.keep.code },
        { field: 'moved', before: moved, after: null },
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('keeps the merged file’s primary contact as primary when the kept file has none', async () => {
    const keep = await makeClient(d.core, d.manager, { name: '无主联系人公司' });
    const merged = await makeClient(d.core, d.manager, { name: '有主联系人公司' });
    unwrap(
      await d.core.call(
        'contacts.create',
        { clientId: merged.id, name: '唯一主联系人', isPrimary: true },
        d.manager,
      ),
    );
    const m = unwrap(await d.core.call('clients.get', { id: merged.id }, d.manager)).client;
    unwrap(
      await d.core.call(
        'clients.merge',
        { keepId: keep.id, keepVersion: keep.version, mergeId: m.id, mergeVersion: m.version },
        d.manager,
      ),
    );
    const detail = unwrap(await d.core.call('clients.get', { id: keep.id }, d.manager));
    expect(detail.contacts.map((c) => [c.name, c.isPrimary])).toEqual([['唯一主联系人', true]]);
    expect(detail.client.primaryContactName).toBe('唯一主联系人');
  });

  it('checks both versions: a stale one is a CONFLICT and nothing moves', async () => {
    const f = await twoFiles(778);
    for (const stale of [
      { keepVersion: f.keep.version + 1, mergeVersion: f.merged.version },
      { keepVersion: f.keep.version, mergeVersion: f.merged.version - 1 },
    ]) {
      const r = await d.core.call(
        'clients.merge',
        { keepId: f.keep.id, mergeId: f.merged.id, ...stale },
        d.manager,
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
    const detail = unwrap(await d.core.call('clients.get', { id: f.merged.id }, d.manager));
    expect(detail.contacts).toHaveLength(2);
    expect(detail.client.version).toBe(f.merged.version);
  });

  it('refuses merging a file into itself, files out of scope, and callers without the permission', async () => {
    const c = await makeClient(d.core, d.manager, { name: '自我合并公司' });
    expect(
      await d.core.call(
        'clients.merge',
        { keepId: c.id, keepVersion: c.version, mergeId: c.id, mergeVersion: c.version },
        d.manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { mergeId: {} } } });

    const sales1 = await makeClient(d.core, d.salesA, { name: '销售组客户一' });
    const sales2 = await makeClient(d.core, d.salesA, { name: '销售组客户二' });
    const input = {
      keepId: sales1.id,
      keepVersion: sales1.version,
      mergeId: sales2.id,
      mergeVersion: sales2.version,
    };
    // The deputy is in charge of market, not sales: the files do not exist for them.
    expect(await d.core.call('clients.merge', input, d.marketDeputy)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await d.core.call('clients.merge', input, d.salesLead)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await d.core.call('clients.merge', input, d.salesA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
