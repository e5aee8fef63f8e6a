import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditChange } from '../../../../shared/audit/types';
import { DEFAULT_ATTACHMENT_MAX_MB } from '../../../../shared/clients/fileTypes';
import type { Attachment } from '../../../../shared/clients/types';
import { AppError } from '../../../../shared/contract/errors';
import type { FilePayload } from '../../../../shared/contract/fields';
import type { Clock } from '../../../core/clock';
import type { Actor } from '../../../core/context';
import { newId } from '../../../core/ids';
import { stmt, type Db } from '../../../db/connection';
import type { DataPaths } from '../../../db/store';
import { diffRecords } from '../../audit/diff';
import { blobsKeptForBackups } from './blobRetention';
import { mimeOf, sanitizeFileName } from './fileName';
import { MB, megabytes } from './sizes';

/**
 * Attachments of a client file (business licence scans, contracts): the bytes live in the data folder under
 * attachments/<first two hex digits>/<sha256> (content-addressed: the same file added twice is stored once),
 * the row in client_attachments keeps the sanitised original name. Functions take the caller's connection so
 * the clients service runs them inside its transactions, with its visibility checks done first.
 */
export interface AttachmentContext {
  db: Db;
  paths: Pick<DataPaths, 'dataDir'>;
  clock: Clock;
  actor: Actor;
  /** The audit service's record(); every add and delete leaves a trail row in the same transaction. */
  audit: {
    record(
      db: Db,
      actor: Actor,
      entry: { entity: string; entityId: string | null; action: string; changes?: AuditChange[] },
    ): void;
  };
}

export const ATTACHMENT_AUDIT_ENTITY = 'attachment';

export const attachmentsDir = (paths: Pick<DataPaths, 'dataDir'>): string =>
  path.join(paths.dataDir, 'attachments');
const storedNameOf = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;
const blobPath = (paths: Pick<DataPaths, 'dataDir'>, storedName: string) =>
  path.join(attachmentsDir(paths), ...storedName.split('/'));

const fileField = (key: string, params?: Record<string, string | number>) => ({
  file: params ? { key: `validation.${key}`, params } : { key: `validation.${key}` },
});

const SELECT = `
  SELECT a.id, a.client_id AS clientId, a.file_name AS fileName, a.mime, a.size_bytes AS sizeBytes, a.sha256,
         a.stored_name AS storedName, a.created_at AS createdAt, s.name AS createdByName
  FROM client_attachments a
  LEFT JOIN users u ON u.id = a.created_by
  LEFT JOIN staff s ON s.id = u.staff_id`;

type AttachmentRow = Attachment & { storedName: string };
const toAttachment = ({ storedName: _s, ...a }: AttachmentRow): Attachment => a;

/** Writes the bytes under a temporary name beside the target, flushes them, then renames: never a half file. */
function writeBlob(target: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString('hex')}.part`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

/** Whether the stored copy is there and whole (a copy damaged on disk is written again by the next add). */
function blobIntact(file: string, size: number, sha256: string): boolean {
  try {
    if (fs.statSync(file).size !== size) return false;
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex') === sha256;
  } catch {
    return false;
  }
}

/** A live attachment (not deleted), or null. */
export function getAttachment(db: Db, id: string): (Attachment & { storedName: string }) | null {
  return (
    (stmt(db, `${SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as AttachmentRow | undefined) ??
    null
  );
}

/** A client's live attachments, newest first. */
export function listAttachments(db: Db, clientId: string): Attachment[] {
  return (
    stmt(
      db,
      `${SELECT} WHERE a.client_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at DESC, a.id DESC`,
    ).all(clientId) as AttachmentRow[]
  ).map(toAttachment);
}

/**
 * Copies a file into the data folder and lists it on the client. Refuses an empty file and one over
 * `maxBytes` (VALIDATION on `file`: validation.fileEmpty / validation.fileTooLarge with {maxMb}); the client
 * must exist and not be deleted (NOT_FOUND). The bytes are written before the row, so a rolled-back
 * transaction leaves at most an unreferenced file for sweepAttachmentBlobs, never a row without its file.
 */
