import fs from 'node:fs';
import path from 'node:path';
import type { FilePayload } from '../../shared/contract/fields';
import type { OpenFileOutcome } from '../../shared/shell/channels';
import { isExecutableFileName } from '../../shared/shell/executableFiles';
import type { Logger } from '../core/logger';
import { sanitizeFileName } from '../files/fileName';
import { writeFileAtomic, type WriteFile } from './saveFile';

export interface OpenFileDeps {
  /** The OS temp folder; this run's copies go in one folder made inside it. */
  tempDir: string;
  /** shell.openPath: resolves to an error message, empty on success. */
  openPath: (path: string) => Promise<string>;
  /** shell.showItemInFolder: the file manager with the file selected; used instead of opening a program. */
  showItemInFolder: (path: string) => void;
  logger: Logger;
  writeFile?: WriteFile;
}

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

/**
 * Opens files from main (attachments) with the OS's program for their type: each is written, under its
 * sanitised name, into a folder of its own inside this run's temp folder (two files of the same name never
 * overwrite one another, or a copy still open elsewhere), then handed to shell.openPath. A program or
 * script (.exe, .bat, .js, .command, .sh …) would run, not open: it is shown in its folder instead, and the
 * page warns. cleanUp() removes this run's folder (on quit); copies a program still holds open are left to
 * the OS.
 */
export function createFileOpener(deps: OpenFileDeps) {
  let runDir: string | null = null;

  async function folderForOne(): Promise<string> {
    runDir ??= await fs.promises.mkdtemp(path.join(deps.tempDir, 'bizops-open-'));
    return fs.promises.mkdtemp(path.join(runDir, 'f-'));
  }

  return {
    async open(payload: unknown): Promise<OpenFileOutcome> {
      if (!isFilePayload(payload)) {
        deps.logger.info('shell.open_file_invalid_payload');
        return { opened: false };
      }
      let file: string;
      try {
        file = path.join(await folderForOne(), sanitizeFileName(payload.fileName));
        await (deps.writeFile ?? writeFileAtomic)(file, payload.bytes);
      } catch (err) {
        if ((err as { code?: unknown } | null)?.code === 'ENOSPC') {
          deps.logger.error('shell.open_file_disk_full', err);
          return { opened: false, error: 'DISK_FULL' };
        }
        deps.logger.error('shell.open_file_write_failed', err);
        return { opened: false, error: 'WRITE_FAILED' };
      }
      if (isExecutableFileName(path.basename(file))) {
        deps.logger.info('shell.open_file_executable_shown');
        deps.showItemInFolder(file);
        return { opened: false, shownInFolder: true };
      }
      const problem = await deps.openPath(file);
      if (problem) {
        deps.logger.error('shell.open_file_failed', new Error(problem));
        return { opened: false, error: 'OPEN_FAILED' };
      }
      return { opened: true };
    },

    /** This run's folder, once something was opened. */
    get folder(): string | null {
      return runDir;
    },

    cleanUp(): void {
      if (!runDir) return;
      try {
        fs.rmSync(runDir, { recursive: true, force: true });
      } catch (err) {
        // A copy still open in another program (Windows locks it) stays until the OS clears its temp folder.
        deps.logger.info('shell.open_file_cleanup_incomplete', {
          code: String((err as { code?: unknown }).code ?? ''),
        });
      }
      runDir = null;
    },
  };
}

export type FileOpener = ReturnType<typeof createFileOpener>;
