import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import type { Actor, Ctx } from '../../../src/main/core/context';
import { mutate } from '../../../src/main/core/mutation';
import { newId } from '../../../src/main/core/ids';
import {
  addAttachment,
  deleteAttachment,
  openAttachment,
} from '../../../src/main/domains/clients/files/attachments';
import { blobsDir, purgeUnreferencedBlob, sweepBlobs } from '../../../src/main/files/blobStore';
import { listAttachments } from '../../../src/main/domains/clients/repository/attachments';
import { mimeOf, sanitizeFileName } from '../../../src/main/files/fileName';
import { AppError } from '../../../src/shared/contract/errors';
import { auditRowsAfter, lastAuditId, tableChecksum } from '../contract/support';
import { FakeClock, makeCore, setUpDepartment } from '../../support/core';

let core: Core;
let clock: FakeClock;
let actor: Actor;
let ctx: Ctx;
let clientId: string;

function insertClient(name: string, deleted = false): string {
  const id = newId();
  const at = clock.now().toISOString();
  core.store.db
    .prepare(
      `INSERT INTO clients (id, code, type, name, name_norm, source, tier, status, status_changed_at, touched_at, created_at, updated_at, deleted_at)
       VALUES (?, ?, 'enterprise', ?, ?, 'other', 'C', 'potential', ?, ?, ?, ?, ?)`,
    )
    .run(id, `KH-2026-${id.slice(-5)}`, name, name, at, at, at, at, deleted ? at : null);
  return id;
}

const bytesOf = (s: string) => new TextEncoder().encode(s);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const blobFile = (hash: string) => path.join(blobsDir(core.store.paths), hash.slice(0, 2), hash);

/** Adding and deleting run inside a mutation (the clients service's), as here. */
const add = (
  input: { clientId: string; fileName: string; bytes: Uint8Array },
  options?: { maxBytes?: number },
) => mutate(ctx, (m) => addAttachment(m, input, options));
const remove = (id: string) => mutate(ctx, (m) => deleteAttachment(m, id));

/** The error a call throws, as the boundary would send it. */
function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).toShape();
  }
  throw new Error('expected an error');
}

beforeAll(async () => {
  clock = new FakeClock();
  core = await makeCore({ clock });
  const { manager } = await setUpDepartment(core);
  actor = { userId: manager.user!.userId, name: manager.user!.displayName };
  ctx = core.context(manager);
});
afterAll(() => core.close());
beforeEach(() => {
  clientId = insertClient(`客户${Math.random()}`);
  clock.advance(1000);
});

