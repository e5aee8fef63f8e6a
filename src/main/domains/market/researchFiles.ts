import type { FilePayload } from '../../../shared/contract/fields';
import { RESEARCH_FILE_MAX_BYTES } from '../../../shared/market/channels';
import type { ResearchFile } from '../../../shared/market/types';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { notFound } from '../../core/refusals';
import { checkFileSize, purgeAfterDelete, readBlob, storeBlob, unreferenced } from '../../files/blobStore';
import { mimeOf, sanitizeFileName } from '../../files/fileName';
import { researchKeptBy } from './research';
import * as files from './repository/researchFiles';

/*
 * The files of a research record (questionnaires, reports, photos of a visit): their bytes live in the app's
 * file store as client attachments' do, listed in sales_attachments. Whoever keeps the record adds and
 * removes them; everyone may open them.
 */

export function addResearchFile(
  ctx: UserCtx,
  input: { researchId: string; fileName: string; bytes: Uint8Array },
): ResearchFile {
  return mutate(ctx, (m) => {
    checkFileSize(input.bytes, RESEARCH_FILE_MAX_BYTES);
    researchKeptBy(m, input.researchId, null);
    const blob = storeBlob(m.store.paths, input.bytes, RESEARCH_FILE_MAX_BYTES);
    const fileName = sanitizeFileName(input.fileName);
    const id = newId();
    files.insertResearchFile(
      m.db,
      { id, researchId: input.researchId, fileName, mime: mimeOf(fileName), ...blob },
      m.stamp,
    );
    m.audit({
      entity: 'marketResearch',
      entityId: input.researchId,
      action: 'add_file',
      changes: [
        { field: 'file', before: null, after: fileName },
        { field: 'fileSize', before: null, after: blob.sizeBytes },
      ],
    });
    return files.toResearchFile(files.getResearchFile(m.db, id)!);
  });
}

export function openResearchFile(ctx: UserCtx, id: string): FilePayload {
  const f = files.getResearchFile(ctx.db, id);
  if (!f) throw notFound('marketResearch');
  return { fileName: f.fileName, mime: f.mime, bytes: readBlob(ctx.store.paths, f) };
}

/** Removes a file; its bytes go after the commit when nothing needs them any more. */
export function deleteResearchFile(ctx: UserCtx, id: string): null {
  const sha = mutate(ctx, (m) => {
    const f = files.getResearchFile(m.db, id);
    if (!f) throw notFound('marketResearch');
    researchKeptBy(m, f.researchId, null);
    files.softDeleteResearchFile(m.db, id, m.stamp);
    m.audit({
      entity: 'marketResearch',
      entityId: f.researchId,
      action: 'delete_file',
      changes: [{ field: 'file', before: f.fileName, after: null }],
    });
    return unreferenced(m.db, f.sha256) ? f.sha256 : null;
  });
  purgeAfterDelete(ctx, sha);
  return null;
}
