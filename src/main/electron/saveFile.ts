import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FilePayload } from '../../shared/contract/fields';
import type { SaveFileOutcome } from '../../shared/shell/channels';
import type { Logger } from '../core/logger';
import type { AskSavePath, IpcSender, SaveDialogAnswer } from './ports';

export type WriteFile = (file: string, bytes: Uint8Array) => Promise<void>;

export interface SaveFileDeps {
  askSavePath: AskSavePath;
  documentsDir: string;
  logger: Logger;
  writeFile?: WriteFile;
}

const MAX_NAME_LENGTH = 200;

function isFilePayload(value: unknown): value is FilePayload {
  const v = value as Partial<FilePayload> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.fileName === 'string' &&
    typeof v.mime === 'string' &&
    v.bytes instanceof Uint8Array
  );
}

/** The suggested name only: no folders, nothing Windows forbids in a file name. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .slice(-MAX_NAME_LENGTH);
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'file' : cleaned;
}

/**
 * Writes beside the target and renames over it, so a full disk or a crash mid-write never leaves a
 * truncated file where the user expects the export (or destroys the file being replaced).
 */
export const writeFileAtomic: WriteFile = async (file, bytes) => {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(4).toString('hex')}.part`,
  );
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
};

/** Asks where to save a file produced in main (export, report PDF) and writes it there. */
export async function saveFile(
  sender: IpcSender,
  payload: unknown,
  deps: SaveFileDeps,
): Promise<SaveFileOutcome> {
  if (!isFilePayload(payload)) {
    deps.logger.info('shell.save_file_invalid_payload');
    return { saved: false };
  }
  const fileName = safeFileName(payload.fileName);
  const extension = path.extname(fileName).slice(1).toLowerCase();
  let answer: SaveDialogAnswer;
  try {
    answer = await deps.askSavePath(sender, {
      defaultPath: path.join(deps.documentsDir, fileName),
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  } catch (err) {
    deps.logger.error('shell.save_dialog_failed', err);
    return { saved: false };
  }
  if (answer.canceled || !answer.filePath) return { saved: false };
  try {
    await (deps.writeFile ?? writeFileAtomic)(answer.filePath, payload.bytes);
    return { saved: true, path: answer.filePath };
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === 'ENOSPC') {
      deps.logger.error('shell.save_file_disk_full', err);
      return { saved: false, error: 'DISK_FULL' };
    }
    // Read-only folder, file locked by another program …: the user is told it failed; details only in the log.
    deps.logger.error('shell.save_file_failed', err);
    return { saved: false, error: 'WRITE_FAILED' };
  }
}
