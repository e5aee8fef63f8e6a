import type { ChannelInput } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { call } from '../api/client';
import { transport, type SaveOutcome } from '../api/transport';

/** Reports are built in main; the shell (save dialog, or a browser download in the harness) stores them. */
export const reports = {
  roster: (locale: Locale, groupId: string | null): Promise<Result<FilePayload>> =>
    call('reports.roster', { locale, groupId }),
  riskRegister: (input: ChannelInput<'reports.riskRegister'>): Promise<Result<FilePayload>> =>
    call('reports.riskRegister', input),
  save: (file: FilePayload): Promise<SaveOutcome> => transport().saveFile(file),
};