export function addAttachment(
  ctx: AttachmentContext,
  input: { clientId: string; fileName: string; bytes: Uint8Array },
  options: { maxBytes?: number } = {},
): Attachment {
  const maxBytes = options.maxBytes ?? DEFAULT_ATTACHMENT_MAX_MB * MB;
  if (input.bytes.byteLength === 0)
    throw new AppError('VALIDATION', 'attachment is empty', { fields: fileField('fileEmpty') });
  if (input.bytes.byteLength > maxBytes)
    throw new AppError('VALIDATION', 'attachment too large', {
      fields: fileField('fileTooLarge', { maxMb: megabytes(maxBytes) }),
    });
  const client = stmt(ctx.db, 'SELECT 1 FROM clients WHERE id = ? AND deleted_at IS NULL').get(
    input.clientId,
  );
  if (!client) throw new AppError('NOT_FOUND', 'client not found');

  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storedName = storedNameOf(sha256);
  const target = blobPath(ctx.paths, storedName);
  if (!blobIntact(target, input.bytes.byteLength, sha256)) writeBlob(target, input.bytes);

  const fileName = sanitizeFileName(input.fileName);
  const row = {
    id: newId(),
    clientId: input.clientId,
    fileName,
    mime: mimeOf(fileName),
    sizeBytes: input.bytes.byteLength,
    sha256,
  };
  const at = ctx.clock.now().toISOString();
  stmt(
    ctx.db,
    `INSERT INTO client_attachments (id, client_id, file_name, mime, size_bytes, sha256, stored_name, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.clientId,
    row.fileName,
    row.mime,
    row.sizeBytes,
    row.sha256,
    storedName,
    at,
    ctx.actor.userId,
  );
  ctx.audit.record(ctx.db, ctx.actor, {
    entity: ATTACHMENT_AUDIT_ENTITY,
    entityId: row.id,
    action: 'create',
    changes: diffRecords(null, row),
  });
  return toAttachment(getAttachment(ctx.db, row.id)!);
}

/**
 * The file for "open" or download: the stored bytes with the original name and type. NOT_FOUND when the
 * attachment does not exist or was deleted; when its file has vanished from disk or no longer matches its
 * hash, NOT_FOUND with validation.attachmentMissing / attachmentDamaged on `file`. Reads only.
 */
export function openAttachment(db: Db, paths: Pick<DataPaths, 'dataDir'>, id: string): FilePayload {
  const a = getAttachment(db, id);
  if (!a) throw new AppError('NOT_FOUND', 'attachment not found');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(blobPath(paths, a.storedName));
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'ENOENT' && (err as { code?: unknown }).code !== 'EISDIR')
      throw err;
    throw new AppError('NOT_FOUND', 'attachment file missing', {
      fields: fileField('attachmentMissing', { fileName: a.fileName }),
    });
  }
  if (bytes.byteLength !== a.sizeBytes || createHash('sha256').update(bytes).digest('hex') !== a.sha256)
    throw new AppError('NOT_FOUND', 'attachment file damaged', {
      fields: fileField('attachmentDamaged', { fileName: a.fileName }),
    });
  return {
    fileName: a.fileName,
    mime: a.mime,
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  };
}

/**
 * Soft-deletes an attachment (deleted_at, deleted_by) with its trail row. Returns the attachment and, when
 * no live row references its bytes any more, their hash: after the transaction commits, pass it to
 * purgeUnreferencedBlob (never inside it — a rollback would bring the row back without its file).
 */
export function deleteAttachment(
  ctx: AttachmentContext,
  id: string,
): { attachment: Attachment; unreferencedSha256: string | null } {
  const a = getAttachment(ctx.db, id);
  if (!a) throw new AppError('NOT_FOUND', 'attachment not found');
  stmt(ctx.db, 'UPDATE client_attachments SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(
    ctx.clock.now().toISOString(),
    ctx.actor.userId,
    id,
  );
  const attachment = toAttachment(a);
  ctx.audit.record(ctx.db, ctx.actor, {
    entity: ATTACHMENT_AUDIT_ENTITY,
    entityId: id,
    action: 'delete',
    changes: diffRecords(
      { clientId: a.clientId, fileName: a.fileName, mime: a.mime, sizeBytes: a.sizeBytes, sha256: a.sha256 },
      null,
    ),
  });
  return { attachment, unreferencedSha256: liveReferences(ctx.db, a.sha256) === 0 ? a.sha256 : null };
}

function liveReferences(db: Db, sha256: string): number {
  return (
    stmt(db, 'SELECT count(*) AS n FROM client_attachments WHERE sha256 = ? AND deleted_at IS NULL').get(
      sha256,
    ) as {
      n: number;
    }
  ).n;
}

/**
 * Removes the bytes of a hash that neither a live attachment nor a kept backup references (checked now).
 * Returns whether it removed them.
 */
export function purgeUnreferencedBlob(
  db: Db,
  paths: Pick<DataPaths, 'dataDir' | 'backupDir'>,
  sha256: string,
  nativeBinding?: string,
): boolean {
  if (!/^[0-9a-f]{64}$/.test(sha256) || liveReferences(db, sha256) > 0) return false;
  if (blobsKeptForBackups(paths.backupDir, nativeBinding).has(sha256)) return false;
  const file = blobPath(paths, storedNameOf(sha256));
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file, { force: true });
  return true;
}

/**
 * Housekeeping (on start, after backup rotation): removes stored files that neither a live attachment nor a
 * kept backup references (left by a rolled-back add, a crash before a purge, or a backup rotated away) and
 * leftover temporary files. Returns how many files it removed.
 */
export function sweepAttachmentBlobs(
  db: Db,
  paths: Pick<DataPaths, 'dataDir' | 'backupDir'>,
  nativeBinding?: string,
): number {
  const root = attachmentsDir(paths);
  if (!fs.existsSync(root)) return 0;
  const keep = blobsKeptForBackups(paths.backupDir, nativeBinding);
  for (const sha of stmt(db, 'SELECT DISTINCT sha256 FROM client_attachments WHERE deleted_at IS NULL')
    .pluck()
    .all() as string[])
    keep.add(sha);
  let removed = 0;
  for (const dir of fs.readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory() || !/^[0-9a-f]{2}$/.test(dir.name)) continue;
    for (const f of fs.readdirSync(path.join(root, dir.name))) {
      if (keep.has(f)) continue;
      if (!/^[0-9a-f]{64}(\.[0-9a-f]{8}\.part)?$/.test(f)) continue;
      fs.rmSync(path.join(root, dir.name, f), { force: true });
      removed++;
    }
  }
  return removed;
}