describe('adding an attachment', () => {
  it('copies the bytes to attachments/<aa>/<sha256> and lists the file under its sanitised name', () => {
    const bytes = bytesOf('营业执照扫描件 PDF 内容');
    const a = add({ clientId, fileName: '营业执照 2026.pdf', bytes });
    expect(a).toEqual({
      id: expect.any(String),
      clientId,
      fileName: '营业执照 2026.pdf',
      mime: 'application/pdf',
      sizeBytes: bytes.byteLength,
      sha256: sha(bytes),
      createdAt: clock.now().toISOString(),
      createdByName: '王经理',
    });
    expect(new Uint8Array(fs.readFileSync(blobFile(a.sha256)))).toEqual(bytes);
    // No temporary file left beside it.
    expect(fs.readdirSync(path.dirname(blobFile(a.sha256)))).toEqual([a.sha256]);
    const row = core.store.db
      .prepare('SELECT stored_name, created_by FROM client_attachments WHERE id = ?')
      .get(a.id);
    expect(row).toEqual({ stored_name: `${a.sha256.slice(0, 2)}/${a.sha256}`, created_by: actor.userId });
  });

  it('is audited in the same transaction', () => {
    const before = lastAuditId(core);
    const a = core.store.db.transaction(() =>
      add({ clientId, fileName: 'contract.docx', bytes: bytesOf('合同') }),
    )();
    expect(auditRowsAfter(core, before)).toEqual([
      expect.objectContaining({
        entity: 'attachment',
        entityId: a.id,
        action: 'create',
        actorUserId: actor.userId,
        changes: expect.arrayContaining([{ field: 'fileName', before: null, after: 'contract.docx' }]),
      }),
    ]);
  });

  it('keeps a name safe for any desktop: no folders, no forbidden characters, extension kept', () => {
    const a = add({
      clientId,
      fileName: '..\\..\\Windows/合同<草稿>:v2?.docx',
      bytes: bytesOf('x'),
    });
    expect(a.fileName).toBe('合同_草稿__v2_.docx');
    expect(a.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sanitizeFileName('CON.txt')).toBe('_CON.txt');
    expect(sanitizeFileName('evil\u202Egpj.exe')).toBe('evilgpj.exe');
    expect(sanitizeFileName('...')).toBe('file');
    const long = sanitizeFileName(`${'很长的名字'.repeat(60)}.pdf`);
    expect([...long]).toHaveLength(150);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(mimeOf('scan.JPG')).toBe('image/jpeg');
    expect(mimeOf('unknown.xyz')).toBe('application/octet-stream');
  });

  it('stores the same content once, however many times it is added', () => {
    const bytes = bytesOf('same content');
    const other = insertClient('另一个客户');
    const a = add({ clientId, fileName: 'a.txt', bytes });
    const b = add({ clientId: other, fileName: 'b.txt', bytes });
    expect(a.sha256).toBe(b.sha256);
    expect(fs.readdirSync(path.dirname(blobFile(a.sha256))).filter((f) => f === a.sha256)).toHaveLength(1);
    expect(listAttachments(core.store.db, other).map((x) => x.fileName)).toEqual(['b.txt']);
  });

  it('refuses a file over the limit (default 20 MB) with its limit, writing nothing', () => {
    const before = tableChecksum(core);
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(errorOf(() => add({ clientId, fileName: 'big.pdf', bytes: big }))).toEqual({
      code: 'VALIDATION',
      message: expect.any(String),
      fields: { file: { key: 'validation.fileTooLarge', params: { maxMb: 20 } } },
    });
    const small = new Uint8Array(1024 * 1024 + 1);
    expect(
      errorOf(() => add({ clientId, fileName: 'x.pdf', bytes: small }, { maxBytes: 1024 * 1024 })).fields,
    ).toEqual({ file: { key: 'validation.fileTooLarge', params: { maxMb: 1 } } });
    expect(errorOf(() => add({ clientId, fileName: 'empty.pdf', bytes: new Uint8Array() })).fields).toEqual({
      file: { key: 'validation.fileEmpty' },
    });
    expect(tableChecksum(core)).toBe(before);
    expect(fs.existsSync(blobFile(sha(big)))).toBe(false);
  });

  it('refuses a client that does not exist or was deleted', () => {
    const gone = insertClient('已删除客户', true);
    for (const id of [gone, newId()])
      expect(errorOf(() => add({ clientId: id, fileName: 'a.pdf', bytes: bytesOf('a') })).code).toBe(
        'NOT_FOUND',
      );
  });
});

describe('listing and opening', () => {
  it('lists a client’s live attachments, newest first', () => {
    const first = add({ clientId, fileName: 'first.png', bytes: bytesOf('1') });
    clock.advance(60_000);
    const second = add({ clientId, fileName: 'second.png', bytes: bytesOf('2') });
    expect(listAttachments(core.store.db, clientId).map((a) => a.id)).toEqual([second.id, first.id]);
  });

  it('opens the stored bytes with the original name and type', () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x00, 0xff]);
    const a = add({ clientId, fileName: '合同.pdf', bytes });
    expect(openAttachment(core.store.db, core.store.paths, a.id)).toEqual({
      fileName: '合同.pdf',
      mime: 'application/pdf',
      bytes,
    });
  });

  it('a file vanished from disk is NOT_FOUND with a clear key, and the database is untouched', () => {
    const bytes = bytesOf('will vanish');
    const a = add({ clientId, fileName: '报价单.xlsx', bytes });
    fs.rmSync(blobFile(a.sha256));
    const before = tableChecksum(core);
    expect(errorOf(() => openAttachment(core.store.db, core.store.paths, a.id))).toEqual({
      code: 'NOT_FOUND',
      message: expect.any(String),
      fields: { file: { key: 'validation.attachmentMissing', params: { fileName: '报价单.xlsx' } } },
    });
    expect(tableChecksum(core)).toBe(before);
    expect(listAttachments(core.store.db, clientId).map((x) => x.id)).toContain(a.id);
  });

  it('a file changed on disk is reported as damaged, not served', () => {
    const a = add({ clientId, fileName: 'scan.png', bytes: bytesOf('original scan') });
    fs.writeFileSync(blobFile(a.sha256), 'tampered scan');
    expect(errorOf(() => openAttachment(core.store.db, core.store.paths, a.id)).fields).toEqual({
      file: { key: 'validation.attachmentDamaged', params: { fileName: 'scan.png' } },
    });
    // Adding the same content again repairs the stored copy.
    add({ clientId, fileName: 'scan-again.png', bytes: bytesOf('original scan') });
    expect(new TextDecoder().decode(openAttachment(core.store.db, core.store.paths, a.id).bytes)).toBe(
      'original scan',
    );
  });

  it('an unknown attachment is NOT_FOUND', () => {
    expect(errorOf(() => openAttachment(core.store.db, core.store.paths, newId())).code).toBe('NOT_FOUND');
  });
});

