/**
 * Attachments of a client file (business licence scans, contracts): the bytes live in the data folder under
 * attachments/<first two hex digits>/<sha256> (content-addressed: the same file added twice is stored once),
 * the row in client_attachments keeps the sanitised original name. Adding and deleting run inside the
 * caller's mutation, after its visibility checks.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_ATTACHMENT_MAX_MB } from '../../../../shared/clients/fileTypes';
import type { Attachment } from '../../../../shared/clients/types';
import { AppError } from '../../../../shared/contract/errors';
import type { FilePayload } from '../../../../shared/contract/fields';
import { diffRecords } from '../../../core/auditDiff';
import { newId } from '../../../core/ids';
import type { Mutation } from '../../../core/mutation';
import type { Db } from '../../../db/connection';
import type { DataPaths } from '../../../db/store';
import { isLiveClient } from '../repository/clients';
import {
  getAttachment,
  insertAttachment,
  liveAttachmentHashes,
  liveReferences,
  softDeleteAttachment,
  toAttachment,
} from '../repository/attachments';
import { blobsKeptForBackups } from './blobRetention';
import { mimeOf, sanitizeFileName } from './fileName';
import { MB, megabytes } from './sizes';

export const attachmentsDir = (paths: Pick<DataPaths, 'dataDir'>): string =>
  path.join(paths.dataDir, 'attachments');
const storedNameOf = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;
const blobPath = (paths: Pick<DataPaths, 'dataDir'>, storedName: string) =>
  path.join(attachmentsDir(paths), ...storedName.split('/'));

const fileField = (key: string, params?: Record<string, string | number>) => ({
  file: params ? { key: `validation.${key}`, params } : { key: `validation.${key}` },
});

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

/**
 * Copies a file into the data folder and lists it on the client. Refuses an empty file and one over
 * `maxBytes` (VALIDATION on `file`: validation.fileEmpty / validation.fileTooLarge with {maxMb}); the client
 * must exist and not be deleted (NOT_FOUND). The bytes are written before the row, so a rolled-back
 * transaction leaves at most an unreferenced file for sweepAttachmentBlobs, never a row without its file.
 */
export function addAttachment(
  m: Mutation,
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
  if (!isLiveClient(m.db, input.clientId)) throw new AppError('NOT_FOUND', 'client not found');

  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storedName = storedNameOf(sha256);
  const target = blobPath(m.store.paths, storedName);
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
  insertAttachment(m.db, { ...row, storedName }, m.stamp);
  m.audit({ entity: 'attachment', entityId: row.id, action: 'create', changes: diffRecords(null, row) });
  return toAttachment(getAttachment(m.db, row.id)!);
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
  m: Mutation,
  id: string,
): { attachment: Attachment; unreferencedSha256: string | null } {
  const a = getAttachment(m.db, id);
  if (!a) throw new AppError('NOT_FOUND', 'attachment not found');
  softDeleteAttachment(m.db, id, m.stamp);
  const attachment = toAttachment(a);
  m.audit({
    entity: 'attachment',
    entityId: id,
    action: 'delete',
    changes: diffRecords(
      { clientId: a.clientId, fileName: a.fileName, mime: a.mime, sizeBytes: a.sizeBytes, sha256: a.sha256 },
      null,
    ),
  });
  return { attachment, unreferencedSha256: liveReferences(m.db, a.sha256) === 0 ? a.sha256 : null };
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
  for (const sha of liveAttachmentHashes(db)) keep.add(sha);
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
