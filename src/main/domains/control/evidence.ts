import { EVIDENCE_MAX_BYTES } from '../../../shared/control/channels';
import { RECTIFICATION_WORKING, type EvidenceFile } from '../../../shared/control/types';
import { AppError } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal, notFound } from '../../core/refusals';
import { checkFileSize, purgeAfterDelete, readBlob, storeBlob, unreferenced } from '../../files/blobStore';
import { mimeOf, sanitizeFileName } from '../../files/fileName';
import * as evidence from './repository/evidence';
import { getRectification, type RectificationRow } from './repository/rectifications';
import { scopeOf, worksOn } from './visibility';

/*
 * Evidence of a rectification (photos, signed forms, revised procedures): files the owner adds while working
 * on it, handed in with the evidence note. Their bytes live in the app's file store, as client attachments'
 * do; once submitted they stand as the auditor saw them (a returned rectification may change them again).
 */

/** A rectification the user may work on now, for its evidence. */
function workedOn(m: Mutation<UserCtx>, rectificationId: string): RectificationRow {
  const r = getRectification(m.db, rectificationId, scopeOf(m.user));
  if (!r) throw notFound('rectification');
  if (!worksOn(m.user, r)) throw fieldRefusal('FORBIDDEN', 'file', 'validation.onlyOwnerSubmits');
  if (!RECTIFICATION_WORKING.includes(r.status))
    throw new AppError('INVALID_STATE', `evidence of a ${r.status} rectification stands as handed in`);
  return r;
}

export function addEvidence(
  ctx: UserCtx,
  input: { rectificationId: string; fileName: string; bytes: Uint8Array },
): EvidenceFile {
  return mutate(ctx, (m) => {
    checkFileSize(input.bytes, EVIDENCE_MAX_BYTES);
    workedOn(m, input.rectificationId);
    const blob = storeBlob(m.store.paths, input.bytes, EVIDENCE_MAX_BYTES);
    const fileName = sanitizeFileName(input.fileName);
    const id = newId();
    evidence.insertEvidence(
      m.db,
      { id, rectificationId: input.rectificationId, fileName, mime: mimeOf(fileName), ...blob },
      m.stamp,
    );
    m.audit({
      entity: 'rectification',
      entityId: input.rectificationId,
      action: 'add_evidence',
      changes: [
        { field: 'evidenceFile', before: null, after: fileName },
        { field: 'evidenceSize', before: null, after: blob.sizeBytes },
      ],
    });
    return evidence.toEvidence(evidence.getEvidence(m.db, id)!);
  });
}

/** The file, for anyone who may see its rectification; NOT_FOUND otherwise. */
export function openEvidence(ctx: UserCtx, id: string): FilePayload {
  const e = evidence.getEvidence(ctx.db, id);
  if (!e || !getRectification(ctx.db, e.rectificationId, scopeOf(ctx.user))) throw notFound('rectification');
  return { fileName: e.fileName, mime: e.mime, bytes: readBlob(ctx.store.paths, e) };
}

/** Removes a file while the rectification is worked on; its bytes go after the commit when nothing needs them. */
export function deleteEvidence(ctx: UserCtx, id: string): null {
  const sha = mutate(ctx, (m) => {
    const e = evidence.getEvidence(m.db, id);
    if (!e) throw notFound('rectification');
    workedOn(m, e.rectificationId);
    evidence.softDeleteEvidence(m.db, id, m.stamp);
    m.audit({
      entity: 'rectification',
      entityId: e.rectificationId,
      action: 'delete_evidence',
      changes: [{ field: 'evidenceFile', before: e.fileName, after: null }],
    });
    return unreferenced(m.db, e.sha256) ? e.sha256 : null;
  });
  purgeAfterDelete(ctx, sha);
  return null;
}
