/**
 * The bytes store of every file a record keeps (a client file's attachments, a rectification's evidence):
 * the data folder's attachments/<first two hex digits>/<sha256>, content-addressed (the same file added twice
 * is stored once). The rows that list the files live with their domains; the tables whose live rows keep
 * bytes are named in repository/blobReferences.ts, so a purge or a sweep never removes what any of them —
 * or a kept backup — still needs.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { Ctx } from '../core/context';
import type { Db } from '../db/connection';
import type { DataPaths } from '../db/store';
import { blobsKeptForBackups } from './blobRetention';
import { liveBlobHashes, liveReferences } from './repository/blobReferences';
import { megabytes } from './sizes';

/** The folder keeps its first name: data folders written before evidence files existed use it. */
export const blobsDir = (paths: Pick<DataPaths, 'dataDir'>): string =>
  path.join(paths.dataDir, 'attachments');
const storedNameOf = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;
const blobPath = (paths: Pick<DataPaths, 'dataDir'>, storedName: string) =>
  path.join(blobsDir(paths), ...storedName.split('/'));

const fileField = (key: string, params?: Record<string, string | number>) => ({
  file: params ? { key: `validation.${key}`, params } : { key: `validation.${key}` },
});

/** Writes the bytes under a temporary name beside the target, flushes them, then renames: never a half file. */
function writeBlob(target: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString('hex')}.part`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

/** Whether the stored copy is there and whole (a copy damaged on disk is written again by the next add). */
function blobIntact(file: string, size: number, sha256: string): boolean {
  try {
    if (fs.statSync(file).size !== size) return false;
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex') === sha256;
  } catch {
    return false;
  }
}

/** Refuses an empty file and one over `maxBytes`, before anything else about it is looked at. */
export function checkFileSize(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.byteLength === 0)
    throw new AppError('VALIDATION', 'file is empty', { fields: fileField('fileEmpty') });
  if (bytes.byteLength > maxBytes)
    throw new AppError('VALIDATION', 'file too large', {
      fields: fileField('fileTooLarge', { maxMb: megabytes(maxBytes) }),
    });
}

/** Where a stored file's bytes are and what they must be. */
export interface StoredBlob {
  sha256: string;
  storedName: string;
  sizeBytes: number;
}

/**
 * Checks a file (VALIDATION on `file`: validation.fileEmpty, or validation.fileTooLarge with {maxMb}) and
 * stores its bytes. Call before inserting the row that lists it: a rolled-back transaction then leaves at
 * most an unreferenced file for the sweep, never a row without its file.
 */
export function storeBlob(
  paths: Pick<DataPaths, 'dataDir'>,
  bytes: Uint8Array,
  maxBytes: number,
): StoredBlob {
  checkFileSize(bytes, maxBytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const storedName = storedNameOf(sha256);
  const target = blobPath(paths, storedName);
  if (!blobIntact(target, bytes.byteLength, sha256)) writeBlob(target, bytes);
  return { sha256, storedName, sizeBytes: bytes.byteLength };
}

/**
 * A stored file's bytes. When they have vanished from disk or no longer match their hash: NOT_FOUND with
 * validation.attachmentMissing / attachmentDamaged on `file`, naming the file. Reads only.
 */
export function readBlob(
  paths: Pick<DataPaths, 'dataDir'>,
  blob: StoredBlob & { fileName: string },
): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(blobPath(paths, blob.storedName));
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'ENOENT' && (err as { code?: unknown }).code !== 'EISDIR')
      throw err;
    throw new AppError('NOT_FOUND', 'stored file missing', {
      fields: fileField('attachmentMissing', { fileName: blob.fileName }),
    });
  }
  if (bytes.byteLength !== blob.sizeBytes || createHash('sha256').update(bytes).digest('hex') !== blob.sha256)
    throw new AppError('NOT_FOUND', 'stored file damaged', {
      fields: fileField('attachmentDamaged', { fileName: blob.fileName }),
    });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether no live row (of any table that keeps files) refers to these bytes any more. */
export const unreferenced = (db: Db, sha256: string): boolean => liveReferences(db, sha256) === 0;

/**
 * Removes the bytes of a hash that neither a live row nor a kept backup references (checked now). Call after
 * the transaction that deleted the row commits (never inside it — a rollback would bring the row back
 * without its file). Returns whether it removed them.
 */
export function purgeUnreferencedBlob(
  db: Db,
  paths: Pick<DataPaths, 'dataDir' | 'backupDir'>,
  sha256: string,
  nativeBinding?: string,
): boolean {
  if (!/^[0-9a-f]{64}$/.test(sha256) || liveReferences(db, sha256) > 0) return false;
  if (blobsKeptForBackups(paths.backupDir, nativeBinding).has(sha256)) return false;
  const file = blobPath(paths, storedNameOf(sha256));
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file, { force: true });
  return true;
}

/**
 * Housekeeping (on start, after backup rotation): removes stored files that neither a live row nor a kept
 * backup references (left by a rolled-back add, a crash before a purge, or a backup rotated away) and
 * leftover temporary files. Returns how many files it removed.
 */
export function sweepBlobs(
  db: Db,
  paths: Pick<DataPaths, 'dataDir' | 'backupDir'>,
  nativeBinding?: string,
): number {
  const root = blobsDir(paths);
  if (!fs.existsSync(root)) return 0;
  const keep = blobsKeptForBackups(paths.backupDir, nativeBinding);
  for (const sha of liveBlobHashes(db)) keep.add(sha);
  let removed = 0;
  for (const dir of fs.readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory() || !/^[0-9a-f]{2}$/.test(dir.name)) continue;
    for (const f of fs.readdirSync(path.join(root, dir.name))) {
      if (keep.has(f)) continue;
      if (!/^[0-9a-f]{64}(\.[0-9a-f]{8}\.part)?$/.test(f)) continue;
      fs.rmSync(path.join(root, dir.name, f), { force: true });
      removed++;
    }
  }
  return removed;
}

/** The sweep for the running app: nothing while the database is not open and ready. */
export function sweepStoredFiles(ctx: Ctx): number {
  if (ctx.store.state !== 'ready') return 0;
  return sweepBlobs(ctx.db, ctx.store.paths, ctx.store.nativeBinding);
}

/** After a delete commits: removes the bytes when nothing needs them any more. */
export function purgeAfterDelete(ctx: Ctx, sha256: string | null): void {
  if (sha256) purgeUnreferencedBlob(ctx.db, ctx.store.paths, sha256, ctx.store.nativeBinding);
}
