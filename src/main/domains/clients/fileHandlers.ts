import type { clientFileChannels } from '../../../shared/clients/fileChannels';
import { contextOf, userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import {
  addClientAttachment,
  commitImport,
  deleteClientAttachment,
  exportClients,
  importPreview,
  importProgress,
  importReport,
  importRows,
  importTemplate,
  listClientAttachments,
  openClientAttachment,
  printClientSheet,
} from './fileService';

export const clientFileHandlers: DomainHandlers<keyof typeof clientFileChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'clients.import.template': (input, req) => importTemplate(contextOf(deps, req), input.locale),
    'clients.import.preview': (input, req) => importPreview(ctx(req), input),
    'clients.import.rows': (input, req) =>
      importRows(ctx(req), input.jobId, input.filter, input.page, input.pageSize),
    'clients.import.commit': ({ jobId, ...choice }, req) => commitImport(ctx(req), jobId, choice),
    'clients.import.progress': (input, req) => importProgress(ctx(req), input.jobId),
    'clients.import.report': (input, req) => importReport(ctx(req), input.jobId, input.locale),

    'clients.export': (input, req) => exportClients(ctx(req), input),
    'clients.printSheet': (input, req) =>
      printClientSheet(ctx(req), input.id, input.locale, input.communications),

    'attachments.list': (input, req) => listClientAttachments(ctx(req), input.clientId),
    'attachments.add': (input, req) => addClientAttachment(ctx(req), input),
    'attachments.open': (input, req) => openClientAttachment(ctx(req), input.id),
    'attachments.delete': (input, req) => deleteClientAttachment(ctx(req), input.id),
  };
};
