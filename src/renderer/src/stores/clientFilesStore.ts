import { create } from 'zustand';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { AppErrorShape } from '../../../shared/contract/errors';
import type { Attachment } from '../../../shared/clients/types';
import type {
  ImportJobState,
  ImportMode,
  ImportPreview,
  ImportResult,
  ImportRowFilter,
  ImportRowsPage,
} from '../../../shared/clients/fileTypes';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { call } from '../api/client';
import { transport } from '../api/transport';

/** The preview's table of rows: one page of the job's rows under a filter, as main returns it. */
export interface ImportRowsState {
  filter: ImportRowFilter;
  page: number;
  pageSize: number;
  data: ImportRowsPage | null;
  loading: boolean;
  error: AppErrorShape | null;
}

export type ImportRowsQuery = Partial<Pick<ImportRowsState, 'filter' | 'page' | 'pageSize'>>;

/**
 * Client files on disk and in Excel: the import job the page works through, the
 * attachments of the open client file, and the files main produces (template, export, report, sheet).
 */
interface ClientFilesState {
  preview: ImportPreview | null;
  importRows: ImportRowsState;
  previewing: boolean;
  previewError: AppErrorShape | null;
  committing: boolean;
  progress: { done: number; total: number } | null;
  result: ImportResult | null;
  commitError: AppErrorShape | null;
  attachments: { clientId: string | null; rows: Attachment[]; loading: boolean; error: AppErrorShape | null };

  previewImport(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Loads a page of the job's rows; a new filter starts again from the first page. */
  loadImportRows(query?: ImportRowsQuery): Promise<void>;
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

export const IMPORT_ROWS_PAGE_SIZE = 20;

const EMPTY_ROWS: ImportRowsState = {
  filter: 'problems',
  page: 1,
  pageSize: IMPORT_ROWS_PAGE_SIZE,
  data: null,
  loading: false,
  error: null,
};

/**
 * The first page of problem rows, taken from the preview when it holds enough of them (it carries the
 * first hundred), so showing the preview costs no second request.
 */
function seededRows(preview: ImportPreview): ImportRowsState {
  const { pageSize } = EMPTY_ROWS;
  if (preview.rows.length < Math.min(pageSize, preview.problems)) return EMPTY_ROWS;
  return {
    ...EMPTY_ROWS,
    data: { rows: preview.rows.slice(0, pageSize), total: preview.problems, page: 1, pageSize },
  };
}

/** Bumped by every rows request and every new or reset import: an answer overtaken by either is dropped. */
let rowsRequest = 0;

const EMPTY_IMPORT = {
  importRows: EMPTY_ROWS,
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
    rowsRequest++;
    set({ ...EMPTY_IMPORT, previewing: true });
    const r = await call('clients.import.preview', { fileName, bytes });
    set(
      r.ok
        ? { preview: r.data, previewing: false, importRows: seededRows(r.data) }
        : { preview: null, previewing: false, previewError: r.error },
    );
  },

  async loadImportRows(query = {}) {
    const jobId = get().preview?.jobId;
    if (!jobId) return;
    const current = get().importRows;
    const filter = query.filter ?? current.filter;
    const pageSize = query.pageSize ?? current.pageSize;
    const page = query.filter && query.filter !== current.filter ? 1 : (query.page ?? current.page);
    set({ importRows: { ...current, filter, page, pageSize, loading: true, error: null } });
    const seq = ++rowsRequest;
    const r = await call('clients.import.rows', { jobId, filter, page, pageSize });
    if (seq !== rowsRequest) return;
    const latest = get().importRows;
    set({
      importRows: r.ok
        ? { ...latest, data: r.data, loading: false }
        : { ...latest, loading: false, error: r.error },
    });
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

  resetImport: () => {
    rowsRequest++;
    set({ ...EMPTY_IMPORT });
  },

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
