import type { clientFileChannels } from '../../../shared/clients/fileChannels';
import { sessionUser, type Request } from '../../core/context';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';
import type { Caller } from './service';

const callerOf = (req: Request): Caller => ({ actor: req.actor, user: sessionUser(req) });

export const clientFileHandlers = (s: Services): HandlersOf<keyof typeof clientFileChannels> => ({
  'clients.import.template': (input) => s.clientFiles.importTemplate(input.locale),
  'clients.import.preview': (input, req) => s.clientFiles.importPreview(input, callerOf(req)),
  'clients.import.rows': (input, req) =>
    s.clientFiles.importRows(input.jobId, input.filter, input.page, input.pageSize, callerOf(req)),
  'clients.import.commit': ({ jobId, ...choice }, req) =>
    s.clientFiles.importCommit(jobId, choice, callerOf(req)),
  'clients.import.progress': (input, req) => s.clientFiles.importProgress(input.jobId, callerOf(req)),
  'clients.import.report': (input, req) =>
    s.clientFiles.importReport(input.jobId, input.locale, callerOf(req)),

  'clients.export': (input, req) => s.clientFiles.export(input, callerOf(req)),
  'clients.printSheet': (input, req) =>
    s.clientFiles.printSheet(input.id, input.locale, input.communications, callerOf(req)),

  'attachments.list': (input, req) => s.clientFiles.listAttachments(input.clientId, callerOf(req)),
  'attachments.add': (input, req) => s.clientFiles.addAttachment(input, callerOf(req)),
  'attachments.open': (input, req) => s.clientFiles.openAttachment(input.id, callerOf(req)),
  'attachments.delete': (input, req) => s.clientFiles.deleteAttachment(input.id, callerOf(req)),
});
