import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape } from '../../../shared/contract/errors';
import type { Attachment } from '../../../shared/clients/types';
import type {
  ImportJobState,
  ImportMode,
  ImportPreview,
  ImportResult,
} from '../../../shared/clients/fileTypes';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { call } from '../api/client';
import { transport } from '../api/transport';

/**
 * Client files on disk and in Excel (issue 3, points 6–9): the import job the page works through, the
 * attachments of the open client file, and the files main produces (template, export, report, sheet).
 */
interface ClientFilesState {
  preview: ImportPreview | null;
  previewing: boolean;
  previewError: AppErrorShape | null;
  committing: boolean;
  progress: { done: number; total: number } | null;
  result: ImportResult | null;
  commitError: AppErrorShape | null;
  attachments: { clientId: string | null; rows: Attachment[]; loading: boolean; error: AppErrorShape | null };

  previewImport(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  commitImport(mode: ImportMode, skipInvalid: boolean): Promise<void>;
  resetImport(): void;
  loadAttachments(clientId: string): Promise<void>;
  addAttachment(
    clientId: string,
    fileName: string,
    bytes: Uint8Array<ArrayBuffer>,
  ): ReturnType<typeof addAttachmentCall>;
  deleteAttachment(id: string): ReturnType<typeof deleteAttachmentCall>;
}

const addAttachmentCall = (clientId: string, fileName: string, bytes: Uint8Array<ArrayBuffer>) =>
  call('attachments.add', { clientId, fileName, bytes });
const deleteAttachmentCall = (id: string) => call('attachments.delete', { id });

/** How often the page asks main how far a commit has got. */
export const PROGRESS_POLL_MS = 300;

const EMPTY_IMPORT = {
  preview: null,
  previewing: false,
  previewError: null,
  committing: false,
  progress: null,
  result: null,
  commitError: null,
};

export const useClientFiles = create<ClientFilesState>()((set, get) => ({
  ...EMPTY_IMPORT,
  attachments: { clientId: null, rows: [], loading: false, error: null },

  async previewImport(fileName, bytes) {
    set({ ...EMPTY_IMPORT, previewing: true });
    const r = await call('clients.import.preview', { fileName, bytes });
    set(
      r.ok
        ? { preview: r.data, previewing: false }
        : { preview: null, previewing: false, previewError: r.error },
    );
  },

  async commitImport(mode, skipInvalid) {
    const preview = get().preview;
    if (!preview || get().committing) return;
    const jobId = preview.jobId;
    set({ committing: true, progress: { done: 0, total: preview.total }, result: null, commitError: null });
    let running = true;
    const poll = async (): Promise<void> => {
      while (running) {
        await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
        if (!running) return;
        const p = await call('clients.import.progress', { jobId });
        if (running && p.ok) set({ progress: progressOf(p.data) });
      }
    };
    const polling = poll();
    const r = await call('clients.import.commit', { jobId, mode, skipInvalid });
    running = false;
    await polling;
    set(
      r.ok
        ? { committing: false, result: r.data, progress: { done: preview.total, total: preview.total } }
        : { committing: false, commitError: r.error, progress: null },
    );
  },

  resetImport: () => set({ ...EMPTY_IMPORT }),

  async loadAttachments(clientId) {
    const current = get().attachments;
    set({
      attachments: {
        ...current,
        clientId,
        loading: true,
        rows: current.clientId === clientId ? current.rows : [],
      },
    });
    const r = await call('attachments.list', { clientId });
    if (get().attachments.clientId !== clientId) return;
    set({
      attachments: r.ok
        ? { clientId, rows: r.data, loading: false, error: null }
        : { clientId, rows: [], loading: false, error: r.error },
    });
  },

  async addAttachment(clientId, fileName, bytes) {
    const r = await addAttachmentCall(clientId, fileName, bytes);
    if (r.ok) await get().loadAttachments(clientId);
    return r;
  },

  async deleteAttachment(id) {
    const r = await deleteAttachmentCall(id);
    const clientId = get().attachments.clientId;
    if (r.ok && clientId) await get().loadAttachments(clientId);
    return r;
  },
}));

function progressOf(s: ImportJobState): { done: number; total: number } {
  return { done: s.done, total: s.total };
}

/** Files main produces, for useSaveFile (or, for an attachment, for the shell to open). */
export const clientFiles = {
  importTemplate: (locale: Locale) => call('clients.import.template', { locale }),
  importReport: (jobId: string, locale: Locale) => call('clients.import.report', { jobId, locale }),
  exportList: (input: ChannelInput<'clients.export'>) => call('clients.export', input),
  printSheet: (id: string, locale: Locale) => call('clients.printSheet', { id, locale }),
  openAttachment: (id: string) => call('attachments.open', { id }),
  openFile: (file: FilePayload) => transport().openFile(file),
};
