import { CONTRACT_FILE_MAX_BYTES } from '../../../shared/contracts/channels';
import type { ContractAttachment } from '../../../shared/contracts/types';
import type { FilePayload } from '../../../shared/contract/fields';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { notFound } from '../../core/refusals';
import { checkFileSize, purgeAfterDelete, readBlob, storeBlob, unreferenced } from '../../files/blobStore';
import { mimeOf, sanitizeFileName } from '../../files/fileName';
import { runContract, visibleContract } from './access';
import * as attachments from './repository/attachments';
import { touchContract } from './repository/contracts';

/*
 * A contract's files — the signed copy above all — kept by the files store as client attachments are, listed
 * in sales_attachments. Those running the contract add and remove them; whoever sees the contract opens them.
 */

export function addAttachment(
  ctx: UserCtx,
  input: { contractId: string; fileName: string; bytes: Uint8Array },
): ContractAttachment {
  return mutate(ctx, (m) => {
    checkFileSize(input.bytes, CONTRACT_FILE_MAX_BYTES);
    runContract(m, input.contractId);
    const blob = storeBlob(m.store.paths, input.bytes, CONTRACT_FILE_MAX_BYTES);
    const fileName = sanitizeFileName(input.fileName);
    const id = newId();
    attachments.insertAttachment(
      m.db,
      { id, contractId: input.contractId, fileName, mime: mimeOf(fileName), ...blob },
      m.stamp,
    );
    touchContract(m.db, input.contractId, m.stamp);
    m.audit({
      entity: 'contract',
      entityId: input.contractId,
      action: 'add_attachment',
      changes: [
        { field: 'file', before: null, after: fileName },
        { field: 'fileSize', before: null, after: blob.sizeBytes },
      ],
    });
    return attachments.toAttachment(attachments.getAttachment(m.db, id)!);
  });
}

export function openAttachment(ctx: UserCtx, id: string): FilePayload {
  const a = attachments.getAttachment(ctx.db, id);
  if (!a) throw notFound('contract');
  visibleContract(ctx, a.contractId);
  return { fileName: a.fileName, mime: a.mime, bytes: readBlob(ctx.store.paths, a) };
}

/** Removes a file; its bytes go after the commit when nothing else needs them. */
export function deleteAttachment(ctx: UserCtx, id: string): null {
  const sha = mutate(ctx, (m) => {
    const a = attachments.getAttachment(m.db, id);
    if (!a) throw notFound('contract');
    runContract(m, a.contractId);
    attachments.softDeleteAttachment(m.db, id, m.stamp);
    touchContract(m.db, a.contractId, m.stamp);
    m.audit({
      entity: 'contract',
      entityId: a.contractId,
      action: 'delete_attachment',
      changes: [{ field: 'file', before: a.fileName, after: null }],
    });
    return unreferenced(m.db, a.sha256) ? a.sha256 : null;
  });
  purgeAfterDelete(ctx, sha);
  return null;
}