describe('deleting', () => {
  it('is a soft delete with its trail row; the bytes stay while another live row uses them', () => {
    const bytes = bytesOf('shared licence scan');
    const a = add({ clientId, fileName: 'a.pdf', bytes });
    const b = add({ clientId: insertClient('乙'), fileName: 'b.pdf', bytes });
    const auditBefore = lastAuditId(core);

    const first = core.store.db.transaction(() => remove(a.id))();
    expect(first).toEqual({ attachment: expect.objectContaining({ id: a.id }), unreferencedSha256: null });
    expect(
      core.store.db.prepare('SELECT deleted_at, deleted_by FROM client_attachments WHERE id = ?').get(a.id),
    ).toEqual({
      deleted_at: clock.now().toISOString(),
      deleted_by: actor.userId,
    });
    expect(listAttachments(core.store.db, clientId).map((x) => x.id)).not.toContain(a.id);
    expect(errorOf(() => openAttachment(core.store.db, core.store.paths, a.id)).code).toBe('NOT_FOUND');
    expect(fs.existsSync(blobFile(a.sha256))).toBe(true);
    expect(openAttachment(core.store.db, core.store.paths, b.id).bytes).toEqual(bytes);
    expect(auditRowsAfter(core, auditBefore)).toEqual([
      expect.objectContaining({ entity: 'attachment', entityId: a.id, action: 'delete' }),
    ]);

    // The last live reference goes: the hash is handed back, and purging after the commit removes the bytes.
    const second = core.store.db.transaction(() => remove(b.id))();
    expect(second.unreferencedSha256).toBe(a.sha256);
    expect(purgeUnreferencedBlob(core.store.db, core.store.paths, a.sha256)).toBe(true);
    expect(fs.existsSync(blobFile(a.sha256))).toBe(false);
    expect(errorOf(() => remove(b.id)).code).toBe('NOT_FOUND');
  });

  it('a rolled-back delete keeps the row and its bytes', () => {
    const a = add({ clientId, fileName: 'keep.pdf', bytes: bytesOf('keep me') });
    expect(() =>
      core.store.db.transaction(() => {
        remove(a.id);
        throw new Error('later step failed');
      })(),
    ).toThrow('later step failed');
    expect(openAttachment(core.store.db, core.store.paths, a.id).fileName).toBe('keep.pdf');
    // Purge refuses while a live row references the hash.
    expect(purgeUnreferencedBlob(core.store.db, core.store.paths, a.sha256)).toBe(false);
  });

  it('housekeeping removes files no live row references (a rolled-back add) and leftovers', () => {
    const bytes = bytesOf('added then rolled back');
    expect(() =>
      core.store.db.transaction(() => {
        add({ clientId, fileName: 'gone.pdf', bytes });
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(fs.existsSync(blobFile(sha(bytes)))).toBe(true);
    const kept = add({ clientId, fileName: 'kept.pdf', bytes: bytesOf('kept') });
    const leftover = `${blobFile(kept.sha256)}.0badf00d.part`;
    fs.writeFileSync(leftover, 'half');
    expect(sweepBlobs(core.store.db, core.store.paths)).toBeGreaterThanOrEqual(2);
    expect(fs.existsSync(blobFile(sha(bytes)))).toBe(false);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(openAttachment(core.store.db, core.store.paths, kept.id).fileName).toBe('kept.pdf');
  });
});
