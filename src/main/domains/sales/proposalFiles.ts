import { PROPOSAL_FILE_MAX_BYTES } from '../../../shared/sales/channels';
import type { SalesFile } from '../../../shared/sales/types';
import type { FilePayload } from '../../../shared/contract/fields';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { notFound } from '../../core/refusals';
import { checkFileSize, purgeAfterDelete, readBlob, storeBlob, unreferenced } from '../../files/blobStore';
import { mimeOf, sanitizeFileName } from '../../files/fileName';
import { visibleOpportunity } from './access';
import {
  getProposalFile,
  insertProposalFile,
  softDeleteProposalFile,
  toSalesFile,
} from './repository/attachments';

/*
 * A proposal's files (the personalised proposal as sent, price sheets, drawings): listed in sales_attachments
 * as 'proposal', their bytes in the app's file store like every other kept file. Whoever sees the opportunity
 * adds, opens and removes them.
 */

export function addProposalFile(
  ctx: UserCtx,
  input: { opportunityId: string; fileName: string; bytes: Uint8Array },
): SalesFile {
  return mutate(ctx, (m) => {
    checkFileSize(input.bytes, PROPOSAL_FILE_MAX_BYTES);
    visibleOpportunity(m, input.opportunityId);
    const blob = storeBlob(m.store.paths, input.bytes, PROPOSAL_FILE_MAX_BYTES);
    const fileName = sanitizeFileName(input.fileName);
    const id = newId();
    insertProposalFile(
      m.db,
      { id, opportunityId: input.opportunityId, fileName, mime: mimeOf(fileName), ...blob },
      m.stamp,
    );
    m.audit({
      entity: 'opportunity',
      entityId: input.opportunityId,
      action: 'add_proposal_file',
      changes: [
        { field: 'proposalFile', before: null, after: fileName },
        { field: 'proposalFileSize', before: null, after: blob.sizeBytes },
      ],
    });
    return toSalesFile(getProposalFile(m.db, id)!);
  });
}

export function openProposalFile(ctx: UserCtx, id: string): FilePayload {
  const f = getProposalFile(ctx.db, id);
  if (!f) throw notFound('opportunity');
  visibleOpportunity(ctx, f.ownerId);
  return { fileName: f.fileName, mime: f.mime, bytes: readBlob(ctx.store.paths, f) };
}

/** Removes a file; its bytes go after the commit when nothing else needs them. */
export function deleteProposalFile(ctx: UserCtx, id: string): null {
  const sha = mutate(ctx, (m) => {
    const f = getProposalFile(m.db, id);
    if (!f) throw notFound('opportunity');
    visibleOpportunity(m, f.ownerId);
    softDeleteProposalFile(m.db, id, m.stamp);
    m.audit({
      entity: 'opportunity',
      entityId: f.ownerId,
      action: 'delete_proposal_file',
      changes: [{ field: 'proposalFile', before: f.fileName, after: null }],
    });
    return unreferenced(m.db, f.sha256) ? f.sha256 : null;
  });
  purgeAfterDelete(ctx, sha);
  return null;
}
