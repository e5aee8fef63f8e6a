import type { ClientExportInput } from '../../../shared/clients/fileChannels';
import type { ImportMode, ImportRowFilter } from '../../../shared/clients/fileTypes';
import type { Attachment } from '../../../shared/clients/types';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { perCore, type Ctx, type UserCtx } from '../../core/context';
import { mutate } from '../../core/mutation';
import { printReport } from '../../printing/reportDocument';
import { getSettings } from '../settings/service';
import { purgeAfterDelete } from '../../files/blobStore';
import { addAttachment, deleteAttachment, openAttachment } from './files/attachments';
import { exportClientsXlsx } from './files/exportClients';
import { createClientImports } from './files/importJobs';
import { clientSheetHtml } from './files/sheet';
import { importLookups, importWriter } from './importAdapter';
import { openImportTransaction, settleImport } from './importConnection';
import { getAttachment, listAttachments } from './repository/attachments';
import { assertVisible, exportRows, getClient } from './service';

/*
 * Client files on disk and in Excel, on top of the clients service: the import (jobs per user, the writer
 * goes through the service's own rules), export of the caller's list, the printable sheet and
 * attachments — each behind the same visibility rules as the client file itself.
 */

/** The most rows one export writes: the filtered list, up to 100k. */
export const EXPORT_MAX_ROWS = 100_000;

/** Each core's import jobs: in memory, per user, until they expire. */
const importJobs = perCore((deps) => createClientImports({ clock: deps.clock }));

export const importTemplate = (ctx: Ctx, locale: Locale) => importJobs(ctx).template(locale);

export const importPreview = (ctx: UserCtx, input: { fileName: string; bytes: Uint8Array }) =>
  importJobs(ctx).preview(input, ctx.user.userId, importLookups(ctx));

export const importRows = (
  ctx: UserCtx,
  jobId: string,
  filter: ImportRowFilter,
  page: number,
  pageSize: number,
) => importJobs(ctx).rows(jobId, ctx.user.userId, filter, page, pageSize);

/**
 * All rows or none, each written through the service's own functions. The import holds the database alone
 * while it writes (other mutations wait at the write gate; queries go on answering from what is committed),
 * on a connection of its own, a slice at a time, so the main thread never stops for long.
 */
export function commitImport(
  ctx: UserCtx,
  jobId: string,
  choice: { mode: ImportMode; skipInvalid: boolean },
) {
  const imports = importJobs(ctx);
  const job = imports.job(jobId, ctx.user.userId);
  return ctx.writeGate.exclusive(async (signal) => {
    const result = await imports.commit(jobId, ctx.user.userId, choice, {
      writer: importWriter(ctx, job.fileName),
      begin: () => openImportTransaction(ctx.store),
      signal,
    });
    await settleImport(ctx.store, ctx.logger);
    return result;
  });
}

export const importProgress = (ctx: UserCtx, jobId: string) =>
  importJobs(ctx).progress(jobId, ctx.user.userId);

export const importReport = (ctx: UserCtx, jobId: string, locale: Locale) =>
  importJobs(ctx).report(jobId, ctx.user.userId, locale);

export function exportClients(ctx: UserCtx, input: ClientExportInput): Promise<FilePayload> {
  const { locale, ...list } = input;
  return exportClientsXlsx(exportRows(ctx, list, EXPORT_MAX_ROWS), locale, { now: ctx.clock.now() });
}

/** 客户档案表 as PDF: the file as the caller sees it, with its last `communications` records. */
export async function printClientSheet(
  ctx: UserCtx,
  id: string,
  locale: Locale,
  communications: number,
): Promise<FilePayload> {
  const detail = getClient(ctx, id);
  const sheet = clientSheetHtml(detail, {
    locale,
    departmentName: getSettings(ctx).settings.departmentName,
    printedAt: ctx.clock.now(),
    communications,
    fontsDir: ctx.fontsDir,
  });
  const bytes = await printReport(ctx.printer, ctx.store.paths.tmpDir, sheet.html);
  return { fileName: sheet.fileName, mime: 'application/pdf', bytes };
}

/** An attachment whose client file the caller may see; anything else is NOT_FOUND. */
function assertVisibleAttachment(ctx: UserCtx, id: string): void {
  const a = getAttachment(ctx.db, id);
  if (a) assertVisible(ctx, a.clientId);
}

export function listClientAttachments(ctx: UserCtx, clientId: string): Attachment[] {
  assertVisible(ctx, clientId);
  return listAttachments(ctx.db, clientId);
}

export function addClientAttachment(
  ctx: UserCtx,
  input: { clientId: string; fileName: string; bytes: Uint8Array },
): Attachment {
  return mutate(ctx, (m) => {
    assertVisible(m, input.clientId);
    return addAttachment(m, input);
  });
}

export function openClientAttachment(ctx: UserCtx, id: string): FilePayload {
  assertVisibleAttachment(ctx, id);
  return openAttachment(ctx.db, ctx.store.paths, id);
}

/** Deletes the attachment; its bytes go after the commit when nothing (no row, no kept backup) needs them. */
export function deleteClientAttachment(ctx: UserCtx, id: string): null {
  const { unreferencedSha256 } = mutate(ctx, (m) => {
    assertVisibleAttachment(m, id);
    return deleteAttachment(m, id);
  });
  purgeAfterDelete(ctx, unreferencedSha256);
  return null;
}
