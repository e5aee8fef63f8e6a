import { z } from 'zod';
import { channel, type ParsedInputOf } from '../contract/channel';
import type { FilePayload } from '../contract/fields';
import { id, locale, page, pageSize, requiredText } from '../contract/fields';
import { clientFilter, clientListOrder } from './channels';
import type { ImportJobState, ImportPreview, ImportResult, ImportRowsPage } from './fileTypes';
import { DEFAULT_ATTACHMENT_MAX_MB, IMPORT_MAX_BYTES, IMPORT_MODES, IMPORT_ROW_FILTERS } from './fileTypes';
import type { Attachment } from './types';

/** Bytes from the page: a Uint8Array over IPC (structured clone) and over the harness ({ $bytes } on the wire). */
const bytes = () => z.instanceof(Uint8Array);
/** A file's own name as the user picked it; sanitised in main before it is stored or written anywhere. */
const fileName = () => requiredText(255);
/** A file's limit plus room, so a file just over it gets the service's field error that names the limit. */
const carrying = (fileBytes: number) => fileBytes + 1024 * 1024;

/**
 * Client files on disk and in Excel: import (template, preview, rows, commit with
 * progress, result report), export of the filtered list, the printable client file sheet, attachments.
 * Sizes are checked in main against the configured limits, so the error names the limit.
 */
export const clientFileChannels = {
  'clients.import.template': channel<FilePayload>()({
    input: z.strictObject({ locale: locale() }),
    access: 'clients.write',
    kind: 'query',
  }),
  /** Reads and checks the file; nothing is written. The job it opens is the caller's, for an hour. */
  'clients.import.preview': channel<ImportPreview>()({
    input: z.strictObject({ fileName: fileName(), bytes: bytes() }),
    access: 'clients.write',
    maxInputBytes: carrying(IMPORT_MAX_BYTES),
    kind: 'query',
  }),
  'clients.import.rows': channel<ImportRowsPage>()({
    input: z.strictObject({
      jobId: id(),
      filter: z.enum(IMPORT_ROW_FILTERS).default('problems'),
      page: page(),
      pageSize: pageSize(),
    }),
    access: 'clients.write',
    kind: 'query',
  }),
  /** All or nothing: one transaction; rows with errors block the commit unless `skipInvalid`. */
  'clients.import.commit': channel<ImportResult>()({
    input: z.strictObject({
      jobId: id(),
      mode: z.enum(IMPORT_MODES),
      skipInvalid: z.boolean().default(false),
    }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['client', 'contact'],
  }),
  'clients.import.progress': channel<ImportJobState>()({
    input: z.strictObject({ jobId: id() }),
    access: 'clients.write',
    kind: 'query',
  }),
  /** The result report (or, before a commit, the rows with problems) as .xlsx. */
  'clients.import.report': channel<FilePayload>()({
    input: z.strictObject({ jobId: id(), locale: locale() }),
    access: 'clients.write',
    kind: 'query',
  }),

  /** The list as the caller sees it with these filters and this order, every row, as .xlsx. */
  'clients.export': channel<FilePayload>()({
    input: z.strictObject({ ...clientFilter, ...clientListOrder, locale: locale() }),
    access: 'clients.read',
    kind: 'query',
  }),
  /** 客户档案表 as PDF: basic information, contacts, the last `communications` records, transactions. */
  'clients.printSheet': channel<FilePayload>()({
    input: z.strictObject({
      id: id(),
      locale: locale(),
      communications: z.number().int().min(0).max(50).default(10),
    }),
    access: 'clients.read',
    kind: 'query',
  }),

  'attachments.list': channel<Attachment[]>()({
    input: z.strictObject({ clientId: id() }),
    access: 'clients.read',
    kind: 'query',
  }),
  'attachments.add': channel<Attachment>()({
    input: z.strictObject({ clientId: id(), fileName: fileName(), bytes: bytes() }),
    access: 'clients.write',
    maxInputBytes: carrying(DEFAULT_ATTACHMENT_MAX_MB * 1024 * 1024),
    kind: 'mutation',
    changes: ['attachment', 'client'],
  }),
  /** The stored bytes with the original (sanitised) name, for the shell to open or the page to download. */
  'attachments.open': channel<FilePayload>()({
    input: z.strictObject({ id: id() }),
    access: 'clients.read',
    kind: 'query',
  }),
  'attachments.delete': channel<null>()({
    input: z.strictObject({ id: id() }),
    access: 'clients.write',
    kind: 'mutation',
    changes: ['attachment', 'client'],
  }),
};

/** What an export writes: the list's filters and order, in a language. */
export type ClientExportInput = ParsedInputOf<(typeof clientFileChannels)['clients.export']>;
