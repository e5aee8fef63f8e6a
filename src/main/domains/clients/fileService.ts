import type { ImportMode, ImportRowFilter } from '../../../shared/clients/fileTypes';
import type { Attachment } from '../../../shared/clients/types';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import type { CoreDeps } from '../../core/context';
import { translator } from '../../i18n/translate';
import { formatDateTime } from '../../i18n/format';
import { printReport, reportHtml } from '../../printing/reportDocument';
import type { AuditService } from '../audit/service';
import type { SettingsService } from '../settings/service';
import {
  addAttachment,
  deleteAttachment,
  getAttachment,
  listAttachments,
  openAttachment,
  purgeUnreferencedBlob,
  sweepAttachmentBlobs,
  type AttachmentContext,
} from './files/attachments';
import { exportClientsXlsx } from './files/exportClients';
import { createClientImports } from './files/importJobs';
import { clientSheetBody, clientSheetTitles } from './files/sheet';
import { importLookups, importWriter } from './importAdapter';
import { openImportTransaction, settleImport } from './importConnection';
import type { Caller, ClientsService, ListInput } from './service';

/** The most rows one export writes (issue 3: the filtered list, up to 100k). */
export const EXPORT_MAX_ROWS = 100_000;

/**
 * Client files on disk and in Excel, on top of the clients service: the import (jobs per user, the
 * writer goes through the service's own rules), export of the caller's list, the printable sheet and
 * attachments — each behind the same visibility rules as the client file itself.
 */
export function createClientFilesService(
  deps: CoreDeps,
  audit: AuditService,
  clients: ClientsService,
  settings: SettingsService,
) {
  const imports = createClientImports({ clock: deps.clock });
  const db = () => deps.store.db;
  const attachmentContext = (caller: Caller): AttachmentContext => ({
    db: db(),
    paths: deps.store.paths,
    clock: deps.clock,
    actor: caller.actor,
    audit,
  });

  /** An attachment whose client file the caller may see; anything else is NOT_FOUND. */
  function visibleAttachment(id: string, caller: Caller) {
    const a = getAttachment(db(), id);
    if (a) clients.assertVisible(a.clientId, caller);
    return a;
  }

  return {
    importTemplate: (locale: Locale) => imports.template(locale),
    importPreview: (input: { fileName: string; bytes: Uint8Array }, caller: Caller) =>
      imports.preview(input, caller.actor.userId, importLookups(db(), caller.user)),
    importRows: (jobId: string, filter: ImportRowFilter, page: number, pageSize: number, caller: Caller) =>
      imports.rows(jobId, caller.actor.userId, filter, page, pageSize),
    /** Holds the database alone while it writes (other mutations wait; queries go on answering). */
    importCommit(jobId: string, choice: { mode: ImportMode; skipInvalid: boolean }, caller: Caller) {
      const job = imports.job(jobId, caller.actor.userId);
      return deps.writeGate.exclusive(async (signal) => {
        const result = await imports.commit(jobId, caller.actor.userId, choice, {
          writer: importWriter(db, clients, caller, job.fileName),
          begin: () => openImportTransaction(deps.store),
          signal,
        });
        await settleImport(deps.store, deps.logger);
        return result;
      });
    },
    importProgress: (jobId: string, caller: Caller) => imports.progress(jobId, caller.actor.userId),
    importReport: (jobId: string, locale: Locale, caller: Caller) =>
      imports.report(jobId, caller.actor.userId, locale),

    export(
      input: Omit<ListInput, 'page' | 'pageSize'> & { locale: Locale },
      caller: Caller,
    ): Promise<FilePayload> {
      const { locale, ...filter } = input;
      return exportClientsXlsx(clients.exportRows(filter, caller, EXPORT_MAX_ROWS), locale, {
        now: deps.clock.now(),
      });
    },

    async printSheet(
      id: string,
      locale: Locale,
      communications: number,
      caller: Caller,
    ): Promise<FilePayload> {
      const detail = clients.get(id, caller);
      const t = translator(locale);
      const now = deps.clock.now().toISOString();
      const titles = clientSheetTitles(detail, t, now.slice(0, 10));
      const html = reportHtml(
        {
          locale,
          departmentName: settings.get().settings.departmentName,
          title: titles.title,
          subtitle: titles.subtitle,
          printedAtLabel: t('reports:printedAt', { time: formatDateTime(now, locale) }),
          pageLabel: t('reports:pageOf'),
        },
        clientSheetBody(detail, locale, t, { communications }),
        deps.fontsDir,
      );
      const bytes = await printReport(deps.printer, deps.store.paths.tmpDir, html);
      return { fileName: titles.fileName, mime: 'application/pdf', bytes };
    },

    listAttachments(clientId: string, caller: Caller): Attachment[] {
      clients.assertVisible(clientId, caller);
      return listAttachments(db(), clientId);
    },
    addAttachment(
      input: { clientId: string; fileName: string; bytes: Uint8Array },
      caller: Caller,
    ): Attachment {
      const d = db();
      return d.transaction(() => {
        clients.assertVisible(input.clientId, caller);
        return addAttachment(attachmentContext(caller), input);
      })();
    },
    openAttachment(id: string, caller: Caller): FilePayload {
      visibleAttachment(id, caller);
      return openAttachment(db(), deps.store.paths, id);
    },
    deleteAttachment(id: string, caller: Caller): null {
      const d = db();
      const { unreferencedSha256 } = d.transaction(() => {
        visibleAttachment(id, caller);
        return deleteAttachment(attachmentContext(caller), id);
      })();
      if (unreferencedSha256)
        purgeUnreferencedBlob(d, deps.store.paths, unreferencedSha256, deps.store.nativeBinding);
      return null;
    },

    /** Removes attachment files nothing refers to any more (see sweepAttachmentBlobs); how many it removed. */
    sweepAttachments(): number {
      if (deps.store.state !== 'ready') return 0;
      return sweepAttachmentBlobs(db(), deps.store.paths, deps.store.nativeBinding);
    },
  };
}

export type ClientFilesService = ReturnType<typeof createClientFilesService>;
