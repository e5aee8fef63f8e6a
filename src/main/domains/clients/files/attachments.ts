/**
 * Attachments of a client file (business licence scans, contracts): the bytes live in the app's file store
 * (src/main/files/blobStore.ts), the row in client_attachments keeps the sanitised original name. Adding and
 * deleting run inside the caller's mutation, after its visibility checks.
 */
import { DEFAULT_ATTACHMENT_MAX_MB } from '../../../../shared/clients/fileTypes';
import type { Attachment } from '../../../../shared/clients/types';
import { AppError } from '../../../../shared/contract/errors';
import type { FilePayload } from '../../../../shared/contract/fields';
import { diffRecords } from '../../../core/auditDiff';
import { newId } from '../../../core/ids';
import type { Mutation } from '../../../core/mutation';
import type { Db } from '../../../db/connection';
import type { DataPaths } from '../../../db/store';
import { checkFileSize, readBlob, storeBlob, unreferenced } from '../../../files/blobStore';
import { mimeOf, sanitizeFileName } from '../../../files/fileName';
import { MB } from '../../../files/sizes';
import { isLiveClient } from '../repository/clients';
import {
  getAttachment,
  insertAttachment,
  softDeleteAttachment,
  toAttachment,
} from '../repository/attachments';

/**
 * Copies a file into the data folder and lists it on the client. Refuses an empty file and one over
 * `maxBytes` (VALIDATION on `file`: validation.fileEmpty / validation.fileTooLarge with {maxMb}); the client
 * must exist and not be deleted (NOT_FOUND). The bytes are written before the row, so a rolled-back
 * transaction leaves at most an unreferenced file for the store's sweep, never a row without its file.
 */
export function addAttachment(
  m: Mutation,
  input: { clientId: string; fileName: string; bytes: Uint8Array },
  options: { maxBytes?: number } = {},
): Attachment {
  const maxBytes = options.maxBytes ?? DEFAULT_ATTACHMENT_MAX_MB * MB;
  checkFileSize(input.bytes, maxBytes);
  if (!isLiveClient(m.db, input.clientId)) throw new AppError('NOT_FOUND', 'client not found');
  const { sha256, storedName } = storeBlob(m.store.paths, input.bytes, maxBytes);

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
  const bytes = readBlob(paths, a);
  return {
    fileName: a.fileName,
    mime: a.mime,
    bytes,
  };
}

/**
 * Soft-deletes an attachment (deleted_at, deleted_by) with its trail row. Returns the attachment and, when
 * no live row references its bytes any more, their hash: after the transaction commits, pass it to
 * purgeAfterDelete (never inside it — a rollback would bring the row back without its file).
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
  return { attachment, unreferencedSha256: unreferenced(m.db, a.sha256) ? a.sha256 : null };
}
